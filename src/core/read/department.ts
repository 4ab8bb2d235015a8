/**
 * Department-wide (部门整体) targets: either a table (部门名称, budget figures, 总体绩效目标, 年度重点工作任务 and an
 * indicator grid) or prose (一、总体绩效目标 … 二、分项绩效目标 …). The reader keeps the text and the figures in it;
 * whether they add up is for the checks.
 */
import type { DepartmentParagraph, DepartmentSection, DepartmentTask, TextFigure } from '../model';
import type { SheetView } from './sheet-view';
import type { Rows } from './label-values';
import { infoLabel, isDepartmentTitle, isKnownLabel, isTableTitle, leadingYear, yearLine } from './labels';
import { parseMoneyCell, unitInLabel } from '../normalize/money';
import { toA1 } from '../grid';
import { squeeze } from '../normalize/text';

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
      if (text !== '' && (isDepartmentTitle(text) || /^(?:[一二三四五六七八九十]+、)?(总体|分项)绩效目标$/.test(squeeze(text))))
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
    tasksTotal: null,
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

interface TaskHeader {
  /** The last header row (a two-row header puts 总额 | 财政拨款 | 其他资金 under 预算申请). */
  bottom: number;
  nameCol: number;
  amountCol: number;
  sourceCols: { label: string; col: number }[];
}

const TASK_NAME_HEADER = /^(名称|(重点)?(工作)?(任务|项目)名称)$/;
const TASK_AMOUNT_HEADER = /拟投入|投入资金|安排资金|预算申请|申请资金|资金需求|预算(金额|数)/;
const TOTAL_LABEL = /^(金额|资金)?(合计|总计)$/;
const SOURCE_OR_TOTAL = /总额|合计|小计|总计|财政|拨款|资金|自筹|收入/;

/** A task list's header row: a name column and a money column, money perhaps split by source on the row below. */
function taskHeaderAt(view: SheetView, row: number): TaskHeader | null {
  let nameCol = -1;
  let amountCol = -1;
  for (let col = view.left; col <= view.right; col++) {
    if (view.isMergeFollower(row, col)) continue;
    const text = squeeze(view.text(row, col));
    if (nameCol < 0 && TASK_NAME_HEADER.test(text)) nameCol = col;
    else if (amountCol < 0 && TASK_AMOUNT_HEADER.test(text)) amountCol = col;
  }
  if (nameCol < 0 || amountCol < 0) return null;
  const header: TaskHeader = { bottom: view.mergeAt(row, nameCol)?.bottom ?? row, nameCol, amountCol, sourceCols: [] };
  // 预算申请 over 总额 | 财政拨款 | 其他资金: the money header spans several columns (merged, or blank to its right).
  const moneyArea = view.mergeAt(row, amountCol);
  const below = row + 1;
  let right = moneyArea && moneyArea.bottom === row ? moneyArea.right : amountCol;
  if (!moneyArea) while (right < view.right && view.isBlank(row, right + 1) && !view.isBlank(below, right + 1)) right++;
  if (right > amountCol && below <= view.bottom) {
    // The total is the 总额/合计 column (else the first), the rest its sources.
    const subs: { label: string; col: number }[] = [];
    for (let col = amountCol; col <= right; col++) {
      const label = squeeze(view.text(below, col));
      if (label !== '' && !view.isMergeFollower(below, col)) subs.push({ label, col });
    }
    // Sub-headers, not the first task's figures: words, one of them a money word.
    const areHeaders = subs.every((s) => typeof view.value(below, s.col) === 'string' && !/\d/.test(s.label)) && subs.some((s) => SOURCE_OR_TOTAL.test(s.label));
    if (subs.length >= 2 && areHeaders) {
      const total = subs.find((s) => /总额|合计|小计|总计/.test(s.label)) ?? subs[0];
      header.amountCol = total.col;
      header.sourceCols = subs.filter((s) => s !== total);
      header.bottom = Math.max(header.bottom, below);
    }
  }
  return header;
}

/**
 * One row under a task header: a task, the total row (金额合计), 'skip' (the rest of a task spanning rows), or 'end'
 * (a blank name, or a new label left of the names: the next section of the form).
 */
function readTaskRow(view: SheetView, row: number, header: TaskHeader): { task: DepartmentTask; total: boolean } | 'skip' | 'end' {
  const money = (col: number): { amount: number | null; cell: string } => ({ amount: numberIn(view, row, col), cell: view.address(row, col) });
  // The nearest label left of the money: where a total row (merged 金额合计) puts its name.
  let labelLeft = '';
  for (let col = header.amountCol - 1; col >= view.left && labelLeft === ''; col--) labelLeft = squeeze(view.text(row, col));
  const name = view.text(row, header.nameCol);
  const total = TOTAL_LABEL.test(squeeze(name)) || (name === '' && TOTAL_LABEL.test(labelLeft));
  if (!total) {
    if (name === '' || isKnownLabel(name)) return 'end';
    if (view.isMergeFollower(row, header.nameCol)) return 'skip';
    for (let col = view.left; col < header.nameCol; col++) if (!view.isBlank(row, col) && !view.isMergeFollower(row, col)) return 'end';
  }
  const task: DepartmentTask = {
    name: total ? labelLeft || name : name,
    ...money(header.amountCol),
    nameCell: view.address(row, header.nameCol),
    sources: header.sourceCols.map(({ label, col }) => ({ label, ...money(col) })),
  };
  return { task, total };
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

  let tasks: TaskHeader | null = null;
  for (let row = rows.top; row <= rows.bottom; row++) {
    // Inside a task list: a task row, the total row, or the end of the list.
    let inTasks = false;
    if (tasks && row > tasks.bottom) {
      const task = readTaskRow(view, row, tasks);
      if (task === 'end') tasks = null;
      else if (task === 'skip') inTasks = true;
      else {
        inTasks = true;
        if (task.total) {
          section.tasksTotal = task.task;
          tasks = null;
        } else section.tasks.push(task.task);
      }
    }
    for (let col = view.left; col <= view.right; col++) {
      if (view.isMergeFollower(row, col)) continue;
      const text = view.text(row, col);
      if (text === '') continue;
      if (section.budgetUnit === null && text.length <= 20) section.budgetUnit = unitInLabel(text);
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
      // A task's money belongs to the task, not to the department's labelled figures.
      if (inTasks || isTableTitle(text) || isDepartmentTitle(text) || /\d/.test(text)) continue;
      // A code beside its label (部门预算编码 901001033) is no amount.
      const kind = infoLabel(text)?.kind;
      if (kind === 'code' || kind === 'otherInfo') continue;
      const area = view.mergeAt(row, col);
      const right = (area ? area.right : col) + 1;
      if (right > view.right) continue;
      const amount = numberIn(view, row, right);
      if (amount !== null && !view.isMergeFollower(row, right)) {
        section.amounts.push({ label: text, amount, cell: view.address(row, right) });
      }
    }
    if (!inTasks) tasks = taskHeaderAt(view, row) ?? tasks;
  }
  return section;
}

export type { DepartmentParagraph };
