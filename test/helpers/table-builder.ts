/**
 * Builds one project table in the example's layout from a few facts, so that rule tests read like the tables they
 * describe. Everything not given is filled in correctly (a table built from defaults has no error and no warning).
 */
import type { CellValue } from '../../src/core/grid';
import type { Model } from '../../src/core/model';
import { read, sheet } from './grid';

export type IndicatorRow = [level1: string, level2: string, level3: string, value: CellValue, basis?: string, description?: string];

export interface TableFacts {
  title?: string | null;
  unitLine?: string | null;
  code?: string | null;
  name?: string | null;
  budget?: CellValue;
  fiscal?: CellValue;
  other?: CellValue;
  plan?: CellValue[];
  usage?: string;
  goal?: string | null;
  indicators?: IndicatorRow[];
}

export const GOOD_INDICATORS: IndicatorRow[] = [
  ['产出指标', '数量指标', '培训人数', '≥200人'],
  ['产出指标', '质量指标', '培训合格率', '≥95%'],
  ['产出指标', '时效指标', '培训完成时间', '≤12个月'],
  ['产出指标', '成本指标', '培训总成本', '≤20万元'],
  ['效益指标', '社会效益指标', '参训人员就业率', '≥80%'],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%'],
];

/** Rows of the table; the indicator header is row 9 (A9) and the first indicator row 10. */
export function tableRows(facts: TableFacts = {}): CellValue[][] {
  const name = facts.name === undefined ? '2024年就业技能培训项目' : facts.name;
  const rows: CellValue[][] = [
    [facts.title === undefined ? `${name ?? ''}绩效目标表` : facts.title],
    ['100001某某局本级', null, null, null, null, facts.unitLine === undefined ? '单位：万元' : facts.unitLine],
    ['项目编码', facts.code === undefined ? '13020924P00071310099A' : facts.code, null, '项目名称', name],
    ['预算规模及资金用途', '预算数', facts.budget === undefined ? 20 : facts.budget, '其中：财政资金', facts.fiscal === undefined ? 20 : facts.fiscal, '其他资金', facts.other === undefined ? null : facts.other],
    [null, facts.usage ?? '用于组织就业技能培训'],
    ['资金支出计划（%）', '3月底', '6月底', '10月底', '12月底'],
    [null, ...(facts.plan ?? ['25%', '50%', '75%', '100%'])],
    ['绩效目标', facts.goal === undefined ? '1.完成200人次就业技能培训' : facts.goal],
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
  ];
  for (const [level1, level2, level3, value, basis, description] of facts.indicators ?? GOOD_INDICATORS) {
    rows.push([level1, level2, level3, description ?? level3, value, basis === undefined ? '年度工作计划' : basis]);
  }
  return rows;
}

export function projectModel(facts: TableFacts = {}, sheetName = '项目'): Model {
  return read(sheet(sheetName, tableRows(facts)));
}
