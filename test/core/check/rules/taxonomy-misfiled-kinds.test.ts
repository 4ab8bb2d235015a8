/**
 * taxonomy/misfiled, by what an indicator measures (values invented): a cost-control indicator under a social or
 * ecological benefit heading; and the policy for rates under 数量指标 — coverage and fulfilment rates (覆盖率、参保率、
 * 普及率、到位率、完成率) are accepted practice there and said at most as a hint, quality rates (合格率、达标率、优良率)
 * stay a warning.
 */
import { ruleTester } from '../../../helpers/rule-tester';
import { GOOD_INDICATORS, projectModel, type IndicatorRow } from '../../../helpers/table-builder';
import { runChecks } from '../../../../src/core/check/engine';
import { RULES } from '../../../../src/core/check/registry';

function withRow(index: number, row: IndicatorRow) {
  const indicators = [...GOOD_INDICATORS];
  indicators[index] = row;
  return projectModel({ indicators });
}

ruleTester('taxonomy/misfiled', {
  valid: [
    { name: 'every indicator where it belongs', model: projectModel() },
    { name: 'a cost in 万 per month (≤620万/月) is money', model: withRow(3, ['产出指标', '成本指标', '人工成本', '≤620万/月']) },
    { name: 'cost savings under 经济效益指标 are an economic effect', model: withRow(4, ['效益指标', '经济效益指标', '运维成本节约率', '≥5%']) },
    { name: 'what the people served save is a social effect', model: withRow(4, ['效益指标', '社会效益指标', '群众出行成本降低', '≥10%']) },
    { name: 'energy savings are an ecological effect', model: withRow(4, ['效益指标', '生态效益指标', '单位能耗成本节约率', '≥3%']) },
    { name: 'a date value makes it a time target, whatever money words the name holds', model: withRow(4, ['效益指标', '社会效益指标', '预算内项目完工', '2025年10月底前']) },
  ],
  invalid: [
    {
      name: 'a cost-control rate under 生态效益指标',
      model: withRow(4, ['效益指标', '生态效益指标', '项目成本节约率', '≥3%']),
      findings: [{ cell: 'C14', messageId: 'costAsBenefit', says: ['项目成本节约率', '≥3%', '成本控制', '生态效益指标', '成本指标下'] }],
    },
    {
      name: 'spending kept within the budget under 社会效益指标',
      model: withRow(4, ['效益指标', '社会效益指标', '资金控制在预算内', '=100%']),
      findings: [{ cell: 'C14', messageId: 'costAsBenefit', says: ['资金控制在预算内', '社会效果'] }],
    },
  ],
});

describe('taxonomy/misfiled: rates under 数量指标', () => {
  const severityOf = (name: string, value = '=100%') => {
    const rules = Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.id === 'taxonomy/misfiled' ? 'warning' : 'off'] as const));
    const { findings } = runChecks(withRow(0, ['产出指标', '数量指标', name, value]), { rules });
    return findings.map((f) => `${f.messageId} ${f.severity}`);
  };

  it.each(['养老保险参保率', '健康知识普及率', '补助资金到位率', '年度任务完成率', '监控覆盖率', '补贴发放率'])('a coverage or fulfilment rate (%s) is at most a hint', (name) => {
    expect(severityOf(name)).toEqual(['shareAsQuantity info']);
  });

  it.each(['产品抽检合格率', '水质达标率', '工程优良率', '达标覆盖率'])('a quality rate (%s) stays a warning', (name) => {
    expect(severityOf(name, '≥95%')).toEqual(['shareAsQuantity warning']);
  });
});
