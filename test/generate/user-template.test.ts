/** User templates in the core: parsing, every problem, the repeated indicator block and its merges, odd names, text safety. */
import { parseRange, type MergeArea } from '../../src/core/grid';
import type { Model, Project } from '../../src/core/model';
import { readWorkbook } from '../../src/core/read';
import { parseValueText } from '../../src/core/normalize/value';
import { standardValue } from '../../src/core/generate/standard-content';
import { renderUserTemplate, type RenderedSheet, type TemplateSheet, type TemplateProblem } from '../../src/core/generate/user-template';
import * as path from 'path';
import { readGrid, REPO, SAMPLE_PER_SHEET } from '../helpers/samples';

const MODEL: Model = readWorkbook(readGrid(SAMPLE_PER_SHEET));
const FIRST = MODEL.projects[0];

/** A template from rows of values (null = blank), with merges in A1 form and every cell given its address as style. */
function template(rows: (string | number | null)[][], merges: string[] = [], rowHeights: Record<number, number> = {}): TemplateSheet {
  return {
    name: '模板',
    cells: rows.flatMap((row, r) => row.map((value, c) => ({ row: r, col: c, value, style: `s${r}.${c}` }))),
    merges: merges.map((m) => parseRange(m)!),
    columnWidths: [12, 20, null],
    rowHeights,
  };
}

function modelOf(...projects: Project[]): Model {
  return { ...MODEL, projects };
}

function render(rows: (string | number | null)[][], merges: string[] = [], model = modelOf(FIRST), rowHeights: Record<number, number> = {}): RenderedSheet[] {
  const result = renderUserTemplate(template(rows, merges, rowHeights), model);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message['zh-CN']).join('\n'));
  return result.sheets;
}

function problems(rows: (string | number | null)[][], merges: string[] = []): TemplateProblem[] {
  const result = renderUserTemplate(template(rows, merges), modelOf(FIRST));
  if (result.ok) throw new Error('expected the template to be refused');
  return result.problems;
}

function valueAt(sheet: RenderedSheet, row: number, col: number): unknown {
  return sheet.cells.find((c) => c.row === row && c.col === col)?.value;
}

function a1(areas: MergeArea[]): string[] {
  const col = (c: number): string => String.fromCharCode(65 + c);
  return areas.map((m) => `${col(m.left)}${m.top + 1}:${col(m.right)}${m.bottom + 1}`).sort();
}

describe('user templates: placeholders', () => {
  it('fills project fields alone and inside text; a lone amount stays a number, an embedded one becomes text', () => {
    const [sheet] = render([
      ['{{年度}}年度项目支出绩效目标表'],
      ['项目名称：{{项目名称}}', '{{项目编码}}'],
      ['{{预算数}}', '预算数：{{预算数}}{{金额单位}}', ' {{ 财政资金 }} '],
      ['{{资金支出计划.3月底}}', '到12月底：{{资金支出计划.12月底}}', '{{年度绩效目标}}'],
      ['{{name}}', '{{plan.10}}', '{{实施单位}}'],
    ]);
    expect(valueAt(sheet, 0, 0)).toBe('2024年度项目支出绩效目标表');
    expect(valueAt(sheet, 1, 0)).toBe(`项目名称：${FIRST.name}`);
    expect(valueAt(sheet, 1, 1)).toBe('13020924P00071310005T');
    expect(valueAt(sheet, 2, 0)).toBe(20);
    expect(valueAt(sheet, 2, 1)).toBe('预算数：20万元');
    expect(valueAt(sheet, 2, 2)).toBe(20);
    const march = sheet.cells.find((c) => c.row === 3 && c.col === 0)!;
    expect(march).toMatchObject({ value: 0.25, numberFormat: '0%' });
    expect(valueAt(sheet, 3, 1)).toBe('到12月底：100%');
    expect(valueAt(sheet, 3, 2)).toBe(FIRST.goal);
    expect(valueAt(sheet, 4, 0)).toBe(FIRST.name);
    expect(valueAt(sheet, 4, 1)).toBe(0.75);
    expect(valueAt(sheet, 4, 2)).toBe(FIRST.agency);
    // Every output cell names its source cell and carries the host's style key through.
    expect(sheet.cells.find((c) => c.row === 2 && c.col === 1)).toMatchObject({ source: { row: 2, col: 1 }, style: 's2.1' });
  });

  it('copies cells without placeholders unchanged, blanks and labels alike', () => {
    const [sheet] = render([['项目名称', '{{项目名称}}', null]]);
    expect(sheet.cells.find((c) => c.col === 0)).toMatchObject({ value: '项目名称', unchanged: true });
    expect(sheet.cells.find((c) => c.col === 2)).toMatchObject({ value: null, unchanged: true, style: 's0.2' });
    expect(sheet.columnWidths).toEqual([12, 20, null]);
  });

  it('writes values Excel would take for a formula, number or date as literal text, never as a formula', () => {
    const risky = ['=HYPERLINK("http://x","y")', '+1', '-1', '@SUM(A1)', '＝1+1', '＋1', '－1', '＠x', '\t=1', '\r=1', ' =1', '0012', '2024-01-01'];
    for (const name of risky) {
      const [sheet] = render([['{{项目名称}}', '名称：{{项目名称}}'], ['=1+1', null]], [], modelOf({ ...FIRST, name }));
      const lone = sheet.cells.find((c) => c.row === 0 && c.col === 0)!;
      // Field text is trimmed; what is left still starts like a formula, a number or a date.
      expect(lone).toMatchObject({ value: name.trim(), literalText: true });
      expect(sheet.cells.find((c) => c.row === 0 && c.col === 1)!.literalText).toBeUndefined();
      expect(sheet.cells.find((c) => c.row === 1 && c.col === 0)).toMatchObject({ value: '=1+1', literalText: true });
    }
    // The template's own text is copied as written, leading tab or line break included.
    for (const constant of ['\t=1', '\r+1', '\n@x', '　＝1']) {
      const [sheet] = render([['{{项目名称}}', constant]]);
      expect(sheet.cells.find((c) => c.col === 1)).toMatchObject({ value: constant, literalText: true, unchanged: true });
    }
    const [plain] = render([['{{项目名称}}']]);
    expect(plain.cells[0].literalText).toBeUndefined();
  });
});

describe('user templates: the indicator block', () => {
  const rows = [
    ['{{项目名称}}', null, null],
    ['{{#指标}}', null, null],
    ['{{一级指标}}', '{{三级指标}}', '{{指标值}}'],
    ['{{二级指标}}', '依据：{{指标值确定依据}}', null],
    ['{{/指标}}', null, null],
    ['合计', '{{预算数}}', null],
  ];

  it('repeats the rows between the marker rows once per indicator and drops the marker rows', () => {
    const [sheet] = render(rows, ['B4:C4', 'A6:A6'], modelOf(FIRST), { 2: 30, 5: 18 });
    const n = FIRST.indicators.length;
    expect(n).toBeGreaterThan(3);
    FIRST.indicators.forEach((indicator, i) => {
      expect(valueAt(sheet, 1 + 2 * i, 0)).toBe(indicator.level1);
      expect(valueAt(sheet, 1 + 2 * i, 1)).toBe(indicator.level3);
      expect(valueAt(sheet, 2 + 2 * i, 0)).toBe(indicator.level2);
      expect(valueAt(sheet, 2 + 2 * i, 1)).toBe(`依据：${indicator.basis}`);
      expect(sheet.cells.find((c) => c.row === 2 + 2 * i && c.col === 1)!.source).toEqual({ row: 3, col: 1 });
      expect(sheet.rowHeights[1 + 2 * i]).toBe(30);
    });
    // The row after the block moved down; nothing of the marker rows is left.
    expect(valueAt(sheet, 1 + 2 * n, 0)).toBe('合计');
    expect(valueAt(sheet, 1 + 2 * n, 1)).toBe(20);
    expect(sheet.rowHeights[1 + 2 * n]).toBe(18);
    expect(sheet.cells.some((c) => typeof c.value === 'string' && c.value.includes('{{'))).toBe(false);
    expect(Math.max(...sheet.cells.map((c) => c.row))).toBe(1 + 2 * n);
    // The block's merge is repeated and shifted with each copy; the one below the block moved with its row.
    expect(a1(sheet.merges)).toEqual(
      [...FIRST.indicators.map((_, i) => `B${3 + 2 * i}:C${3 + 2 * i}`), `A${2 + 2 * n}:A${2 + 2 * n}`].sort(),
    );
  });

  it('gives a project without indicators no block rows, and numbers indicators with {{序号}}', () => {
    const [empty] = render(rows, [], modelOf({ ...FIRST, indicators: [] }));
    expect(valueAt(empty, 1, 0)).toBe('合计');
    const [numbered] = render([['{{#指标}}'], ['{{序号}}', '{{level3}}'], ['{{/指标}}']]);
    expect(numbered.cells.filter((c) => c.col === 0).map((c) => c.value)).toEqual(FIRST.indicators.map((_, i) => i + 1));
  });

  it('repeats several blocks one after another, each with every indicator', () => {
    const [sheet] = render([['{{#指标}}'], ['{{三级指标}}'], ['{{/指标}}'], ['中间'], ['{{#指标}}'], ['{{指标值}}'], ['{{/指标}}']]);
    const n = FIRST.indicators.length;
    expect(sheet.cells.map((c) => c.value)).toEqual([...FIRST.indicators.map((i) => i.level3), '中间', ...FIRST.indicators.map(standardValue)]);
    expect(sheet.cells.map((c) => c.value)).toContain('≤20万元'); // the value in standard form (written ≤20万)
    expect(sheet.cells.map((c) => c.row)).toEqual(Array.from({ length: 2 * n + 1 }, (_, i) => i));
  });

  it('splits values over 比较符 | 数值 | 计量单位, numbers staying numbers', () => {
    const [sheet] = render([['{{#指标}}'], ['{{指标值}}', '{{比较符}}', '{{数值}}', '{{计量单位}}'], ['{{/指标}}']]);
    const row = (i: number): unknown[] => [0, 1, 2, 3].map((c) => valueAt(sheet, i, c));
    expect(FIRST.indicators[0].value).toBe('≥1批');
    expect(row(0)).toEqual(['≥1批', '≥', 1, '批']);
    expect(row(1)).toEqual(['≥99%', '≥', 99, '%']);
    const qualitative = { ...FIRST.indicators[0], value: '按时完成', parsed: parseValueText('按时完成') };
    expect(qualitative.parsed.kind).toBe('qualitative');
    const [other] = render([['{{#指标}}'], ['{{指标值}}', '{{比较符}}', '{{数值}}', '{{计量单位}}'], ['{{/指标}}']], [], modelOf({ ...FIRST, indicators: [qualitative] }));
    expect([0, 1, 2, 3].map((c) => valueAt(other, 0, c))).toEqual([qualitative.value, null, qualitative.value, null]);
  });

  it('merges equal level names down with |合并, level 2 within level 1', () => {
    const levels = [
      ['产出指标', '数量指标'],
      ['产出指标', '数量指标'],
      ['产出指标', '质量指标'],
      ['效益指标', '数量指标'],
      ['效益指标', '数量指标'],
    ];
    const project: Project = { ...FIRST, indicators: levels.map(([level1, level2], i) => ({ ...FIRST.indicators[0], level1, level2, level3: `指标${i}` })) };
    const [sheet] = render(
      [['{{#指标}}'], ['{{一级指标|合并}}', '{{二级指标 | 合并}}', '{{三级指标}}', null], ['{{/指标}}']],
      ['C2:D2'],
      modelOf(project),
    );
    expect(a1(sheet.merges)).toEqual(['A1:A3', 'A4:A5', 'B1:B2', 'B4:B5', 'C1:D1', 'C2:D2', 'C3:D3', 'C4:D4', 'C5:D5'].sort());
    // Only the top cell of a merged run keeps the value; the cells below keep their style (borders).
    expect(sheet.cells.filter((c) => c.col === 0).map((c) => c.value)).toEqual(['产出指标', null, null, '效益指标', null]);
    expect(sheet.cells.filter((c) => c.col === 1).map((c) => c.value)).toEqual(['数量指标', null, '质量指标', '数量指标', null]);
  });

  it('merges a merged cell down with its whole width', () => {
    const project: Project = { ...FIRST, indicators: [FIRST.indicators[0], FIRST.indicators[1]] };
    const [sheet] = render([['{{#指标}}'], ['{{一级指标|合并}}', null, '{{三级指标}}'], ['{{/指标}}']], ['A2:B2'], modelOf(project));
    expect(a1(sheet.merges)).toEqual(['A1:B2']);
  });
});

describe('user templates: sheets', () => {
  const rows = [['{{项目名称}}']];

  it('gives each project a sheet named by it, never a name already taken', () => {
    const result = renderUserTemplate(template(rows), MODEL, { existingSheets: [`1.${FIRST.name}`] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sheets).toHaveLength(MODEL.projects.length);
    expect(result.sheets[0].name).toBe(`1.${FIRST.name} (2)`);
    expect(result.sheets[1].name.startsWith('2.')).toBe(true);
    expect(result.sheets.every((s) => s.name.length <= 31)).toBe(true);
    expect(result.sheets[0].projects).toEqual([FIRST.code]);
  });

  it('stacks every project on one sheet, two blank rows apart', () => {
    const result = renderUserTemplate(template([['{{项目编码}}'], ['{{#指标}}'], ['{{三级指标}}'], ['{{/指标}}']]), MODEL, { arrangement: 'stacked' });
    if (!result.ok) throw new Error('refused');
    expect(result.sheets.map((s) => s.name)).toEqual(['模板']);
    const [sheet] = result.sheets;
    const second = MODEL.projects[1];
    const secondRow = 1 + FIRST.indicators.length + 2;
    expect(valueAt(sheet, secondRow, 0)).toBe(second.code);
    expect(valueAt(sheet, secondRow + 1, 0)).toBe(second.indicators[0].level3);
    expect(sheet.projects).toEqual(MODEL.projects.map((p) => p.code));
  });
});

describe('user templates: problems, each with its cell', () => {
  it('names an unknown placeholder and its cell, and lists what is available', () => {
    const [p] = problems([[null, null], [null, null, '项目名：{{项目名}}']]);
    expect(p.code).toBe('unknown-placeholder');
    expect(p.cell).toBe('C2');
    expect(p.message['zh-CN']).toContain('模板单元格 C2 中的占位符“{{项目名}}”无法识别；可用：{{项目名称}}');
    expect(p.message['en-US']).toContain('"{{项目名}}" in template cell C2 is not known');
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype', 'valueOf'])('takes {{%s}} for an unknown placeholder, never a member', (name) => {
    const found = problems([[`{{${name}}}`, '{{项目名称}}'], ['{{#指标}}'], [`x{{${name}}}`], ['{{/指标}}']]);
    expect(found.map((p) => [p.code, p.cell])).toEqual([
      ['unknown-placeholder', 'A1'],
      ['unknown-placeholder', 'A3'],
    ]);
  });

  it('refuses an empty sheet and a sheet without any placeholder', () => {
    expect(problems([[null, '  '], []]).map((p) => p.code)).toEqual(['empty-sheet']);
    const none = problems([['项目名称', '预算数']]);
    expect(none.map((p) => p.code)).toEqual(['no-placeholder']);
    expect(none[0].message['zh-CN']).toContain('没有任何占位符');
  });

  it('refuses incomplete placeholders', () => {
    expect(problems([['{{项目名称', '{{项目编码}}'], ['名称}}']]).map((p) => [p.code, p.cell])).toEqual([
      ['broken-placeholder', 'A1'],
      ['broken-placeholder', 'A2'],
    ]);
  });

  it('refuses an unclosed, unopened, nested or empty block', () => {
    expect(problems([['{{项目名称}}'], ['{{#指标}}'], ['{{一级指标}}']]).map((p) => [p.code, p.cell])).toEqual([['unclosed-block', 'A2']]);
    expect(problems([['{{项目名称}}'], ['{{/指标}}']]).map((p) => [p.code, p.cell])).toEqual([['unopened-block', 'A2']]);
    const nested = problems([['{{#指标}}'], ['{{一级指标}}'], ['{{#指标}}'], ['{{二级指标}}'], ['{{/指标}}'], ['{{/指标}}']]);
    expect(nested.map((p) => [p.code, p.cell])).toEqual([
      ['nested-block', 'A3'],
      ['unopened-block', 'A6'],
    ]);
    expect(nested[0].message['zh-CN']).toContain('不能嵌套');
    expect(problems([['{{项目名称}}'], ['{{#指标}}'], ['{{/指标}}']]).map((p) => [p.code, p.cell])).toEqual([['empty-block', 'A2']]);
  });

  it('refuses a block marker that is not alone in its cell or its row', () => {
    expect(problems([['前{{#指标}}'], ['{{一级指标}}'], ['{{/指标}}']]).map((p) => [p.code, p.cell])).toEqual([['marker-not-alone', 'A1']]);
    expect(problems([['{{#指标}}', '说明'], ['{{一级指标}}'], ['{{/指标}}']]).map((p) => [p.code, p.cell])).toEqual([['marker-not-alone', 'B1']]);
  });

  it('refuses indicator fields outside the block', () => {
    const [p] = problems([['{{项目名称}}', '{{三级指标}}']]);
    expect([p.code, p.cell]).toEqual(['indicator-outside-block', 'B1']);
  });

  it('refuses a merge crossing the edge of the block, and drops a marker row merged across', () => {
    const rows = [['{{项目名称}}'], ['{{#指标}}'], ['{{一级指标}}'], ['{{/指标}}'], ['尾']];
    expect(problems(rows, ['A1:A3']).map((p) => [p.code, p.cell])).toEqual([['merge-crosses-block', 'A1:A3']]);
    expect(problems(rows, ['A3:A5']).map((p) => p.code)).toEqual(['merge-crosses-block']);
    expect(render(rows, ['A2:C2', 'A4:C4'])[0].merges).toEqual([]);
  });

  it('refuses |合并 on other fields, with other words, and in blocks of several rows', () => {
    expect(problems([['{{#指标}}'], ['{{三级指标|合并}}'], ['{{/指标}}']]).map((p) => [p.code, p.cell])).toEqual([['bad-merge-option', 'A2']]);
    expect(problems([['{{#指标}}'], ['{{一级指标|居中}}'], ['{{/指标}}']]).map((p) => p.code)).toEqual(['bad-merge-option']);
    expect(problems([['{{#指标}}'], ['{{一级指标|合并}}'], ['{{三级指标}}'], ['{{/指标}}']]).map((p) => [p.code, p.cell])).toEqual([['bad-merge-option', 'A2']]);
  });
});

describe('a template is not a table', () => {
  it('reads the sample template as no project, with a note saying why', () => {
    const model = readWorkbook(readGrid(path.join(REPO, 'samples', 'user-template.xlsx')));
    expect(model.projects).toEqual([]);
    expect(model.notes.map((n) => n.code)).toEqual(['template-sheet', 'no-tables']);
  });

  it('still reads a table whose text merely holds braces', () => {
    const grid = readGrid(SAMPLE_PER_SHEET);
    const sheet = grid.sheets[1];
    sheet.values[sheet.values.length - 1][0] = '备注：{{不是占位符}}';
    expect(readWorkbook({ sheets: [sheet] }).projects).toHaveLength(1);
  });

  it('still reads a table filled in by hand from a template with a placeholder or two left in it', () => {
    const grid = readGrid(SAMPLE_PER_SHEET);
    const sheet = grid.sheets[1];
    sheet.values[sheet.values.length - 1][0] = '{{项目编码}}';
    sheet.values[sheet.values.length - 2][0] = '{{实施单位}}';
    const model = readWorkbook({ sheets: [sheet] });
    expect(model.projects).toHaveLength(1);
    expect(model.notes.map((n) => n.code)).not.toContain('template-sheet');
  });
});
