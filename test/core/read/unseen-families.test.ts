/**
 * Families of forms the reader had never been shown, read by what their cells hold (issue: roles from content,
 * headings as evidence). Every table here is invented; each stands for a class of real forms.
 */
import { read, sheet } from '../../helpers/grid';
import { runChecks } from '../../../src/core/check/engine';
import type { Model } from '../../../src/core/model';

const rowsOf = (model: Model, which = 0): string[][] =>
  (model.projects[which]?.indicators ?? []).map((i) => [i.cells.value ?? '', i.level1, i.level2, i.level3, i.value]);
const findings = (model: Model): string[] => runChecks(model).findings.map((f) => `${f.severity} ${f.rule}@${f.cell}`);
const loud = (model: Model): string[] => findings(model).filter((f) => !f.startsWith('info'));

describe('a header that mislabels its columns', () => {
  const model = read(
    sheet('表', [
      ['项目名称', '社区养老服务补贴'],
      ['年度预算数(万元)', 120],
      ['年度绩效目标', '为全区老人提供居家养老服务'],
      ['一级指标', '二级指标', '指标值'],
      ['数量指标', '服务老人人数', '≥500人'],
      ['质量指标', '服务合格率', '≥95%'],
      ['时效指标', '补贴发放及时率', '100%'],
      ['服务对象满意度指标', '老人满意度', '≥90%'],
    ]),
  );

  it('takes the level-2 names from the column headed 一级指标 and the names from the one headed 二级指标', () => {
    expect(rowsOf(model)).toEqual([
      ['C5', '', '数量指标', '服务老人人数', '≥500人'],
      ['C6', '', '质量指标', '服务合格率', '≥95%'],
      ['C7', '', '时效指标', '补贴发放及时率', '100%'],
      ['C8', '', '服务对象满意度指标', '老人满意度', '≥90%'],
    ]);
    expect(model.projects[0].levelsUnknown).toEqual(['level1']);
  });

  it('says the table was read against its header, and raises no level-1 error about a column it does not have', () => {
    expect(model.notes.map((n) => n.code)).toEqual(expect.arrayContaining(['read-against-header', 'levels-unknown']));
    expect(model.notes.find((n) => n.code === 'read-against-header')!.message['zh-CN']).toContain('“一级指标”（A4）');
    expect(findings(model).filter((f) => f.includes('taxonomy/level1-unknown'))).toEqual([]);
  });
});

describe('a grid whose headings the reader does not know', () => {
  it('is found by its level names and targets, whatever the headings (类别 | 项目 | 内容 | 当年预期实现值)', () => {
    const model = read(
      sheet(
        '表',
        [
          ['项目名称', '社区养老服务补贴'],
          ['年度预算数(万元)', 120],
          ['年度绩效目标', '为全区老人提供居家养老服务'],
          ['类别', '项目', '内容', '当年预期实现值'],
          ['产出指标', '数量指标', '服务老人人数', '≥500人'],
          [null, '质量指标', '服务合格率', '≥95%'],
          ['效益指标', '社会效益指标', '独居老人探访覆盖率', '≥80%'],
          ['满意度指标', '服务对象满意度指标', '老人满意度', '≥90%'],
        ],
        { merges: ['A5:A6'] },
      ),
    );
    expect(rowsOf(model)).toEqual([
      ['D5', '产出指标', '数量指标', '服务老人人数', '≥500人'],
      ['D6', '产出指标', '质量指标', '服务合格率', '≥95%'],
      ['D7', '效益指标', '社会效益指标', '独居老人探访覆盖率', '≥80%'],
      ['D8', '满意度指标', '服务对象满意度指标', '老人满意度', '≥90%'],
    ]);
    const note = model.notes.find((n) => n.code === 'grid-by-content')!;
    expect(note.message['zh-CN']).toContain('指标值在 D 列');
    expect(loud(model)).toEqual([]);
  });

  it('keeps an explanation column (反映…) apart from the targets', () => {
    const model = read(
      sheet('表', [
        ['项目名称', '河道保洁'],
        ['预算数', 30],
        ['年度目标', '保持河道整洁'],
        ['分类', '子类', '名称', '解释', '计划数'],
        ['产出指标', '数量指标', '保洁河道长度', '反映保洁河道的长度', '≥12公里'],
        ['产出指标', '时效指标', '保洁完成时间', '反映保洁工作完成的时间', '2025年12月底前'],
        ['满意度指标', '服务对象满意度指标', '沿岸居民满意度', '反映居民对保洁的满意程度', '≥90%'],
      ]),
    );
    expect(model.projects[0].indicators.map((i) => [i.level3, i.description, i.value])).toEqual([
      ['保洁河道长度', '反映保洁河道的长度', '≥12公里'],
      ['保洁完成时间', '反映保洁工作完成的时间', '2025年12月底前'],
      ['沿岸居民满意度', '反映居民对保洁的满意程度', '≥90%'],
    ]);
  });

  it('does not make a grid of level names without targets (a scoring rubric)', () => {
    const model = read(
      sheet('评分', [
        ['一、评分办法'],
        ['类别', '项目', '说明'],
        ['产出指标', '数量指标', '按完成比例计分'],
        ['产出指标', '质量指标', '按合格比例计分'],
        ['效益指标', '社会效益指标', '按实现程度计分'],
      ]),
    );
    expect(model.projects).toEqual([]);
  });
});

describe('one row per indicator with no level names at all', () => {
  const rows = [
    ['指标名称', '计量单位', '指标性质', '年初指标值', '调整指标值', '全年完成值', '得分系数', '权重', '得分', '是否核心指标'],
    ['农技培训人次', '人次', '≥', 500, 500, 520, 1, 20, 20, '是'],
    ['耕地保护面积', '万亩', '≥', 12, 12, 11, 0.9, 30, 27, '是'],
    ['项目验收合格率', '%', '≥', 95, 95, 96, 1, 30, 30, '否'],
    ['培训成本', '万元', '≤', 100, 100, 98, 1, 20, 20, '否'],
  ];

  it('reads the rows with the levels unknown, targets, actuals, weights and scores', () => {
    const model = read(sheet('自评', [['项目名称', '农技推广'], ['年度预算数', 100], ['年度绩效目标', '推广农技'], ...rows]));
    expect(model.projects[0].indicators.map((i) => [i.level1, i.level2, i.level3, i.value, i.actual, i.weight, i.score])).toEqual([
      ['', '', '农技培训人次', '≥500人次', '520', 20, 20],
      ['', '', '耕地保护面积', '≥12万亩', '11', 30, 27],
      ['', '', '项目验收合格率', '≥95%', '96', 30, 30],
      ['', '', '培训成本', '≤100万元', '98', 20, 20],
    ]);
    expect(model.projects[0].levelsUnknown).toEqual(['level1', 'level2']);
  });

  it('keeps the checks that need the level quiet (no level-1 errors, no missing 效益), and the others apply', () => {
    const model = read(sheet('自评', [['项目名称', '农技推广'], ['年度预算数', 100], ['年度绩效目标', '推广农技'], ...rows]));
    // Only the missed target (11 of ≥12万亩) with no reason given anywhere.
    expect(loud(model)).toEqual(['warning evaluation/targets@F6']);
  });

  it('reads a department-wide self-evaluation of that shape as the department’s indicators', () => {
    const model = read(sheet('部门', [['2023年度部门整体绩效自评表'], ['部门名称', '某区农业农村局'], ...rows]));
    expect(model.departments).toHaveLength(1);
    expect(model.departments[0].indicators.map((i) => i.level3)).toEqual(['农技培训人次', '耕地保护面积', '项目验收合格率', '培训成本']);
    expect(model.projects).toEqual([]);
  });
});

describe('rows with a level-2 name and a value but no indicator name', () => {
  it('are indicators whose name is missing, each said on its row, never unused template rows', () => {
    const model = read(
      sheet(
        '表',
        [
          ['项目名称', '道路维护'],
          ['预算数', 50],
          ['年度目标', '维护道路'],
          ['一级指标', '二级指标', '三级指标', '指标值'],
          ['产出指标', '数量指标', '维护里程', '≥20公里'],
          [null, '质量指标', null, '≥95%'],
          [null, '时效指标', null, '2025年12月底前'],
          ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
        ],
        { merges: ['A5:A7'] },
      ),
    );
    expect(rowsOf(model).map((r) => r[0])).toEqual(['D5', 'D6', 'D7', 'D8']);
    expect(model.projects[0].templateRows).toEqual([]);
    const onRows = findings(model).filter((f) => /@C[67]$/.test(f) && !f.startsWith('info'));
    expect(onRows).toHaveLength(2);
  });
});

describe('long-term and annual grids stacked without clean titles', () => {
  it('is one project: the annual grid read, the other set aside, no phantom project', () => {
    const model = read(
      sheet('表', [
        ['某项目绩效目标表'],
        ['项目名称', '河道治理工程'],
        ['项目总预算', 1000, '年度预算', 300],
        ['实施期目标', '完成河道治理'],
        ['年度目标', '完成一期治理'],
        ['实施期绩效指标'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '治理长度', '≥10公里'],
        ['效益指标', '生态效益指标', '水质达标率', '≥90%'],
        ['年度绩效指标'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '治理长度', '≥3公里'],
        ['效益指标', '生态效益指标', '水质达标率', '≥85%'],
      ]),
    );
    expect(model.projects).toHaveLength(1);
    expect(model.projects[0]).toMatchObject({ name: '河道治理工程', budget: 300 });
    expect(rowsOf(model).map((r) => r[4])).toEqual(['≥3公里', '≥85%']);
    expect(model.projects[0].setAsideGrid).toEqual({ cell: 'A7', filled: true });
    expect(model.notes.map((n) => n.code)).toContain('term-grid-set-aside');
  });

  it('keeps the annual grid when it comes first', () => {
    const model = read(
      sheet('表', [
        ['项目名称', '河道治理工程'],
        ['年度预算', 300],
        ['年度目标', '完成一期治理'],
        ['年度绩效指标'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '治理长度', '≥3公里'],
        ['中长期绩效指标'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '治理长度', '≥10公里'],
      ]),
    );
    expect(model.projects).toHaveLength(1);
    expect(rowsOf(model).map((r) => r[4])).toEqual(['≥3公里']);
  });
});

describe('money', () => {
  it('reads a budget written in prose (总额…万元，其中…)', () => {
    const model = read(
      sheet('表', [
        ['项目名称', '农村公路养护'],
        ['资金情况', '总额1060.75万元，其中：中央资金500万元，省级资金560.75万元'],
        ['年度目标', '养护公路'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '养护里程', '≥200公里'],
        ['产出指标', '成本指标', '养护成本', '≤1060.75万元'],
      ]),
    );
    expect(model.projects[0]).toMatchObject({ budget: 1060.75, budgetUnit: '万元' });
    expect(model.projects[0].cells.budget).toBe('B2');
  });

  it('says a total of 0 beside its fiscal part once, and never measures the costs against the 0', () => {
    const model = read(
      sheet('表', [
        ['项目名称', '村级公益事业奖补'],
        ['年度资金总额', 0],
        ['其中：本年财政拨款', 56.5],
        ['年度目标', '奖补'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '奖补村数', '≥10个'],
        ['产出指标', '成本指标', '奖补成本', '≤56.5万元'],
      ]),
    );
    const money = findings(model).filter((f) => /money|cost/.test(f) && !f.startsWith('info'));
    expect(money.some((f) => f.includes('money/fiscal-exceeds-budget'))).toBe(true);
    expect(money.filter((f) => f.includes('cost/'))).toEqual([]);
  });

  it('measures the costs against the fiscal grant when the total is 0', () => {
    const model = read(
      sheet('表', [
        ['项目名称', '村级公益事业奖补'],
        ['年度资金总额', 0],
        ['其中：本年财政拨款', 56.5],
        ['年度目标', '奖补'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '奖补村数', '≥10个'],
        ['产出指标', '成本指标', '奖补成本', '≤80万元'],
      ]),
    );
    const result = runChecks(model).findings.find((f) => f.rule === 'cost/exceeds-budget')!;
    expect(result.message['zh-CN']).toContain('超过财政拨款 56.5万元');
  });
});

describe('text pasted from PDFs', () => {
  it('reads zeros written as O or 〇 in amounts and targets', () => {
    const model = read(
      sheet('表', [
        ['项 目 名 称', '农村饮水安全'],
        ['预 算 数', '2O0'],
        ['年度目标', '保障饮水'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '受益人口', '≥１０〇0人'],
        ['产出指标', '质量指标', '水质达标率', '1OO%'],
        ['满意度指标', '服务对象满意度指标', '群众满意度', '≥9O%'],
      ]),
    );
    expect(model.projects[0].budget).toBe(200);
    expect(model.projects[0].indicators.map((i) => i.parsed.normalized.number)).toEqual([1000, 100, 90]);
    expect(findings(model).filter((f) => f.includes('required/fields'))).toEqual([]);
  });
});

describe('a self-evaluation whose target is split into 符号 | number | 单位 under one heading (河北)', () => {
  const model = read(
    sheet(
      '表',
      [
        ['项目名称:', '乡村道路养护', null, null, '金额单位:', '万元'],
        ['预算数', 50],
        ['一级指标', '二级指标', '三级指标', '预期指标值', null, null, '实际完成值', '自评得分', null, null],
        [null, null, null, '符号', null, '单位(文字描述)', null, '单项指标得分', '权重占比(%)', '单项指标折算得分'],
        ['产出指标', '数量指标', '养护道路里程', '>=', 30, '公里', '32公里', 100, 40, 40],
        ['效益指标', '社会效益指标', '群众出行时间缩短', '>=', 10, '%', '8%', 80, 40, 32],
        ['满意度指标', '服务对象满意度指标', '沿线群众满意度', '>=', 90, '%', '95%', 100, 20, 20],
      ],
      { merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:G4', 'H3:J3'] },
    ),
  );

  it('reads the number from the column with no sub-heading, and the converted score as the points earned', () => {
    expect(rowsOf(model)).toEqual([
      ['E5', '产出指标', '数量指标', '养护道路里程', '>=30公里'],
      ['E6', '效益指标', '社会效益指标', '群众出行时间缩短', '>=10%'],
      ['E7', '满意度指标', '服务对象满意度指标', '沿线群众满意度', '>=90%'],
    ]);
    expect(model.projects[0].indicators.map((i) => [i.weight, i.score, i.actual])).toEqual([
      [40, 40, '32公里'],
      [40, 32, '8%'],
      [20, 20, '95%'],
    ]);
  });

  it('takes the money unit from the cell beside its label (金额单位: | 万元)', () => {
    expect(model.projects[0].budgetUnit).toBe('万元');
    expect(model.projects[0].budgetUnitAssumed).toBe(false);
  });
});

describe('a county form that writes 值 for 指标 (产出值, 数量值)', () => {
  it('reads the levels as the level names they stand for, with 年度数值 as the target heading', () => {
    const model = read(
      sheet('表', [
        ['项目名称', '学校公用经费'],
        ['资金总额:', 120],
        ['一级', '二级', '三级', '年度数值', '备注'],
        ['产出值', '数量值', '在校学生人数', '≥1200人'],
        [null, '时效值', '经费拨付时间', '2025年6月底前'],
        ['效益值', '社会效益值', '教学条件改善', '明显改善'],
        ['满意度值', '服务对象满意度值', '家长满意度', '≥90%'],
      ], { merges: ['A4:A5'] }),
    );
    expect(rowsOf(model)).toEqual([
      ['D4', '产出值', '数量值', '在校学生人数', '≥1200人'],
      ['D5', '产出值', '时效值', '经费拨付时间', '2025年6月底前'],
      ['D6', '效益值', '社会效益值', '教学条件改善', '明显改善'],
      ['D7', '满意度值', '服务对象满意度值', '家长满意度', '≥90%'],
    ]);
    const levelErrors = findings(model).filter((f) => /taxonomy\/(level1-unknown|level2-mismatch)/.test(f));
    expect(levelErrors).toEqual([]);
  });
});

describe('a 指标名称 column that holds the level-2 names, with no names below them', () => {
  const model = read(
    sheet('表', [
      ['项目名称:', '公园绿化养护'],
      ['项目绩效目标', '绩效目标总体描述', '完成建成区绿化养护'],
      [null, '指标类型', '指标名称', '指标值', '指标描述'],
      [null, '产出指标', '数量指标', '300万平方米', '完成全市绿地养护'],
      [null, null, '时效指标', '全年', '全年养护'],
      [null, '效益指标', '可持续性发展影响指标', '长期', '保障绿化系统稳定运行'],
      [null, '满意度指标', '服务对象或受益者满意度指标', '≥95%', '市民满意率在95%以上'],
      ['最近年度绩效评价情况', '优秀□ 良好□ 合格□', null, '附上一年度评价报告列示的主要问题'],
    ], { merges: ['A2:A7', 'B4:B5', 'B8:C8', 'D8:E8'] }),
  );

  it('reads that column as level 2, the names as missing, and the explanations apart', () => {
    expect(rowsOf(model)).toEqual([
      ['D4', '产出指标', '数量指标', '', '300万平方米'],
      ['D5', '产出指标', '时效指标', '', '全年'],
      ['D6', '效益指标', '可持续性发展影响指标', '', '长期'],
      ['D7', '满意度指标', '服务对象或受益者满意度指标', '', '≥95%'],
    ]);
    expect(model.projects[0].indicators[0].description).toBe('完成全市绿地养护');
    expect(model.notes.map((n) => n.code)).toContain('read-against-header');
  });

  it('ends the grid at the next section merged over the level columns, and knows the local level-2 wordings', () => {
    expect(model.projects[0].indicators).toHaveLength(4);
    expect(findings(model).filter((f) => /taxonomy\/level2-mismatch/.test(f))).toEqual([]);
  });
});

describe('an export that writes the level names as rows of their own (项目 | 指标值 | 绩效金额)', () => {
  const model = read(
    sheet('批复表', [
      ['某区卫生健康局2024年项目绩效目标批复表'],
      ['单位:元'],
      ['项目', '指标值', '绩效金额'],
      ['某区卫生健康局'],
      ['免费体检补助', null, 800000],
      ['产出指标'],
      ['数量指标(必填)'],
      ['体检人数', '≥5000人'],
      ['成本指标'],
      ['人均体检费用', '≤160元'],
      ['满意度指标'],
      ['服务对象满意度指标'],
      ['受检群众满意度', '≥90%'],
      ['家庭医生签约补助', null, 300000],
      ['产出指标'],
      ['质量指标'],
      ['签约履约率', '≥95%'],
      ['效益指标'],
      ['社会效益指标'],
      ['慢病患者规范管理率', '≥70%'],
    ]),
  );

  it('reads each project with its amount, and each indicator under the level names above it', () => {
    expect(model.projects.map((p) => [p.name, p.budget, p.budgetUnit])).toEqual([
      ['免费体检补助', 800000, '元'],
      ['家庭医生签约补助', 300000, '元'],
    ]);
    expect(rowsOf(model, 0)).toEqual([
      ['B8', '产出指标', '数量指标(必填)', '体检人数', '≥5000人'],
      ['B10', '产出指标', '成本指标', '人均体检费用', '≤160元'],
      ['B13', '满意度指标', '服务对象满意度指标', '受检群众满意度', '≥90%'],
    ]);
    expect(rowsOf(model, 1)).toEqual([
      ['B17', '产出指标', '质量指标', '签约履约率', '≥95%'],
      ['B20', '效益指标', '社会效益指标', '慢病患者规范管理率', '≥70%'],
    ]);
  });

  it('says how it read them, and does not call the levels unknown', () => {
    expect(model.notes.map((n) => n.code)).toContain('level-tree');
    expect(model.notes.map((n) => n.code)).not.toContain('levels-unknown');
    expect(model.projects[0].levelsUnknown).toBeUndefined();
    expect(loud(model).filter((f) => /level1-unknown|level2-mismatch|reader\/unread-block/.test(f))).toEqual([]);
    // What the levels make checkable is checked: the first project has no 效益 indicator.
    expect(loud(model)).toContain('error taxonomy/coverage@A6');
  });
});

describe('a table copied through a site that converted it to traditional characters', () => {
  it('matches its labels, level names and units as the simplified ones, and keeps its text as written', () => {
    const model = read(
      sheet('表', [
        ['項目名稱', '社區養老服務補貼'],
        ['年度預算數(萬元)', 120],
        ['年度績效目標', '為全區老人提供居家養老服務'],
        ['一級指標', '二級指標', '三級指標', '指標值'],
        ['產出指標', '數量指標', '服務老人人數', '≥500個'],
        ['產出指標', '質量目標', '服務合格率', '不低於95%'],
        ['效益指標', '社會效益指標', '獨居老人探訪覆蓋率', '≥80%'],
        ['滿意度指標', '服務對象滿意度指標', '老人滿意度', '≥90%'],
      ]),
    );
    expect(model.projects[0].name).toBe('社區養老服務補貼');
    expect(model.projects[0].budget).toBe(120);
    expect(rowsOf(model)).toEqual([
      ['D5', '產出指標', '數量指標', '服務老人人數', '≥500個'],
      ['D6', '產出指標', '質量目標', '服務合格率', '不低於95%'],
      ['D7', '效益指標', '社會效益指標', '獨居老人探訪覆蓋率', '≥80%'],
      ['D8', '滿意度指標', '服務對象滿意度指標', '老人滿意度', '≥90%'],
    ]);
    expect(model.projects[0].indicators.map((i) => [i.parsed.comparator, i.parsed.normalized.number, i.parsed.unit])).toEqual([
      ['≥', 500, '个'],
      ['≥', 95, '%'],
      ['≥', 80, '%'],
      ['≥', 90, '%'],
    ]);
    expect(loud(model).filter((f) => /taxonomy|required/.test(f))).toEqual([]);
  });
});

describe('a self-evaluation whose points column is headed once, at the top of the form', () => {
  it('reads the column under 自评得分 as the scores, though the grid header shows only the section points', () => {
    const model = read(
      sheet('表', [
        ['专项名称', '乡村公路养护补助', null, null, null, '自评得分'],
        ['预算数:', 30, '执行数:', 30, null, 100],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成指标值', 60],
        ['产出指标', '数量指标', '养护里程', '≥30公里', '32公里', 20],
        ['产出指标', '质量指标', '路况优良率', '≥80%', '85%', 20],
        ['效益指标', '社会效益指标', '群众出行条件改善', '明显改善', '明显改善', 20],
      ]),
    );
    expect(model.projects[0].indicators.map((i) => [i.level3, i.actual, i.score])).toEqual([
      ['养护里程', '32公里', 20],
      ['路况优良率', '85%', 20],
      ['群众出行条件改善', '明显改善', 20],
    ]);
  });
});

describe('a 指标值类型 column that holds the comparator on some rows and 定性 on others', () => {
  it('joins the comparators to the values and keeps the column as written', () => {
    const model = read(
      sheet('表', [
        ['项目支出名称', '疾病预防经费'],
        ['年度本级预算金额', 70],
        ['一级指标', '二级指标', '三级指标', '指标值类型', '目标值', '度量单位'],
        ['成本指标', '经济成本指标', '疾控经费', '≤', 70, '万元'],
        ['产出指标', '数量指标', '培训人次', '≥', 300, '人次'],
        ['效益指标', '社会效益指标', '应急处置能力', '定性', '提高', null],
      ]),
    );
    expect(model.projects[0].indicators.map((i) => [i.value, i.valueType])).toEqual([
      ['≤70万元', '≤'],
      ['≥300人次', '≥'],
      ['提高', '定性'],
    ]);
  });
});

describe('a money block whose sources are numbered and listed one per row', () => {
  it('reads 总额 as the budget and adds every other source under the fiscal grant', () => {
    const model = read(
      sheet('表', [
        ['项目名称', '镇村道路建设'],
        ['资金总额及构成', '总额', '500万元'],
        [null, '一、财政拨款:', '300万元'],
        [null, '二、自有资金:', '50万元'],
        [null, '三、其他:', '150万元'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '新建道路长度', '≥5公里'],
        ['效益指标', '社会效益指标', '群众出行条件', '明显改善'],
      ], { merges: ['A2:A5'] }),
    );
    expect([model.projects[0].budget, model.projects[0].fiscal, model.projects[0].other]).toEqual([500, 300, 200]);
    expect(loud(model).filter((f) => f.includes('money/'))).toEqual([]);
  });
});

describe('headings with required marks after them (一级指标* | 绩效指标性质* | 绩效指标值*)', () => {
  it('are read as the headings they mark', () => {
    const model = read(
      sheet('表', [
        ['资金总额:', 2430.3],
        ['一级指标*', '二级指标*', '三级指标*', '绩效指标性质*', '绩效指标值*', '绩效度量单位', '权重*'],
        ['产出指标', '数量指标', '奖励会展项目个数', '≥', 20, '个', '30%'],
        ['效益指标', '经济效益指标', '会展业综合收入', '≥', 280, '亿元', '30%'],
      ]),
    );
    expect(rowsOf(model)).toEqual([
      ['E3', '产出指标', '数量指标', '奖励会展项目个数', '≥20个'],
      ['E4', '效益指标', '经济效益指标', '会展业综合收入', '≥280亿元'],
    ]);
  });
});

describe('a grid with no header whose comparators and units stand in columns of their own', () => {
  it('joins them to the values by what their cells hold', () => {
    const model = read(
      sheet('表', [
        ['项目名称', '林业管理'],
        ['年度预算数', 300],
        ['产出指标', '数量指标', '保障在职职工人数', '=', 116, '人'],
        [null, '数量指标', '森林防火面积', '≥', 320, '万亩'],
        [null, '质量指标', '林木采伐监管合格率', '≥', 95, '%'],
        ['效益指标', '社会效益指标', '森林覆盖率', '≥', 68, '%'],
      ], { merges: ['A3:A5'] }),
    );
    expect(rowsOf(model)).toEqual([
      ['E3', '产出指标', '数量指标', '保障在职职工人数', '=116人'],
      ['E4', '产出指标', '数量指标', '森林防火面积', '≥320万亩'],
      ['E5', '产出指标', '质量指标', '林木采伐监管合格率', '≥95%'],
      ['E6', '效益指标', '社会效益指标', '森林覆盖率', '≥68%'],
    ]);
  });
});

describe('a flat export whose two-row header lost its merges (labels above blank cells)', () => {
  it('takes the project columns from the labels above, and reads each project', () => {
    const model = read(
      sheet('表', [
        ['单位代码', '单位(专项)名称', '资金总额', '绩效指标'],
        [null, null, null, '一级指标', '二级指标', '三级指标', '指标值'],
        ['505006', '学生伙食费', 30, '产出指标', '数量指标', '补助学生数量', '168人'],
        [null, null, null, '效益指标', '社会效益指标', '学生营养改善', '明显改善'],
        ['505007', '校舍维修', 50, '产出指标', '数量指标', '维修面积', '≥800平方米'],
        [null, null, null, '效益指标', '社会效益指标', '校舍安全达标率', '100%'],
      ]),
    );
    expect(model.projects.map((p) => [p.code, p.name, p.budget, p.indicators.length])).toEqual([
      ['505006', '学生伙食费', 30, 2],
      ['505007', '校舍维修', 50, 2],
    ]);
  });
});

describe('the older forms with a grading scale (评价标准 over 优 | 良 | 中 | 差)', () => {
  it('reads the 绩效目标 column as the targets where the form has one', () => {
    const model = read(
      sheet('表', [
        ['项目名称:展览馆运行维护'],
        ['指标类型', '绩效指标', '绩效目标', '绩效标准'],
        [null, null, null, '优', '良', '中', '差'],
        ['产出指标', '物业管理面积', '6500平方米', '6500平方米以上', '5500平方米', '4500平方米', '4500平方米以下'],
        [null, '设备维修率', '≥20%', '20%以上', '15%', '10%', '10%以下'],
        ['成效指标', '展示设备使用率', '≥80%', '80%以上', '70%', '60%', '60%以下'],
      ], { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:G2', 'A4:A5'] }),
    );
    expect(model.projects[0].indicators.map((i) => [i.cells.value, i.level1, i.level3, i.value])).toEqual([
      ['C4', '产出指标', '物业管理面积', '6500平方米'],
      ['C5', '产出指标', '设备维修率', '≥20%'],
      ['C6', '成效指标', '展示设备使用率', '≥80%'],
    ]);
  });

  it('reads the best grade as the target where it is the only one, through a mirror site’s pinyin', () => {
    const model = read(
      sheet('表', [
        ['績(jī)效指標(biāo)分類', '績(jī)效指標(biāo)', '績(jī)效指標(biāo)描述', '績(jī)效指標(biāo)評(píng)價(jià)標(biāo)準(zhǔn)'],
        [null, null, null, '優(yōu)', '良', '中', '差'],
        ['產(chǎn)出指標(biāo)', '救助覆蓋率', '是否应救尽救', '100%', '90%', '85%', '<85%'],
        [null, '资金按标准发放率', '按标准发放的比率', '100%', '95%', '90%', '<90%'],
        ['效果指標(biāo)', '救助对象满意度', '满意的比率', '90%', '85%', '80%', '<80%'],
      ], { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'A3:A4'] }),
    );
    expect(model.projects[0].indicators.map((i) => [i.cells.value, i.level3, i.value, i.description])).toEqual([
      ['D3', '救助覆蓋率', '100%', '是否应救尽救'],
      ['D4', '资金按标准发放率', '100%', '按标准发放的比率'],
      ['D5', '救助对象满意度', '90%', '满意的比率'],
    ]);
  });
});

describe('a self-evaluation whose goal and its achievement are columns under a numbered section', () => {
  it('reads what was achieved under its column heading, past the section heading and a column of points', () => {
    const model = read(
      sheet('表', [
        ['项目名称:', '高龄津贴'],
        ['预算数', 6.84],
        ['三、目标完成情况', '年度预期目标', null, '具体完成情况', '总体完成率(%)', 20],
        [null, '为百岁老人按月发放津贴', null, '为百岁老人按月发放津贴', 100],
        ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值'],
        ['产出指标', '数量指标', '发放人数', '≥19人', '19人'],
        ['效益指标', '社会效益指标', '老人生活改善', '明显改善', '明显改善'],
      ], { merges: ['A3:A4'] }),
    );
    expect(model.projects[0].goal).toBe('为百岁老人按月发放津贴');
    expect(model.projects[0].goalActual).toEqual({ text: '为百岁老人按月发放津贴', cell: 'D4' });
    expect(loud(model)).toContain('warning goal/content@D4');
  });
});

describe('a scan’s misreadings around the grid', () => {
  it('takes the amount under a budget heading whose neighbour heading is misspelt, and a 指标L line for a template line', () => {
    const model = read(
      sheet('表', [
        ['项目名称', '初中公用经费'],
        ['项目资金(万元)', '年度资金总额', '年初预匏数', '全年执行数(B)'],
        [null, 64.8, 64.8, 64.8],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '保障人数', '2370人'],
        [null, null, '指标L', null],
        ['效益指标', '社会效益指标', '办学条件', '明显改善'],
      ], { merges: ['A2:A3', 'A5:A6'] }),
    );
    expect(model.projects[0].budget).toBe(64.8);
    expect(model.projects[0].indicators.map((i) => i.level3)).toEqual(['保障人数', '办学条件']);
    expect(model.projects[0].templateRows?.map((r) => r.text)).toEqual(['指标L']);
  });
});

describe('headers that lost or misplaced a level heading', () => {
  it('takes the column of level-1 names left of 二级指标 as level 1 when its heading is garbled', () => {
    const model = read(
      sheet('表', [
        ['详情见附件(以下内容为附件图片识别，个别文字可能不准确)一级指标', '二级指标', '指标名称', '目标值', '完成值'],
        ['产出指标', '产出数量', '培训人数', '12500名', '12166名'],
        [null, '产出质量', '结业考核通过率', '100%', '98.79%'],
        ['效益指标', '社会效益', '参训学员就业率', '60%及以上', '53.53%'],
      ], { merges: ['A2:A3'] }),
    );
    expect(model.projects[0].indicators.map((i) => [i.level1, i.level2, i.level3, i.value, i.actual])).toEqual([
      ['产出指标', '产出数量', '培训人数', '12500名', '12166名'],
      ['产出指标', '产出质量', '结业考核通过率', '100%', '98.79%'],
      ['效益指标', '社会效益', '参训学员就业率', '60%及以上', '53.53%'],
    ]);
  });

  it('reads a lone 二级指标 heading over names as the names of a list with no level columns', () => {
    const model = read(
      sheet('表', [
        ['部门名称', '区融媒体中心'],
        ['二级指标', '计量单位', '指标性质', '年初指标值', '全年完成值', '指标权重(分)', '得分'],
        ['财政供养人员控制率', '%', '≤', 100, 92, 2, 2],
        ['预算完成率', '%', '≥', 70, 76, 2, 2],
        ['结转结余率', '%', '≤', 2, 0, 2, 2],
      ]),
    );
    const table = model.departments[0] ?? model.projects[0];
    expect(table.indicators.map((i) => [i.level3, i.value])).toEqual([
      ['财政供养人员控制率', '≤100%'],
      ['预算完成率', '≥70%'],
      ['结转结余率', '≤2%'],
    ]);
  });
});

describe('a block the reader cannot read, written in traditional characters', () => {
  it('is still said to be unread, never a clean result', () => {
    const model = read(
      sheet('表', [
        ['救助補助預算指標績效目標表'],
        ['???效指標分類', '績效指標', '績效指標描述', '評價標準'],
        ['產出指標', '救助覆蓋率', '是否應救盡救', '100%'],
        ['效果指標', '救助對象滿意度', '滿意的比率', '90%'],
      ]),
    );
    expect(loud(model)).toContain('warning reader/unread-block@A3');
  });
});

describe('a level tree with an indicator whose target is missing', () => {
  it('reads it as an indicator with no target, not as a new project', () => {
    const model = read(
      sheet('批复表', [
        ['项目', '指标值', '绩效金额'],
        ['免费体检补助', null, 800000],
        ['产出指标'],
        ['数量指标'],
        ['体检人数', '≥5000人'],
        ['体检覆盖村数'],
        ['效益指标'],
        ['社会效益指标'],
        ['慢病早期发现率', '≥60%'],
      ]),
    );
    expect(model.projects.map((p) => p.name)).toEqual(['免费体检补助']);
    expect(rowsOf(model)).toEqual([
      ['B5', '产出指标', '数量指标', '体检人数', '≥5000人'],
      ['B6', '产出指标', '数量指标', '体检覆盖村数', ''],
      ['B9', '效益指标', '社会效益指标', '慢病早期发现率', '≥60%'],
    ]);
  });
});
