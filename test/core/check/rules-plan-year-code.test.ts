/** Spending plan, years and project codes. */
import { ruleTester } from '../../helpers/rule-tester';
import { GOOD_INDICATORS, projectModel, tableRows } from '../../helpers/table-builder';
import { read, sheet } from '../../helpers/grid';

ruleTester('plan/range', {
  valid: [{ name: 'shares within 0–100%', model: projectModel({ plan: ['0%', '40%', '80%', '100%'] }) }],
  invalid: [
    {
      name: 'a share above 100%',
      model: projectModel({ plan: ['25%', '50%', '120%', '100%'] }),
      findings: [{ cell: 'D7', messageId: 'outOfRange', says: ['10月底', '120%'] }],
    },
  ],
});

ruleTester('plan/monotonic', {
  valid: [
    { name: 'rising shares', model: projectModel() },
    { name: 'flat shares', model: projectModel({ plan: ['50%', '50%', '50%', '100%'] }) },
    { name: 'blank earlier quarters', model: projectModel({ plan: [null, null, null, '100%'] }) },
  ],
  invalid: [
    {
      name: 'a share that drops',
      model: projectModel({ plan: ['30%', '60%', '50%', '100%'] }),
      findings: [{ cell: 'D7', messageId: 'decreases', says: ['10月底累计支出计划 50% 低于 6月底的 60%'], cells: ['C7'] }],
    },
  ],
});

ruleTester('plan/year-end', {
  valid: [
    { name: '100% by December', model: projectModel() },
    { name: 'December only, carried-over money', model: projectModel({ plan: [null, null, null, '100%'] }) },
    { name: 'no plan at all', model: read(sheet('s', [['项目名称', '甲'], ['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '人数', '≥1人']])) },
  ],
  invalid: [
    { name: 'December below 100%', model: projectModel({ plan: ['25%', '50%', '75%', '90%'] }), findings: [{ cell: 'E7', messageId: 'notFull', suggestion: '100%', says: ['90%', '应为 100%'] }] },
    { name: 'December left blank', model: projectModel({ plan: ['25%', '50%', '75%', null] }), findings: [{ cell: 'E7', messageId: 'blank', suggestion: '100%' }] },
  ],
});

ruleTester('plan/only-year-end', {
  valid: [
    { name: 'a staged plan', model: projectModel() },
    { name: 'carried-over money (older code) planning December only', model: projectModel({ code: '13020923P00042110011E', plan: [null, null, null, '100%'] }) },
    { name: 'a 结转 fund', model: projectModel({ name: '2024年结转资金项目', plan: [null, null, null, '100%'] }) },
  ],
  invalid: [
    { name: 'a new project planning December only', model: projectModel({ plan: [null, null, null, '100%'] }), findings: [{ cell: 'E7', messageId: 'onlyDecember' }] },
  ],
});

ruleTester('year/mismatch', {
  valid: [
    { name: 'the budget year', model: projectModel({ indicators: [...GOOD_INDICATORS, ['产出指标', '时效指标', '完成时间', '≤1年', '计划', '2024年12月底前完成']] }) },
    { name: 'a document number', model: projectModel({ goal: '1.按唐财建【2023】41号文件拨付资金，落实〔2024〕12号文件' }) },
    {
      name: 'the name of a carried-over fund',
      model: projectModel({ name: '唐财建【2023】41号调整2022年产粮大县奖励资金', goal: '1.唐财建【2023】41号调整2022年产粮大县奖励资金拨付企业' }),
      config: { budgetYear: 2024 },
    },
    { name: 'a comparison with last year', model: projectModel({ goal: '1.培训人数较2023年增长10%，不低于2023年水平' }) },
    { name: 'a range that includes the budget year', model: projectModel({ goal: '1.完成2024-2026年三年培训计划的第一年任务' }) },
    { name: 'a target beyond the budget year', model: projectModel({ goal: '1.到2025年底，累计完成培训600人次，2025年4月底前完成供暖期服务' }) },
    { name: 'a document title in 《》', model: projectModel({ goal: '1.落实《关于印发2023年度绩效评价结果的通知》要求' }) },
    { name: 'a baseline at the end of last year', model: projectModel({ goal: '1.在2023年底基础上新增培训200人次' }) },
    { name: 'arrears of earlier years', model: projectModel({ goal: '1.清偿2023年及以前年度拖欠企业账款，发放2023年第四季度补贴' }) },
    { name: 'achievements being consolidated', model: projectModel({ goal: '1.巩固2023年脱贫攻坚成果' }) },
    { name: 'a basis that cites last year', model: projectModel({ indicators: [...GOOD_INDICATORS.slice(0, 5), ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '2023年调查结果']] }) },
  ],
  invalid: [
    {
      name: 'last year\'s deadline copied into this year\'s table',
      model: projectModel({ indicators: [...GOOD_INDICATORS.slice(0, 2), ['产出指标', '时效指标', '按时缴纳时间', '≤1年', '计划', '2023年12月底前完成'], ...GOOD_INDICATORS.slice(3)] }),
      findings: [{ cell: 'D12', messageId: 'stray', suggestion: '2024年12月底前完成', says: ['2023 年', '2024 年预算', '2024年12月底前完成'] }],
    },
    {
      name: 'a goal for an earlier year',
      model: projectModel({ goal: '1.2022年完成全部培训' }),
      findings: [{ cell: 'B8', messageId: 'stray', suggestion: '1.2024年完成全部培训' }],
    },
  ],
});

ruleTester('code/duplicate', {
  valid: [{ name: 'different codes on two sheets', model: read(sheet('一', tableRows()), sheet('二', tableRows({ code: '13020924P00071310098B' }))) }],
  invalid: [
    {
      name: 'the same code on two sheets',
      model: read(sheet('一', tableRows()), sheet('二', tableRows({ name: '2024年另一个项目' }))),
      findings: [{ cell: 'B3', sheet: '二', messageId: 'duplicate', says: ['13020924P00071310099A', '工作表“一”B3'] }],
    },
  ],
});

ruleTester('code/format', {
  valid: [{ name: 'the usual 21-character code', model: projectModel() }],
  invalid: [{ name: 'a short code', model: projectModel({ code: 'P-2024-01' }), findings: [{ cell: 'B3', messageId: 'unusual', says: ['P-2024-01', '9 位'] }] }],
});
