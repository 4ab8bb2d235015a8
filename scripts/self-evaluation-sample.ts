/**
 * The sample self-evaluation workbook (samples/caofeidian-2024-self-evaluation.xlsx): the example's 13 projects come
 * back at year end in the Ministry's self-evaluation form, filled in correctly (targets met, weights 50/30/10 plus 10
 * for the budget, scores in full, 98% of the budget spent) except for one planted mistake per project, listed in
 * PLANTS with the cell and rule that must report it. Project 13 is left correct.
 */
import type { SheetSpec } from '../src/core/generate/sheet-spec';
import { safeSheetName } from '../src/core/generate/sheet-spec';
import { EVALUATION_COLUMN_WIDTHS, layoutSelfEvaluation, type EvaluationContent, type EvaluationIndicator } from '../src/core/generate/self-evaluation-table';
import { parseValueText } from '../src/core/normalize/value';
import { formatNumber } from '../src/core/normalize/text';
import type { SeedFacts, SeedProject } from './seed-facts';

export interface Plant {
  project: number;
  what: string;
  rule: string;
  /** Sheet cell (A1) the finding must point at. */
  cell: string;
}

/** Cells of the layout (1-based rows): the budget total row is 6, the indicators 13–18, 总分 19, the goal row 11. */
const ROW = { total: 6, goal: 11, firstIndicator: 13 };
const indicatorRow = (i: number): number => ROW.firstIndicator + i;

export const PLANTS: Plant[] = [
  { project: 1, what: '执行率写 95%，按全年执行数÷全年预算数应为 98%', rule: 'evaluation/execution-rate', cell: `G${ROW.total}` },
  { project: 2, what: '购买物资数量目标 >100件，实际 90件，却得满分', rule: 'evaluation/targets', cell: `H${indicatorRow(0)}` },
  { project: 2, what: '同上，未完成却没有说明原因', rule: 'evaluation/targets', cell: `I${indicatorRow(0)}` },
  { project: 3, what: '企业满意度有分值，实际完成值为空', rule: 'evaluation/missing', cell: `F${indicatorRow(5)}` },
  { project: 4, what: '满意度分值写成 5，分值合计 95 不是 100', rule: 'indicator/weights-total', cell: `G${indicatorRow(6)}` },
  { project: 4, what: '同上，一级指标分值与通行的 50/30/10/10 不同（提示）', rule: 'evaluation/level1-weights', cell: `B${indicatorRow(5)}` },
  { project: 5, what: '总分写 95，各项得分合计为 99.8', rule: 'evaluation/scores', cell: `H${indicatorRow(6)}` },
  { project: 6, what: '时效指标得分 12 超过分值 10', rule: 'evaluation/scores', cell: `H${indicatorRow(2)}` },
  { project: 7, what: '服务对象满意度的实际完成值照抄目标“≥95%”', rule: 'evaluation/targets', cell: `F${indicatorRow(5)}` },
  { project: 8, what: '年度总体目标的实际完成情况照抄预期目标', rule: 'goal/content', cell: `G${ROW.goal}` },
  { project: 9, what: '项目完成数量目标 ≤12次，实际写 12人次，单位不同无法比较', rule: 'evaluation/targets', cell: `F${indicatorRow(0)}` },
  { project: 10, what: '资金到位率已完成却只得 12 分（分值 15），没有说明扣分理由', rule: 'evaluation/targets', cell: `H${indicatorRow(1)}` },
  { project: 11, what: '偏差原因一栏留着模板的填写说明', rule: 'text/template-prompt', cell: `I${indicatorRow(0)}` },
  { project: 12, what: '全年执行数 150 超过全年预算数 145', rule: 'evaluation/budget', cell: `E${ROW.total}` },
];

/** Output 50, benefit 30, satisfaction 10 (the budget's 10 makes 100): 15, 15, 10, 10 for the four output rows. */
const WEIGHTS = [15, 15, 10, 10, 30, 10];

/** An actual value that meets the target: the target's own number where the comparator allows it. */
function metValue(target: string, lowerIsMoney: boolean): string {
  const p = parseValueText(target, { money: lowerIsMoney });
  if (p.kind !== 'quantitative' || p.number === null) return '达成';
  const unit = p.normalized.unit ?? p.unit ?? '';
  const n = p.normalized.number ?? p.number;
  switch (p.comparator) {
    case '>':
      return `${formatNumber(unit === '%' ? Math.min(100, n + 5) : n + 1)}${unit}`;
    case '<':
      return `${formatNumber(Math.round(n * 90) / 100)}${unit}`;
    case '≤':
      return `${formatNumber(lowerIsMoney ? Math.round(n * 98) / 100 : n)}${unit}`;
    default:
      return `${formatNumber(n)}${unit}`;
  }
}

function contentOf(project: SeedProject): EvaluationContent {
  const budget = Number(project.budget);
  const executed = Math.round(budget * 98) / 100;
  const indicators: EvaluationIndicator[] = project.indicators.map((indicator, i) => ({
    level1: indicator.level1,
    level2: indicator.level2,
    level3: indicator.level3,
    target: indicator.value,
    actual: metValue(indicator.value, indicator.level2 === '成本指标'),
    weight: WEIGHTS[i] ?? 10,
    score: WEIGHTS[i] ?? 10,
    reason: '',
  }));
  return {
    title: '项目支出绩效自评表',
    yearLine: '（2024年度）',
    name: project.name,
    department: project.agency.replace(/^\d+/, ''),
    agency: project.agency.replace(/^\d+/, ''),
    moneyUnit: '万元',
    total: { label: '年度资金总额', initial: budget, fullYear: budget, executed },
    parts: [
      { label: '其中：当年财政拨款', initial: budget, fullYear: budget, executed },
      { label: '上年结转资金', initial: null, fullYear: null, executed: null },
      { label: '其他资金', initial: null, fullYear: null, executed: null },
    ],
    executionWeight: 10,
    executionRate: executed / budget,
    executionScore: Math.round((executed / budget) * 1000) / 100,
    goal: project.goal.replace(/^\d+[.、]/, ''),
    goalActual: `已完成：${project.goal.replace(/^\d+[.、]/, '')}，资金按计划拨付使用。`,
    indicators,
    totals: null,
  };
}

/** Each project's mistake, written into its otherwise correct form. */
function plant(number: number, c: EvaluationContent): void {
  const row = (i: number): EvaluationIndicator => c.indicators[i];
  switch (number) {
    case 1:
      c.executionRate = 0.95;
      break;
    case 2:
      row(0).actual = '90件';
      break;
    case 3:
      row(5).actual = null;
      break;
    case 4:
      row(5).weight = 5;
      row(5).score = 5;
      break;
    case 6:
      row(2).score = 12;
      break;
    case 7:
      row(5).actual = '≥95%';
      break;
    case 8:
      c.goalActual = c.goal;
      break;
    case 9:
      row(0).actual = '12人次';
      break;
    case 10:
      row(1).score = 12;
      break;
    case 11:
      row(0).reason = '请在此处填写偏差原因及改进措施';
      break;
    case 12:
      c.total.executed = 150;
      c.parts[0].executed = 150;
      c.executionRate = 150 / 145;
      c.executionScore = 10;
      break;
  }
}

export function selfEvaluationSheets(facts: SeedFacts): SheetSpec[] {
  return facts.projects.map((project) => {
    const content = contentOf(project);
    plant(project.number, content);
    const weights = content.indicators.reduce((a, i) => a + (i.weight ?? 0), 0) + content.executionWeight;
    const scores = content.indicators.reduce((a, i) => a + (i.score ?? 0), 0) + (content.executionScore ?? 0);
    content.totals = { weight: weights, score: project.number === 5 ? 95 : Math.round(scores * 100) / 100 };
    const table = layoutSelfEvaluation(content, 0);
    return {
      name: safeSheetName(`${project.number}.${project.name.replace(/^2024年/, '')}`),
      columnWidths: EVALUATION_COLUMN_WIDTHS,
      cells: table.cells,
      merges: table.merges,
      bordered: table.bordered,
      rowHeights: table.rowHeights,
      landscape: true,
    };
  });
}
