/** `ptcheck check` on real .xlsx files: the JSON contract, grouped table output, configuration and exit codes. */
import * as fs from 'fs';
import * as path from 'path';
import { expectNoStackTrace, ptcheck, tempDir } from './cli-helpers';
import { REPO, SAMPLE_PER_SHEET } from '../helpers/samples';
import { writeSheetsToFile } from '../../src/hosts/file/write-xlsx';
import { tableRows } from '../helpers/table-builder';
import type { SheetSpec } from '../../src/core/generate/sheet-spec';

const dir = tempDir();

/** A workbook file from builder rows (every cell as plain text or number). */
async function workbookFile(name: string, rows: (string | number | null)[][]): Promise<string> {
  const spec: SheetSpec = {
    name: '项目',
    columnWidths: [12, 12, 12, 12, 12, 12, 12],
    cells: rows.flatMap((row, r) => row.map((value, c) => ({ row: r, col: c, value, style: 'text' as const })).filter((c) => c.value !== null)),
    merges: [],
    bordered: [],
    rowHeights: {},
  };
  const file = path.join(dir, name);
  await writeSheetsToFile([spec], file);
  return file;
}

describe('ptcheck check --format json', () => {
  it('prints the contract\'s findings, exit 1 when errors were found', () => {
    const run = ptcheck(['check', 'samples/caofeidian-2024.xlsx', '--format', 'json']);
    expect(run.status).toBe(1);
    const [entry] = JSON.parse(run.stdout);
    expect(entry.projects).toHaveLength(13);
    expect(entry.findings).toHaveLength(28);
    for (const finding of entry.findings) {
      expect(Object.keys(finding)).toEqual(expect.arrayContaining(['rule', 'severity', 'sheet', 'cell', 'message']));
      expect(['error', 'warning', 'info']).toContain(finding.severity);
      expect(finding.cell).toMatch(/^[A-Z]+\d+$/);
    }
    const cost = entry.findings.find((f: { rule: string }) => f.rule === 'cost/exceeds-budget');
    expect(cost).toMatchObject({
      severity: 'error',
      sheet: '11.唐财建【2023】41号调整2022年产粮大县奖励资金（',
      cell: 'E13',
      project: '13020923P00042110011E',
    });
    expect(cost.message).toContain('成本指标 ≤64万元 超过预算数 27.01万元');
    const direction = entry.findings.find((f: { rule: string }) => f.rule === 'indicator/direction');
    expect(direction.suggestion).toBe('≥9处');
  });

  it('exits 0 on a correct table', async () => {
    const file = await workbookFile('good.xlsx', tableRows() as (string | number | null)[][]);
    const run = ptcheck(['check', file, '--format', 'json']);
    expect(run.status).toBe(0);
    const [entry] = JSON.parse(run.stdout);
    expect(entry.findings.filter((f: { severity: string }) => f.severity !== 'info')).toEqual([]);
  });

  it('filters by severity', () => {
    const run = ptcheck(['check', SAMPLE_PER_SHEET, '--format', 'json', '--severity', 'warning']);
    const [entry] = JSON.parse(run.stdout);
    expect(entry.findings.map((f: { severity: string }) => f.severity).sort()).toEqual(['error', 'warning', 'warning', 'warning', 'warning']);
  });

  it('writes messages in English when asked', () => {
    const run = ptcheck(['check', SAMPLE_PER_SHEET, '--format', 'json', '--lang', 'en-US']);
    const [entry] = JSON.parse(run.stdout);
    expect(entry.findings.find((f: { rule: string }) => f.rule === 'cost/exceeds-budget').message).toMatch(/exceeds the budget 27\.01万元/);
  });

  it('exits 2 when a file cannot be read, still one entry for it', () => {
    const run = ptcheck(['check', SAMPLE_PER_SHEET, path.join(dir, 'missing.xlsx'), '--format', 'json']);
    expect(run.status).toBe(2);
    const entries = JSON.parse(run.stdout);
    expect(entries[1]).toMatchObject({ projects: [], findings: [], error: { code: 'file-not-found' } });
    expectNoStackTrace(run);
  });
});

describe('ptcheck check --format table', () => {
  it('groups findings by sheet and project and ends with a summary', () => {
    const run = ptcheck(['check', SAMPLE_PER_SHEET]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /工作表 11\.唐财建【2023】41号调整2022年产粮大县奖励资金（ — 唐财建【2023】41号调整2022年产粮大县奖励资金（优质粮食工程） \(13020923P00042110011E\)\n(\s+提示 .*\n)*\s+错误\s+E13\s+成本指标 ≤64万元 超过预算数 27\.01万元/,
    );
    expect(run.stdout).toContain('建议: ≥9处');
    expect(run.stdout.trim().split('\n').pop()).toBe('共 13 个项目：1 个错误，4 个警告，23 条提示');
    expect(run.stdout).not.toMatch(/\x1b\[/); // no colour codes when not writing to a terminal
  });

  it('says plainly when a workbook has no table', async () => {
    const file = await workbookFile('noise.xlsx', [['会议纪要'], ['今天讨论了三件事']]);
    const run = ptcheck(['check', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('没有找到绩效目标表');
  });
});

describe('ptcheck check --config', () => {
  it('applies a configuration file', () => {
    const config = path.join(dir, 'strict.json');
    fs.writeFileSync(config, JSON.stringify({ rules: { 'cost/exceeds-budget': 'warning', 'indicator/satisfaction-low': ['error', { threshold: 96 }] } }));
    const run = ptcheck(['check', SAMPLE_PER_SHEET, '--config', config, '--format', 'json']);
    const [entry] = JSON.parse(run.stdout);
    expect(entry.findings.find((f: { rule: string }) => f.rule === 'cost/exceeds-budget').severity).toBe('warning');
    expect(entry.findings.filter((f: { rule: string }) => f.rule === 'indicator/satisfaction-low').length).toBe(13);
    expect(run.status).toBe(1);
  });

  it.each([
    ['framework-2015.json'],
    ['framework-2021.json'],
  ])('accepts the shipped preset %s', (name) => {
    const run = ptcheck(['check', SAMPLE_PER_SHEET, '--config', path.join(REPO, 'docs', 'presets', name), '--format', 'json']);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.status);
  });

  it('names the bad key of a bad configuration, exit 2', () => {
    const config = path.join(dir, 'bad.json');
    fs.writeFileSync(config, JSON.stringify({ rules: { 'indicator/satisfaction-low': ['warning', { treshold: 90 }] } }));
    const run = ptcheck(['check', SAMPLE_PER_SHEET, '--config', config]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('rules → indicator/satisfaction-low → treshold: 不认识的设置项“treshold”');
    expectNoStackTrace(run);
  });

  it('says when the configuration is not JSON, exit 2', () => {
    const config = path.join(dir, 'broken.json');
    fs.writeFileSync(config, '{ "rules": ');
    const run = ptcheck(['check', SAMPLE_PER_SHEET, '--config', config]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/不是有效的 JSON/);
    expectNoStackTrace(run);
  });
});

describe('the summary line', () => {
  it('counts the files that could not be read, in both languages, with English plurals', () => {
    const missing = '/nonexistent/ptcheck-nothing-here.xlsx';
    const zh = ptcheck(['check', SAMPLE_PER_SHEET, missing]);
    expect(zh.stdout).toMatch(/共 13 个项目：1 个错误，4 个警告，\d+ 条提示；1 个文件无法读取/);
    const en = ptcheck(['check', SAMPLE_PER_SHEET, missing, '--lang', 'en-US']);
    expect(en.stdout).toMatch(/13 projects: 1 error, 4 warnings, \d+ info; 1 file could not be read/);
  });
});
