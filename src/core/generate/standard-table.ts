/**
 * The standard project target table (the layout of the 2024 example: title, agency and unit line, code and name,
 * budget and use of funds, spending plan, goal, indicator grid), laid out as a SheetSpec fragment that can be placed
 * at any row, so tables can be given a sheet each or stacked.
 */
import type { MergeArea } from '../grid';
import type { CellSpec, CellStyle } from './sheet-spec';
import { wrappedRowHeight } from './sheet-spec';

export interface TableIndicator {
  level1: string;
  level2: string;
  level3: string;
  description: string;
  value: string | number;
  valueFormat?: string;
  basis: string;
}

export interface TableContent {
  title: string;
  agency: string;
  unitLine: string;
  code: string;
  name: string;
  budget: string | number | null;
  fiscal: string | number | null;
  other: string | number | null;
  usage: string;
  planHeadings: string[];
  plan: (string | number | null)[];
  goal: string;
  indicators: TableIndicator[];
}

export interface TableLayoutOptions {
  /** How a level-1 (and level-2) name that spans several rows is written. */
  groupLabels: 'merge' | 'repeat' | 'first-only';
  /** Write plan shares given as numbers with a % format (true) or as they come. */
  percentFormat: boolean;
  /** The label of fiscal money as the template prints it. */
  fiscalLabel: string;
}

export const TABLE_COLUMN_WIDTHS = [14, 14, 20, 24, 14, 12, 14];
const LAST_COL = TABLE_COLUMN_WIDTHS.length - 1;

export interface TableFragment {
  cells: CellSpec[];
  merges: MergeArea[];
  bordered: MergeArea[];
  rowHeights: Record<number, number>;
  /** First row after the table. */
  nextRow: number;
}

function span(top: number, left: number, bottom: number, right: number): MergeArea {
  return { top, left, bottom, right };
}

export function layoutTable(content: TableContent, startRow: number, options: TableLayoutOptions): TableFragment {
  const cells: CellSpec[] = [];
  const merges: MergeArea[] = [];
  const rowHeights: Record<number, number> = {};
  const put = (row: number, col: number, value: string | number | null, style: CellStyle, numberFormat?: string): void => {
    cells.push(numberFormat ? { row, col, value, style, numberFormat } : { row, col, value, style });
  };
  const merge = (top: number, left: number, bottom: number, right: number): void => {
    if (top !== bottom || left !== right) merges.push(span(top, left, bottom, right));
  };
  const money = (value: string | number | null): { value: string | number | null; format?: string } =>
    typeof value === 'number' ? { value, format: '0.00' } : { value };

  let r = startRow;
  put(r, 0, content.title, 'title');
  merge(r, 0, r, LAST_COL);
  rowHeights[r] = 30;
  r++;
  put(r, 0, content.agency, 'subtitle');
  merge(r, 0, r, 4);
  put(r, 5, content.unitLine, 'subtitle');
  merge(r, 5, r, LAST_COL);
  r++;
  const tableTop = r;

  put(r, 0, '项目编码', 'label');
  put(r, 1, content.code, 'center');
  merge(r, 1, r, 2);
  put(r, 3, '项目名称', 'label');
  put(r, 4, content.name, 'text');
  merge(r, 4, r, LAST_COL);
  rowHeights[r] = wrappedRowHeight(content.name, 40);
  r++;

  put(r, 0, '预算规模及资金用途', 'label');
  merge(r, 0, r + 1, 0);
  put(r, 1, '预算数', 'label');
  const budget = money(content.budget);
  put(r, 2, budget.value, 'center', budget.format);
  put(r, 3, options.fiscalLabel, 'label');
  const fiscal = money(content.fiscal);
  put(r, 4, fiscal.value, 'center', fiscal.format);
  put(r, 5, '其他资金', 'label');
  const other = money(content.other);
  put(r, 6, other.value, 'center', other.format);
  r++;
  put(r, 1, content.usage, 'text');
  merge(r, 1, r, LAST_COL);
  rowHeights[r] = wrappedRowHeight(content.usage, 88);
  r++;

  put(r, 0, '资金支出计划（%）', 'label');
  merge(r, 0, r + 1, 0);
  content.planHeadings.forEach((heading, i) => put(r, 1 + i, heading, 'center'));
  const lastPlanCol = content.planHeadings.length;
  if (lastPlanCol < LAST_COL) merge(r, lastPlanCol, r, LAST_COL);
  r++;
  content.plan.forEach((share, i) => {
    const percent = options.percentFormat && typeof share === 'number';
    put(r, 1 + i, share, 'center', percent ? '0%' : undefined);
  });
  if (lastPlanCol < LAST_COL) merge(r, lastPlanCol, r, LAST_COL);
  r++;

  put(r, 0, '绩效目标', 'label');
  put(r, 1, content.goal, 'text');
  merge(r, 1, r, LAST_COL);
  rowHeights[r] = wrappedRowHeight(content.goal, 88);
  r++;

  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'].forEach((h, i) => put(r, i, h, 'header'));
  merge(r, 5, r, LAST_COL);
  r++;

  const first = r;
  content.indicators.forEach((indicator, i) => {
    const row = first + i;
    const previous = content.indicators[i - 1];
    const sameLevel1 = previous !== undefined && previous.level1 === indicator.level1;
    // Within a group the name is merged down, repeated, or left blank below its first row.
    if (options.groupLabels === 'repeat' || !sameLevel1) put(row, 0, indicator.level1, 'center');
    put(row, 1, indicator.level2, 'center');
    put(row, 2, indicator.level3, 'text');
    put(row, 3, indicator.description, 'text');
    put(row, 4, indicator.value, 'center', indicator.valueFormat);
    put(row, 5, indicator.basis, 'text');
    merge(row, 5, row, LAST_COL);
    rowHeights[row] = Math.max(
      wrappedRowHeight(indicator.level3, TABLE_COLUMN_WIDTHS[2]),
      wrappedRowHeight(indicator.description, TABLE_COLUMN_WIDTHS[3]),
      wrappedRowHeight(indicator.basis, TABLE_COLUMN_WIDTHS[5] + TABLE_COLUMN_WIDTHS[6]),
    );
  });
  if (options.groupLabels === 'merge') {
    let groupStart = first;
    content.indicators.forEach((indicator, i) => {
      const next = content.indicators[i + 1];
      if (!next || next.level1 !== indicator.level1) {
        merge(groupStart, 0, first + i, 0);
        groupStart = first + i + 1;
      }
    });
  }
  r = first + content.indicators.length;
  return { cells, merges, bordered: [span(tableTop, 0, r - 1, LAST_COL)], rowHeights, nextRow: r };
}
