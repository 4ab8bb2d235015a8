/** evaluation/missing: a row scored although its actual value is blank or a placeholder (values invented). */
import { ruleTester } from '../../../helpers/rule-tester';
import { GOOD_EVALUATION_ROWS, selfEvaluationModel, type EvaluationRow } from '../../../helpers/self-evaluation';

function withRow(index: number, row: EvaluationRow) {
  const rows = [...GOOD_EVALUATION_ROWS];
  rows[index] = row;
  return selfEvaluationModel({ rows });
}

ruleTester('evaluation/missing', {
  valid: [
    { name: 'every scored row has its actual', model: selfEvaluationModel() },
    { name: 'a row with neither weight nor score nor actual', model: withRow(0, ['产出指标', '数量指标', '宣传册数量', '≥500份', null, null, null]) },
    { name: 'a row scored 0 with no actual (nothing was given for it)', model: withRow(0, ['产出指标', '数量指标', '宣传册数量', '≥500份', null, null, 0]) },
  ],
  invalid: [
    {
      name: 'scored in full with a blank actual and no weight column value',
      model: withRow(0, ['产出指标', '数量指标', '宣传册数量', '≥500份', null, null, 15]),
      findings: [{ cell: 'F12', messageId: 'scoredNoActual', says: ['宣传册数量', '得了 15 分', '实际完成值却为空', '请填写全年实际完成的数值'], cells: ['H12'] }],
    },
    {
      name: 'scored with a dash for the actual',
      model: withRow(1, ['产出指标', '质量指标', '印刷合格率', '≥98%', '—', 10, 10]),
      findings: [{ cell: 'F13', messageId: 'scoredNoActual', says: ['印刷合格率', '只写了“—”'] }],
    },
    {
      name: 'weighted and scored with a blank actual: said once, as scored',
      model: withRow(0, ['产出指标', '数量指标', '宣传册数量', '≥500份', null, 20, 20]),
      findings: [{ cell: 'F12', messageId: 'scoredNoActual', says: ['得了 20 分'] }],
    },
  ],
});
