/**
 * Bad input never makes the reader throw: random grids, noise, half-filled tables, error values, HTML in cells.
 */
import fc from 'fast-check';
import type { CellValue, SheetGrid } from '../../../src/core/grid';
import { readWorkbook } from '../../../src/core/read';
import { parseValueText } from '../../../src/core/normalize/value';
import { runChecks } from '../../../src/core/check/engine';
import { RULES } from '../../../src/core/check/registry';
import { parseA1 } from '../../../src/core/grid';
import { read, sheet } from '../../helpers/grid';
import { readGrid, SAMPLE_PER_SHEET } from '../../helpers/samples';

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

/** Words the reader reacts to, so that random grids hit its interesting paths and not only blank ones. */
const VOCABULARY = [
  '项目名称', '项目编码', '预算数', '其中：财政资金', '其他资金', '资金支出计划（%）', '3月底', '12月底', '绩效目标',
  '一级指标', '二级指标', '三级指标', '指标值', '比较符', '计量单位', '指标值确定依据', '产出指标', '数量指标',
  '成本指标', '效益指标', '满意度指标', '≥90%', '≤20万元', '100%', '无', '#REF!', '合计', '单位：万元',
  '2024年某项目绩效目标表', '部门整体绩效目标', '注：', '', ' ', '<img src=x onerror=alert(1)>',
  // Names of Object prototype members: text that a lookup in a plain object would mistake for a key.
  ...PROTOTYPE_NAMES, '0toString', '1constructor%', '≥__proto__',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...VOCABULARY),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

const grid: fc.Arbitrary<SheetGrid> = fc
  .record({
    rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 40 }),
    top: fc.nat(20),
    left: fc.nat(5),
    merges: fc.option(
      fc.array(fc.record({ top: fc.nat(45), left: fc.nat(12), height: fc.nat(4), width: fc.nat(4) }), { maxLength: 8 }),
      { nil: undefined },
    ),
  })
  .map(({ rows, top, left, merges }) => ({
    name: 'random',
    top,
    left,
    values: rows,
    merges: merges?.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.height, right: m.left + m.width })),
  }));

describe('the reader on random input', () => {
  it('never fails a check on random grids', () => {
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 2 }), (sheets) => {
        const { failures } = runChecks(readWorkbook({ sheets }));
        expect(failures).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it.each(PROTOTYPE_NAMES.concat(['0toString']))('reads and checks a table whose every cell says "%s"', (name) => {
    const rows: CellValue[][] = [
      [`${name}绩效目标表`],
      ['项目名称', name, '项目编码', name],
      ['预算数', name, '其中：财政资金', name],
      ['绩效目标', name],
      ['一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'],
      [name, name, name, name, name],
      ['产出指标', name, name, `${name}%`, name],
      ['产出指标', '数量指标', name, `1${name}`, name],
    ];
    const model = read(sheet(name, rows));
    expect(model.projects).toHaveLength(1);
    expect(runChecks(model).failures).toEqual([]);
  });

  it('never throws on random grids', () => {
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 3 }), (sheets) => {
        const model = readWorkbook({ sheets });
        expect(Array.isArray(model.projects)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws when cells of a real table are blanked or replaced with noise', () => {
    const sample = readGrid(SAMPLE_PER_SHEET).sheets[1];
    const height = sample.values.length;
    const width = Math.max(...sample.values.map((r) => r.length));
    fc.assert(
      fc.property(
        fc.array(fc.record({ row: fc.nat(height - 1), col: fc.nat(width - 1), value: cell }), { maxLength: 30 }),
        (edits) => {
          const values = sample.values.map((r) => [...r]);
          for (const edit of edits) values[edit.row][edit.col] = edit.value;
          readWorkbook({ sheets: [{ ...sample, values }] });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every rule to its promises when cells of real tables are edited: no rule fails, and each finding is of a known rule, names a real cell of its own sheet, says what is wrong in both languages and suggests text only', () => {
    const samples = readGrid(SAMPLE_PER_SHEET).sheets.slice(0, 4);
    const known = new Set(RULES.map((r) => r.meta.id));
    const PLACEHOLDERS = [
      ...new Set(RULES.flatMap((r) => Object.values(r.meta.messages).flatMap((m) => [...`${m['zh-CN']} ${m['en-US']}`.matchAll(/\{[A-Za-z]\w*\}/g)].map((x) => x[0])))),
    ];
    expect(PLACEHOLDERS.length).toBeGreaterThan(5);
    const sheetIndex = fc.nat(samples.length - 1);
    fc.assert(
      fc.property(
        sheetIndex,
        fc.array(fc.record({ row: fc.nat(40), col: fc.nat(8), value: cell }), { maxLength: 12 }),
        (index, edits) => {
          const sample = samples[index];
          const values = sample.values.map((r) => [...r]);
          for (const edit of edits) if (values[edit.row] && edit.col < Math.max(values[edit.row].length, 1)) values[edit.row][edit.col] = edit.value;
          const { findings, failures } = runChecks(readWorkbook({ sheets: [{ ...sample, values }] }));
          expect(failures).toEqual([]);
          for (const finding of findings) {
            expect(known.has(finding.rule)).toBe(true);
            expect(finding.sheet).toBe(sample.name);
            for (const address of [finding.cell, ...(finding.cells ?? []), ...(finding.suggestion ? [finding.suggestion.cell] : [])]) {
              expect([address, parseA1(address) !== null]).toEqual([address, true]);
            }
            expect(finding.message['zh-CN']).toMatch(/[\u4e00-\u9fa5]/);
            expect(finding.message['en-US'].trim()).not.toBe('');
            // Every placeholder of the rule's message was filled (the cells' own text may say anything, NaN included).
            for (const locale of ['zh-CN', 'en-US'] as const) {
              expect(PLACEHOLDERS.filter((p) => finding.message[locale].includes(p))).toEqual([]);
              expect(finding.message[locale]).not.toContain('[object Object]');
            }
            if (finding.suggestion) expect(typeof finding.suggestion.value).toBe('string');
          }
        },
      ),
      { numRuns: 250 },
    );
  });

  it('never throws on any text as a value', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const parsed = parseValueText(text);
        expect(parsed.raw).toBe(text.trim());
      }),
      { numRuns: 1000 },
    );
  });
});

describe('bad input gets a clear note', () => {
  it('an empty workbook', () => {
    const model = readWorkbook({ sheets: [] });
    expect(model.projects).toEqual([]);
    expect(model.notes.map((n) => n.code)).toEqual(['no-tables']);
  });

  it('a sheet of random text', () => {
    const model = read(sheet('杂项', [['会议纪要'], ['今天讨论了三件事', '其一'], [42, '其二']]));
    expect(model.projects).toEqual([]);
    expect(model.notes.map((n) => n.code)).toEqual(['no-tables']);
    expect(model.notes[0].message['zh-CN']).toMatch(/没有找到绩效目标表/);
  });

  it('a table cut off after its header', () => {
    const model = read(
      sheet('半表', [
        ['项目名称', '未完成项目'],
        ['预算数', 10],
        ['一级指标', '二级指标', '三级指标', '指标值'],
      ]),
    );
    expect(model.projects).toHaveLength(1);
    expect(model.projects[0].indicators).toEqual([]);
    expect(model.notes.map((n) => [n.code, n.cell, n.detail])).toEqual([
      ['no-indicators', 'A3', undefined],
      ['field-not-found', 'B1', 'goal'], // no 绩效目标 label: said, not checked
    ]);
  });

  it('a table cut off before its indicators', () => {
    const model = read(sheet('半表', [['项目名称', '只有表头的项目'], ['预算数', 10]]));
    expect(model.projects.map((p) => p.name)).toEqual(['只有表头的项目']);
    expect(model.notes.map((n) => n.code)).toEqual(['no-indicator-header']);
  });

  it('error values in money and indicator cells', () => {
    const model = read(
      sheet('错误', [
        ['项目名称', '错误项目'],
        ['预算数', '#REF!', '其中：财政资金', '#DIV/0!'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '人数', '#N/A'],
      ]),
    );
    const project = model.projects[0];
    expect(project.budget).toBeNull();
    expect(project.indicators[0].parsed.kind).toBe('error');
    expect(model.notes.map((n) => [n.code, n.cell])).toEqual([
      ['cell-error', 'B2'],
      ['cell-error', 'D2'],
      ['field-not-found', 'B1'],
    ]);
  });

  it('HTML in a cell is kept as plain text', () => {
    const html = '<img src=x onerror=alert(1)>';
    const model = read(
      sheet('html', [
        ['项目名称', html],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', html, html],
      ]),
    );
    expect(model.projects[0].name).toBe(html);
    expect(model.projects[0].indicators[0].value).toBe(html);
  });
});
