/** indicator/weight-concentrated: one indicator carrying more than half of all the points (values invented). */
import { ruleTester } from '../../../helpers/rule-tester';
import { selfEvaluationModel, type EvaluationRow } from '../../../helpers/self-evaluation';
import { projectModel } from '../../../helpers/table-builder';

const LOPSIDED: EvaluationRow[] = [
  ['产出指标', '数量指标', '维修路段长度', '≥8公里', '9公里', 60, 60],
  ['产出指标', '质量指标', '验收合格率', '≥95%', '98%', 10, 10],
  ['效益指标', '社会效益指标', '通行时间缩短', '≥10分钟', '12分钟', 10, 10],
  ['满意度指标', '服务对象满意度指标', '沿线群众满意度', '≥90%', '94%', 10, 10],
];

ruleTester('indicator/weight-concentrated', {
  valid: [
    { name: 'points spread over the indicators (at most 30 of 100)', model: selfEvaluationModel() },
    { name: 'a table without weights', model: projectModel() },
    {
      name: 'exactly half is not more than half',
      model: selfEvaluationModel({ rows: [LOPSIDED[0].map((v, i) => (i === 5 || i === 6 ? 50 : v)) as EvaluationRow, ...LOPSIDED.slice(1), ['产出指标', '时效指标', '完工时间', '≤10个月', '9个月', 10, 10]] }),
    },
    { name: 'two weighted indicators say nothing about balance', model: selfEvaluationModel({ rows: LOPSIDED.slice(0, 2) }) },
    { name: 'a higher share allowed by the option', model: selfEvaluationModel({ rows: LOPSIDED }), setting: ['warning', { share: 0.7 }] },
  ],
  invalid: [
    {
      name: 'one indicator worth 60 of 100',
      model: selfEvaluationModel({ rows: LOPSIDED }),
      findings: [{ cell: 'G12', messageId: 'concentrated', says: ['维修路段长度', '60', '100', '60%', '不超过 50'] }],
    },
  ],
});
