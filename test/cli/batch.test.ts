/**
 * `ptcheck check` and `extract` over folders and many files, run as a user would: folders searched for .xlsx files
 * (sorted, without Office lock files and hidden files), each file on its own, the JSON array streamed entry by entry,
 * the summary table of a table-format run, a quiet stderr when it is no terminal, the same output from the worker
 * pool as from one thread.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { expectNoStackTrace, ptcheck, tempDir } from './cli-helpers';
import { REPO, SAMPLE_PER_SHEET } from '../helpers/samples';

interface Entry {
  file: string;
  projects: unknown[];
  findings: { severity: string }[];
  error?: { code: string; message: string };
}

/** A folder of workbooks as people keep them: subfolders, a lock file of an open workbook, hidden files, other files. */
function batchFolder(): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, '二季度'));
  fs.mkdirSync(path.join(dir, '.cache'));
  fs.copyFileSync(SAMPLE_PER_SHEET, path.join(dir, '10.xlsx'));
  fs.copyFileSync(SAMPLE_PER_SHEET, path.join(dir, '2.xlsx'));
  fs.copyFileSync(SAMPLE_PER_SHEET, path.join(dir, '二季度', '汇总.XLSX'));
  fs.writeFileSync(path.join(dir, 'broken.xlsx'), '项目名称,预算数\n甲,1\n'); // not a workbook at all
  fs.writeFileSync(path.join(dir, '~$2.xlsx'), Buffer.from([0x0c, 0x41, 0x64, 0x6d, 0x69, 0x6e])); // Excel's lock file
  fs.copyFileSync(SAMPLE_PER_SHEET, path.join(dir, '.hidden.xlsx'));
  fs.copyFileSync(SAMPLE_PER_SHEET, path.join(dir, '.cache', 'old.xlsx'));
  fs.writeFileSync(path.join(dir, 'readme.txt'), 'not a workbook');
  return dir;
}

const EXPECTED = (dir: string): string[] => ['2.xlsx', '10.xlsx', 'broken.xlsx', path.join('二季度', '汇总.XLSX')].map((f) => path.join(dir, f));

describe('a folder as input', () => {
  const dir = batchFolder();

  it('checks every .xlsx file in it and its subfolders, sorted, without lock files and hidden files; a broken one is its own entry, exit 2', () => {
    const run = ptcheck(['check', dir, '--format', 'json']);
    expect(run.status).toBe(2);
    expectNoStackTrace(run);
    const entries: Entry[] = JSON.parse(run.stdout);
    expect(entries.map((e) => e.file)).toEqual(EXPECTED(dir));
    const broken = entries.find((e) => e.file.endsWith('broken.xlsx')) as Entry;
    expect(broken).toMatchObject({ projects: [], findings: [], error: { code: 'not-xlsx' } });
    for (const entry of entries.filter((e) => e !== broken)) {
      expect(entry.error).toBeUndefined();
      expect(entry.projects).toHaveLength(13);
      expect(entry.findings).toHaveLength(28);
    }
  });

  it('extracts the same files', () => {
    const run = ptcheck(['extract', dir]);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).map((e: Entry) => e.file)).toEqual(EXPECTED(dir));
  });

  it('mixes folders and files in the order given', () => {
    const run = ptcheck(['extract', SAMPLE_PER_SHEET, path.join(dir, '二季度'), path.join(dir, 'missing.xlsx')]);
    const entries: Entry[] = JSON.parse(run.stdout);
    expect(entries.map((e) => e.file)).toEqual([SAMPLE_PER_SHEET, path.join(dir, '二季度', '汇总.XLSX'), path.join(dir, 'missing.xlsx')]);
    expect(entries[2].error?.code).toBe('file-not-found');
  });

  it('says so when a folder holds no .xlsx file, exit 2', () => {
    const empty = tempDir();
    fs.writeFileSync(path.join(empty, '~$open.xlsx'), 'lock');
    const run = ptcheck(['check', empty, '--format', 'json']);
    expect(run.status).toBe(2);
    const [entry] = JSON.parse(run.stdout);
    expect(entry).toMatchObject({ file: empty, projects: [], findings: [], error: { code: 'not-a-file' } });
    expect(entry.error.message).toContain('没有 .xlsx 文件');
  });

  it('ends a table-format run over several files with a table of them (tables, errors, warnings, info, unreadable)', () => {
    const run = ptcheck(['check', dir]);
    expect(run.status).toBe(2);
    const lines = run.stdout.trimEnd().split('\n');
    const start = lines.indexOf('各文件汇总');
    expect(start).toBeGreaterThan(0);
    expect(lines[start + 1].split(/\s{2,}/)).toEqual(['文件', '表格数', '错误', '警告', '提示', '无法读取']);
    const rows = lines.slice(start + 3, start + 3 + 5);
    for (const [i, file] of EXPECTED(dir).entries()) {
      const cells = rows[i].trim().split(/\s{2,}/);
      expect(cells[0]).toBe(file);
      expect(cells.slice(1)).toEqual(file.endsWith('broken.xlsx') ? ['—', '—', '—', '—', 'not-xlsx'] : ['14', '1', '4', '23', '—']);
    }
    expect(rows[4].trim().split(/\s{2,}/)).toEqual(['合计（4 个文件）', '42', '3', '12', '69', '1']);
    // The totals line stays the last line.
    expect(lines[lines.length - 1]).toBe('共 39 个项目：3 个错误，12 个警告，69 条提示；1 个文件无法读取');
  });

  it('says the summary in English too', () => {
    const run = ptcheck(['check', dir, '--lang', 'en-US']);
    expect(run.stdout).toMatch(/Files\nFile\s+Tables\s+Errors\s+Warnings\s+Info\s+Unreadable\n/);
    expect(run.stdout).toMatch(/Total \(4 files\)\s+42\s+3\s+12\s+69\s+1/);
  });

  it('keeps stderr quiet when it is no terminal: no progress bar in a pipe or a log file', () => {
    for (const format of ['table', 'json', 'csv', 'html']) {
      const run = ptcheck(['check', dir, '--format', format]);
      expect(run.stderr).toBe('');
    }
  });

  it('gives the same output from the worker pool as from the command\'s own thread', () => {
    const pooled = ptcheck(['check', dir, '--format', 'json'], { PTCHECK_WORKERS: '2' });
    const single = ptcheck(['check', dir, '--format', 'json'], { PTCHECK_WORKERS: '1' });
    expect(pooled.status).toBe(2);
    expect(pooled.stdout).toBe(single.stdout);
    expect(pooled.stderr).toBe('');
  });
});

describe('the streamed JSON array', () => {
  it('is byte for byte the array JSON.stringify would print, for any number of files', () => {
    for (const args of [[SAMPLE_PER_SHEET], [SAMPLE_PER_SHEET, '/nonexistent/x.xlsx', SAMPLE_PER_SHEET]]) {
      for (const workers of ['1', '2']) {
        const run = ptcheck(['check', ...args, '--format', 'json', '--severity', 'warning'], { PTCHECK_WORKERS: workers });
        expect(run.stdout).toBe(JSON.stringify(JSON.parse(run.stdout), null, 2) + '\n');
      }
    }
  });

  // The last input does not exist when the command starts; the test puts it in place only once the first file's entry
  // has come out, while the command still has many files before it. Were the array held back to the end, the
  // command would reach the last input before the test saw anything, and report it missing. (A named pipe no longer
  // serves as the gate: the reader refuses pipes without opening them.)
  it.each(['1', '2'])('writes each entry as its file finishes (PTCHECK_WORKERS=%s), which a consumer reads as they come', async (workers) => {
    const dir = tempDir();
    const later = path.join(dir, 'later.xlsx');
    const between = Array.from({ length: 150 }, () => SAMPLE_PER_SHEET);
    const child = spawn(process.execPath, [path.join(REPO, 'bin', 'ptcheck.js'), 'extract', SAMPLE_PER_SHEET, ...between, later], {
      cwd: REPO,
      env: { ...process.env, PTCHECK_WORKERS: workers, NO_COLOR: '1', PTCHECK_LANG: '' },
    });
    let stdout = '';
    let placed = false;
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      // The first entry is complete once the array's first object has closed.
      if (!placed && /\n {2}\}/.test(stdout)) {
        placed = true;
        fs.copyFileSync(SAMPLE_PER_SHEET, `${later}.part`);
        fs.renameSync(`${later}.part`, later);
      }
    });
    expect(await exited).toBe(0);
    expect(placed).toBe(true);
    const entries: Entry[] = JSON.parse(stdout);
    expect(entries).toHaveLength(152);
    expect(entries[151]).toMatchObject({ file: later });
    expect(entries[151].error).toBeUndefined();
    expect(entries[151].projects).toHaveLength(13);
  }, 30_000);
});
