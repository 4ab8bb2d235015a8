/** `ptcheck extract` on real .xlsx files: the JSON contract, the table summary, exit codes and bad input. */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { expectNoStackTrace, ptcheck, tempDir } from './cli-helpers';
import { SAMPLE_PER_SHEET, SAMPLE_STACKED, seedFacts } from '../helpers/samples';
import { selfEvaluationSheet } from '../helpers/self-evaluation';

const CONTRACT_PROJECT_KEYS = [
  'sheet', 'code', 'name', 'budget', 'fiscal', 'other', 'budgetUnit', 'plan', 'goal', 'usage', 'framework', 'indicators', 'cells',
];
const CONTRACT_INDICATOR_KEYS = [
  'level1', 'level2', 'level3', 'description', 'value', 'comparator', 'number', 'unit', 'basis', 'cells',
];

describe('ptcheck extract --format json', () => {
  it('prints one entry per file with the contract\'s fields', () => {
    const run = ptcheck(['extract', 'samples/caofeidian-2024.xlsx', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const entries = JSON.parse(run.stdout);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry.file).toBe('samples/caofeidian-2024.xlsx');
    expect(entry.findings).toEqual([]);
    expect(entry.error).toBeUndefined();
    expect(entry.projects).toHaveLength(13);
    for (const project of entry.projects) {
      expect(Object.keys(project)).toEqual(expect.arrayContaining(CONTRACT_PROJECT_KEYS));
      for (const indicator of project.indicators) expect(Object.keys(indicator)).toEqual(expect.arrayContaining(CONTRACT_INDICATOR_KEYS));
    }
    const first = entry.projects[0];
    expect(first).toMatchObject({
      sheet: '1.国动办机构运行费',
      code: '13020924P00071310005T',
      name: '2024年国动办机构运行费',
      budget: 20,
      fiscal: 20,
      other: 0,
      budgetUnit: '万元',
      plan: [25, 50, 75, 100],
      goal: '1.机构正常运转',
      usage: '用于国动办机构正常运转所用经费',
      framework: '2015',
    });
    expect(first.cells).toMatchObject({ code: 'B3', name: 'E3', budget: 'C4', fiscal: 'E4', other: 'G4' });
    expect(first.indicators[0]).toMatchObject({
      level1: '产出指标',
      level2: '数量指标',
      level3: '办公用品数量',
      description: '采购办公用品、设备',
      value: '≥1批',
      comparator: '≥',
      number: 1,
      unit: '批',
      basis: '根据年初工作计划',
      cells: { level1: 'A10', level2: 'B10', level3: 'C10', description: 'D10', value: 'E10', basis: 'F10' },
    });
    const carried = entry.projects[10];
    expect(carried.plan).toEqual([null, null, null, 100]);
    expect(carried.year).toBe(2024);
  });

  it('adds a self-evaluation\'s budget block and each indicator\'s actual, weight, score and reason, and nothing to target tables', async () => {
    const { rows, merges } = selfEvaluationSheet({ rows: [
      ['产出指标', '数量指标', '培训人数', '≥200人', '180人', 60, 54, '部分学员延期'],
      ['效益指标', '社会效益指标', '参训人员就业率', '≥80%', '85%', 30, 30],
    ] });
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('自评表');
    rows.forEach((row, r) => row.forEach((value, c) => value !== null && value !== undefined && (sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue)));
    for (const merge of merges) sheet.mergeCells(merge);
    const file = path.join(tempDir(), 'self-evaluation.xlsx');
    await book.xlsx.writeFile(file);
    const [entry] = JSON.parse(ptcheck(['extract', file, '--format', 'json']).stdout);
    const [project] = entry.projects;
    expect(project.execution).toMatchObject({ fullYear: 100, executed: 95, rate: 95, weight: 10, score: 9.5, cells: { fullYear: 'D6', executed: 'E6' } });
    expect(project.goalActual).toBe('完成210人次就业技能培训');
    expect(project.indicators[0]).toMatchObject({ value: '≥200人', actual: '180人', weight: 60, score: 54, reason: '部分学员延期' });
    expect(project.indicators[1]).toMatchObject({ actual: '85%', weight: 30, score: 30, reason: '' });
    const table = ptcheck(['extract', file, '--format', 'table']).stdout;
    expect(table).toContain('预算执行率');
    expect(table).toMatch(/95%\s+84 \/ 90/);
    // Target tables keep exactly the contract's keys: no evaluation fields appear.
    const sample = JSON.parse(ptcheck(['extract', 'samples/caofeidian-2024.xlsx']).stdout)[0];
    expect(sample.projects.some((p: object) => 'execution' in p || 'goalActual' in p)).toBe(false);
    expect(sample.projects[0].indicators.some((i: object) => 'actual' in i || 'score' in i || 'weight' in i)).toBe(false);
  });

  it('reads the stacked sample the same way', () => {
    const perSheet = JSON.parse(ptcheck(['extract', SAMPLE_PER_SHEET]).stdout)[0];
    const stacked = JSON.parse(ptcheck(['extract', SAMPLE_STACKED]).stdout)[0];
    const strip = (p: { sheet: string; cells: unknown; title: unknown; indicators: { cells: unknown }[] }) => ({
      ...p,
      sheet: undefined,
      cells: undefined,
      title: undefined,
      indicators: p.indicators.map((i) => ({ ...i, cells: undefined })),
    });
    expect(stacked.projects.map(strip)).toEqual(perSheet.projects.map(strip));
    expect(stacked.projects.map((p: { name: string }) => p.name)).toEqual(seedFacts().projects.map((p) => p.name));
  });
});

describe('ptcheck extract --format table', () => {
  it('prints name, code, budget and indicator count per project', () => {
    const run = ptcheck(['extract', 'samples/caofeidian-2024.xlsx', '--format', 'table']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/2024年国动办机构运行费\s+13020924P00071310005T\s+20 万元\s+6/);
    expect(run.stdout).toContain('共 13 个项目，78 条指标');
  });

  it('speaks English when asked', () => {
    const run = ptcheck(['extract', 'samples/caofeidian-2024.xlsx', '--format', 'table', '--lang', 'en-US']);
    expect(run.stdout).toContain('13 projects, 78 indicators');
  });
});

describe('ptcheck extract on bad input', () => {
  const dir = tempDir();
  const write = (name: string, content: string | Uint8Array): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };

  const cases: [string, () => string, string][] = [
    ['a missing file', () => path.join(dir, 'missing.xlsx'), 'file-not-found'],
    ['a folder with no .xlsx file in it', () => tempDir(), 'not-a-file'],
    ['an empty file', () => write('empty.xlsx', ''), 'empty-file'],
    ['a text file named .xlsx', () => write('text.xlsx', '项目名称,预算数\n甲,1\n'), 'not-xlsx'],
    ['an HTML page named .xls', () => write('export.xls', '<html><body><table><tr><td>项目名称</td></tr></table></body></html>'), 'html-or-xml'],
    ['an Excel 97-2003 file', () => write('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])), 'legacy-xls'],
    ['a zip that is not a workbook', () => write('doc.xlsx', zipSync({ 'word/document.xml': strToU8('<w:document/>') })), 'not-xlsx'],
    ['a truncated workbook', () => write('cut.xlsx', fs.readFileSync(SAMPLE_PER_SHEET).subarray(0, 5000)), 'corrupt'],
  ];

  it.each(cases)('reports %s with a code and a plain message, exit 2', (_name, make, code) => {
    const file = make();
    const run = ptcheck(['extract', file]);
    expect(run.status).toBe(2);
    expectNoStackTrace(run);
    const [entry] = JSON.parse(run.stdout);
    expect(entry).toMatchObject({ file, projects: [], findings: [], error: { code } });
    expect(entry.error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('reads the good files and reports the bad one among several, exit 2', () => {
    const run = ptcheck(['extract', SAMPLE_PER_SHEET, path.join(dir, 'missing.xlsx')]);
    expect(run.status).toBe(2);
    const entries = JSON.parse(run.stdout);
    expect(entries.map((e: { projects: unknown[] }) => e.projects.length)).toEqual([13, 0]);
    expect(entries[1].error.code).toBe('file-not-found');
  });

  it('says in a note that an empty workbook holds no table, exit 0', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');
    const file = path.join(dir, 'blank.xlsx');
    await workbook.xlsx.writeFile(file);
    const run = ptcheck(['extract', file]);
    expect(run.status).toBe(0);
    const [entry] = JSON.parse(run.stdout);
    expect(entry.projects).toEqual([]);
    expect(entry.notes.map((n: { code: string }) => n.code)).toEqual(['no-tables']);
  });

  it('rejects an unknown format as a usage error, exit 2', () => {
    const run = ptcheck(['extract', SAMPLE_PER_SHEET, '--format', 'xml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/xml/);
    expectNoStackTrace(run);
  });
});

describe('ptcheck --help', () => {
  it('explains every option', () => {
    const run = ptcheck(['extract', '--help']);
    expect(run.status).toBe(0);
    for (const option of ['--format', 'json', 'table', '--lang', '退出码']) expect(run.stdout).toContain(option);
  });
});
