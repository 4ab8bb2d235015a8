/**
 * The block above an indicator grid: title, unit line, code, name, money, spending plan, goal and use of funds.
 */
import { proseTotal } from '../normalize/prose-money';
import type { Breakdown, BudgetExecution, PlanValues, ReaderNote } from '../model';
import { readExecution } from './execution';
import type { SheetView } from './sheet-view';
import { findInfoLabels, textAcrossLabelRows, valueCellOf, type LabelCell, type Rows } from './label-values';
import { isDepartmentTitle, isKnownLabel, isTableTitle, leadingYear, yearLine, type InfoLabel } from './labels';
import { readPlan } from './plan';
import { readBreakdown } from './breakdown';
import { parseMoneyCell, unitBesideLabel, unitInLabel, unitLineUnit, type MoneyCell } from '../normalize/money';
import { convertMoney, type MoneyUnit } from '../normalize/units';
import { formatNumber, matchesNotAfterDigit, matchingForm } from '../normalize/text';
import { toA1, UNCALCULATED_FORMULA, type CellValue } from '../grid';
import { note } from './notes';

export interface ProjectInfo {
  title: string | null;
  year: number | null;
  agency: string | null;
  code: string | null;
  name: string | null;
  budget: number | null;
  fiscal: number | null;
  other: number | null;
  carryOver: number | null;
  extraFunds: { label: string; amount: number; cell: string }[];
  budgetUnit: MoneyUnit;
  budgetUnitAssumed: boolean;
  plan: PlanValues;
  planMonths: [number, number, number, number] | null;
  goal: string | null;
  usage: string | null;
  period: string | null;
  execution: BudgetExecution | null;
  goalMid: { text: string; cell: string; label?: string } | null;
  budgetTotal: number | null;
  goalActual: { text: string; cell: string } | null;
  budgetText: string | null;
  blankLabels: { label: string; cell: string }[];
  /** A money label the reader could not place (a cell beside an amount whose wording it does not know). */
  unplacedMoney: { text: string; cell: string } | null;
  department: boolean;
  departmentName: string | null;
  breakdowns: Breakdown[];
  cells: Record<string, string>;
  labels: LabelCell[];
}

const BUDGET_PREFERENCE: InfoLabel[] = ['budgetAnnual', 'budget', 'budgetTotal'];

function firstOf(labels: LabelCell[], kind: InfoLabel): LabelCell | undefined {
  return labels.find((l) => l.kind === kind);
}

/** Of several labels of one kind (中期 and 年度 columns), the one in the budget label's column, else the first. */
function alignedWith(labels: LabelCell[], kind: InfoLabel, anchor: LabelCell | undefined): LabelCell | undefined {
  const all = labels.filter((l) => l.kind === kind);
  if (all.length <= 1 || !anchor) return all[0];
  return all.find((l) => l.col === anchor.col && l.row > anchor.row) ?? all.find((l) => l.row >= anchor.row) ?? all[0];
}

/** The unit stated anywhere in the block: a unit line ("单位：万元") or a heading such as "预算金额（万元）". */
function blockUnit(view: SheetView, rows: Rows): MoneyUnit | null {
  for (let row = rows.top; row <= rows.bottom; row++) {
    for (let col = view.left; col <= view.right; col++) {
      if (view.isMergeFollower(row, col)) continue;
      const text = view.text(row, col);
      if (text === '' || text.length > 30) continue;
      const unit =
        unitLineUnit(text) ??
        unitInLabel(text) ??
        (/单位[:：]\s*(万元|元|亿元|千元)\s*$/.exec(text)?.[1] as MoneyUnit | undefined) ??
        unitBesideLabel(text, view.text(row, (view.mergeAt(row, col)?.right ?? col) + 1)) ??
        null;
      if (unit) return unit;
    }
  }
  return null;
}

/** "1.2024年国动办机构运行费绩效目标表" → "2024年国动办机构运行费". */
export function nameFromTitle(title: string): string | null {
  const name = title
    .trim()
    .replace(/^\d{1,3}[.、．]\s*/, '')
    .replace(/(项目支出)?(项目)?绩效(目标(申报|审核|审批|批复|调整)?|(评价)?指标)表$/, '')
    .replace(/[（(][^（）()]*[)）]$/, '')
    .trim();
  // "2023年项目支出绩效目标申报表" names no project: only its year and the form.
  if (/^(20\d{2}\s*年度?)?(部门)?(预算)?(项目支出|项目|专项资金|专项)?$/.test(name)) return null;
  return name === title.trim() ? null : name;
}

/** "51000021R000000019951-工资性支出", "[13020924P00071310005T]国动办机构运行费": a code written before the name. */
export function splitCodeFromName(text: string): { code: string; name: string } | null {
  const match = /^(?:[[【(（]([0-9A-Za-z]{8,30})[\]】)）]\s*[-—–_:：]?|([0-9A-Za-z]{8,30})\s*[-—–_:：\s])\s*(\S.*)$/.exec(text.trim());
  const code = match?.[1] ?? match?.[2];
  if (!match || !code || (code.match(/\d/g) ?? []).length < 6) return null;
  return { code, name: match[3].trim() };
}

/** A text beside or under its label, and the cell it is in (or would be in: the cell is known when the text is not). */
interface LabelledText {
  text: string | null;
  cell: string;
}

function labelText(view: SheetView, label: LabelCell, rows: Rows): LabelledText {
  if (label.inlineValue !== null) return { text: label.inlineValue, cell: toA1(label.row, label.col) };
  const at = valueCellOf(view, label, rows);
  const cell = view.address(at.row, at.col);
  if (!at.found) return { text: null, cell };
  const value = view.value(at.row, at.col);
  if (typeof value === 'number') return { text: formatNumber(value), cell };
  const text = textAcrossLabelRows(view, label, at);
  return { text: text === '' ? null : text, cell };
}

/**
 * Prose written under its label (年度总体目标 over 预期目标 | 实际完成情况 in a self-evaluation): the cell right below,
 * when it starts under the label and is no label itself.
 */
function proseBelow(view: SheetView, label: LabelCell, rows: Rows): { text: string; cell: string } | null {
  const area = view.mergeAt(label.row, label.col) ?? { top: label.row, bottom: label.row, left: label.col, right: label.col };
  const row = area.bottom + 1;
  if (row > rows.bottom) return null;
  const text = view.text(row, label.col);
  const below = view.mergeAt(row, label.col);
  if (text === '' || isKnownLabel(text) || (below && below.left < area.left)) return null;
  return { text, cell: view.address(row, label.col) };
}

/** A short text about money ("年度安排数", "拟投入金额") with an amount to its right, when no budget label was found. */
function unplacedMoneyLabel(view: SheetView, rows: Rows): { text: string; cell: string } | null {
  for (let row = rows.top; row <= rows.bottom; row++) {
    for (let col = view.left; col < view.right; col++) {
      if (view.isMergeFollower(row, col)) continue;
      const text = view.text(row, col);
      if (text === '' || text.length > 20 || !/预算|资金|金额|经费|投资|拨款/.test(text) || isKnownLabel(text)) continue;
      const area = view.mergeAt(row, col);
      const next = (area?.right ?? col) + 1;
      if (next <= view.right && parseMoneyCell(view.value(row, next)).amount !== null) return { text, cell: view.address(row, col) };
    }
  }
  return null;
}

/** The use-of-funds text in the second row of a "预算规模及资金用途" section. */
function usageInBudgetSection(view: SheetView, label: LabelCell, rows: Rows): { text: string; cell: string } | null {
  const area = view.mergeAt(label.row, label.col);
  const lastRow = area ? area.bottom : Math.min(label.row + 1, rows.bottom);
  for (let row = label.row + 1; row <= lastRow; row++) {
    const own = view.text(row, label.col);
    if (!area && own !== '' && own !== label.text) break; // without merges, the section's own column must be blank
    for (let col = (area?.right ?? label.col) + 1; col <= view.right; col++) {
      if (view.isMergeFollower(row, col) && view.mergeAt(row, col)!.left < col) continue;
      const text = view.text(row, col);
      if (text === '') continue;
      if (isKnownLabel(text) || typeof view.value(row, col) === 'number') break;
      return { text, cell: view.address(row, col) };
    }
  }
  return null;
}

function agencyLine(view: SheetView, rows: Rows, titleRow: number | null, firstLabelRow: number): { text: string; cell: string } | null {
  const from = titleRow === null ? rows.top : titleRow + 1;
  for (let row = from; row < firstLabelRow && row <= rows.bottom; row++) {
    for (let col = view.left; col <= view.right; col++) {
      if (view.isMergeFollower(row, col)) continue;
      const text = view.text(row, col);
      if (text === '' || unitLineUnit(text) || isKnownLabel(text) || yearLine(text) !== null || isTableTitle(text)) continue;
      if (/单位[:：]/.test(text) && text.length < 12) continue;
      return { text, cell: toA1(row, col) };
    }
  }
  return null;
}

/** Cell addresses by field ("title", "budget", "plan6" …), in the order they were recorded. */
type Cells = Record<string, string>;

/** What a step read comes with the cells it recorded and, when it has any, the notes it wrote. */
interface Recorded {
  cells: Cells;
  notes?: ReaderNote[];
}

/** The text beside or under a label, recorded under `key`. */
function recordedText(view: SheetView, rows: Rows, label: LabelCell, key: string): { text: string | null; cells: Cells } {
  const { text, cell } = labelText(view, label, rows);
  return { text, cells: { [key]: cell } };
}

// ---- Title, name, code and year -------------------------------------------------------------------------------------

interface Heading extends Recorded {
  title: string | null;
  titleRow: number | null;
  /** The year of the title ("2024年…"), or of a year line ("（2024年度）"). */
  year: number | null;
  /** The title is a department-wide table's. */
  department: boolean;
}

/** The table's title and the year written in it or on a line of its own, looked for from the top of the block. */
function findTitleAndYear(view: SheetView, rows: Rows): Heading {
  const heading: Heading = { title: null, titleRow: null, year: null, department: false, cells: {} };
  for (let row = rows.top; row <= rows.bottom && (heading.title === null || heading.year === null); row++) {
    for (let col = view.left; col <= view.right; col++) {
      if (view.isMergeFollower(row, col)) continue;
      const text = view.text(row, col);
      if (text === '') continue;
      if (heading.title === null && (isTableTitle(text) || isDepartmentTitle(text))) {
        heading.title = text;
        heading.titleRow = row;
        heading.cells.title = toA1(row, col);
        heading.department = isDepartmentTitle(text);
        heading.year = leadingYear(text);
      } else if (heading.year === null && yearLine(text) !== null) {
        heading.year = yearLine(text);
      }
    }
  }
  return heading;
}

/** The code and the name: beside their labels, the name else from the title, a code written before the name split off. */
function readCodeAndName(
  view: SheetView,
  rows: Rows,
  labels: LabelCell[],
  heading: Heading,
  department: boolean,
): { code: string | null; name: string | null; cells: Cells } {
  const cells: Cells = {};
  const codeLabel = firstOf(labels, 'code');
  const nameLabel = firstOf(labels, 'name');
  const codeRead = codeLabel ? labelText(view, codeLabel, rows) : null;
  if (codeRead) cells.code = codeRead.cell;
  // A neighbouring label or prose, not a code.
  let code = codeRead && codeRead.text !== null && /[0-9A-Za-z]/.test(matchingForm(codeRead.text)) ? codeRead.text : null;
  const nameRead = nameLabel ? labelText(view, nameLabel, rows) : null;
  if (nameRead) cells.name = nameRead.cell;
  let name = nameRead?.text ?? null;
  if (name === null && heading.title !== null && !department) {
    name = nameFromTitle(heading.title);
    if (name !== null && !cells.name) cells.name = heading.cells.title;
  }
  const joined = name === null ? null : splitCodeFromName(name);
  if (joined && (code === null || code === joined.code)) {
    // "51000021R000000019951-工资性支出": the code written before the name, in the name's cell.
    code = joined.code;
    name = joined.name;
    if (cells.name) cells.code = cells.name;
  }
  return { code, name, cells };
}

/**
 * "秀屿区2025年省级第七批水利专项资金绩效目标表": the year inside the title. Only the title's first number, and only as a
 * year of its own: "唐财建【2023】41号调整2022年…" names a document.
 */
function yearInsideTitle(title: string): number | null {
  const [first] = matchesNotAfterDigit(title, /(20\d{2})(?!\d)/);
  if (first && /^\s*年/.test(title.slice(first.index + 4)) && !/[【〔\[(（]$/.test(title.slice(0, first.index))) return Number(first[1]);
  return null;
}

/** The budget year: the title's or the year line's, else the name's, else one inside the title. */
function budgetYear(written: number | null, title: string | null, name: string | null): number | null {
  // The year in a carried-over fund's title is the fund's ("2023年…（结转）"), not the budget's: the workbook decides.
  if (/结转|结余/.test(`${title ?? ''}${name ?? ''}`)) return null;
  if (written !== null) return written;
  const ofName = name === null ? null : leadingYear(name);
  if (ofName !== null) return ofName;
  return title === null ? null : yearInsideTitle(title);
}

// ---- Money ----------------------------------------------------------------------------------------------------------

/** An amount as read: the unit written with it (in the cell or the label) and the cell that holds it. */
interface MoneyRead {
  amount: number | null;
  unit: MoneyUnit | null;
  cell: string;
  /** Read under its label (a column heading), in column `col`. */
  vertical: boolean;
  col: number;
  raw: unknown;
  /** What is wrong with the cell (an error, text where an amount belongs), when anything is. */
  note: ReaderNote | null;
}

function moneyNote(view: SheetView, cell: string, raw: CellValue, problem: MoneyCell['problem']): ReaderNote | null {
  if (problem === 'error') {
    return raw === UNCALCULATED_FORMULA ? note('formula-without-value', view.name, cell, '') : note('cell-error', view.name, cell, String(raw));
  }
  return problem === 'text' ? note('money-not-a-number', view.name, cell, String(raw)) : null;
}

/** The amount of a money label; under a header of columns (中期资金总额 | 年度资金总额), in the budget's column. */
function readMoney(view: SheetView, rows: Rows, label: LabelCell, preferredCol: number | null = null): MoneyRead {
  let at = label.inlineValue !== null ? null : valueCellOf(view, label, rows);
  if (at && preferredCol !== null && preferredCol > label.col && view.text(label.row, preferredCol) !== '') {
    at = { row: label.row, col: preferredCol, found: true };
  }
  const raw = label.inlineValue !== null ? label.inlineValue : at!.found ? view.value(at!.row, at!.col) : null;
  const cell = at ? view.address(at.row, at.col) : toA1(label.row, label.col);
  const money = parseMoneyCell(raw);
  const labelUnit = unitInLabel(label.text) ?? (label.note ? unitLineUnit(`单位:${label.note}`) : null);
  return {
    amount: money.amount,
    unit: money.unit ?? labelUnit,
    cell,
    vertical: at !== null && at.row !== label.row,
    col: at?.col ?? label.col,
    raw,
    note: moneyNote(view, cell, raw, money.problem),
  };
}

/** An amount converted to the budget's unit. */
function inUnit(read: MoneyRead, unit: MoneyUnit): number | null {
  return read.amount === null ? null : read.unit && read.unit !== unit ? convertMoney(read.amount, read.unit, unit) : read.amount;
}

/** The budget's label: the first of the preferred kind whose value is there ("项目资金" over 资金总额 | 当年资金总额 is a heading). */
function budgetLabelOf(view: SheetView, rows: Rows, moneyLabels: LabelCell[]): LabelCell | undefined {
  const candidates = BUDGET_PREFERENCE.flatMap((k) => moneyLabels.filter((l) => l.kind === k));
  if (candidates.length <= 1) return candidates[0];
  return candidates.find((l) => l.inlineValue !== null || valueCellOf(view, l, rows).found) ?? candidates[0];
}

/** A budget written in prose beside a 资金情况 label ("总额10606.7522万元，其中…"): its total and unit. */
function budgetInProse(view: SheetView, label: LabelCell | undefined, rows: Rows): MoneyRead | null {
  if (!label) return null;
  const { text, cell } = labelText(view, label, rows);
  if (text === null) return null;
  const total = proseTotal(text);
  if (!total) return null;
  return { amount: total.amount, unit: total.unit, cell, vertical: false, col: label.col, raw: text, note: null };
}

/** The budget: a self-evaluation's budget block's, else its label's amount, else a total written in prose. */
function readBudget(
  view: SheetView,
  rows: Rows,
  labels: LabelCell[],
  execution: BudgetExecution | null,
  budgetLabel: LabelCell | undefined,
): MoneyRead | null {
  if (execution) {
    const unit = (execution.unit as MoneyUnit | null) ?? null;
    return { amount: execution.budget, unit, cell: execution.budgetCell, vertical: false, col: 0, raw: null, note: null };
  }
  if (budgetLabel) return readMoney(view, rows, budgetLabel);
  return budgetInProse(view, firstOf(labels, 'budgetSection'), rows);
}

/** Where the other amounts are read: among the money labels, in the budget's column and unit. */
interface MoneyPlace {
  labels: LabelCell[];
  budgetLabel: LabelCell | undefined;
  /** The budget's column when it was read under its label (a column heading): the other amounts are in it too. */
  col: number | null;
  unit: MoneyUnit;
}

interface Funds extends Recorded {
  fiscal: number | null;
  other: number | null;
  carryOver: number | null;
  extraFunds: ProjectInfo['extraFunds'];
  notes: ReaderNote[];
}

/** 财政资金, 其他资金 and 上年结转 (each in the budget's column when labels stand side by side), and further sources. */
function readLabelledFunds(view: SheetView, rows: Rows, place: MoneyPlace): Funds {
  const cells: Cells = {};
  const notes: ReaderNote[] = [];
  const amountOf = (label: LabelCell | undefined, key?: string): number | null => {
    if (!label) return null;
    const read = readMoney(view, rows, label, place.col);
    if (read.note) notes.push(read.note);
    if (key) cells[key] = read.cell;
    return inUnit(read, place.unit);
  };
  const otherLabel = alignedWith(place.labels, 'other', place.budgetLabel);
  const fiscal = amountOf(alignedWith(place.labels, 'fiscal', place.budgetLabel), 'fiscal');
  const other = amountOf(otherLabel, 'other') ?? (otherLabel ? 0 : null);
  const otherTotal = other === null ? null : other + otherSourcesBelow(otherLabel!, place.labels).reduce((sum, label) => sum + (amountOf(label) ?? 0), 0);
  const carryOver = amountOf(alignedWith(place.labels, 'carryOver', place.budgetLabel), 'carryOver');
  const extraFunds: ProjectInfo['extraFunds'] = [];
  for (const label of place.labels.filter((l) => l.kind === 'extraFunds')) {
    const read = readMoney(view, rows, label, place.col);
    if (read.note) notes.push(read.note);
    const amount = inUnit(read, place.unit);
    if (amount !== null) extraFunds.push({ label: label.text.replace(/^其中[:：]/, ''), amount, cell: read.cell });
  }
  return { fiscal, other: otherTotal, carryOver, extraFunds, cells, notes };
}

/**
 * The other sources listed under the first one, each on a row of its own in its column (二、自有资金 | 三、其他): they
 * add up to the sources beside the fiscal grant.
 */
function otherSourcesBelow(first: LabelCell, labels: LabelCell[]): LabelCell[] {
  const others = labels.filter((l) => l.kind === 'other' && l !== first && l.col === first.col && l.row > first.row);
  return others.filter((l, i) => l.row - (i === 0 ? first.row : others[i - 1].row) <= 2);
}

/** A self-evaluation's budget block gives the sources; its cells are recorded after the labels'. */
function fundsFromExecution(execution: BudgetExecution, funds: Funds): Funds {
  const cells = copyCells(funds.cells);
  if (execution.fiscalCell) cells.fiscal = execution.fiscalCell;
  if (execution.otherCell) cells.other = execution.otherCell;
  return { fiscal: execution.fiscal, other: execution.other ?? 0, carryOver: execution.carryOver, extraFunds: funds.extraFunds, cells, notes: funds.notes };
}

/** A copy of recorded cells, keys in their order (a loop: spreading objects of many shapes is slow on this path). */
function copyCells(cells: Cells, into: Cells = {}): Cells {
  for (const key in cells) into[key] = cells[key];
  return into;
}

/** Lists with a 合计 row (项目资金来源, 项目支出明细). */
function readBreakdowns(view: SheetView, rows: Rows, moneyLabels: LabelCell[]): Breakdown[] {
  return moneyLabels.filter((l) => l.kind === 'total').flatMap((label) => readBreakdown(view, label, rows) ?? []);
}

/** Without a 财政资金 label, a list of sources (项目资金来源) gives them: summed by kind, and it counts every source. */
function fundsFromSources(funds: Funds, breakdowns: Breakdown[]): Funds {
  const sources = breakdowns.find((b) => /来源/.test(b.title));
  if (!sources) return funds;
  const top = sources.items.filter((i) => !i.subItem);
  const sum = (pick: (label: string) => boolean): number => top.filter((i) => pick(i.label)).reduce((acc, i) => acc + (i.amount ?? 0), 0);
  const isFiscal = (l: string): boolean => /财政拨款|财政资金|财政补助|一般公共预算|政府性基金/.test(l);
  const isCarry = (l: string): boolean => /上年结转|结余/.test(l);
  const firstFiscal = top.find((i) => isFiscal(i.label));
  const cells = firstFiscal ? copyCells(funds.cells) : funds.cells;
  if (firstFiscal) cells.fiscal = firstFiscal.cell;
  const other = sum((l) => !isFiscal(l) && !isCarry(l));
  return { fiscal: sum(isFiscal), other, carryOver: sum(isCarry) || null, extraFunds: [], cells, notes: funds.notes };
}

interface Money extends Funds {
  execution: BudgetExecution | null;
  /** The labels outside a self-evaluation's budget block (whose own labels are read by readExecution). */
  moneyLabels: LabelCell[];
  budgetLabel: LabelCell | undefined;
  budget: MoneyRead | null;
  budgetUnit: MoneyUnit;
  budgetUnitAssumed: boolean;
  breakdowns: Breakdown[];
}

/** The money: the budget and its unit, where it comes from, and the lists with a 合计 row. */
function readMoneyBlock(view: SheetView, rows: Rows, labels: LabelCell[], sheetUnit: MoneyUnit | null): Money {
  // A self-evaluation's budget block (年初预算数 | 全年预算数 | 全年执行数) holds the money: its labels are read there.
  const execution = readExecution(view, rows);
  const moneyLabels = execution ? labels.filter((l) => l.row < execution.rows.top || l.row > execution.rows.bottom) : labels;
  const budgetLabel = budgetLabelOf(view, rows, moneyLabels);
  const budget = readBudget(view, rows, labels, execution, budgetLabel);
  const explicitUnit = budget?.unit ?? blockUnit(view, rows) ?? sheetUnit;
  const budgetUnit: MoneyUnit = explicitUnit ?? '万元';
  const place: MoneyPlace = { labels: moneyLabels, budgetLabel, col: budget?.vertical ? budget.col : null, unit: budgetUnit };
  const labelled = readLabelledFunds(view, rows, place);
  const funds = execution ? fundsFromExecution(execution, labelled) : labelled;
  const breakdowns = readBreakdowns(view, rows, moneyLabels);
  const sourced = firstOf(moneyLabels, 'fiscal') ? funds : fundsFromSources(funds, breakdowns);
  return {
    fiscal: sourced.fiscal,
    other: sourced.other,
    carryOver: sourced.carryOver,
    extraFunds: sourced.extraFunds,
    cells: copyCells(sourced.cells, budget ? { budget: budget.cell } : {}),
    notes: budget?.note ? [budget.note, ...sourced.notes] : sourced.notes,
    execution,
    moneyLabels,
    budgetLabel,
    budget,
    budgetUnit,
    budgetUnitAssumed: explicitUnit === null,
    breakdowns,
  };
}

/** The whole-period money where a 中期/总预算 label stands beside this year's, in the budget's unit. */
function readBudgetTotal(view: SheetView, rows: Rows, money: Money): { amount: number | null; cells: Cells; notes: ReaderNote[] } {
  const label = money.execution ? undefined : money.moneyLabels.find((l) => l.kind === 'budgetTotal');
  if (!label || label === money.budgetLabel) return { amount: null, cells: {}, notes: [] };
  const read = readMoney(view, rows, label);
  return { amount: inUnit(read, money.budgetUnit), cells: {}, notes: read.note ? [read.note] : [] };
}

// ---- Spending plan, goals, use of funds, agency ---------------------------------------------------------------------

interface SpendingPlan extends Recorded {
  plan: PlanValues;
  planMonths: [number, number, number, number] | null;
}

/** The spending plan's shares (or amounts, under "资金支出计划（万元）") and the months they are for. */
function readSpendingPlan(view: SheetView, rows: Rows, labels: LabelCell[], budget: number | null): SpendingPlan {
  const none: SpendingPlan = { plan: [null, null, null, null], planMonths: null, cells: {} };
  const label = firstOf(labels, 'plan');
  if (!label) return none;
  const inMoney = unitInLabel(label.text) !== null; // "资金支出计划（万元）": amounts, not shares
  const reading = readPlan(view, label, rows, budget, inMoney);
  if (!reading) return none;
  const cells: Cells = {};
  reading.cells.forEach((cell, i) => {
    if (cell) cells[`plan${reading.months[i]}`] = cell;
  });
  const notes = reading.unreadable.map((cell) => note('plan-not-a-share', view.name, cell, ''));
  return { plan: reading.values, planMonths: reading.months, cells, notes };
}

/** The goal: the annual one when both 中期 and 年度 are given; beside its label, else written under it. */
function readGoal(view: SheetView, rows: Rows, labels: LabelCell[]): { goal: string | null; goalLabel: LabelCell | undefined; cells: Cells } {
  const cells: Cells = {};
  const goalOf = (label: LabelCell): string | null => {
    const read = labelText(view, label, rows);
    cells.goal = read.cell;
    if (read.text !== null) return read.text;
    const below = proseBelow(view, label, rows);
    if (below) cells.goal = below.cell;
    return below?.text ?? null;
  };
  const goalLabel = firstOf(labels, 'goalAnnual') ?? firstOf(labels, 'goal') ?? firstOf(labels, 'goalMid');
  let goal = goalLabel ? goalOf(goalLabel) : null;
  // 年度总体目标 over 预期目标 | 实际完成情况: the goal is under the second heading. Each goal label in turn; the cell
  // reported for a missing goal is the last place looked.
  for (const label of [...labels.filter((l) => l.kind === 'goalAnnual'), ...labels.filter((l) => l.kind === 'goal')]) {
    if (goal !== null) break;
    if (label !== goalLabel) goal = goalOf(label);
  }
  return { goal, goalLabel, cells };
}

/** A text of `kind` other than the goal read (the mid-term goal, a self-evaluation's account of what was achieved). */
function textOfKind(
  view: SheetView,
  rows: Rows,
  labels: LabelCell[],
  kind: InfoLabel,
  goalLabel: LabelCell | undefined,
): { text: string; cell: string } | null {
  // Each label of the kind in turn: a section's heading (三、目标完成情况) may come before the column's (具体完成情况).
  for (const label of labels) {
    if (label.kind !== kind || label === goalLabel) continue;
    const { text, cell } = labelText(view, label, rows);
    // A bare number beside it is a column of points (自评得分 20), not what was achieved: the text is below.
    const besideIsNumber = text !== null && /^\d+(?:\.\d+)?$/.test(text.trim());
    const found = text !== null && !besideIsNumber ? { text, cell } : proseBelow(view, label, rows);
    if (found) return found;
  }
  return null;
}

/** The mid-term goal beside the annual one, with its label. */
function readGoalMid(view: SheetView, rows: Rows, labels: LabelCell[], goalLabel: LabelCell | undefined): ProjectInfo['goalMid'] {
  const midLabel = firstOf(labels, 'goalMid');
  const goalMid = textOfKind(view, rows, labels, 'goalMid', goalLabel);
  return goalMid && midLabel ? { ...goalMid, label: midLabel.text } : goalMid;
}

/** The use of funds: beside its label, else in a 预算规模及资金用途 section, else beside a weaker label (项目主要内容). */
function readUsage(view: SheetView, rows: Rows, labels: LabelCell[]): { usage: string | null; cells: Cells } {
  const usageLabel = firstOf(labels, 'usage');
  const read = usageLabel ? labelText(view, usageLabel, rows) : null;
  if (read && read.text !== null) return { usage: read.text, cells: { usage: read.cell } };
  const section = firstOf(labels, 'budgetSection');
  const found = section ? usageInBudgetSection(view, section, rows) : null;
  if (found) return { usage: found.text, cells: { usage: found.cell } };
  const weak = firstOf(labels, 'usageWeak');
  const weakRead = weak ? labelText(view, weak, rows) : null;
  // The cell reported for a missing use of funds is the last place looked.
  const last = weakRead ?? read;
  return { usage: weakRead?.text ?? null, cells: last ? { usage: last.cell } : {} };
}

/** The agency: a line of its own between the title and the first label, else the text beside an agency label. */
function readAgency(view: SheetView, rows: Rows, labels: LabelCell[], titleRow: number | null): { agency: string | null; cells: Cells } {
  const firstLabelRow = labels.length ? labels[0].row : rows.bottom + 1;
  const line = agencyLine(view, rows, titleRow, firstLabelRow);
  if (line) return { agency: line.text, cells: { agency: line.cell } };
  const label = firstOf(labels, 'agency');
  if (!label) return { agency: null, cells: {} };
  const { text, cell } = labelText(view, label, rows);
  return { agency: text, cells: { agency: cell } };
}

/** Agency labels with nothing beside them: the cell where the value belongs. */
function blankAgencyLabels(view: SheetView, rows: Rows, labels: LabelCell[]): ProjectInfo['blankLabels'] {
  return labels
    .filter((l) => l.kind === 'agency' && l.inlineValue === null)
    .map((l) => ({ label: l, at: valueCellOf(view, l, rows) }))
    .filter(({ at }) => !at.found && view.isBlank(at.row, at.col) && at.col <= view.right)
    .map(({ label, at }) => ({ label: label.text, cell: view.address(at.row, at.col) }));
}

// ---- The steps together ---------------------------------------------------------------------------------------------

/**
 * The block above an indicator grid, read step by step: title and year, code and name, money, spending plan, goals,
 * use of funds, agency. Each step returns what it read with the cells it recorded; `cells` lists them in step order.
 */
export function readProjectInfo(view: SheetView, rows: Rows, sheetUnit: MoneyUnit | null, notes: ReaderNote[]): ProjectInfo {
  const cells: Cells = {};
  const record = <T extends Recorded>(step: T): T => {
    Object.assign(cells, step.cells);
    if (step.notes) notes.push(...step.notes);
    return step;
  };
  const labels = findInfoLabels(view, rows);
  const heading = record(findTitleAndYear(view, rows));
  const departmentLabel = firstOf(labels, 'department');
  const department = heading.department || (departmentLabel !== undefined && !firstOf(labels, 'name') && !firstOf(labels, 'code'));
  const { code, name } = record(readCodeAndName(view, rows, labels, heading, department));
  const departmentName = departmentLabel ? record(recordedText(view, rows, departmentLabel, 'department')).text : null;
  const money = record(readMoneyBlock(view, rows, labels, sheetUnit));
  const spending = record(readSpendingPlan(view, rows, labels, money.budget?.amount ?? null));
  const budgetTotal = record(readBudgetTotal(view, rows, money));
  const { goal, goalLabel } = record(readGoal(view, rows, labels));
  const periodLabel = firstOf(labels, 'period');
  const period = periodLabel ? record(recordedText(view, rows, periodLabel, 'period')).text : null;
  const { usage } = record(readUsage(view, rows, labels));
  const { agency } = record(readAgency(view, rows, labels, heading.titleRow));
  const budget = money.budget;
  return {
    title: heading.title,
    year: budgetYear(heading.year, heading.title, name),
    agency,
    code,
    name,
    budget: budget?.amount ?? null,
    fiscal: money.fiscal,
    other: money.other,
    carryOver: money.carryOver,
    extraFunds: money.extraFunds,
    budgetUnit: money.budgetUnit,
    budgetUnitAssumed: money.budgetUnitAssumed,
    plan: spending.plan,
    planMonths: spending.planMonths,
    goal,
    usage,
    period,
    execution: money.execution,
    goalMid: readGoalMid(view, rows, labels, goalLabel),
    budgetTotal: budgetTotal.amount,
    goalActual: textOfKind(view, rows, labels, 'goalActual', goalLabel),
    budgetText: typeof budget?.raw === 'string' ? budget.raw.trim() : null,
    blankLabels: blankAgencyLabels(view, rows, labels),
    unplacedMoney: budget ? null : unplacedMoneyLabel(view, rows),
    department,
    departmentName,
    breakdowns: money.breakdowns,
    cells,
    labels,
  };
}
