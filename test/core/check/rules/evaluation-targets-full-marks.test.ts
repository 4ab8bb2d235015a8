/**
 * evaluation/targets: full marks for an actual that misses its target, both ways round, the form's own 指标方向性
 * deciding where it is given (values invented).
 */
import { ruleTester } from '../../../helpers/rule-tester';
import { GOOD_EVALUATION_ROWS, selfEvaluationModel, type EvaluationRow } from '../../../helpers/self-evaluation';

function withRow(index: number, row: EvaluationRow, direction?: string) {
  const rows = [...GOOD_EVALUATION_ROWS];
  rows[index] = row;
  const model = selfEvaluationModel({ rows });
  // The helper's form has no 指标方向性 column: give the row the direction a form with one would.
  if (direction !== undefined) model.projects[0].indicators[index].direction = direction;
  return model;
}

ruleTester('evaluation/targets', {
  valid: [
    { name: 'a cap kept', model: withRow(3, ['产出指标', '成本指标', '培训总成本', '≤20万元', '18.5万元', 10, 10]) },
    { name: 'a reverse indicator below its target, the form saying 反向', model: withRow(0, ['产出指标', '数量指标', '临时停水次数', '6次', '4次', 20, 20], '反向') },
    { name: 'a forward indicator above its target, the form saying 正向', model: withRow(0, ['产出指标', '数量指标', '投诉回访次数', '6次', '8次', 20, 20], '正向') },
  ],
  invalid: [
    {
      name: 'a share well short of ≥100% scored in full',
      model: withRow(1, ['产出指标', '质量指标', '设备完好率', '≥100%', '81.37%', 10, 10, '设备老化']),
      findings: [{ cell: 'H13', messageId: 'fullMarks', says: ['设备完好率', '≥100%', '81.37%', '满分 10', '应按完成程度扣分'] }],
    },
    {
      name: 'a count short of its target scored in full',
      model: withRow(0, ['产出指标', '数量指标', '巡查次数', '≥30次', '17次', 20, 20, '人手不足']),
      findings: [{ cell: 'H12', messageId: 'fullMarks', says: ['≥30次', '17次'] }],
    },
    {
      name: 'a cap overrun scored in full (≤ the other way round)',
      model: withRow(3, ['产出指标', '成本指标', '培训总成本', '≤20万元', '23.6万元', 10, 10, '价格上涨']),
      findings: [{ cell: 'H15', messageId: 'fullMarks', says: ['≤20万元', '23.6万元'] }],
    },
    {
      name: 'a reverse indicator above its bare target, the form saying 反向',
      model: withRow(0, ['产出指标', '数量指标', '临时停水次数', '6次', '9次', 20, 20, '管网检修'], '反向'),
      findings: [{ cell: 'H12', messageId: 'fullMarks', says: ['临时停水次数', '9次'] }],
    },
  ],
});
