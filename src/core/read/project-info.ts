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
import { parseMoneyCell, unitInLabel, unitLineUnit } from '../normalize/money';
import { convertMoney, type MoneyUnit } from '../normalize/units';
import { formatNumber, matchesNotAfterDigit, toHalfWidth } from '../normalize/text';
import { toA1, UNCALCULATED_FORMULA } from '../grid';
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
      const unit = unitLineUnit(text) ?? unitInLabel(text) ?? (/单位[:：]\s*(万元|元|亿元|千元)\s*$/.exec(text)?.[1] as MoneyUnit | undefined) ?? null;
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

function textValue(view: SheetView, label: LabelCell, rows: Rows, cells: Record<string, string>, key: string): string | null {
  if (label.inlineValue !== null) {
    cells[key] = toA1(label.row, label.col);
    return label.inlineValue;
  }
  const at = valueCellOf(view, label, rows);
  cells[key] = view.address(at.row, at.col);
  if (!at.found) return null;
  const value = view.value(at.row, at.col);
  if (typeof value === 'number') return formatNumber(value);
  const text = textAcrossLabelRows(view, label, at);
  return text === '' ? null : text;
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

/** A budget written in prose beside a 资金情况 label ("总额10606.7522万元，其中…"): its total and unit. */
function budgetInProse(
  view: SheetView,
  label: LabelCell | undefined,
  rows: Rows,
): { amount: number; unit: MoneyUnit; cell: string; vertical: boolean; col: number; raw: unknown } | null {
  if (!label) return null;
  const scratch: Record<string, string> = {};
  const text = textValue(view, label, rows, scratch, 'x');
  if (text === null || !scratch.x) return null;
  const total = proseTotal(text);
  if (!total) return null;
  return { amount: total.amount, unit: total.unit, cell: scratch.x, vertical: false, col: label.col, raw: text };
}

export function readProjectInfo(
  view: SheetView,
  rows: Rows,
  sheetUnit: MoneyUnit | null,
  notes: ReaderNote[],
): ProjectInfo {
  const cells: Record<string, string> = {};
  const labels = findInfoLabels(view, rows);

  let title: string | null = null;
  let titleRow: number | null = null;
  let year: number | null = null;
  let department = false;
  for (let row = rows.top; row <= rows.bottom && (title === null || year === null); row++) {
    for (let col = view.left; col <= view.right; col++) {
      if (view.isMergeFollower(row, col)) continue;
      const text = view.text(row, col);
      if (text === '') continue;
      if (title === null && (isTableTitle(text) || isDepartmentTitle(text))) {
        title = text;
        titleRow = row;
        cells.title = toA1(row, col);
        department = isDepartmentTitle(text);
        year = leadingYear(text);
      } else if (year === null && yearLine(text) !== null) {
        year = yearLine(text);
      }
    }
  }

  const departmentLabel = firstOf(labels, 'department');
  if (departmentLabel && !firstOf(labels, 'name') && !firstOf(labels, 'code')) department = true;

  const codeLabel = firstOf(labels, 'code');
  let code = codeLabel ? textValue(view, codeLabel, rows, cells, 'code') : null;
  if (code !== null && !/[0-9A-Za-z]/.test(toHalfWidth(code))) code = null; // a neighbouring label or prose, not a code
  const nameLabel = firstOf(labels, 'name');
  let name = nameLabel ? textValue(view, nameLabel, rows, cells, 'name') : null;
  if (name === null && title !== null && !department) {
    name = nameFromTitle(title);
    if (name !== null && !cells.name) cells.name = cells.title;
  }
  const joined = name === null ? null : splitCodeFromName(name);
  if (joined && (code === null || code === joined.code)) {
    // "51000021R000000019951-工资性支出": the code written before the name, in the name's cell.
    code = joined.code;
    name = joined.name;
    if (cells.name) cells.code = cells.name;
  }
  if (year === null && name !== null) year = leadingYear(name);
  // "秀屿区2025年省级第七批水利专项资金绩效目标表": the year inside the title.
  // Only the title's first number, and only as a year of its own: "唐财建【2023】41号调整2022年…" names a document.
  if (year === null && title !== null) {
    const [first] = matchesNotAfterDigit(title, /(20\d{2})(?!\d)/);
    if (first && /^\s*年/.test(title.slice(first.index + 4)) && !/[【〔\[(（]$/.test(title.slice(0, first.index))) year = Number(first[1]);
  }
  // The year in a carried-over fund's title is the fund's ("2023年…（结转）"), not the budget's: the workbook decides.
  if (/结转|结余/.test(`${title ?? ''}${name ?? ''}`)) year = null;
  const departmentName = departmentLabel ? textValue(view, departmentLabel, rows, cells, 'department') : null;

  // Money.
  const unitOfBlock = blockUnit(view, rows);
  // A self-evaluation's budget block (年初预算数 | 全年预算数 | 全年执行数) holds the money: its labels are read there.
  const execution = readExecution(view, rows);
  const moneyLabels = execution ? labels.filter((l) => l.row < execution.rows.top || l.row > execution.rows.bottom) : labels;
  // The first label of the preferred kind whose value is there ("项目资金" over 资金总额 | 当年资金总额 is a heading).
  const budgetCandidates = BUDGET_PREFERENCE.flatMap((k) => moneyLabels.filter((l) => l.kind === k));
  const budgetLabel =
    budgetCandidates.length > 1
      ? (budgetCandidates.find((l) => l.inlineValue !== null || valueCellOf(view, l, rows).found) ?? budgetCandidates[0])
      : budgetCandidates[0];
  /** An amount, the unit written with it (in the cell or the label), and the cell that holds it. */
  const readMoney = (
    label: LabelCell,
    preferredCol: number | null = null,
  ): { amount: number | null; unit: MoneyUnit | null; cell: string; vertical: boolean; col: number; raw: unknown } => {
    let at = label.inlineValue !== null ? null : valueCellOf(view, label, rows);
    // Under a header of columns (中期资金总额 | 年度资金总额), each part is read in the budget's own column.
    if (at && preferredCol !== null && preferredCol > label.col && view.text(label.row, preferredCol) !== '') {
      at = { row: label.row, col: preferredCol, found: true };
    }
    const raw = label.inlineValue !== null ? label.inlineValue : at!.found ? view.value(at!.row, at!.col) : null;
    const cell = at ? view.address(at.row, at.col) : toA1(label.row, label.col);
    const money = parseMoneyCell(raw);
    if (money.problem === 'error') {
      notes.push(raw === UNCALCULATED_FORMULA ? note('formula-without-value', view.name, cell, '') : note('cell-error', view.name, cell, String(raw)));
    }
    else if (money.problem === 'text') notes.push(note('money-not-a-number', view.name, cell, String(raw)));
    const labelUnit = unitInLabel(label.text) ?? (label.note ? unitLineUnit(`单位:${label.note}`) : null);
    return { amount: money.amount, unit: money.unit ?? labelUnit, cell, vertical: at !== null && at.row !== label.row, col: at?.col ?? label.col, raw };
  };
  const budgetRead = execution
    ? { amount: execution.budget, unit: (execution.unit as MoneyUnit | null) ?? null, cell: execution.budgetCell, vertical: false, col: 0, raw: null }
    : budgetLabel
      ? readMoney(budgetLabel)
      : budgetInProse(view, firstOf(labels, 'budgetSection'), rows);
  // The budget read under its label (a column heading): the other amounts are in that column too.
  const moneyCol = budgetRead?.vertical ? budgetRead.col : null;
  if (budgetRead) cells.budget = budgetRead.cell;
  const explicitUnit = budgetRead?.unit ?? unitOfBlock ?? sheetUnit;
  const budgetUnit: MoneyUnit = explicitUnit ?? '万元';
  /** A labelled amount in the budget's unit, its cell recorded under `key` when given. */
  const amountOf = (label: LabelCell | undefined, key?: string): { amount: number | null; cell: string } | null => {
    if (!label) return null;
    const read = readMoney(label, moneyCol);
    if (key) cells[key] = read.cell;
    const amount = read.amount === null ? null : read.unit && read.unit !== budgetUnit ? convertMoney(read.amount, read.unit, budgetUnit) : read.amount;
    return { amount, cell: read.cell };
  };

  /** The whole-period money where a 中期/总预算 label stands beside this year's. */
  const budgetTotalOf = (): number | null => {
    const label = moneyLabels.find((l) => l.kind === 'budgetTotal');
    if (!label || label === budgetLabel) return null;
    const read = readMoney(label);
    return read.amount === null ? null : read.unit && read.unit !== budgetUnit ? convertMoney(read.amount, read.unit, budgetUnit) : read.amount;
  };
  const fiscalLabel = alignedWith(moneyLabels, 'fiscal', budgetLabel);
  const otherLabel = alignedWith(moneyLabels, 'other', budgetLabel);
  let fiscal = amountOf(fiscalLabel, 'fiscal')?.amount ?? null;
  let other = amountOf(otherLabel, 'other')?.amount ?? null;
  let carryOver = amountOf(alignedWith(moneyLabels, 'carryOver', budgetLabel), 'carryOver')?.amount ?? null;
  if (otherLabel && other === null) other = 0;
  if (execution) {
    fiscal = execution.fiscal;
    other = execution.other ?? 0;
    carryOver = execution.carryOver;
    if (execution.fiscalCell) cells.fiscal = execution.fiscalCell;
    if (execution.otherCell) cells.other = execution.otherCell;
  }
  const extraFunds: ProjectInfo['extraFunds'] = [];
  for (const label of moneyLabels.filter((l) => l.kind === 'extraFunds')) {
    const read = amountOf(label)!;
    if (read.amount !== null) extraFunds.push({ label: label.text.replace(/^其中[:：]/, ''), amount: read.amount, cell: read.cell });
  }

  // Lists with a 合计 row (项目资金来源, 项目支出明细).
  const breakdowns: Breakdown[] = [];
  for (const label of moneyLabels.filter((l) => l.kind === 'total')) {
    const breakdown = readBreakdown(view, label, rows);
    if (breakdown) breakdowns.push(breakdown);
  }
  const sources = breakdowns.find((b) => /来源/.test(b.title));
  if (sources && !fiscalLabel) {
    const top = sources.items.filter((i) => !i.subItem);
    const sum = (pick: (label: string) => boolean): number =>
      top.filter((i) => pick(i.label)).reduce((acc, i) => acc + (i.amount ?? 0), 0);
    const isFiscal = (l: string): boolean => /财政拨款|财政资金|财政补助|一般公共预算|政府性基金/.test(l);
    const isCarry = (l: string): boolean => /上年结转|结余/.test(l);
    fiscal = sum(isFiscal);
    carryOver = sum(isCarry) || null;
    other = sum((l) => !isFiscal(l) && !isCarry(l));
    extraFunds.length = 0; // the list already counts every source
    const firstFiscal = top.find((i) => isFiscal(i.label));
    if (firstFiscal) cells.fiscal = firstFiscal.cell;
  }

  // Spending plan.
  let plan: PlanValues = [null, null, null, null];
  let planMonths: [number, number, number, number] | null = null;
  const planLabel = firstOf(labels, 'plan');
  if (planLabel) {
    const inMoney = unitInLabel(planLabel.text) !== null; // "资金支出计划（万元）": amounts, not shares
    const reading = readPlan(view, planLabel, rows, budgetRead?.amount ?? null, inMoney);
    if (reading) {
      plan = reading.values;
      planMonths = reading.months;
      reading.cells.forEach((cell, i) => {
        if (cell) cells[`plan${reading.months[i]}`] = cell;
      });
      for (const cell of reading.unreadable) notes.push(note('plan-not-a-share', view.name, cell, ''));
    }
  }

  // Goal: the annual one when both 中期 and 年度 are given.
  const goalLabel = firstOf(labels, 'goalAnnual') ?? firstOf(labels, 'goal') ?? firstOf(labels, 'goalMid');
  const goalOf = (label: LabelCell): string | null => {
    const text = textValue(view, label, rows, cells, 'goal');
    if (text !== null) return text;
    const below = proseBelow(view, label, rows);
    if (below) cells.goal = below.cell;
    return below?.text ?? null;
  };
  let goal = goalLabel ? goalOf(goalLabel) : null;
  // 年度总体目标 over 预期目标 | 实际完成情况: the goal is under the second heading. Each goal label in turn; the cell
  // reported for a missing goal is the last place looked.
  for (const label of [...labels.filter((l) => l.kind === 'goalAnnual'), ...labels.filter((l) => l.kind === 'goal')]) {
    if (goal !== null) break;
    if (label !== goalLabel) goal = goalOf(label);
  }
  // The mid-term goal beside the annual one, and a self-evaluation's account of what was achieved.
  const textOf = (kind: InfoLabel): { text: string; cell: string } | null => {
    const label = firstOf(labels, kind);
    if (!label || label === goalLabel) return null;
    const scratch: Record<string, string> = {};
    const text = textValue(view, label, rows, scratch, 'x');
    return text !== null ? { text, cell: scratch.x } : proseBelow(view, label, rows);
  };
  const midLabel = firstOf(labels, 'goalMid');
  const goalMidText = textOf('goalMid');
  const goalMid = goalMidText && midLabel ? { ...goalMidText, label: midLabel.text } : goalMidText;
  const goalActual = textOf('goalActual');
  const periodLabel = firstOf(labels, 'period');
  const period = periodLabel ? textValue(view, periodLabel, rows, cells, 'period') : null;

  // Use of funds.
  let usage: string | null = null;
  const usageLabel = firstOf(labels, 'usage');
  if (usageLabel) usage = textValue(view, usageLabel, rows, cells, 'usage');
  if (usage === null) {
    const section = firstOf(labels, 'budgetSection');
    const found = section ? usageInBudgetSection(view, section, rows) : null;
    if (found) {
      usage = found.text;
      cells.usage = found.cell;
    }
  }
  if (usage === null) {
    const weak = firstOf(labels, 'usageWeak');
    if (weak) usage = textValue(view, weak, rows, cells, 'usage');
  }

  const firstLabelRow = labels.length ? labels[0].row : rows.bottom + 1;
  const agencyLabel = firstOf(labels, 'agency');
  let agency: string | null = null;
  const line = agencyLine(view, rows, titleRow, firstLabelRow);
  if (line) {
    agency = line.text;
    cells.agency = line.cell;
  } else if (agencyLabel) {
    const scratch: Record<string, string> = {};
    agency = textValue(view, agencyLabel, rows, scratch, 'agency');
    if (scratch.agency) cells.agency = scratch.agency;
  }

  return {
    title,
    year,
    agency,
    code,
    name,
    budget: budgetRead?.amount ?? null,
    fiscal,
    other,
    carryOver,
    extraFunds,
    budgetUnit,
    budgetUnitAssumed: explicitUnit === null,
    plan,
    planMonths,
    goal,
    usage,
    period,
    execution,
    goalMid,
    budgetTotal: execution ? null : budgetTotalOf(),
    goalActual,
    budgetText: typeof budgetRead?.raw === 'string' ? budgetRead.raw.trim() : null,
    blankLabels: labels
      .filter((l) => l.kind === 'agency' && l.inlineValue === null)
      .map((l) => ({ label: l, at: valueCellOf(view, l, rows) }))
      .filter(({ at }) => !at.found && view.isBlank(at.row, at.col) && at.col <= view.right)
      .map(({ label, at }) => ({ label: label.text, cell: view.address(at.row, at.col) })),
    unplacedMoney: budgetRead ? null : unplacedMoneyLabel(view, rows),
    department,
    departmentName,
    breakdowns,
    cells,
    labels,
  };
}
