/**
 * The two real published workbooks in ../shared/realworld (not copied into the repository), read as their README
 * describes them. Skipped, with a message saying so, where the folder is absent.
 */
import * as path from 'path';
import { readWorkbook } from '../../../src/core/read';
import type { Model } from '../../../src/core/model';
import { readGrid, REALWORLD, sharedAvailable } from '../../helpers/samples';

const WUHAN = path.join(REALWORLD, 'wuhan-2020-project-application.xlsx');
const ZHANJIANG = path.join(REALWORLD, 'zhanjiang-2024-department-targets.xlsx');

describe('wuhan-2020-project-application.xlsx (项目申报表 with targets at the bottom)', () => {
  let model: Model;
  const available = sharedAvailable(WUHAN, 'real workbook (Wuhan application form)');
  const it = available ? test : test.skip;
  beforeAll(() => {
    if (available) model = readWorkbook(readGrid(WUHAN));
  });

  it('reads the one project with its money', () => {
    expect(model.projects).toHaveLength(1);
    expect(model.departments).toHaveLength(0);
    const project = model.projects[0];
    expect(project).toMatchObject({ name: '专项资金', code: null, budget: 6730, fiscal: 6730, other: 0, year: 2020 });
    expect(project.cells.name).toBe('C2');
    expect(project.cells.code).toBe('F2');
    expect(project.cells.budget).toBe('F8'); // 项目当年预算, not 项目总预算
    expect(project.goal).toBe('完成2020年度市、区下达的各项目标任务');
    expect(project.framework).toBe('2015');
  });

  it('reads the source list and the expense list with their totals (one a formula)', () => {
    const [sources, expenses] = model.projects[0].breakdowns;
    expect(sources.title).toBe('项目资金来源');
    expect(sources.total).toEqual({ amount: 6730, cell: 'F11' });
    expect(sources.items.filter((i) => !i.subItem).map((i) => i.label)[0]).toBe('1.一般公共预算财政拨款收入');
    expect(sources.items.find((i) => i.label.includes('上年结转'))).toBeDefined();
    expect(expenses.total).toEqual({ amount: 6730, cell: 'F26' });
    expect(expenses.items.map((i) => i.amount)).toEqual([874.18, 3080, 1545, 1195.82, 10, 25]);
  });

  it('reads every indicator row with the right levels after forward-filling merged cells', () => {
    const rows = model.projects[0].indicators.map((i) => [i.level1, i.level2, i.level3, i.value]);
    expect(rows).toEqual([
      ['产出指标', '数量指标', '城镇新增就业人数', '25000人'],
      ['产出指标', '数量指标', '失业人员及就业困难人员再就业人数', '1600人、200人'],
      ['产出指标', '数量指标', '扶持创业人数及带动就业人数', '1000人、3000人'],
      ['产出指标', '数量指标', '返乡创业人数及带动就业人数', '180人、650人'],
      ['产出指标', '数量指标', '就业技能及创业培训人数据', '900人、1500人'],
      ['产出指标', '数量指标', '五险净增人数', '约5.5万人次'],
      ['产出指标', '数量指标', '社会保障卡发卡量', '7万张'],
      ['产出指标', '数量指标', '劳动监察网格日常巡查', '不低于60户/人.月'],
      ['产出指标', '质量指标', '培训人员合格率', '100%'],
      ['产出指标', '时效指标', '仲裁案件法定期限结案率', '95%'],
      ['产出指标', '时效指标', '劳动监察配合处理举报投诉案件', '在规定时间结案率为95%'],
      ['效益指标', '社会效益指标', '提高全民参保覆盖面', '按时办结'],
      ['效益指标', '社会公众或服务对象满意度指标', '做好服务工作，让服务对象满意', '95%'],
    ]);
  });

  it('parses the values real forms contain and keeps the rest as text', () => {
    const byName = new Map(model.projects[0].indicators.map((i) => [i.level3, i.parsed]));
    expect(byName.get('失业人员及就业困难人员再就业人数')!.numbers).toEqual([1600, 200]);
    expect(byName.get('五险净增人数')).toMatchObject({ approximate: true, number: 5.5, unit: '万人次' });
    expect(byName.get('劳动监察网格日常巡查')).toMatchObject({ comparator: '≥', number: 60, unit: '户/人.月' });
    expect(byName.get('培训人员合格率')).toMatchObject({ number: 100, unit: '%' }); // the cell holds 1 formatted 0%
    expect(byName.get('劳动监察配合处理举报投诉案件')).toMatchObject({ inSentence: true, number: 95, unit: '%' });
    expect(byName.get('提高全民参保覆盖面')!.kind).toBe('qualitative');
  });

  it('records the level-2 rows the template printed but nobody filled', () => {
    expect(model.projects[0].emptyCategoryRows).toEqual([
      { level1: '产出指标', level2: '成本指标', cell: 'D47' },
      { level1: '效益指标', level2: '经济效益指标', cell: 'D48' },
      { level1: '效益指标', level2: '环境效益指标', cell: 'D50' },
      { level1: '效益指标', level2: '可持续影响指标', cell: 'D51' },
    ]);
  });
});

describe('zhanjiang-2024-department-targets.xlsx (部门整体 targets)', () => {
  let model: Model;
  const available = sharedAvailable(ZHANJIANG, 'real workbook (Zhanjiang department-wide table)');
  const it = available ? test : test.skip;
  beforeAll(() => {
    if (available) model = readWorkbook(readGrid(ZHANJIANG));
  });

  it('reads the department, its figures and its key tasks', () => {
    expect(model.projects).toHaveLength(0);
    expect(model.departments).toHaveLength(1);
    const department = model.departments[0];
    expect(department).toMatchObject({ name: '湛江市人力资源和社会保障局', year: 2024, budgetUnit: '万元' });
    const amounts = Object.fromEntries(department.amounts.map((a) => [a.label, a.amount]));
    expect(amounts).toMatchObject({
      财政供养人员数: 737,
      下属二级单位数: 10,
      基本支出: 10891.615675,
      项目支出: 61915.7693,
      其他资金: 0,
    });
    expect(amounts['财政拨款']).toBeCloseTo(72807.384975, 6); // a formula, =C5+C6
    expect(department.tasks.map((t) => t.amount)).toEqual([18862, 587.81, 1140]);
    expect(department.paragraphs.find((p) => p.heading === '总体绩效目标')!.text).toMatch(/^目标1：城乡居民基本养老保险/);
  });

  it('reads the 21 indicator rows: 19 filled, 2 left empty', () => {
    const department = model.departments[0];
    expect(department.indicators).toHaveLength(19);
    expect(department.emptyCategoryRows.map((r) => [r.level2, r.cell])).toEqual([
      ['成本指标', 'C25'],
      ['生态效益指标', 'C32'],
    ]);
    const levels = department.indicators.map((i) => `${i.level1}/${i.level2}`);
    expect(levels.filter((l) => l === '效益指标/质量指标')).toHaveLength(4);
    expect(levels.filter((l) => l === '满意度指标/服务对象')).toHaveLength(4);
    const byName = new Map(department.indicators.map((i) => [i.level3, i]));
    expect(byName.get('城镇新增就业人数（人）')!.parsed).toMatchObject({ number: 50000, unit: '人', unitSource: 'name' });
    expect(byName.get('资金在规定时间内下达率')!.parsed).toMatchObject({ comparator: '≥', comparatorWritten: '≧', number: 95 });
    expect(byName.get('补贴发放准确率')!.value).toBe('100%');
    expect(byName.get('群众满意度')!.parsed).toMatchObject({ comparator: '≥', number: 75, unit: '%' });
    expect(byName.get('全市城乡居民养老保险覆盖面')!.parsed.kind).toBe('qualitative');
    expect(byName.get('群众满意度')!.cells).toMatchObject({ level1: 'B34', level2: 'C34', level3: 'D34', value: 'E34' });
  });
});
