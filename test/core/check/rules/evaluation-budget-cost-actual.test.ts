/** evaluation/budget: a cost indicator's actual above what the budget block says was spent (values invented). */
import { ruleTester } from '../../../helpers/rule-tester';
import { GOOD_EVALUATION_ROWS, selfEvaluationModel, type EvaluationRow } from '../../../helpers/self-evaluation';

function withCost(row: EvaluationRow, facts: Parameters<typeof selfEvaluationModel>[0] = {}) {
  const rows = [...GOOD_EVALUATION_ROWS];
  rows[3] = row;
  return selfEvaluationModel({ ...facts, rows });
}

ruleTester('evaluation/budget', {
  valid: [
    { name: 'a cost within the spending (19万元 of 95 spent)', model: selfEvaluationModel() },
    { name: 'a cost equal to the spending', model: withCost(['产出指标', '成本指标', '项目总成本', '≤100万元', '95万元', 10, 10]) },
    { name: 'the same amount in 元', model: withCost(['产出指标', '成本指标', '项目总成本', '≤1000000元', '950000元', 10, 10]) },
    { name: 'a unit cost is no total', model: withCost(['产出指标', '成本指标', '人均培训成本', '≤1200元', '1150元', 10, 10]) },
    { name: 'a cost in another unit than money', model: withCost(['产出指标', '成本指标', '成本控制率', '≤100%', '96%', 10, 10]) },
    {
      name: 'a cost target already above the budget (cost/exceeds-budget says it) is not said again through its actual',
      model: withCost(['产出指标', '成本指标', '项目补助金额', '≤180万元', '170万元', 10, 10]),
    },
  ],
  invalid: [
    {
      name: 'a cost actual above the spending',
      model: withCost(['产出指标', '成本指标', '场馆运行维护费', '≤100万', '100万', 10, 10]),
      findings: [{ cell: 'F15', messageId: 'costAboveSpent', says: ['场馆运行维护费', '100万', '超过全年执行数 95万元', '不超过 95万元'], cells: ['E6'] }],
    },
    {
      name: 'a cost in 元 above the spending in 万元',
      model: withCost(['产出指标', '成本指标', '项目总成本', '≤1000000元', '990000元', 10, 10]),
      findings: [{ cell: 'F15', messageId: 'costAboveSpent', says: ['990000元', '95万元'] }],
    },
  ],
});
