/**
 * The ptcheck JSON against its schema (docs/ptcheck-output.schema.json): every corpus workbook, as `check` and as
 * `extract` give it, the samples, an unreadable file's entry, and a table with more unplaced cells than are listed.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { reviewWorkbook } from '../../src/core/workflow/review';
import { waiverFor } from '../../src/core/review/waivers';
import { findingJson } from '../../src/core/findings-json';
import { modelEntry, unreadableEntry, type FileEntryJson } from '../../src/core/contract';
import { loadInput } from '../../scripts/realworld/inputs';
import { truthFiles } from '../../scripts/realworld/evaluate';
import { readGrid, SAMPLE_PER_SHEET, SAMPLE_STACKED } from '../helpers/samples';
import { read, sheet } from '../helpers/grid';
import type { WorkbookGrid } from '../../src/core/grid';

const REPO = path.resolve(__dirname, '..', '..');
const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'docs', 'ptcheck-output.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

function entries(file: string, grid: WorkbookGrid, waive = false): FileEntryJson[] {
  const first = reviewWorkbook(grid);
  // Waived: every other finding, as a reviewer stored them in the workbook.
  const waivers = waive ? first.findings.filter((_, i) => i % 2 === 0).map((f) => waiverFor(f, '已核实', new Date('2026-12-01T00:00:00Z'))) : [];
  const { model, findings: reviewed } = waive ? reviewWorkbook(grid, { waivers }) : first;
  const findings = reviewed.map((f) => findingJson(f, 'zh-CN'));
  if (waive) expect(findings.filter((f) => f.waived).length).toBeGreaterThan(0);
  return [modelEntry(file, model, 'zh-CN', findings), modelEntry(file, model, 'en-US')];
}

function expectValid(json: unknown): void {
  const ok = validate(json);
  expect(ok ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
}

describe('the ptcheck output schema', () => {
  const dir = path.join(REPO, 'test', 'realworld');
  const corpus: FileEntryJson[] = [];
  for (const file of truthFiles(dir)) {
    const truth = JSON.parse(fs.readFileSync(file, 'utf8'));
    const loaded = loadInput(file, truth.input, REPO);
    if ('missing' in loaded) continue;
    corpus.push(...entries(path.basename(file), loaded.workbook));
  }

  it('validates every corpus result, check and extract', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
    expectValid(corpus);
    // Every table read has its placement; shares are between 0 and 1 and the list never exceeds its count.
    for (const entry of corpus) {
      const tables = entry.projects.length + (entry.departments ?? []).length;
      expect(entry.tables!.length).toBe(tables);
      for (const t of entry.tables!) expect(t.unplaced.length).toBe(Math.min(50, t.unplacedCount));
    }
  });

  it('validates the samples and an unreadable file\'s entry', () => {
    expectValid([
      ...entries('caofeidian-2024.xlsx', readGrid(SAMPLE_PER_SHEET)),
      ...entries('caofeidian-2024-stacked.xlsx', readGrid(SAMPLE_STACKED)),
      ...entries('caofeidian-2024-waived.xlsx', readGrid(SAMPLE_PER_SHEET), true),
      unreadableEntry('x.xlsx', { code: 'file-not-found', message: { 'zh-CN': '文件不存在', 'en-US': 'not found' } }, 'zh-CN'),
    ]);
  });

  it('lists the first 50 unplaced cells and counts them all', () => {
    const rows: (string | number | null)[][] = [['项目名称', '某项目'], ['预算数', 10], ['绩效目标', '完成'], ['一级指标', '二级指标', '三级指标', '指标值']];
    rows.push(['产出指标', '数量指标', '人数', '≥10人']);
    for (let i = 0; i < 30; i++) rows.push(['效益指标', '社会效益指标', `受益人数${i}`, '≥10人', `附注甲${i}`, `附注乙${i}`, `附注丙${i}`]);
    const model = read(sheet('表', rows));
    const entry = modelEntry('x.xlsx', model, 'zh-CN');
    expectValid([entry]);
    expect(entry.tables![0].unplacedCount).toBe(90);
    expect(entry.tables![0].unplaced).toHaveLength(50);
    expect(entry.tables![0].unplaced[0]).toEqual({ cell: 'E6', text: '附注甲0' });
  });
});
