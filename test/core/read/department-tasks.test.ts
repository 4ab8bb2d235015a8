/**
 * Department-wide task lists: the 财政部 部门整体支出绩效目标申报表 with its two-row header (预算申请 → 总额 | 财政拨款 |
 * 其他资金) and 金额合计 row, the one-row 年度重点工作任务 list, tasks spanning rows, and where a list ends.
 */
import { read, sheet } from '../../helpers/grid';
import { mofForm, TASKS, type Row } from '../../helpers/department-form';

describe('department-wide task lists', () => {
  it('reads every task of the two-row-header form, its sources, and the total row', () => {
    const { rows, merges } = mofForm(TASKS, ['金额合计', null, null, 2600, 2500, 100]);
    const department = read(sheet('部门整体', rows, { merges })).departments[0];
    expect(department.year).toBe(2024);
    expect(department.tasks.map((t) => [t.name, t.amount, t.cell, t.nameCell])).toEqual([
      ['大气污染防治', 800, 'D6', 'B6'],
      ['水污染防治', 600, 'D7', 'B7'],
      ['机构运行', 1200, 'D8', 'B8'],
    ]);
    expect(department.tasks[1].sources).toEqual([
      { label: '财政拨款', amount: 500, cell: 'E7' },
      { label: '其他资金', amount: 100, cell: 'F7' },
    ]);
    expect(department.tasksTotal).toMatchObject({ name: '金额合计', amount: 2600, cell: 'D9', sources: [{ amount: 2500, cell: 'E9' }, { amount: 100, cell: 'F9' }] });
    // Task money is the tasks', not the department's labelled figures.
    expect(department.amounts).toEqual([]);
    expect(department.indicators.map((i) => i.level3)).toEqual(['重点企业执法检查', '公众满意度']);
  });

  it('reads the same form without merged areas (a host that cannot tell), by the blanks below the labels', () => {
    const { rows } = mofForm(TASKS, ['金额合计', null, null, 2600, 2500, 100]);
    const department = read(sheet('部门整体', rows)).departments[0];
    expect(department.tasks.map((t) => t.amount)).toEqual([800, 600, 1200]);
    expect(department.tasksTotal?.amount).toBe(2600);
  });

  it('ends the list at the next section when there is no total row', () => {
    const { rows, merges } = mofForm(TASKS, null);
    const department = read(sheet('部门整体', rows, { merges })).departments[0];
    expect(department.tasks.map((t) => t.name)).toEqual(['大气污染防治', '水污染防治', '机构运行']);
    expect(department.tasksTotal).toBeNull();
  });

  it('reads a task whose name spans two rows once', () => {
    const tasks: Row[] = [TASKS[0], [null, null, '（续）重点企业监管', null, null, null], TASKS[1]];
    const { rows, merges } = mofForm(tasks, ['金额合计', null, null, 1400, 1300, 100]);
    merges.push('B6:B7', 'D6:D7', 'E6:E7', 'F6:F7');
    const department = read(sheet('部门整体', rows, { merges })).departments[0];
    expect(department.tasks.map((t) => [t.name, t.amount])).toEqual([
      ['大气污染防治', 800],
      ['水污染防治', 600],
    ]);
    expect(department.tasksTotal?.amount).toBe(1400);
  });

  it('reads the one-row 年度重点工作任务 header (名称 | 主要实施内容 | 拟投入的资金)', () => {
    const rows: Row[] = [
      ['2024年市级部门整体预算绩效目标表'],
      ['部门名称', '某局'],
      ['年度重点工作任务', '名称', '主要实施内容', '拟投入的资金（万元）', '期望达到的目标'],
      [null, '任务甲', '内容', 100, '目标'],
      [null, '任务乙', '内容', 50.5, '目标'],
      ['其他需完成的任务（可选填）'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
      [null, '产出指标', '数量指标', '人数', '≥1人'],
    ];
    const department = read(sheet('s', rows, { merges: ['A3:A5'] })).departments[0];
    expect(department.tasks.map((t) => [t.name, t.amount, t.sources])).toEqual([
      ['任务甲', 100, []],
      ['任务乙', 50.5, []],
    ]);
    expect(department.tasksTotal).toBeNull();
  });

  it('does not take the first task for sub-headers when the money column has unlabelled figures beside it', () => {
    const rows: Row[] = [
      ['2024年部门整体绩效目标表'],
      ['部门名称', '某局'],
      ['年度重点工作任务', '任务名称', '拟投入资金（万元）'],
      [null, '任务甲', 100, 3],
      [null, '任务乙', 50, 4],
    ];
    const department = read(sheet('s', rows)).departments[0];
    expect(department.tasks.map((t) => [t.name, t.amount, t.sources.length])).toEqual([
      ['任务甲', 100, 0],
      ['任务乙', 50, 0],
    ]);
  });
});
