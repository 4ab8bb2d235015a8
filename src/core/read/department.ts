/**
 * Department-wide (部门整体) targets: either a table (部门名称, budget figures, 总体绩效目标, 年度重点工作任务 and an
 * indicator grid) or prose (一、总体绩效目标 … 二、分项绩效目标 …). The reader keeps the text and the figures in it;
 * whether they add up is for the checks.
 */
import type { DepartmentParagraph, DepartmentSection, TextFigure } from '../model';
import type { SheetView } from './sheet-view';
import type { Rows } from './label-values';
import { isDepartmentTitle, isKnownLabel, isTableTitle, leadingYear, yearLine } from './labels';
import { parseMoneyCell, unitInLabel } from '../normalize/money';
import { toA1 } from '../grid';

const FIGURE_UNITS = [
  '个百分点',
  '亿元',
  '万元',
  '千元',
  '元',
  '人次',
  '个',
  '项',
  '家',
  '所',
  '人',
  '户',
  '件',
  '次',
  '批',
  '台',
  '套',
  '处',
  '亩',
  '公里',
  '吨',
  '%',
];
const FIGURE_PATTERN = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${FIGURE_UNITS.join('|')})`, 'g');

/** Numbers with units in a sentence, each with the words just before it. */
export function extractFigures(text: string): TextFigure[] {
  const figures: TextFigure[] = [];
  for (const match of text.matchAll(FIGURE_PATTERN)) {
    const offset = match.index!;
    const before = text.slice(Math.max(0, offset - 20), offset);
    const label = /([\u4e00-\u9fa5]+)$/.exec(before)?.[1] ?? '';
    figures.push({ number: Number(match[1]), unit: match[2], label, offset });
  }
  return figures;
}

const HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分)/;

function isHeading(text: string): boolean {
  if (/[。；;，,：:]/.test(text)) return false;
  return (text.length <= 30 && HEADING.test(text)) || text.length <= 12;
}

/** True when a region of prose is department-wide targets. */
export function isDepartmentProse(view: SheetView, rows: Rows): boolean {
  for (let row = rows.top; row <= rows.bottom; row++) {
    for (let col = view.left; col <= view.right; col++) {
      const text = view.text(row, col);
      if (text !== '' && (isDepartmentTitle(text) || /^(?:[一二三四五六七八九十]+、)?(总体|分项)绩效目标$/.test(text.replace(/\s/g, ''))))
        return true;
    }
  }
  return false;
}

function emptySection(sheet: string, rows: Rows): DepartmentSection {
  return {
    sheet,
    title: null,
    name: null,
    year: null,
    amounts: [],
    tasks: [],
    budgetUnit: null,
    paragraphs: [],
    indicators: [],
    emptyCategoryRows: [],
    framework: 'unknown',
    cells: {},
    rows: { first: rows.top, last: rows.bottom },
  };
}

/** Department-wide targets written as prose, one paragraph per cell. */
export function readDepartmentProse(view: SheetView, rows: Rows): DepartmentSection {
  const section = emptySection(view.name, rows);
  let heading: string | null = null;
  let first = -1;
  let last = -1;
  for (let row = rows.top; row <= rows.bottom; row++) {
    for (let col = view.left; col <= view.right; col++) {
      if (view.isMergeFollower(row, col)) continue;
      const text = view.text(row, col);
      if (text === '') continue;
      if (first < 0) first = row;
      last = row;
      if (section.title === null && isDepartmentTitle(text)) {
        section.title = text;
        section.cells.title = toA1(row, col);
        continue;
      }
      if (section.year === null) section.year = leadingYear(text);
      if (isHeading(text)) {
        heading = text;
        continue;
      }
      section.paragraphs.push({ heading, text, cell: toA1(row, col), figures: extractFigures(text) });
    }
  }
  if (first >= 0) section.rows = { first, last };
  return section;
}

function numberIn(view: SheetView, row: number, col: number): number | null {
  const value = view.value(row, col);
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return null;
  const money = parseMoneyCell(value);
  return money.problem === null ? money.amount : null;
}

/** The table form: labelled figures, 年度重点工作任务 and long texts (the indicator grid is read elsewhere). */
export function readDepartmentTable(
  view: SheetView,
  rows: Rows,
  title: { text: string | null; cell: string | undefined },
  name: string | null,
  nameCell: string | undefined,
): DepartmentSection {
  const section = emptySection(view.name, rows);
  section.title = title.text;
  if (title.cell) section.cells.title = title.cell;
  section.name = name;
  if (nameCell) section.cells.name = nameCell;
  section.year = title.text ? leadingYear(title.text) : null;
  for (let row = rows.top; row <= rows.bottom && section.year === null; row++) {
    for (let col = view.left; col <= view.right && section.year === null; col++) section.year = yearLine(view.text(row, col));
  }

  let taskHeader: { row: number; nameCol: number; amountCol: number } | null = null;
  for (let row = rows.top; row <= rows.bottom; row++) {
    let nameCol = -1;
    let amountCol = -1;
    for (let col = view.left; col <= view.right; col++) {
      if (view.isMergeFollower(row, col)) continue;
      const text = view.text(row, col);
      if (text === '') continue;
      if (section.budgetUnit === null && text.length <= 20) section.budgetUnit = unitInLabel(text);
      if (text === '名称' || /^(任务|项目)名称$/.test(text)) nameCol = col;
      if (/拟投入|投入资金|安排资金/.test(text)) amountCol = col;
      if (text.length > 30) {
        let heading: string | null = null;
        for (let c = col - 1; c >= view.left; c--) {
          const left = view.text(row, c);
          if (left !== '' && left.length <= 30 && typeof view.value(row, c) !== 'number') {
            heading = left;
            break;
          }
        }
        section.paragraphs.push({ heading, text, cell: toA1(row, col), figures: extractFigures(text) });
        continue;
      }
      if (isTableTitle(text) || isDepartmentTitle(text) || /\d/.test(text)) continue;
      const area = view.mergeAt(row, col);
      const right = (area ? area.right : col) + 1;
      if (right > view.right) continue;
      const amount = numberIn(view, row, right);
      if (amount !== null && !view.isMergeFollower(row, right)) {
        section.amounts.push({ label: text, amount, cell: view.address(row, right) });
      }
    }
    if (nameCol >= 0 && amountCol >= 0) taskHeader = { row, nameCol, amountCol };
    else if (taskHeader && row > taskHeader.row) {
      const taskName = view.text(row, taskHeader.nameCol);
      if (taskName === '' || isKnownLabel(taskName)) {
        taskHeader = null;
        continue;
      }
      section.tasks.push({
        name: taskName,
        amount: numberIn(view, row, taskHeader.amountCol),
        cell: view.address(row, taskHeader.amountCol),
        nameCell: view.address(row, taskHeader.nameCol),
      });
    }
  }
  return section;
}

export type { DepartmentParagraph };
