/**
 * A self-evaluation (项目支出绩效自评表) in the Ministry's layout, built from a few facts, so that evaluation rule tests
 * read like the forms they describe. Built from defaults it is filled in correctly: weights 20 + 10 + 10 + 10 + 30 + 10
 * and 10 for the budget, every target met, scores in full, the budget executed at 95% (score 9.5), 总分 99.5.
 *
 * Cells: the budget block's total row is row 6 (C6 年初预算数, D6 全年预算数, E6 全年执行数, F6 分值, G6 执行率, H6 得分);
 * the indicator header is row 11 and the indicators start at row 12 (D 三级指标, E 年度指标值, F 实际完成值, G 分值,
 * H 得分, I 偏差原因); the 总分 row follows the last indicator.
 */
import type { CellValue } from '../../src/core/grid';
import type { Model } from '../../src/core/model';
import { read, sheet } from './grid';

export type EvaluationRow = [level1: string, level2: string, level3: string, target: CellValue, actual: CellValue, weight: CellValue, score: CellValue, reason?: string];

export const GOOD_EVALUATION_ROWS: EvaluationRow[] = [
  ['产出指标', '数量指标', '培训人数', '≥200人', '210人', 20, 20],
  ['产出指标', '质量指标', '培训合格率', '≥95%', '97%', 10, 10],
  ['产出指标', '时效指标', '培训完成时间', '≤12个月', '11个月', 10, 10],
  ['产出指标', '成本指标', '培训总成本', '≤20万元', '19万元', 10, 10],
  ['效益指标', '社会效益指标', '参训人员就业率', '≥80%', '85%', 30, 30],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '93%', 10, 10],
];

export interface EvaluationFacts {
  initial?: CellValue;
  fullYear?: CellValue;
  executed?: CellValue;
  budgetWeight?: CellValue;
  rate?: CellValue;
  budgetScore?: CellValue;
  /** 分值 and 得分 written on the 其中 row too. */
  subRowScore?: boolean;
  goalActual?: string;
  rows?: EvaluationRow[];
  /** The 总分 row's weight and score; null leaves the row out. */
  total?: [CellValue, CellValue] | null;
}

export function selfEvaluationModel(facts: EvaluationFacts = {}): Model {
  const { rows, merges } = selfEvaluationSheet(facts);
  return read(sheet('自评表', rows, { merges }));
}

/** The rows and merged areas of the form (for tests that write it to a file). */
export function selfEvaluationSheet(facts: EvaluationFacts = {}): { rows: CellValue[][]; merges: string[] } {
  const rows = facts.rows ?? GOOD_EVALUATION_ROWS;
  const grid: CellValue[][] = [
    ['项目支出绩效自评表'],
    ['（2023年度）'],
    ['项目名称', '2023年就业技能培训项目'],
    ['主管部门', '某局', null, '实施单位', '某中心'],
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', facts.initial ?? 100, facts.fullYear ?? 100, facts.executed ?? 95, facts.budgetWeight ?? 10, facts.rate ?? '95%', facts.budgetScore === undefined ? 9.5 : facts.budgetScore],
    [null, '其中：当年财政拨款', facts.initial ?? 100, facts.fullYear ?? 100, facts.executed ?? 95, facts.subRowScore ? 10 : '—', facts.rate ?? '95%', facts.subRowScore ? 9.5 : '—'],
    [null, '其他资金', 0, 0, 0, '—', '—', '—'],
    ['年度总体目标', '预期目标', null, null, '实际完成情况'],
    [null, '完成200人次就业技能培训', null, null, facts.goalActual ?? '完成210人次就业技能培训'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ];
  for (const [level1, level2, level3, target, actual, weight, score, reason] of rows) {
    grid.push([null, level1, level2, level3, target, actual, weight, score, reason ?? null]);
  }
  if (facts.total !== null) {
    const weights = rows.reduce((sum, r) => sum + (typeof r[5] === 'number' ? r[5] : 0), 0) + 10;
    const scores = rows.reduce((sum, r) => sum + (typeof r[6] === 'number' ? r[6] : 0), 0) + 9.5;
    const [weight, score] = facts.total ?? [weights, scores];
    grid.push(['总分', null, null, null, null, null, weight, score]);
  }
  const last = 11 + rows.length;
  return {
    rows: grid,
    merges: ['A5:A8', 'A9:A10', 'B9:D9', 'E9:I9', 'B10:D10', 'E10:I10', `A11:A${last}`, ...(facts.total !== null ? [`A${last + 1}:F${last + 1}`] : [])],
  };
}
