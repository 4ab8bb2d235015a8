/**
 * A department's own indicator library, from a sheet or a JSON file: what it holds is loaded, what cannot be used is
 * named with its cell or place, and a new table from a loaded kind reads back with every indicator.
 */
import * as fs from 'fs';
import * as path from 'path';
import { libraryFromJson, libraryFromSheet } from '../../src/core/generate/department-library';
import { isLibrarySheet } from '../../src/core/read/library-sheet';
import { newTableContent, type NewTableFacts } from '../../src/core/generate/indicator-library';
import { layoutTable } from '../../src/core/generate/standard-table';
import { readWorkbook } from '../../src/core/read';
import { runChecks } from '../../src/core/check/engine';
import type { CellValue, SheetGrid } from '../../src/core/grid';

function sheetOf(values: CellValue[][], name = '指标库'): SheetGrid {
  return { name, top: 0, left: 0, values };
}

const LIBRARY_SHEET: CellValue[][] = [
  ['某局项目绩效指标库（2025）'],
  ['项目类型', '一级指标', '二级指标', '三级指标', '指标解释', '指标值', '指标值确定依据'],
  ['会议费', '产出指标', '数量指标', '召开会议次数', '全年召开的业务会议', '≥4次', '年度会议计划'],
  [null, '产出', '质量指标', '会议纪要印发率', null, '=100%', null],
  [null, '产出指标', '时效指标', '会议按期召开率', null, '=100%', null],
  [null, '成本指标', '经济成本指标', '会议费支出', '不超过预算', '≤{budget}万元', '预算批复金额'],
  [null, '效果指标', '社会效益指标', '会议决定事项落实率', null, '≥95%', null],
  [null, '满意度指标', '服务对象满意度指标', '参会人员满意度', null, '≥90%', '问卷调查'],
  ['档案数字化', '产出指标', '数量指标', '数字化档案卷数', null, null, null],
  [null, '管理指标', '制度建设', '制度健全性', null, '健全', null],
  [null, '产出指标', '质量指标', null, null, '=100%', null],
  [null, null, null, null, null, null, null],
  [null, '满意度指标', null, 'constructor', null, '≥90%', null],
];

const FACTS: NewTableFacts = {
  name: '2025年某局会议费',
  code: '13020925P00071310042A',
  agency: '100001某局本级',
  budget: 12,
  fiscal: 12,
  other: 0,
  usage: '用于全年业务会议',
  goal: '按计划召开业务会议，决定事项得到落实',
  plan: [25, 50, 75, 100],
  year: 2025,
  framework: '2015',
};

describe('a library on a sheet', () => {
  const loaded = libraryFromSheet(sheetOf(LIBRARY_SHEET));

  it('groups the rows under the project type written over them, with local level-1 names understood', () => {
    expect(loaded.kinds.map((k) => k.name['zh-CN'])).toEqual(['会议费', '档案数字化']);
    const meetings = loaded.kinds[0];
    expect(meetings.id).toBe('department:会议费');
    expect(meetings.indicators.map((i) => [i.level1, i.level3])).toEqual([
      ['产出指标', '召开会议次数'],
      ['产出指标', '会议纪要印发率'],
      ['产出指标', '会议按期召开率'],
      ['成本指标', '会议费支出'],
      ['效益指标', '会议决定事项落实率'],
      ['满意度指标', '参会人员满意度'],
    ]);
    expect(meetings.indicators[0]).toMatchObject({ description: '全年召开的业务会议', value: '≥4次', basis: '年度会议计划' });
  });

  it('leaves a value the library does not set as ** for the unit to fill, and fills a blank level 2 by the usual name', () => {
    const archive = loaded.kinds[1];
    expect(archive.indicators[0]).toMatchObject({ level3: '数字化档案卷数', value: '**' });
    expect(archive.indicators.find((i) => i.level3 === 'constructor')).toMatchObject({ level1: '满意度指标', level2: '服务对象满意度指标' });
  });

  it('names each row it cannot use by its cell, and loads the others', () => {
    expect(loaded.problems.map((p) => [p.where, p.message['zh-CN']])).toEqual([
      ['B10', '一级指标“管理指标”不是产出、成本、效益、满意度指标之一，此行未载入'],
      ['B11', '缺少三级指标（指标名称），此行未载入'],
    ]);
  });

  it('is not read as a target table: no project, no finding, a note that says what the sheet is', () => {
    const model = readWorkbook({ sheets: [sheetOf(LIBRARY_SHEET)] });
    expect(model.projects).toEqual([]);
    expect(model.notes.map((n) => n.code)).toEqual(['library-sheet', 'no-tables']);
    expect(runChecks(model).findings).toEqual([]);
  });

  it('leaves a flat export that has a 项目类别 column beside 项目名称 to the table reader', () => {
    const flat = sheetOf([
      ['项目名称', '项目类别', '预算数', '一级指标', '二级指标', '三级指标', '指标值'],
      ['2025年会议保障', '一般项目', 12, '产出指标', '数量指标', '召开会议次数', '≥4次'],
    ]);
    expect(libraryFromSheet(flat).kinds).toEqual([]);
    expect(readWorkbook({ sheets: [flat] }).notes.map((n) => n.code)).not.toContain('library-sheet');
  });

  it.each([
    ['a code and a 专项名称 beside 项目类别', [['序号', '项目编号', '专项名称', '项目类别', '一级指标', '二级指标', '三级指标', '指标值'], [1, 'P001', '会议保障', '一般', '产出指标', '数量指标', '会议次数', '≥4次']]],
    ['项目名称 merged down from the row above', [['项目名称', '会议保障', null, null, null], ['项目类型', '一级指标', '二级指标', '三级指标', '指标值'], ['一般', '产出指标', '数量指标', '会议次数', '≥4次']]],
  ] as const)('never takes a table for a library: %s', (_label, rows) => {
    const sheet = sheetOf(rows.map((r) => [...r]) as CellValue[][], '表1');
    expect(isLibrarySheet(sheet)).toBe(false);
    expect(readWorkbook({ sheets: [sheet] }).notes.map((n) => n.code)).not.toContain('library-sheet');
  });

  it('says so when the sheet holds no library header', () => {
    const none = libraryFromSheet(sheetOf([['项目名称', '预算数'], ['某项目', 10]], 'Sheet1'));
    expect(none.kinds).toEqual([]);
    expect(none.problems[0].message['zh-CN']).toContain('找不到指标库的表头');
  });

  it('gives a new table that reads back with every indicator and, once filled, passes the checks', () => {
    const content = newTableContent(loaded.kinds[0], FACTS);
    const table = layoutTable(content, 0, { groupLabels: 'merge', percentFormat: true, fiscalLabel: '其中：财政资金' });
    const rows = Math.max(...table.cells.map((c) => c.row)) + 1;
    const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(7).fill(null));
    for (const c of table.cells) values[c.row][c.col] = c.value;
    const model = readWorkbook({ sheets: [{ name: '会议费', top: 0, left: 0, values, merges: table.merges }] });
    expect(model.projects).toHaveLength(1);
    expect(model.projects[0].indicators.map((i) => i.level3)).toEqual(['召开会议次数', '会议纪要印发率', '会议按期召开率', '会议费支出', '会议决定事项落实率', '参会人员满意度']);
    const problems = runChecks(model).findings.filter((f) => f.severity !== 'info');
    expect(problems.map((f) => `${f.cell} ${f.rule}`)).toEqual([]);
  });
});

describe('a library as JSON', () => {
  it('reads Chinese or English keys, keeps the sources it cites, and names what it cannot use', () => {
    const loaded = libraryFromJson(
      JSON.stringify({
        kinds: [
          {
            name: '培训费',
            sources: ['某局培训管理办法'],
            indicators: [
              { 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: '培训人次', 指标值: '≥200人次' },
              { level1: 'benefit?', level2: '', level3: '知识掌握率', value: '≥90%' },
              { level1: '满意度', level3: '学员满意度', value: '≥90%' },
            ],
          },
          { indicators: [] },
          { name: '__proto__', indicators: 'none' },
        ],
      }),
      'lib.json',
    );
    expect(loaded.kinds).toHaveLength(1);
    expect(loaded.kinds[0]).toMatchObject({ id: 'department:培训费', sources: ['某局培训管理办法'] });
    expect(loaded.kinds[0].indicators.map((i) => i.level3)).toEqual(['培训人次', '学员满意度']);
    expect(loaded.problems.map((p) => p.where)).toEqual(['kinds[0].indicators[1]', 'kinds[1]', 'kinds[2]']);
  });

  it('loads the example in samples/ whole', () => {
    const file = path.join(__dirname, '..', '..', 'samples', 'department-library.json');
    const loaded = libraryFromJson(fs.readFileSync(file, 'utf8'), 'department-library.json');
    expect(loaded.problems).toEqual([]);
    expect(loaded.kinds.map((k) => [k.name['zh-CN'], k.indicators.length])).toEqual([
      ['会议费', 6],
      ['档案数字化', 6],
    ]);
  });

  it('says what is wrong with a file that is not a library, never throwing', () => {
    for (const [source, words] of [
      ['{ not json', '不是有效的 JSON'],
      ['[]', '没有 "kinds" 列表'],
      ['{"kinds": []}', '没有指标'],
      ['{"__proto__": {"kinds": [1]}}', '没有 "kinds" 列表'],
      ['null', '没有 "kinds" 列表'],
    ] as const) {
      const loaded = libraryFromJson(source, 'x.json');
      expect(loaded.kinds).toEqual([]);
      expect(loaded.problems[0].message['zh-CN']).toContain(words);
    }
  });
});
