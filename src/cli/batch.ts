/**
 * A run over many files: each file is read (and checked) on its own — in a small pool of worker threads when there
 * are several, in the command's own thread for one — and its entry goes to the output in input order as soon as it
 * is next in line. Memory stays bounded: a worker holds one workbook, and at most a few finished files wait for a
 * slower one ahead of them. One file's failure, whatever it is, is that file's entry; the others go on.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ResolvedConfig } from '../core/check/config';
import type { Locale } from '../core/i18n/messages';
import { internalErrorOutcome, runFileTask, type FileCommand, type FileOutcome, type FileTask } from './file-task';
import type { InputFile } from './input-files';
import { openCounts } from '../core/workflow/review';
import { OutputWriter } from './output-writer';
import { progressBarFor, type ProgressBar } from './progress-bar';
import type { ReportSink } from './report-sink';
import { forEachInOrder } from './run-in-order';
import { WorkerPool } from './worker-pool';

export interface BatchOptions {
  command: FileCommand;
  locale: Locale;
  config?: ResolvedConfig;
  /** extract --explain */
  explain?: boolean;
  /** check --ignore-waivers */
  ignoreWaivers?: boolean;
  format: string;
  sink: ReportSink;
  /** Called with each file's outcome after its entry was written (--annotate uses it). */
  after?: (outcome: FileOutcome) => Promise<void>;
}

export interface BatchResult {
  files: number;
  unreadable: number;
  /** Errors among the findings (check). */
  errors: number;
}

/** Each worker holds a whole workbook: a few are enough to use the cores without multiplying memory. */
const MAX_WORKERS = 4;
/**
 * Below this much input the pool costs more than it saves: a worker starts cold (loading the reader and the rules,
 * then compiling them anew on its first file costs it about half a second), while a typical table of 20 KB is read
 * and checked in a few milliseconds.
 */
const POOL_MIN_BYTES = 1024 * 1024;

/**
 * How many workers: PTCHECK_WORKERS when set (1: everything in the command's own thread); otherwise one per core
 * (at most MAX_WORKERS), or none for one file or a small input.
 */
export function workerCount(files: number, totalBytes: number, env: NodeJS.ProcessEnv = process.env): number {
  const wanted = Number(env.PTCHECK_WORKERS);
  if (env.PTCHECK_WORKERS && Number.isInteger(wanted) && wanted >= 1) return Math.min(wanted, files);
  if (files < 2 || totalBytes < POOL_MIN_BYTES) return 1;
  return Math.max(1, Math.min(os.availableParallelism(), MAX_WORKERS, files));
}

async function totalSize(inputs: InputFile[]): Promise<number> {
  let total = 0;
  for (const input of inputs) total += input.error ? 0 : ((await fs.promises.stat(input.file).catch(() => null))?.size ?? 0);
  return total;
}

/** A worker's heap limit: a hostile file fails alone instead of taking the machine's memory. */
function heapLimitMb(workers: number): number {
  const share = Math.floor(os.totalmem() / 2 ** 20 / (workers + 1));
  return Math.max(512, Math.min(4096, share));
}

interface FileRunner {
  run(task: FileTask): Promise<FileOutcome>;
  close(): Promise<void>;
  workers: number;
}

const OUT_OF_MEMORY = {
  'zh-CN': (mb: number) => `内存不足：读取该文件超过了单个文件的内存上限（${mb} MB）`,
  'en-US': (mb: number) => `out of memory: reading this file went over the limit for one file (${mb} MB)`,
};

function runnerFor(workers: number, locale: Locale): FileRunner {
  const script = path.join(__dirname, 'file-worker.js');
  // No compiled worker script (running from the TypeScript sources): the command's own thread.
  if (workers <= 1 || !fs.existsSync(script)) return { run: (task) => runFileTask(task), close: async () => undefined, workers: 1 };
  const limit = heapLimitMb(workers);
  const pool = new WorkerPool<FileTask, FileOutcome>({
    size: workers,
    script,
    resourceLimits: { maxOldGenerationSizeMb: limit },
    failed: (task, reason) => internalErrorOutcome(task.input.file, reason === 'out of memory' ? OUT_OF_MEMORY[locale](limit) : reason, task.locale),
  });
  return { run: (task) => pool.run(task), close: () => pool.close(), workers };
}

const PROGRESS_LABEL = {
  'zh-CN': { check: '检查中', extract: '读取中' },
  'en-US': { check: 'Checking', extract: 'Reading' },
};

/** A line on stderr, with the progress bar out of its way. */
function say(bar: ProgressBar | null, text: string): void {
  bar?.clear();
  process.stderr.write(text);
  bar?.redraw();
}

export async function runBatch(inputs: InputFile[], options: BatchOptions): Promise<BatchResult> {
  const result: BatchResult = { files: 0, unreadable: 0, errors: 0 };
  const bar = progressBarFor(process.stderr, inputs.length, options.format, PROGRESS_LABEL[options.locale][options.command]);
  const output = new OutputWriter(process.stdout, bar);
  const runner = runnerFor(workerCount(inputs.length, await totalSize(inputs)), options.locale);
  try {
    await output.write(options.sink.begin());
    await forEachInOrder(
      inputs,
      // In the command's own thread one file at a time; with workers, a few ahead so that none waits idle.
      runner.workers > 1 ? runner.workers * 2 : 1,
      (input) => runner.run({ input, command: options.command, locale: options.locale, config: options.config, explain: options.explain, ignoreWaivers: options.ignoreWaivers }),
      async (outcome, index) => {
        for (const failure of outcome.failures) say(bar, `ptcheck: rule ${failure.rule} failed and was skipped: ${failure.message}\n`);
        if (outcome.debug && process.env.PTCHECK_DEBUG) say(bar, `${outcome.entry.file}: ${outcome.debug}\n`);
        await output.write(options.sink.add(outcome));
        result.files++;
        if (!outcome.readable) result.unreadable++;
        // A waived error is no error left to fix: it does not make the exit code 1.
        result.errors += openCounts(outcome.findings).error;
        bar?.update(index + 1, outcome.entry.file);
        await options.after?.(outcome);
      },
      () => output.closed,
    );
    bar?.finish();
    await output.write(options.sink.end());
  } finally {
    bar?.finish();
    await runner.close();
  }
  return result;
}
