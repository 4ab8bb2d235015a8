/**
 * The budget block of a self-evaluation (预算执行情况): amounts in a matrix of rows (年度资金总额 / 其中：当年财政拨款 /
 * 上年结转资金 / 其他资金) by columns (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分). The project's budget
 * is the full-year column (全年预算数, 调整后预算数), else the initial one.
 */
import type { BudgetExecution } from '../model';
import type { SheetView } from './sheet-view';
import type { Rows } from './label-values';
import { labelKey, memoize, splitParenthesised } from '../normalize/text';
import { parseMoneyCell, unitInLabel } from '../normalize/money';
import type { MoneyUnit } from '../normalize/units';

type Column = 'initial' | 'fullYear' | 'executed' | 'rate' | 'weight' | 'score' | 'generic';
type RowKind = 'total' | 'fiscal' | 'carryOver' | 'other';

const COLUMNS: [RegExp, Column][] = [
  [/^(年初预算数?|年初预算金额|年初数|预算数\(年初\))$/, 'initial'],
  [/^(全年预算数?|调整后预算数?|调整预算数?|全年预算金额|预算调整数|年度预算调整数)$/, 'fullYear'],
  // "预算数(A) | 执行数(B)": the year's budget where no 全年/调整后 column is named; a heading over the row labels else.
  [/^(预算数|年度预算数|预算金额)$/, 'generic'],
  [/^(全年执行数|预算执行数|执行数|实际执行数|全年实际执行数|实际支出数?|全年支出数)$/, 'executed'],
  [/^(执行率|预算执行率|全年执行率|资金执行率)$/, 'rate'],
  [/^(分值|权重)$/, 'weight'],
  [/^(得分|自评得分)$/, 'score'],
];

const ROWS: [RegExp, RowKind][] = [
  [/^(年度资金总额|资金总额|总额|合计|项目资金总额|预算资金总额|年度预算资金总额|年度财政资金总额|财政资金总额)$/, 'total'],
  [/^(当年财政拨款|本年财政拨款|财政拨款|财政资金|本级财政资金|财政补助|一般公共预算|一般公共预算资金|当年财政资金|财政拨款资金)$/, 'fiscal'],
  [/^(上年结转资金|上年结转|结转资金)$/, 'carryOver'],
  [/^(其他资金|其它资金|单位资金|单位自筹|自筹资金|财政专户管理资金|其他)$/, 'other'],
];

const columnOf = memoize((text: string): Column | null => {
  // "全年预算数(A)", "执行率(B/A)", "年初预算数（万元）"
  const key = splitParenthesised(labelKey(text)).base;
  return COLUMNS.find(([re]) => re.test(key))?.[1] ?? null;
});

const rowOf = memoize((text: string): RowKind | null => {
  const key = labelKey(text).replace(/^其中[:：]?/, '').replace(/\((万元|元)\)$/, '');
  return ROWS.find(([re]) => re.test(key))?.[1] ?? null;
});

/** "100.00%", 1 formatted as %, 100 → 100 (percent); null when it is no rate. */
function rateOf(view: SheetView, row: number, col: number): number | null {
  const text = view.text(row, col);
  const match = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
  if (match) return Number(match[1]);
  const value = view.value(row, col);
  return typeof value === 'number' ? value : null;
}

/** Every budget block has a heading about execution (全年执行数, 预算执行数, 执行率): a cheap look before the real one. */
function mentionsExecution(view: SheetView, rows: Rows): boolean {
  for (const row of view.rowsContaining('执行')) if (row >= rows.top && row <= rows.bottom) return true;
  return false;
}

export function readExecution(view: SheetView, rows: Rows): BudgetExecution | null {
  if (!mentionsExecution(view, rows)) return null;
  for (let row = rows.top; row <= rows.bottom; row++) {
    const columns = new Map<Column, number>();
    const headings: string[] = [];
    for (let col = view.left; col <= view.right; col++) {
      if (view.isMergeFollower(row, col)) continue;
      const text = view.text(row, col);
      if (text === '' || text.length > 16) continue;
      headings.push(text);
      const kind = columnOf(text);
      if (kind && !columns.has(kind)) columns.set(kind, col);
    }
    if (columns.size < 2) continue;
    const generic = columns.get('generic');
    columns.delete('generic');
    if (generic !== undefined && !columns.has('fullYear') && !columns.has('initial')) columns.set('fullYear', generic);
    const amountCols = ['initial', 'fullYear', 'executed'].filter((c) => columns.has(c as Column));
    if (amountCols.length < 2) continue;
    let unit: MoneyUnit | null = null;
    for (const text of headings) unit ??= unitInLabel(text);
    const firstCol = Math.min(...columns.values());
    const found: Partial<Record<RowKind, number>> = {};
    const others: number[] = [];
    for (let r = row + 1; r <= rows.bottom && r <= row + 8; r++) {
      let kind: RowKind | null = null;
      for (let col = firstCol - 1; col >= view.left && kind === null; col--) {
        const text = view.text(r, col);
        if (text !== '') kind = rowOf(text);
      }
      if (kind === null) break;
      if (found[kind] === undefined) found[kind] = r;
      if (kind === 'other') others.push(r);
    }
    const totalRow = found.total ?? found.fiscal;
    if (totalRow === undefined) continue;
    const amount = (r: number | undefined, column: Column): number | null => {
      const col = columns.get(column);
      if (r === undefined || col === undefined) return null;
      return parseMoneyCell(view.value(r, col)).amount;
    };
    const cell = (r: number | undefined, column: Column): string | undefined => {
      const col = columns.get(column);
      return r === undefined || col === undefined ? undefined : view.address(r, col);
    };
    const budgetColumn: Column = columns.has('fullYear') && amount(totalRow, 'fullYear') !== null ? 'fullYear' : 'initial';
    const cells: Record<string, string> = {};
    for (const column of ['initial', 'fullYear', 'executed', 'rate', 'weight', 'score'] as Column[]) {
      const at = cell(totalRow, column);
      if (at) cells[column] = at;
    }
    return {
      unit,
      initial: amount(totalRow, 'initial'),
      fullYear: amount(totalRow, 'fullYear'),
      executed: amount(totalRow, 'executed'),
      rate: columns.has('rate') ? rateOf(view, totalRow, columns.get('rate')!) : null,
      weight: amount(totalRow, 'weight'),
      score: amount(totalRow, 'score'),
      budget: amount(totalRow, budgetColumn),
      fiscal: found.fiscal !== undefined && found.fiscal !== totalRow ? amount(found.fiscal, budgetColumn) : null,
      carryOver: amount(found.carryOver, budgetColumn),
      other: others.some((r) => amount(r, budgetColumn) !== null) ? others.reduce((sum, r) => sum + (amount(r, budgetColumn) ?? 0), 0) : null,
      cells,
      subRowScores: [found.fiscal, found.carryOver, ...others]
        .filter((r): r is number => r !== undefined && r !== totalRow)
        .flatMap((r) => (['weight', 'score'] as Column[]).map((c) => ({ r, c })))
        .filter(({ r, c }) => amount(r, c) !== null)
        .map(({ r, c }) => cell(r, c)!),
      budgetCell: cell(totalRow, budgetColumn)!,
      fiscalCell: found.fiscal !== undefined ? cell(found.fiscal, budgetColumn) : undefined,
      otherCell: found.other !== undefined ? cell(found.other, budgetColumn) : undefined,
      rows: { top: row, bottom: Math.max(...Object.values(found)) },
    };
  }
  return null;
}
