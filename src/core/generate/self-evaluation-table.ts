/**
 * The project self-evaluation form (项目支出绩效自评表) in the Ministry's layout (财预〔2020〕10号, 附件): title and year,
 * name and agencies, the budget block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分) with its 其中 rows,
 * the year's goal against what was achieved, the indicators with their targets, actual values, weights, scores and
 * reasons, and the 总分 row. Laid out as a SheetSpec fragment, like the target table.
 */
import type { MergeArea } from '../grid';
import type { CellSpec, CellStyle } from './sheet-spec';
import { wrappedRowHeight } from './sheet-spec';

export interface EvaluationIndicator {
  level1: string;
  level2: string;
  level3: string;
  target: string | number;
  actual: string | number | null;
  weight: number | null;
  score: number | null;
  reason: string;
}

/** One row of the budget block: 年度资金总额, or one of its 其中 rows. */
export interface EvaluationMoneyRow {
  label: string;
  initial: number | null;
  fullYear: number | null;
  executed: number | null;
}

export interface EvaluationContent {
  title: string;
  /** "（2024年度）". */
  yearLine: string;
  name: string;
  department: string;
  agency: string;
  moneyUnit: string;
  total: EvaluationMoneyRow;
  /** 其中：当年财政拨款, 上年结转资金, 其他资金. */
  parts: EvaluationMoneyRow[];
  executionWeight: number;
  /** The execution rate as a fraction (0.98), written with a percent format; or text as a form may have it. */
  executionRate: number | string | null;
  executionScore: number | null;
  goal: string;
  goalActual: string;
  indicators: EvaluationIndicator[];
  /** The 总分 row's weight and score; null leaves the row out. */
  totals: { weight: number | null; score: number | null } | null;
}

export const EVALUATION_COLUMN_WIDTHS = [12, 14, 14, 22, 14, 14, 9, 9, 18, 12];
const LAST_COL = EVALUATION_COLUMN_WIDTHS.length - 1;

export interface EvaluationFragment {
  cells: CellSpec[];
  merges: MergeArea[];
  bordered: MergeArea[];
  rowHeights: Record<number, number>;
  nextRow: number;
}

export function layoutSelfEvaluation(content: EvaluationContent, startRow: number): EvaluationFragment {
  const cells: CellSpec[] = [];
  const merges: MergeArea[] = [];
  const rowHeights: Record<number, number> = {};
  const put = (row: number, col: number, value: string | number | null, style: CellStyle, numberFormat?: string): void => {
    cells.push(numberFormat ? { row, col, value, style, numberFormat } : { row, col, value, style });
  };
  const merge = (top: number, left: number, bottom: number, right: number): void => {
    if (top !== bottom || left !== right) merges.push({ top, left, bottom, right });
  };
  const moneyFormat = (value: number | null): string | undefined => (value === null ? undefined : '0.00');

  let r = startRow;
  put(r, 0, content.title, 'title');
  merge(r, 0, r, LAST_COL);
  rowHeights[r] = 30;
  r++;
  put(r, 0, content.yearLine, 'center');
  merge(r, 0, r, LAST_COL);
  r++;
  const tableTop = r;

  put(r, 0, '项目名称', 'label');
  put(r, 1, content.name, 'text');
  merge(r, 1, r, LAST_COL);
  r++;
  put(r, 0, '主管部门', 'label');
  put(r, 1, content.department, 'text');
  merge(r, 1, r, 4);
  put(r, 5, '实施单位', 'label');
  put(r, 6, content.agency, 'text');
  merge(r, 6, r, LAST_COL);
  r++;

  // The budget block: a heading row, the total row, then its 其中 rows.
  const moneyTop = r;
  put(r, 0, `项目资金（${content.moneyUnit}）`, 'label');
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, i) => put(r, 2 + i, h, 'header'));
  merge(r, 8, r, LAST_COL);
  r++;
  const moneyRow = (row: EvaluationMoneyRow, scored: boolean): void => {
    put(r, 1, row.label, 'label');
    put(r, 2, row.initial, 'center', moneyFormat(row.initial));
    put(r, 3, row.fullYear, 'center', moneyFormat(row.fullYear));
    put(r, 4, row.executed, 'center', moneyFormat(row.executed));
    if (scored) {
      put(r, 5, content.executionWeight, 'center');
      const rate = content.executionRate;
      put(r, 6, rate, 'center', typeof rate === 'number' ? '0.00%' : undefined);
      put(r, 7, content.executionScore, 'center');
    } else {
      for (const col of [5, 6, 7]) put(r, col, '—', 'center');
    }
    merge(r, 8, r, LAST_COL);
    r++;
  };
  moneyRow(content.total, true);
  for (const part of content.parts) moneyRow(part, false);
  merge(moneyTop, 0, r - 1, 0);

  put(r, 0, '年度总体目标', 'label');
  merge(r, 0, r + 1, 0);
  put(r, 1, '预期目标', 'header');
  merge(r, 1, r, 5);
  put(r, 6, '实际完成情况', 'header');
  merge(r, 6, r, LAST_COL);
  r++;
  put(r, 1, content.goal, 'text');
  merge(r, 1, r, 5);
  put(r, 6, content.goalActual, 'text');
  merge(r, 6, r, LAST_COL);
  rowHeights[r] = Math.max(wrappedRowHeight(content.goal, 70), wrappedRowHeight(content.goalActual, 60));
  r++;

  const headerRow = r;
  put(r, 0, '绩效指标', 'label');
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((h, i) => put(r, 1 + i, h, 'header'));
  merge(r, 8, r, LAST_COL);
  r++;
  const first = r;
  content.indicators.forEach((indicator, i) => {
    const row = first + i;
    const previous = content.indicators[i - 1];
    if (!previous || previous.level1 !== indicator.level1) put(row, 1, indicator.level1, 'center');
    put(row, 2, indicator.level2, 'center');
    put(row, 3, indicator.level3, 'text');
    put(row, 4, indicator.target, 'center');
    put(row, 5, indicator.actual, 'center');
    put(row, 6, indicator.weight, 'center');
    put(row, 7, indicator.score, 'center');
    put(row, 8, indicator.reason, 'text');
    merge(row, 8, row, LAST_COL);
    rowHeights[row] = Math.max(wrappedRowHeight(indicator.level3, EVALUATION_COLUMN_WIDTHS[3]), wrappedRowHeight(indicator.reason, 30));
  });
  // Level-1 names merged down over their rows.
  let groupStart = first;
  content.indicators.forEach((indicator, i) => {
    const next = content.indicators[i + 1];
    if (!next || next.level1 !== indicator.level1) {
      merge(groupStart, 1, first + i, 1);
      groupStart = first + i + 1;
    }
  });
  r = first + content.indicators.length;
  merge(headerRow, 0, r - 1, 0);
  if (content.totals) {
    put(r, 0, '总分', 'label');
    merge(r, 0, r, 5);
    put(r, 6, content.totals.weight, 'center');
    put(r, 7, content.totals.score, 'center');
    merge(r, 8, r, LAST_COL);
    r++;
  }
  return { cells, merges, bordered: [{ top: tableTop, left: 0, bottom: r - 1, right: LAST_COL }], rowHeights, nextRow: r };
}
