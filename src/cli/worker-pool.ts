/**
 * A small pool of worker threads, each running one task at a time. A worker that dies (an uncaught exception, its
 * memory limit reached) fails only the task it was running: that task resolves to the result `failed` gives, the
 * worker is replaced and the queue goes on. `run` never rejects.
 */
import { Worker, type ResourceLimits } from 'worker_threads';

export interface PoolOptions<T, R> {
  size: number;
  /** The compiled worker script (a .js file). */
  script: string;
  /** The result of a task whose worker died; `reason` is one line ("out of memory", the exception's message). */
  failed: (task: T, reason: string) => R;
  resourceLimits?: ResourceLimits;
}

interface Job<T, R> {
  task: T;
  resolve: (result: R) => void;
}

export class WorkerPool<T, R> {
  private readonly workers = new Set<Worker>();
  private idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job<T, R>>();
  private readonly queue: Job<T, R>[] = [];
  private closed = false;

  constructor(private readonly options: PoolOptions<T, R>) {}

  run(task: T): Promise<R> {
    return new Promise<R>((resolve) => {
      if (this.closed) resolve(this.options.failed(task, 'the worker pool is closed'));
      else {
        this.queue.push({ task, resolve });
        this.dispatch();
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const unfinished = [...this.queue.splice(0), ...this.busy.values()];
    this.busy.clear();
    for (const job of unfinished) job.resolve(this.options.failed(job.task, 'the worker pool is closed'));
    const workers = [...this.workers];
    this.workers.clear();
    await Promise.all(workers.map((worker) => worker.terminate().catch(() => undefined)));
  }

  private dispatch(): void {
    while (this.queue.length && !this.closed) {
      const worker = this.idle.pop() ?? (this.workers.size < this.options.size ? this.spawn() : undefined);
      if (!worker) return;
      const job = this.queue.shift() as Job<T, R>;
      this.busy.set(worker, job);
      try {
        worker.postMessage(job.task);
      } catch (error) {
        this.busy.delete(worker);
        this.idle.push(worker);
        job.resolve(this.options.failed(job.task, error instanceof Error ? error.message : String(error)));
      }
    }
  }

  private spawn(): Worker {
    // The worker's own stdout goes to stderr: nothing but the report may reach the command's stdout.
    const worker = new Worker(this.options.script, { resourceLimits: this.options.resourceLimits, stdout: true, stderr: true });
    worker.stdout.pipe(process.stderr, { end: false });
    worker.stderr.pipe(process.stderr, { end: false });
    worker.on('message', (result: R) => {
      const job = this.busy.get(worker);
      if (!job) return;
      this.busy.delete(worker);
      this.idle.push(worker);
      job.resolve(result);
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      this.lose(worker, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : error.message || String(error));
    });
    worker.on('exit', (code) => this.lose(worker, `the worker stopped (exit code ${code})`));
    this.workers.add(worker);
    return worker;
  }

  /** A worker is gone: its task fails, the others go on with a new worker. */
  private lose(worker: Worker, reason: string): void {
    if (!this.workers.delete(worker)) return;
    this.idle = this.idle.filter((w) => w !== worker);
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    if (job) job.resolve(this.options.failed(job.task, reason));
    void worker.terminate().catch(() => undefined);
    this.dispatch();
  }
}
