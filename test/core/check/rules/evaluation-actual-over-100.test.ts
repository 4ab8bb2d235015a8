/** evaluation/actual-over-100: an actual above 100% where the rate cannot pass it (values invented). */
import { ruleTester } from '../../../helpers/rule-tester';
import { GOOD_EVALUATION_ROWS, selfEvaluationModel, type EvaluationRow } from '../../../helpers/self-evaluation';
import { projectModel } from '../../../helpers/table-builder';

function withRow(index: number, row: EvaluationRow) {
  const rows = [...GOOD_EVALUATION_ROWS];
  rows[index] = row;
  return selfEvaluationModel({ rows });
}

ruleTester('evaluation/actual-over-100', {
  valid: [
    { name: 'rates within 100%', model: selfEvaluationModel() },
    { name: 'a target table has no actuals', model: projectModel() },
    { name: 'exactly 100%', model: withRow(1, ['产出指标', '质量指标', '路灯亮灯覆盖率', '≥95%', '100%', 10, 10]) },
    { name: 'a growth rate may pass 100%', model: withRow(4, ['效益指标', '经济效益指标', '合作社收入增长率', '≥10%', '135%', 30, 30]) },
    { name: 'completion against a plan may pass 100%', model: withRow(4, ['效益指标', '经济效益指标', '年度计划完成率', '≥100%', '108%', 30, 30]) },
    { name: 'a count above 100 is no share', model: withRow(0, ['产出指标', '数量指标', '培训人数', '≥100人', '130人', 20, 20]) },
  ],
  invalid: [
    {
      name: 'coverage above 100%',
      model: withRow(1, ['产出指标', '质量指标', '路灯亮灯覆盖率', '≥95%', '104%', 10, 10]),
      findings: [{ cell: 'F13', messageId: 'over', says: ['路灯亮灯覆盖率', '104%', '不超过 100%'] }],
    },
    {
      name: 'satisfaction above 100% (a bare number against a share)',
      model: withRow(5, ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', 102, 10, 10]),
      findings: [{ cell: 'F17', messageId: 'over', says: ['参训人员满意度', '102%'] }],
    },
    {
      name: 'an execution rate above 100% is spending beyond the budget',
      model: withRow(1, ['产出指标', '质量指标', '预算执行率', '≥90%', '112%', 10, 10]),
      findings: [{ cell: 'F13', messageId: 'spending', says: ['预算执行率', '112%', '支出超过了预算'] }],
    },
  ],
});
