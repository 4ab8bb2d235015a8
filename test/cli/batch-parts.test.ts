/**
 * The parts of a batch run, each on its own: a file task that throws, a worker that dies or runs out of memory, results
 * in input order with a bounded number waiting, the progress bar, the order of file names, the worker count.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runFileTask, type FileOutcome } from '../../src/cli/file-task';
import { WorkerPool } from '../../src/cli/worker-pool';
import { forEachInOrder } from '../../src/cli/run-in-order';
import { ProgressBar, progressBarFor } from '../../src/cli/progress-bar';
import { compareNames } from '../../src/cli/input-files';
import { workerCount } from '../../src/cli/batch';
import { JsonArraySink } from '../../src/cli/json-array-sink';
import { openWorkbookFile } from '../../src/hosts/file/open-workbook-file';
import { readWorkbook } from '../../src/core/read';
import { reviewWorkbook } from '../../src/core/workflow/review';
import { tempDir } from './cli-helpers';
import { readGrid, SAMPLE_PER_SHEET, SAMPLE_STACKED } from '../helpers/samples';
import { parseTableFile } from '../../scripts/realworld/table-format';
import { modelEntry } from '../../src/core/contract';
import { findingJson } from '../../src/core/findings-json';

describe('a file task', () => {
  const steps = { open: openWorkbookFile, read: readWorkbook, review: reviewWorkbook };

  it('turns an unexpected exception into that file\'s internal-error entry: one line, no stack', async () => {
    const failing = {
      ...steps,
      review: () => {
        const error = new TypeError("Cannot read properties of undefined (reading 'cells')\n    at readTable (read/sheet.ts:10:5)");
        throw error;
      },
    };
    const outcome = await runFileTask({ input: { file: SAMPLE_PER_SHEET }, command: 'check', locale: 'zh-CN' }, failing);
    expect(outcome.readable).toBe(false);
    expect(outcome.entry).toEqual({
      file: SAMPLE_PER_SHEET,
      projects: [],
      findings: [],
      error: { code: 'internal-error', message: "处理该文件时出现意外错误，其他文件不受影响：Cannot read properties of undefined (reading 'cells')" },
    });
    expect(outcome.entry.error?.message).not.toContain('\n');
    expect(outcome.debug).toContain('TypeError'); // the stack, for PTCHECK_DEBUG only
  });

  it('says it in English when asked, and copes with a thrown non-error', async () => {
    const failing = { ...steps, review: () => { throw 'boom'; } }; // eslint-disable-line no-throw-literal
    const outcome = await runFileTask({ input: { file: SAMPLE_PER_SHEET }, command: 'check', locale: 'en-US' }, failing);
    expect(outcome.entry.error).toEqual({ code: 'internal-error', message: 'An unexpected error occurred while processing this file (the other files are not affected): boom' });
  });

  it('checks a good file as before', async () => {
    const outcome = await runFileTask({ input: { file: SAMPLE_PER_SHEET }, command: 'check', locale: 'zh-CN' });
    expect(outcome.readable).toBe(true);
    expect(outcome.entry.findings).toHaveLength(28);
    expect(outcome.findings).toHaveLength(28);
  });
});

describe('the worker pool', () => {
  // A worker script in plain JavaScript: echoes its task, unless the task asks it to fail in one of the ways workers die.
  const script = path.join(tempDir(), 'worker.js');
  fs.writeFileSync(
    script,
    `const { parentPort } = require('worker_threads');
parentPort.on('message', (task) => {
  if (task === 'throw') setTimeout(() => { throw new Error('uncaught in worker'); });
  else if (task === 'exit') process.exit(3);
  else if (task === 'memory') { const hoard = []; for (;;) hoard.push(new Array(1e6).fill(Math.random())); }
  else setTimeout(() => parentPort.postMessage('done ' + task), task === 'slow' ? 200 : 1);
});
`,
  );

  it('fails only the task whose worker died (an exception, an exit, its memory limit) and goes on with a new worker', async () => {
    const pool = new WorkerPool<string, string>({
      size: 2,
      script,
      resourceLimits: { maxOldGenerationSizeMb: 32 },
      failed: (task, reason) => `failed ${task}: ${reason}`,
    });
    try {
      const results = await Promise.all(['a', 'throw', 'b', 'exit', 'memory', 'slow', 'c'].map((task) => pool.run(task)));
      expect(results).toEqual([
        'done a',
        'failed throw: uncaught in worker',
        'done b',
        'failed exit: the worker stopped (exit code 3)',
        'failed memory: out of memory',
        'done slow',
        'done c',
      ]);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('resolves what is still queued when it is closed', async () => {
    const pool = new WorkerPool<string, string>({ size: 1, script, failed: (task, reason) => `failed ${task}: ${reason}` });
    const running = pool.run('slow');
    const queued = pool.run('a');
    await pool.close();
    expect(await queued).toBe('failed a: the worker pool is closed');
    expect(await running).toBe('failed slow: the worker pool is closed');
  });
});

describe('results in input order', () => {
  it('hands results out in order, with at most `ahead` started and not yet handed out', async () => {
    const delays = [50, 5, 30, 1, 1, 40, 2, 2];
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await forEachInOrder(
      delays,
      3,
      async (delay, i) => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, delay));
        return i;
      },
      (result, index) => {
        running--;
        expect(result).toBe(index);
        seen.push(result);
      },
    );
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBeLessThanOrEqual(3);
  });

  it('starts nothing more once stopped (the reader of the output went away)', async () => {
    const started: number[] = [];
    await forEachInOrder([0, 1, 2, 3, 4], 1, async (x) => (started.push(x), x), () => undefined, () => started.length >= 2);
    expect(started).toEqual([0, 1]);
  });
});

describe('the streamed JSON array', () => {
  const outcome = (file: string): FileOutcome => ({
    entry: { file, projects: [], findings: [{ rule: 'r', severity: 'info', sheet: 's', cell: 'A1', message: '“引号” "quotes" \n and <tags>' }] },
    findings: [],
    readable: true,
    failures: [],
  });

  it.each([0, 1, 3])('gives exactly JSON.stringify(entries, null, 2) for %i entries', (n) => {
    const sink = new JsonArraySink();
    const outcomes = Array.from({ length: n }, (_, i) => outcome(`f${i}.xlsx`));
    const text = sink.begin() + outcomes.map((o) => sink.add(o)).join('') + sink.end();
    expect(text).toBe(JSON.stringify(outcomes.map((o) => o.entry), null, 2) + '\n');
  });

  it('gives exactly JSON.stringify(entries, null, 2) for the samples and every corpus table, checked', () => {
    const corpus = path.join(__dirname, '..', 'realworld');
    const grids = [readGrid(SAMPLE_PER_SHEET), readGrid(SAMPLE_STACKED), ...fs.readdirSync(corpus).filter((f) => f.endsWith('.table')).map((f) => parseTableFile(fs.readFileSync(path.join(corpus, f), 'utf8')).workbook)];
    const outcomes = grids.map((grid, i): FileOutcome => {
      const { model, findings } = reviewWorkbook(grid);
      return { entry: modelEntry(`f${i}.xlsx`, model, 'zh-CN', findings.map((f) => findingJson(f, 'zh-CN'))), findings, readable: true, failures: [] };
    });
    expect(outcomes.length).toBeGreaterThan(70);
    const sink = new JsonArraySink();
    const text = sink.begin() + outcomes.map((o) => sink.add(o)).join('') + sink.end();
    expect(text).toBe(JSON.stringify(outcomes.map((o) => o.entry), null, 2) + '\n');
  });

  it('leaves out findings below the severity asked for', () => {
    const sink = new JsonArraySink('warning');
    const text = sink.begin() + sink.add(outcome('a.xlsx')) + sink.end();
    expect(JSON.parse(text)[0].findings).toEqual([]);
  });
});

describe('the progress bar', () => {
  function terminal(columns = 60): { isTTY: boolean; columns: number; written: string[]; write(chunk: string): boolean } {
    return { isTTY: true, columns, written: [], write(chunk: string) { this.written.push(chunk); return true; } };
  }

  it('is only for a terminal, never with JSON, and only over several files', () => {
    expect(progressBarFor(terminal(), 5, 'table', '检查中')).toBeInstanceOf(ProgressBar);
    expect(progressBarFor(terminal(), 5, 'csv', '检查中')).toBeInstanceOf(ProgressBar);
    expect(progressBarFor(terminal(), 5, 'json', '检查中')).toBeNull();
    expect(progressBarFor({ ...terminal(), isTTY: false }, 5, 'table', '检查中')).toBeNull();
    expect(progressBarFor(terminal(), 1, 'table', '检查中')).toBeNull();
  });

  it('stays hidden for a short run, then draws at most ten times a second, on one line that never wraps', () => {
    let now = 0;
    const stream = terminal(40);
    const bar = new ProgressBar(stream, 4, '检查中', () => now, 300);
    bar.update(1, 'a.xlsx');
    expect(stream.written).toEqual([]); // too early: a quick run shows nothing
    now = 400;
    bar.update(2, '一个很长很长很长很长很长很长很长的文件名.xlsx');
    expect(stream.written).toHaveLength(1);
    expect(stream.written[0].startsWith('\r\x1b[K检查中 [')).toBe(true);
    expect(stream.written[0]).toContain('2/4');
    expect(bar.render(40).length).toBeLessThanOrEqual(39);
    now = 450;
    bar.update(3, 'c.xlsx');
    expect(stream.written).toHaveLength(1); // redrawn at most every 100 ms
    now = 600;
    bar.update(3, 'c.xlsx');
    expect(stream.written).toHaveLength(2);
  });

  it('takes a terminal that does not say its width as 80 columns', () => {
    const stream = { ...terminal(), columns: 0 };
    const bar = new ProgressBar(stream, 2, '检查中', () => 1000, 0);
    bar.update(1, 'a.xlsx');
    expect(stream.written[0]).toMatch(/^\r\x1b\[K检查中 \[█+░+\] 1\/2 a\.xlsx$/);
  });

  it('gets out of the way of other output and is erased at the end', () => {
    let now = 1000;
    const stream = terminal();
    const bar = new ProgressBar(stream, 3, 'Checking', () => now, 0);
    bar.update(1, 'a.xlsx');
    bar.clear();
    expect(stream.written[stream.written.length - 1]).toBe('\r\x1b[K');
    now += 10;
    bar.redraw();
    expect(stream.written[stream.written.length - 1]).toContain('1/3');
    bar.finish();
    expect(stream.written[stream.written.length - 1]).toBe('\r\x1b[K');
    bar.redraw();
    expect(stream.written[stream.written.length - 1]).toBe('\r\x1b[K'); // finished: nothing drawn again
  });
});

describe('file names', () => {
  it('sort as a file manager shows them: numbers by value, Latin before Chinese, Chinese by pinyin', () => {
    const names = ['10.xlsx', '二季度', '2.xlsx', 'broken.xlsx', '安徽.xlsx', 'B.xlsx', '表2.xlsx', '表10.xlsx'];
    expect([...names].sort(compareNames)).toEqual(['2.xlsx', '10.xlsx', 'B.xlsx', 'broken.xlsx', '安徽.xlsx', '表2.xlsx', '表10.xlsx', '二季度']);
  });
});

describe('the worker count', () => {
  const MB = 1024 * 1024;
  it('runs one file or a small input in the command\'s own thread, and a large one on the cores', () => {
    expect(workerCount(1, 100 * MB, {})).toBe(1);
    expect(workerCount(20, 0.5 * MB, {})).toBe(1);
    expect(workerCount(20, 10 * MB, {})).toBeGreaterThanOrEqual(Math.min(2, require('os').availableParallelism()));
    expect(workerCount(20, 10 * MB, {})).toBeLessThanOrEqual(4);
  });

  it('follows PTCHECK_WORKERS, never above the number of files', () => {
    expect(workerCount(20, 0, { PTCHECK_WORKERS: '1' })).toBe(1);
    expect(workerCount(20, 0, { PTCHECK_WORKERS: '3' })).toBe(3);
    expect(workerCount(2, 0, { PTCHECK_WORKERS: '3' })).toBe(2);
    expect(workerCount(20, 0, { PTCHECK_WORKERS: 'many' })).toBe(1);
  });
});
