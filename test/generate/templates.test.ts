/** The templates one by one: the 2021 framework mapping, the summary, the self-evaluation form, the notes. */
import { generate } from '../../src/core/generate/templates';
import { mapTo2021 } from '../../src/core/generate/framework-2021';
import { splitWeight } from '../../src/core/generate/evaluation-content';
import { summarySheet } from '../../src/core/generate/summary-table';
import { readWorkbook } from '../../src/core/read';
import { runChecks } from '../../src/core/check/engine';
import { applyWaivers } from '../../src/core/review/waivers';
import type { SheetSpec } from '../../src/core/generate/sheet-spec';
import type { CellValue, WorkbookGrid } from '../../src/core/grid';
import { projectModel, GOOD_INDICATORS } from '../helpers/table-builder';
import { readGrid, SAMPLE_PER_SHEET } from '../helpers/samples';

/** A SheetSpec as the grid a reader sees (values and merges), without going through a file. */
function gridOf(specs: SheetSpec[]): WorkbookGrid {
  return {
    sheets: specs.map((spec) => {
      const rows = Math.max(0, ...spec.cells.map((c) => c.row + 1), spec.table ? spec.table.top + 1 + spec.table.rows.length + 1 : 0);
      const cols = Math.max(0, ...spec.cells.map((c) => c.col + 1), spec.table?.headers.length ?? 0);
      const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(null));
      const numberFormats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill('General'));
      for (const cell of spec.cells) {
        values[cell.row][cell.col] = cell.value;
        if (cell.numberFormat) numberFormats[cell.row][cell.col] = cell.numberFormat;
      }
      if (spec.table) {
        spec.table.headers.forEach((h, c) => (values[spec.table!.top][c] = h));
        spec.table.rows.forEach((row, r) => row.forEach((v, c) => (values[spec.table!.top + 1 + r][c] = v)));
      }
      return { name: spec.name, top: 0, left: 0, values, numberFormats, merges: spec.merges };
    }),
  };
}

describe('mof2021: the 2021 framework by rule', () => {
  it('moves 成本指标 to level 1 (经济成本 unless the words say social or ecological), keeps the rest, in 2021 order', () => {
    const { indicators, notes } = mapTo2021([
      { level1: '产出指标', level2: '数量指标', level3: '培训人数', description: '', value: '≥200人', basis: '' },
      { level1: '产出指标', level2: '成本指标', level3: '培训总成本', description: '', value: '≤20万元', basis: '' },
      { level1: '效益指标', level2: '环境效益指标', level3: '减排量', description: '', value: '≥10吨', basis: '' },
      { level1: '效益指标', level2: '社会公众或服务对象满意度指标', level3: '学员满意度', description: '', value: '≥90%', basis: '' },
      { level1: '产出指标', level2: '成本指标', level3: '生态修复成本', description: '', value: '≤5万元', basis: '' },
    ]);
    expect(indicators.map((i) => `${i.level1}/${i.level2}/${i.level3}`)).toEqual([
      '产出指标/数量指标/培训人数',
      '成本指标/经济成本指标/培训总成本',
      '成本指标/生态环境成本指标/生态修复成本',
      '效益指标/生态效益指标/减排量',
      '满意度指标/服务对象满意度指标/学员满意度',
    ]);
    expect(notes.filter((n) => n.kind === 'moved')).toHaveLength(3);
  });

  it('keeps what no rule places, as written, and says so', () => {
    const { indicators, notes } = mapTo2021([
      { level1: '过程管理指标', level2: '资金管理', level3: '资金到位率', description: '', value: '100%', basis: '' },
      { level1: '产出指标', level2: '数量指标', level3: '人数', description: '', value: '≥1人', basis: '' },
    ]);
    expect(indicators.map((i) => i.level1)).toEqual(['产出指标', '过程管理指标']);
    expect(notes).toEqual([expect.objectContaining({ kind: 'unplaced', index: 0 })]);
    expect(notes[0].message['zh-CN']).toContain('无法按规则归入 2021 年框架，原样保留');
  });

  it('gives tables the 2021 checks read as 2021, with a note per moved row in the 生成说明 sheet', () => {
    const model = projectModel();
    const { sheets, notes } = generate(model, 'mof2021', { locale: 'zh-CN' });
    const read = readWorkbook(gridOf(sheets));
    expect(read.projects).toHaveLength(1);
    expect(read.projects[0].framework).toBe('2021');
    expect(read.projects[0].indicators.map((i) => i.level1)).toEqual(['产出指标', '产出指标', '产出指标', '成本指标', '效益指标', '满意度指标']);
    expect(notes.map((n) => n.kind)).toEqual(['moved']);
    expect(sheets.map((s) => s.name)).toEqual(['1.2024年就业技能培训项目', '生成说明']);
    expect(runChecks(read).findings.filter((f) => f.rule.startsWith('taxonomy/'))).toEqual([]);
  });
});

describe('summary: one row per indicator', () => {
  it('lists every indicator of every project with its number and unit apart, and is not read back as tables', () => {
    const model = readWorkbook(readGrid(SAMPLE_PER_SHEET));
    const sheet = summarySheet(model, 'zh-CN', '指标汇总表');
    const total = model.projects.reduce((n, p) => n + p.indicators.length, 0);
    expect(sheet.table!.rows).toHaveLength(total);
    const row = sheet.table!.rows.find((r) => r[6] === '办公用品数量')!;
    expect(row.slice(0, 4)).toEqual(['13020924P00071310005T', '2024年国动办机构运行费', 20, '万元']);
    expect(row.slice(8, 11)).toEqual(['≥', 1, '批']);
    const cost = sheet.table!.rows.find((r) => r[0] === '13020924P00071310005T' && r[5] === '成本指标')!;
    expect(cost.slice(8, 11)).toEqual(['≤', 20, '万元']); // "≤20万" as a cost
    const back = readWorkbook(gridOf([sheet]));
    expect(back.projects).toEqual([]);
    expect(back.notes.map((n) => n.code)).toContain('own-output');
  });

  it('writes a scale and its unit together (5.5万人次 → 55000 人次) and qualitative values whole', () => {
    const model = projectModel({ indicators: [['产出指标', '数量指标', '服务人次', '≥5.5万人次'], ['效益指标', '社会效益指标', '群众获得感', '明显提升'], ...GOOD_INDICATORS.slice(5)] });
    const rows = summarySheet(model, 'zh-CN', 's').table!.rows;
    expect(rows[0].slice(8, 11)).toEqual(['≥', 55000, '人次']);
    expect(rows[1].slice(8, 11)).toEqual(['', '明显提升', '']);
  });
});

describe('self-evaluation: the year-end form for each target table', () => {
  it('splits the convention\'s points in whole numbers', () => {
    expect(splitWeight(50, 4)).toEqual([13, 13, 12, 12]);
    expect(splitWeight(30, 1)).toEqual([30]);
    expect(splitWeight(10, 3)).toEqual([4, 3, 3]);
    expect(splitWeight(50, 0)).toEqual([]);
  });

  it('carries the targets, weights output 50 / benefit 30 / satisfaction 10 / budget 10, and leaves the year-end columns blank', () => {
    const { sheets } = generate(projectModel(), 'self-evaluation', { locale: 'zh-CN' });
    const read = readWorkbook(gridOf(sheets));
    const [project] = read.projects;
    expect(project.indicators.map((i) => [i.value, i.weight, i.actual ?? '', i.score ?? null])).toEqual([
      ['≥200人', 13, '', null],
      ['≥95%', 13, '', null],
      ['≤12个月', 12, '', null],
      ['≤20万元', 12, '', null],
      ['≥80%', 30, '', null],
      ['≥90%', 10, '', null],
    ]);
    expect(project.execution).toMatchObject({ initial: 20, weight: 10, score: null });
  });

  it('says where the convention\'s points have nowhere to go', () => {
    const model = projectModel({ indicators: GOOD_INDICATORS.filter((r) => r[0] !== '满意度指标') });
    const { notes } = generate(model, 'self-evaluation', { locale: 'zh-CN' });
    expect(notes.map((n) => n.message['zh-CN'])).toEqual([expect.stringContaining('没有满意度指标，按通行规定应有的 10 分无处分配')]);
  });
});

describe('notes: nothing settled silently', () => {
  it('lists the findings normalization does not resolve, and waived ones with their reasons; not the resolved ones', () => {
    const model = projectModel({ budget: 10, fiscal: 10, indicators: [...GOOD_INDICATORS.slice(0, 3), ['产出指标', '成本指标', '培训总成本', '≤20万元'], ['效益指标', '社会效益指标', '就业率', '＞80%'], GOOD_INDICATORS[5]] });
    const findings = runChecks(model).findings;
    expect(findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['cost/exceeds-budget', 'indicator/full-width']));
    const cost = findings.find((f) => f.rule === 'cost/exceeds-budget')!;
    const reviewed = applyWaivers(findings, [{ key: cost.key, rule: cost.rule, project: 'x', field: cost.field, reason: '已追加预算', at: '2024-01-01T00:00:00Z' }]);
    const { notes, sheets } = generate(model, 'standard', { locale: 'zh-CN', findings: reviewed });
    expect(notes.some((n) => n.kind === 'waived' && n.message['zh-CN'].includes('已忽略：已追加预算'))).toBe(true);
    expect(notes.some((n) => n.message['zh-CN'].includes('全角'))).toBe(false);
    expect(sheets[sheets.length - 1].name).toBe('生成说明');
    // The standard table writes "＞80%" as ">80%".
    expect(sheets[0].cells.some((c) => c.value === '>80%')).toBe(true);
  });

  it('never takes a sheet name that exists, and keeps names within Excel\'s rules', () => {
    const model = projectModel({ name: '名称/含有:非法*字符?[很长很长很长很长很长很长很长很长很长]' });
    const { sheets } = generate(model, 'standard', { locale: 'zh-CN', existingSheets: ['1.名称_含有_非法_字符__很长很长很长很长很长很长很'] });
    expect(sheets[0].name.length).toBeLessThanOrEqual(31);
    expect(sheets[0].name).not.toMatch(/[\\/?*[\]:]/);
    expect(sheets[0].name).not.toBe('1.名称_含有_非法_字符__很长很长很长很长很长很长很');
  });

  it('writes text that looks like a formula as text in the cell specification', () => {
    const model = projectModel({ goal: '=SUM(A1:A9) 不是公式', indicators: [['产出指标', '数量指标', '+1 人数', '≥200人'], ...GOOD_INDICATORS.slice(1)] });
    const { sheets } = generate(model, 'standard', { locale: 'zh-CN' });
    const goal = sheets[0].cells.find((c) => typeof c.value === 'string' && c.value.startsWith('=SUM'))!;
    expect(goal.numberFormat).toBeUndefined(); // strings are written as strings (write-xlsx sets the text format)
    expect(typeof goal.value).toBe('string');
  });
});
