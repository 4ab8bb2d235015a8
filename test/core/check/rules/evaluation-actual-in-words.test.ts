/** evaluation/actual-in-words: a word of completion reported against a numeric target (values invented). */
import { ruleTester } from '../../../helpers/rule-tester';
import { GOOD_EVALUATION_ROWS, selfEvaluationModel, type EvaluationRow } from '../../../helpers/self-evaluation';
import { projectModel } from '../../../helpers/table-builder';

function withRow(index: number, row: EvaluationRow) {
  const rows = [...GOOD_EVALUATION_ROWS];
  rows[index] = row;
  return selfEvaluationModel({ rows });
}

ruleTester('evaluation/actual-in-words', {
  valid: [
    { name: 'figures reported against figures', model: selfEvaluationModel() },
    { name: 'a target table has no actuals', model: projectModel() },
    { name: 'a qualitative target reported in words', model: withRow(4, ['效益指标', '社会效益指标', '技能水平', '明显提升', '已完成', 30, 30]) },
    { name: 'a deadline reported as done (a time target)', model: withRow(2, ['产出指标', '时效指标', '培训完成时间', '≤12个月', '已完成', 10, 10]) },
    { name: 'a date target, whatever the level 2', model: withRow(0, ['产出指标', '数量指标', '资金拨付完成', '2023年11月底前', '已完成', 20, 20]) },
    { name: 'a missed target said in words is another rule’s', model: withRow(0, ['产出指标', '数量指标', '培训人数', '≥200人', '未完成', 20, 10, '延期']) },
  ],
  invalid: [
    {
      name: '已完成 against a count',
      model: withRow(0, ['产出指标', '数量指标', '巡查次数', '≥26次', '已完成', 20, 20]),
      findings: [{ cell: 'F12', messageId: 'words', says: ['巡查次数', '≥26次', '“已完成”', '无法与目标比较', '单位：次'], cells: ['E12'] }],
    },
    {
      name: '达到 against a share',
      model: withRow(1, ['产出指标', '质量指标', '培训合格率', '≥95%', '达到', 10, 10]),
      findings: [{ cell: 'F13', messageId: 'words', says: ['培训合格率', '“达到”', '单位：%'] }],
    },
    {
      name: '完成 against a satisfaction target',
      model: withRow(5, ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '完成', 10, 10]),
      findings: [{ cell: 'F17', messageId: 'words', says: ['参训人员满意度'] }],
    },
  ],
});
