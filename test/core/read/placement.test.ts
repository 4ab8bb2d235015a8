/**
 * Placing every cell of a table, and never a silent clean result: indicator content the reader could not read (level
 * names with targets under a header it does not know, or in no table at all) is an unread block, reported as the
 * warning reader/unread-block, one per block; a spending plan, a scoring rubric or a signature box is none.
 */
import type { CellValue } from '../../../src/core/grid';
import { runChecks } from '../../../src/core/check/engine';
import { read, sheet } from '../../helpers/grid';
import { tableRows } from '../../helpers/table-builder';
import { incompleteLine } from '../../../src/core/incomplete';
import { UNKNOWN_HEADER_ROWS } from '../../helpers/unread-block';
import { checkSummary } from '../../../src/taskpane/use-review';
import { stringsFor } from '../../../src/taskpane/strings';


describe('placement: every cell of a table read is known as something or listed', () => {
  it('places every cell of a whole standard table', () => {
    const model = read(sheet('项目', tableRows()));
    expect(model.placement).toHaveLength(1);
    const [table] = model.placement!;
    expect(table).toMatchObject({ sheet: '项目', kind: 'project', range: 'A1:F15', placedShare: 1, unplacedCount: 0, unplaced: [] });
    expect(model.unreadBlocks).toEqual([]);
  });

  it('lists a cell it cannot place, with its text, and counts it against the share', () => {
    const rows = tableRows();
    rows[2].push('项目预计开始时间', '2024-01-01');
    const [table] = read(sheet('项目', rows)).placement!;
    expect(table.unplaced).toEqual([
      { cell: 'F3', text: '项目预计开始时间' },
      { cell: 'G3', text: '2024-01-01' },
    ]);
    expect(table.unplacedCount).toBe(2);
    expect(table.placedShare).toBeLessThan(1);
  });

  it('a cell is a note beside a 备注 label or in the footer rows, not elsewhere', () => {
    const rows = tableRows();
    rows.push(['合计', null, null, null, null, null], ['备注', '本表金额为预算数'], ['填表人：张三', null, '联系电话：123']);
    const [table] = read(sheet('项目', rows)).placement!;
    expect(table.unplaced).toEqual([]);
  });
});

describe('reader/unread-block: never a silent clean result', () => {
  it('finds the indicator rows under a header it does not know, once, and warns on the block\'s first cell', () => {
    const model = read(sheet('培训', UNKNOWN_HEADER_ROWS));
    expect(model.projects[0].indicators).toEqual([]);
    expect(model.unreadBlocks).toEqual([{ sheet: '培训', cell: 'A6', rows: { first: 5, last: 8 }, range: 'A6:E9' }]);
    const unread = runChecks(model).findings.filter((f) => f.rule === 'reader/unread-block');
    expect(unread).toHaveLength(1);
    expect(unread[0]).toMatchObject({ severity: 'warning', sheet: '培训', cell: 'A6', project: '13020924P00071310099A' });
    expect(unread[0].message['zh-CN']).toBe('第 6–9 行有绩效指标内容未能读取，以下结果不完整');
    expect(unread[0].message['en-US']).toMatch(/^Rows 6–9 hold indicator content the reader could not read/);
    expect(model.placement![0].unplaced.map((u) => u.cell)).toEqual(expect.arrayContaining(['A5', 'A6', 'E6', 'A9', 'E9']));
  });

  it('finds a block on a sheet that holds no table at all, and says it without a project', () => {
    const model = read(sheet('项目', tableRows()), sheet('附表', UNKNOWN_HEADER_ROWS.slice(4)));
    expect(model.unreadBlocks!.map((b) => [b.sheet, b.cell])).toEqual([['附表', 'A2']]);
    const [finding] = runChecks(model).findings.filter((f) => f.rule === 'reader/unread-block');
    expect(finding).toMatchObject({ severity: 'warning', sheet: '附表', cell: 'A2' });
    expect(finding.project).toBeUndefined();
  });

  it('is never said "no problems": the summary says what was not read', () => {
    const model = read(sheet('培训', UNKNOWN_HEADER_ROWS));
    const t = stringsFor('zh-CN');
    const line = checkSummary(model, [], t);
    expect(line).not.toContain(t.noFindings);
    expect(line).toContain('1 张表未能完整读取：工作表“培训”第 6–9 行，以下结果不完整');
    expect(incompleteLine(model.unreadBlocks!, 'en-US')).toBe('1 table could not be read whole: sheet "培训" rows 6–9. The results below are incomplete');
    // A table read whole is still "no problems".
    expect(checkSummary(read(sheet('项目', tableRows())), [], t)).toContain(t.noFindings);
  });

  it('stays quiet on a spending plan, a scoring rubric, a signature box and a weights summary', () => {
    const rows = tableRows();
    rows.push(
      [],
      ['分季度支出计划', '一季度', '二季度', '三季度', '四季度'],
      [null, '25%', '50%', '75%', '100%'],
      [],
      ['项目负责人（签字）：', null, '日期：2024年1月', null, '（盖章）'],
    );
    const rubric: CellValue[][] = [
      ['评分标准'],
      ['一级指标', '二级指标', '评分办法', '分值'],
      ['产出指标', '数量指标', '完成率达到100%得满分，每低1个百分点扣1分', '20分'],
      ['效益指标', '社会效益指标', '就业率达到80%以上得满分', '30分'],
      [],
      ['产出指标', 50, '效益指标', 30, '满意度指标', 10],
    ];
    const model = read(sheet('项目', rows), sheet('评分', rubric));
    expect(model.unreadBlocks).toEqual([]);
    expect(runChecks(model).findings.filter((f) => f.rule === 'reader/unread-block')).toEqual([]);
  });
});
