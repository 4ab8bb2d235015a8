/**
 * Truth files may mark blocks that are no target table (a scoring sheet, an annex): the field is validated, and the
 * evaluation counts a reader/unread-block warning there as a false alarm, elsewhere as a finding to judge.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { validateTruth } from '../../scripts/realworld/truth';
import { evaluateCorpus } from '../../scripts/realworld/evaluate';

const TABLE = [
  'sheet: 表',
  '| 项目名称 | 某项目 |',
  '| 预算数 | 10 |',
  '| 绩效目标 | 完成培训 |',
  '| 一级指标 | 二级指标 | 三级指标 | 指标值 |',
  '| 产出指标 | 数量指标 | 培训人数 | ≥10人 |',
  'sheet: 评分',
  '| 产出指标 | 数量指标 | ≥10人 |',
  '| 效益指标 | 社会效益指标 | ≥80% |',
  '',
].join('\n');

function truth(notTables?: unknown): Record<string, unknown> {
  return {
    input: 'x.table',
    source: { url: 'https://example.org', title: 't', province: '测试', year: 2024, family: 'target' },
    tables: [{ sheet: '表', kind: 'project', indicators: [{ cell: 'D5', level1: '产出指标', level2: '数量指标', level3: '培训人数', value: '≥10人' }] }],
    problems: [],
    quiet: [],
    ...(notTables === undefined ? {} : { notTables }),
  };
}

function evaluate(notTables?: unknown) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'not-tables-'));
  fs.writeFileSync(path.join(dir, 'x.table'), TABLE);
  fs.writeFileSync(path.join(dir, 'x.truth.json'), JSON.stringify(truth(notTables)));
  return evaluateCorpus(path.resolve(__dirname, '..', '..'), undefined, dir).entries[0];
}

describe('truth files: blocks that are no target table', () => {
  it('validates the optional field', () => {
    expect(validateTruth(truth())).toEqual([]);
    expect(validateTruth(truth([{ sheet: '评分', what: '评分表' }, { sheet: '表', rows: [8, 28], what: '附件' }]))).toEqual([]);
    expect(validateTruth(truth({ sheet: '评分' }))).toEqual(['notTables: an array']);
    expect(validateTruth(truth([{ sheet: '评分', rows: [5, 2] }]))).toEqual([
      'notTables[0].what: say what it is',
      'notTables[0].rows: [first, last], 1-based, first ≤ last',
    ]);
  });

  it('counts a warning inside such a block as a false alarm, and leaves one elsewhere to be judged', () => {
    const marked = evaluate([{ sheet: '评分', rows: [1, 2], what: '评分表，不是绩效目标表' }]);
    expect(marked.falseAlarms.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual(['评分!A1 reader/unread-block']);
    expect(marked.unjudged.filter((f) => f.rule === 'reader/unread-block')).toEqual([]);
    const unmarked = evaluate();
    expect(unmarked.falseAlarms).toEqual([]);
    expect(unmarked.unjudged.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toContain('评分!A1 reader/unread-block');
    expect(evaluate([{ sheet: '评分', rows: [5, 9], what: '别处' }]).falseAlarms).toEqual([]);
  });
});
