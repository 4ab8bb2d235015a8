/**
 * Benchmark (`npm run bench`): builds a workbook of 1,000 seed-like tables on 10 sheets and prints
 * - the core read and check times per 1,000 tables (in process, grid already in memory);
 * - the wall times of `ptcheck extract` and `ptcheck check` on that file next to merely loading it with ExcelJS's
 *   workbook.xlsx.readFile (all as fresh Node processes, so all pay start-up), and their ratios;
 * - the peak memory of the ptcheck process.
 * A measurement, not a test: figures vary by machine; the targets are a ratio below 1.0 and memory under 300 MB.
 * Then each hostile case of scripts/hostile-workbooks.ts (issue #11): `ptcheck check` on it, its wall time, peak
 * memory, exit code and error code (targets: under 10 s and 1 GB each, exit 2 with the expected code).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SheetSpec } from '../src/core/generate/sheet-spec';
import { layoutTable, TABLE_COLUMN_WIDTHS, type TableContent } from '../src/core/generate/standard-table';
import { writeSheetsToFile } from '../src/hosts/file/write-xlsx';
import { readXlsx } from '../src/hosts/file/xlsx/read-xlsx';
import { readWorkbook } from '../src/core/read';
import { runChecks } from '../src/core/check/engine';
import { loadSeedFacts, tableContentOf } from './seed-facts';
import { buildCached, HOSTILE_CASES } from './hostile-workbooks';

const ROOT = path.resolve(__dirname, '..', '..');
const SHEETS = 10;
const TABLES_PER_SHEET = 100;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function buildWorkbook(file: string): Promise<void> {
  const facts = loadSeedFacts(ROOT);
  const specs: SheetSpec[] = [];
  for (let s = 0; s < SHEETS; s++) {
    const spec: SheetSpec = { name: `表${s + 1}`, columnWidths: TABLE_COLUMN_WIDTHS, cells: [], merges: [], bordered: [], rowHeights: {} };
    let row = 0;
    for (let t = 0; t < TABLES_PER_SHEET; t++) {
      const seed = facts.projects[(s * TABLES_PER_SHEET + t) % facts.projects.length];
      const content: TableContent = { ...tableContentOf(seed, true, false), code: `${seed.code.slice(0, 13)}${String(s * TABLES_PER_SHEET + t).padStart(8, '0')}` };
      const table = layoutTable(content, row, { groupLabels: 'merge', percentFormat: true, fiscalLabel: '其中：财政资金' });
      spec.cells.push(...table.cells);
      spec.merges.push(...table.merges);
      spec.bordered.push(...table.bordered);
      row = table.nextRow + 2;
    }
    specs.push(spec);
  }
  await writeSheetsToFile(specs, file);
}

/**
 * Runs `work` `runs` times in process after one warm-up run, collecting garbage before each (npm run bench passes
 * --expose-gc), so that the figure is the work's and not the JIT's first compile or the previous step's garbage: the
 * median time and the last result.
 */
function timeRuns<T>(runs: number, work: () => T): { medianMs: number; result: T } {
  const times: number[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  let result: T = work();
  for (let i = 0; i < runs; i++) {
    gc?.();
    const start = process.hrtime.bigint();
    result = work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { medianMs: median(times), result };
}

/** Loaded into each timed command (node -r): prints the process's peak memory when it exits. */
const RSS_PROBE = path.join(os.tmpdir(), 'ptcheck-bench-rss.js');

function timeCommand(args: string[]): { ms: number; rssMb: number; status: number | null; stdout: string } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-r', RSS_PROBE, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /maxrss=(\d+)/.exec(result.stderr ?? '');
  return { ms, rssMb: rss ? Number(rss[1]) / 1024 : NaN, status: result.status, stdout: result.stdout ?? '' };
}

/** `ptcheck check` on each hostile case: time, peak memory, exit code and error code, in a table. */
function benchHostileCases(): void {
  process.stdout.write('\nhostile files (ptcheck check, wall and peak memory; targets under 10 s and 1 GB):\n');
  const rows: string[][] = [['case', 'file', 'wall', 'peak', 'exit', 'outcome']];
  for (const hostile of HOSTILE_CASES) {
    const bytes = buildCached(hostile.name);
    const file = path.join(os.tmpdir(), 'ptcheck-bench-hostile.xlsx');
    fs.writeFileSync(file, bytes);
    const run = timeCommand(['bin/ptcheck.js', 'check', file, '--format', 'json']);
    let code: string | null = null;
    try {
      code = (JSON.parse(run.stdout) as { error?: { code: string } }[])[0]?.error?.code ?? null;
    } catch {
      code = '(no JSON)';
    }
    const expected = hostile.code === code && (hostile.code ? run.status === 2 : run.status === 0 || run.status === 1);
    rows.push([
      hostile.name,
      bytes.length >= 1 << 20 ? `${(bytes.length / (1 << 20)).toFixed(1)} MB` : `${(bytes.length / 1024).toFixed(1)} KB`,
      `${(run.ms / 1000).toFixed(2)} s`,
      `${run.rssMb.toFixed(0)} MB`,
      String(run.status),
      `${code ?? 'read'}${expected ? '' : ` (UNEXPECTED: wanted ${hostile.code ?? 'read'})`}`,
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const row of rows) process.stdout.write(`${row.map((cell, i) => (i === 0 || i === 5 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')}\n`);
}

async function main(): Promise<void> {
  fs.writeFileSync(RSS_PROBE, "process.on('exit', () => process.stderr.write('\\nmaxrss=' + process.resourceUsage().maxRSS + '\\n'));\n");
  const file = path.join(os.tmpdir(), 'ptcheck-bench-1000.xlsx');
  process.stdout.write(`building ${SHEETS * TABLES_PER_SHEET} tables on ${SHEETS} sheets … `);
  await buildWorkbook(file);
  const size = fs.statSync(file).size;
  process.stdout.write(`${(size / 1024 / 1024).toFixed(2)} MB (${file})\n\n`);

  // Core read, in process: the grid is already in memory.
  const grid = readXlsx(fs.readFileSync(file));
  const read = timeRuns(RUNS, () => readWorkbook(grid));
  const model = read.result;
  const tables = model.projects.length;
  const coreMs = read.medianMs;
  const check = timeRuns(RUNS, () => runChecks(model).findings.length);
  const findings = check.result;
  const checkMs = check.medianMs;
  const fileReadMs = timeRuns(1, () => readXlsx(fs.readFileSync(file))).medianMs;

  const ptcheckRuns = Array.from({ length: RUNS }, () => timeCommand(['bin/ptcheck.js', 'extract', file, '--format', 'json']));
  if (ptcheckRuns.some((r) => r.status !== 0)) throw new Error('ptcheck extract failed on the benchmark file');
  const checkRuns = Array.from({ length: RUNS }, () => timeCommand(['bin/ptcheck.js', 'check', file, '--format', 'json']));
  if (checkRuns.some((r) => r.status !== 0 && r.status !== 1)) throw new Error('ptcheck check failed on the benchmark file');
  const exceljsScript = `const E=require('exceljs');new E.Workbook().xlsx.readFile(${JSON.stringify(file)}).then(()=>{})`;
  const exceljsRuns = Array.from({ length: RUNS }, () => timeCommand(['-e', exceljsScript]));

  const ptcheckMs = median(ptcheckRuns.map((r) => r.ms));
  const ptcheckCheckMs = median(checkRuns.map((r) => r.ms));
  const exceljsMs = median(exceljsRuns.map((r) => r.ms));
  const rows: [string, string][] = [
    ['tables read', String(tables)],
    ['core read (grid → model), per 1,000 tables', `${((coreMs * 1000) / tables).toFixed(1)} ms`],
    ['core check (model → findings), per 1,000 tables', `${((checkMs * 1000) / tables).toFixed(1)} ms (${findings} findings)`],
    ['xlsx → grid, in process', `${fileReadMs.toFixed(0)} ms`],
    ['ptcheck extract, wall (median of ' + RUNS + ')', `${ptcheckMs.toFixed(0)} ms`],
    ['ptcheck check, wall', `${ptcheckCheckMs.toFixed(0)} ms`],
    ['ExcelJS workbook.xlsx.readFile, wall', `${exceljsMs.toFixed(0)} ms`],
    ['ratio extract / ExcelJS load (target < 1.0)', (ptcheckMs / exceljsMs).toFixed(2)],
    ['ratio check / ExcelJS load (target < 1.0)', (ptcheckCheckMs / exceljsMs).toFixed(2)],
    ['ptcheck peak memory (target < 300 MB)', `${Math.max(...ptcheckRuns.map((r) => r.rssMb), ...checkRuns.map((r) => r.rssMb)).toFixed(0)} MB`],
    ['ExcelJS load peak memory', `${Math.max(...exceljsRuns.map((r) => r.rssMb)).toFixed(0)} MB`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [key, value] of rows) process.stdout.write(`${key.padEnd(width)}  ${value}\n`);
  benchHostileCases();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
