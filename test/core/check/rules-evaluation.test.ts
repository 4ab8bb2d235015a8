/** Self-evaluations (绩效自评表): actual values, weights, scores and the budget block. */
import { ruleTester } from '../../helpers/rule-tester';
import { GOOD_EVALUATION_ROWS, selfEvaluationModel, type EvaluationRow } from '../../helpers/self-evaluation';
import { projectModel } from '../../helpers/table-builder';
import { read, sheet } from '../../helpers/grid';

/** A table of targets and actuals with no reason column, and what may stand under it. */
const targetsAndActuals = (rows: (string | null)[][] = []) =>
  read(
    sheet('表', [
      ['项目名称', '护理员培训'],
      ['一级指标', '二级指标', '指标名称', '目标值', '完成值'],
      ['产出指标', '数量指标', '培训人数', '12000人', '11800人'],
      ['产出指标', '质量指标', '结业考核通过率', '100%', '100%'],
      ['效益指标', '社会效益指标', '参训学员就业率', '60%及以上', '65%'],
      ['满意度指标', '服务对象满意度指标', '参训学员满意度', '95%及以上', '88.3%及以上'],
      ...rows,
    ]),
  );

/** The good form with one indicator row replaced (index 0..6 → row 12 + index). */
function withRow(index: number, row: EvaluationRow, facts: Parameters<typeof selfEvaluationModel>[0] = {}) {
  const rows = [...GOOD_EVALUATION_ROWS];
  rows[index] = row;
  return selfEvaluationModel({ ...facts, rows });
}

ruleTester('evaluation/missing', {
  valid: [
    { name: 'a filled-in self-evaluation', model: selfEvaluationModel() },
    { name: 'a target table has no actuals to fill', model: projectModel() },
  ],
  invalid: [
    {
      name: 'a weighted indicator without actual or score',
      model: withRow(0, ['产出指标', '数量指标', '培训人数', '≥200人', null, 20, null]),
      findings: [
        { cell: 'F12', messageId: 'actual', says: ['培训人数', '实际完成值却为空'] },
        { cell: 'H12', messageId: 'score', says: ['得分却为空'] },
      ],
    },
    {
      name: 'the budget block without its score',
      model: selfEvaluationModel({ budgetScore: null, total: null }),
      findings: [{ cell: 'H6', messageId: 'executionScore', says: ['执行率 × 分值'] }],
    },
  ],
});

ruleTester('evaluation/scores', {
  valid: [{ name: 'scores within weights, total adds up', model: selfEvaluationModel() }],
  invalid: [
    {
      name: 'a score above its weight (and the total follows it)',
      model: withRow(1, ['产出指标', '质量指标', '培训合格率', '≥95%', '97%', 10, 12], { total: [100, 101.5] }),
      findings: [{ cell: 'H13', messageId: 'overWeight', says: ['得分 12 超过了分值 10'] }],
    },
    {
      name: 'a total that is not the sum of the scores',
      model: selfEvaluationModel({ total: [100, 100] }),
      findings: [{ cell: 'H18', messageId: 'total', says: ['总分写的是 100', '= 99.5'] }],
    },
  ],
});

ruleTester('evaluation/targets', {
  valid: [
    { name: 'every target met', model: selfEvaluationModel() },
    { name: 'a missed target scored down, with a reason', model: withRow(0, ['产出指标', '数量指标', '培训人数', '≥200人', '180人', 20, 18, '部分学员延期参训'], { total: [100, 97.5] }) },
    { name: 'a damage rate kept below its bare target (森林火灾受害率 0.9%, actual 0)', model: withRow(2, ['产出指标', '质量指标', '森林火灾受害率', '0.9%', '0', 10, 10]) },
    { name: 'a cap kept (lower is better)', model: withRow(2, ['产出指标', '时效指标', '培训完成时间', '≤12个月', '10个月', 10, 10]) },
    { name: 'an actual in a larger unit that meets the target (1.2万人 against ≥10000人)', model: withRow(0, ['产出指标', '数量指标', '培训人数', '≥10000人', '1.2万人', 20, 20]) },
    { name: 'a share written as a fraction (0.96 against ≥95%)', model: withRow(1, ['产出指标', '质量指标', '培训合格率', '≥95%', 0.96, 10, 10]) },
    { name: 'kilometres against metres (3.2公里 against ≥3000米)', model: withRow(0, ['产出指标', '数量指标', '道路长度', '≥3000米', '3.2公里', 20, 20]) },
    {
      name: 'no reason column, the shortfall explained under the grid (存在问题)',
      model: read(
        sheet('表', [
          ['项目名称', '护理员培训'],
          ['一级指标', '二级指标', '指标名称', '目标值', '完成值'],
          ['产出指标', '数量指标', '培训人数', '12000人', '11800人'],
          ['效益指标', '社会效益指标', '参训学员就业率', '≥60%', '65%'],
          ['存在问题', '部分学员因疫情延期参训，培训人数未达目标'],
        ]),
      ),
    },
    {
      name: 'a met target scored down with the reason given',
      model: withRow(1, ['产出指标', '质量指标', '培训合格率', '≥95%', '97%', 10, 8, '台账资料不全'], { total: [100, 97.5] }),
    },
  ],
  invalid: [
    {
      name: 'full marks for a missed minimum, no reason',
      model: withRow(0, ['产出指标', '数量指标', '特困人员救助供养人数', '≥4754人', '4604人', 20, 20]),
      findings: [
        { cell: 'H12', messageId: 'fullMarks', says: ['≥4754人', '4604人', '未完成却得了满分'] },
        { cell: 'I12', messageId: 'noReason', says: ['没有说明原因'] },
      ],
    },
    {
      name: 'a cap exceeded with full marks',
      model: withRow(3, ['产出指标', '成本指标', '扶贫临时救助标准', '≤5300元/户', '5830元/户', 10, 10, '标准调整']),
      findings: [{ cell: 'H15', messageId: 'fullMarks' }],
    },
    {
      name: 'a bare 100% missed (83.5%), scored down but unexplained',
      model: withRow(1, ['产出指标', '质量指标', '预算执行率', '100%', '83.5%', 10, 8], { total: [100, 97.5] }),
      findings: [{ cell: 'I13', messageId: 'noReason' }],
    },
    {
      name: 'an actual value that copies the target',
      model: withRow(1, ['产出指标', '质量指标', '培训合格率', '≥95%', '≥95%', 10, 10]),
      findings: [{ cell: 'F13', messageId: 'copiedTarget', says: ['照抄了目标值'] }],
    },
    {
      name: 'a target met and still scored down, with no reason (资金到位及时率 ≥100%, 100%, 7 of 10)',
      model: withRow(1, ['产出指标', '质量指标', '资金到位及时率', '≥100%', '100%', 10, 7], { total: [100, 96.5] }),
      findings: [{ cell: 'H13', messageId: 'deductedNoReason', cells: ['I13'], says: ['已完成却只得 7 分', '扣分原因'] }],
    },
    {
      name: 'an actual converted to the target\'s unit that misses it (0.9万人 against ≥10000人), full marks',
      model: withRow(0, ['产出指标', '数量指标', '培训人数', '≥10000人', '0.9万人', 20, 20]),
      findings: [
        { cell: 'H12', messageId: 'fullMarks', says: ['0.9万人', '未完成却得了满分'] },
        { cell: 'I12', messageId: 'noReason' },
      ],
    },
    {
      name: 'no reason column: a missed target is said at its actual, and an actual written as a floor (88.3%及以上) is a copied target',
      model: targetsAndActuals(),
      findings: [
        { cell: 'E3', messageId: 'noReasonColumn', says: ['11800人', '没有偏差原因栏'] },
        { cell: 'E6', messageId: 'copiedTarget', says: ['88.3%及以上'] },
      ],
    },
    {
      name: 'units that measure different things cannot be compared (210人次 against ≥200人)',
      model: withRow(0, ['产出指标', '数量指标', '培训人数', '≥200人', '210人次', 20, 20]),
      findings: [{ cell: 'F12', messageId: 'incomparable', says: ['单位不同', '无法判断是否完成'] }],
    },
  ],
});

ruleTester('evaluation/execution-rate', {
  valid: [
    { name: '95 ÷ 100 = 95%, score 9.5', model: selfEvaluationModel() },
    { name: 'rounding within half a point', model: selfEvaluationModel({ executed: 95.3, rate: '95%', budgetScore: 9.5 }) },
    { name: '97.8% scored as the nearest whole point, 10', model: selfEvaluationModel({ executed: 97.8, rate: '97.8%', budgetScore: 10 }) },
    { name: '97.8% scored to two decimals, 9.78', model: selfEvaluationModel({ executed: 97.8, rate: '97.8%', budgetScore: 9.78 }) },
  ],
  invalid: [
    {
      name: 'a rate that does not follow from the figures',
      model: selfEvaluationModel({ executed: 86, rate: '96%', budgetScore: 8.6 }),
      findings: [{ cell: 'G6', messageId: 'rate', says: ['96%', '86 ÷ 100', '86%'] }],
    },
    {
      name: 'a score far from rate × weight',
      model: selfEvaluationModel({ budgetWeight: 10, budgetScore: 3 }),
      findings: [{ cell: 'H6', messageId: 'score', says: ['应为 9.5'] }],
    },
    {
      name: 'a score cut down to the whole point below (97.8% × 10 = 9.78, scored 9; 山西、云南 2020–2023)',
      model: selfEvaluationModel({ executed: 97.8, rate: '97.8%', budgetScore: 9 }),
      findings: [{ cell: 'H6', messageId: 'score', says: ['得分 9', '应为 9.78'] }],
    },
  ],
});

ruleTester('evaluation/budget', {
  valid: [{ name: 'spent within the budget, only the total row scored', model: selfEvaluationModel() }],
  invalid: [
    {
      name: 'spending above the full-year budget',
      model: selfEvaluationModel({ executed: 102.59, rate: '102.59%', budgetScore: 10 }),
      findings: [{ cell: 'E6', messageId: 'overspent', says: ['超过全年预算数 100'] }],
    },
    {
      name: 'the 其中 row scored as well',
      model: selfEvaluationModel({ subRowScore: true }),
      findings: [{ cell: 'F7', messageId: 'subRowScored', cells: ['H7'] }],
    },
  ],
});

ruleTester('evaluation/budget-adjusted', {
  valid: [{ name: 'the same budget all year', model: selfEvaluationModel() }],
  invalid: [
    {
      name: 'adjusted from 238.93 to 251.89',
      model: selfEvaluationModel({ initial: 238.93, fullYear: 251.89, executed: 251.89, rate: '100%', budgetScore: 10 }),
      findings: [{ cell: 'D6', messageId: 'adjusted', cells: ['C6'], says: ['238.93', '251.89', '说明调整原因'] }],
    },
  ],
});

ruleTester('evaluation/level1-weights', {
  valid: [
    { name: 'output 50 (cost included), benefit 30, satisfaction 10', model: selfEvaluationModel() },
    {
      name: 'a department\'s own convention, configured',
      model: selfEvaluationModel({
        rows: [
          ['产出指标', '数量指标', '培训人数', '≥200人', '210人', 40, 40],
          ['产出指标', '质量指标', '培训合格率', '≥95%', '97%', 20, 20],
          ['效益指标', '社会效益指标', '参训人员就业率', '≥80%', '85%', 20, 20],
          ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '93%', 10, 10],
        ],
      }),
      setting: ['info', { output: 60, benefit: 20, satisfaction: 10, execution: 10 }],
    },
  ],
  invalid: [
    {
      name: 'output 70, benefit 20 (中江县 2022)',
      model: selfEvaluationModel({
        rows: [
          ['产出指标', '数量指标', '安装坡面水标尺', '≥266米', '266米', 40, 40],
          ['产出指标', '质量指标', '项目(工程)验收合格率', '100%', '100%', 30, 30],
          ['效益指标', '社会效益指标', '受益人口数', '≥1000人', '1000人', 20, 20],
          ['满意度指标', '服务对象满意度指标', '受益户满意度', '≥95%', '96%', 10, 10],
        ],
      }),
      findings: [{ cell: 'B12', messageId: 'differs', cells: ['B14', 'G12', 'G13', 'G14'], says: ['产出 70、效益 20、满意度 10', '产出 50、效益 30、满意度 10、预算执行 10'] }],
    },
  ],
});

ruleTester('text/template-prompt', {
  valid: [{ name: 'reasons written by the preparer', model: withRow(0, ['产出指标', '数量指标', '培训人数', '≥200人', '180人', 20, 18, '部分学员延期参训'], { total: [100, 97.5] }) }],
  invalid: [
    {
      name: 'the form\'s instruction left in a self-evaluation\'s reason cell',
      model: withRow(0, ['产出指标', '数量指标', '培训人数', '≥200人', '210人', 20, 20, '请在此处填写偏差原因及改进措施']),
      findings: [{ cell: 'I12', messageId: 'instructions', says: ['请在此处填写'] }],
    },
  ],
});
