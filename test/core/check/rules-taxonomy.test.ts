/** The indicator taxonomy: level names, placement and coverage, in both frameworks. */
import { ruleTester } from '../../helpers/rule-tester';
import { GOOD_INDICATORS, projectModel, type IndicatorRow } from '../../helpers/table-builder';
import { read, sheet } from '../../helpers/grid';

const FRAMEWORK_2021: IndicatorRow[] = [
  ['产出指标', '数量指标', '培训人数', '≥200人'],
  ['产出指标', '质量指标', '培训合格率', '≥95%'],
  ['产出指标', '时效指标', '培训完成时间', '≤12个月'],
  ['成本指标', '经济成本指标', '培训总成本', '≤20万元'],
  ['效益指标', '社会效益指标', '参训人员就业率', '≥80%'],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%'],
];

ruleTester('taxonomy/level1-unknown', {
  valid: [
    { name: 'the older framework', model: projectModel() },
    { name: 'the 2021 framework', model: projectModel({ indicators: FRAMEWORK_2021 }) },
    {
      name: 'department-wide headings',
      model: read(sheet('s', [['2024年部门整体绩效目标表'], ['部门名称', '某局'], ['一级指标', '二级指标', '三级指标', '指标值'], ['履职效能', '重点工作', '完成率', '≥95%']])),
    },
  ],
  invalid: [
    {
      name: 'an unknown level-1 merged over two rows reported once',
      model: read(
        sheet('s', [['项目名称', '甲'], ['一级指标', '二级指标', '三级指标', '指标值'], ['工作指标', '数量指标', '人数', '≥1人'], [null, '质量指标', '合格率', '≥90%']], { merges: ['A3:A4'] }),
      ),
      findings: [{ cell: 'A3', messageId: 'unknown', says: ['“工作指标”', '产出指标'] }],
    },
  ],
});

ruleTester('taxonomy/level2-mismatch', {
  valid: [
    { name: 'the older framework', model: projectModel() },
    { name: 'the 2021 framework', model: projectModel({ indicators: FRAMEWORK_2021 }) },
    { name: 'satisfaction under 效益 in the oldest forms', model: projectModel({ indicators: [...GOOD_INDICATORS.slice(0, 5), ['效益指标', '社会公众或服务对象满意度指标', '满意度', '≥90%']] }) },
  ],
  invalid: [
    {
      name: '社会效益指标 under 产出指标',
      model: projectModel({ indicators: [['产出指标', '社会效益指标', '就业率', '≥80%'], ...GOOD_INDICATORS.slice(4)] }),
      findings: [{ cell: 'B10', messageId: 'misplaced', says: ['“社会效益指标”不属于一级指标“产出指标”', '应放在“效益指标”下'] }],
    },
    {
      name: '质量指标 under 效益指标 (as in a real department table)',
      model: projectModel({ indicators: [...GOOD_INDICATORS.slice(0, 4), ['效益指标', '质量指标', '覆盖面', '≥90%']] }),
      findings: [{ cell: 'B14', messageId: 'misplaced', says: ['应放在“产出指标”下'] }],
    },
  ],
});

ruleTester('taxonomy/nonstandard-name', {
  valid: [{ name: 'standard names', model: projectModel() }],
  invalid: [
    {
      name: 'a satisfaction level-2 written just 服务对象, a level-1 without 指标',
      model: projectModel({ indicators: [...GOOD_INDICATORS.slice(0, 5), ['满意度', '服务对象', '满意度', '≥90%']] }),
      findings: [
        { cell: 'A15', messageId: 'level1', suggestion: '满意度指标' },
        { cell: 'B15', messageId: 'level2Suggested', suggestion: '服务对象满意度指标' },
      ],
    },
    {
      name: 'an empty level-2',
      model: read(sheet('s', [['项目名称', '甲'], ['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '人数', '≥1人'], ['效益指标', null, '就业率', '≥80%']])),
      findings: [{ cell: 'B4', messageId: 'level2Empty' }],
    },
  ],
});

ruleTester('taxonomy/coverage', {
  valid: [{ name: 'output and benefit present', model: projectModel() }],
  invalid: [
    {
      name: 'no benefit indicator',
      model: projectModel({ indicators: GOOD_INDICATORS.slice(0, 4) }),
      findings: [{ cell: 'A10', messageId: 'missing', says: ['没有效益指标'] }],
    },
  ],
});

ruleTester('taxonomy/satisfaction-missing', {
  valid: [
    { name: 'satisfaction present', model: projectModel() },
    {
      name: 'an internal running-cost project without satisfaction',
      model: projectModel({
        name: '2024年机关运行经费',
        goal: '1.保障机关正常运转',
        usage: '用于机关日常运转',
        indicators: [
          ['产出指标', '数量指标', '办公设备购置数量', '≥10台'],
          ['产出指标', '质量指标', '设备验收合格率', '≥98%'],
          ['产出指标', '时效指标', '采购完成时间', '≤6个月'],
          ['产出指标', '成本指标', '运行经费', '≤20万元'],
          ['效益指标', '可持续影响指标', '设备使用年限', '≥5年'],
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a training project for job seekers without satisfaction',
      model: projectModel({ indicators: GOOD_INDICATORS.slice(0, 5) }),
      findings: [{ cell: 'A14', messageId: 'missing', says: ['服务对象满意度'] }],
    },
  ],
});

ruleTester('taxonomy/output-categories', {
  valid: [
    { name: 'older framework, all four', model: projectModel() },
    { name: '2021 framework, cost at level 1', model: projectModel({ indicators: FRAMEWORK_2021 }) },
    { name: '2021 framework without a timeliness indicator', model: projectModel({ indicators: FRAMEWORK_2021.filter((r) => r[1] !== '时效指标') }) },
  ],
  invalid: [
    {
      // Which framework the table follows cannot be told, but both ask for a cost indicator: a hint at info.
      name: 'no cost indicator and no framework configured',
      model: projectModel({ indicators: [GOOD_INDICATORS[0], ...GOOD_INDICATORS.slice(4)] }),
      findings: [{ cell: 'A10', messageId: 'noCost', says: ['没有任何成本指标'] }],
    },
    {
      name: 'older framework without timeliness',
      model: projectModel({ indicators: [GOOD_INDICATORS[0], GOOD_INDICATORS[1], GOOD_INDICATORS[3], ...GOOD_INDICATORS.slice(4)] }),
      findings: [{ cell: 'A10', messageId: 'missing', says: ['缺少时效指标'] }],
    },
    {
      name: 'no timeliness and no cost where the older framework is configured',
      model: projectModel({ indicators: [GOOD_INDICATORS[0], GOOD_INDICATORS[1], ...GOOD_INDICATORS.slice(4)] }),
      config: { framework: '2015' },
      findings: [{ cell: 'A10', messageId: 'missing', says: ['时效指标、成本指标'] }],
    },
    {
      name: 'a cost row printed by the template and left empty',
      model: projectModel({ indicators: [...GOOD_INDICATORS.slice(0, 3), ['产出指标', '成本指标', '', ''], ...GOOD_INDICATORS.slice(4)] }),
      findings: [{ cell: 'B13', messageId: 'missingTemplateRowEmpty', says: ['成本指标', '未填写'] }],
    },
  ],
});

ruleTester('taxonomy/framework', {
  valid: [
    { name: 'no framework configured', model: projectModel() },
    { name: 'the configured framework', model: projectModel({ indicators: FRAMEWORK_2021 }), config: { framework: '2021' } },
  ],
  invalid: [
    {
      name: 'the older framework where 2021 is required',
      model: projectModel(),
      config: { preset: '2021' },
      findings: [{ cell: 'B13', messageId: 'expected2021', says: ['成本指标应作为一级指标'] }],
    },
  ],
});
