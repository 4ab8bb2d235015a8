/**
 * The command's report, written to stdout piece by piece as files finish: waits when the reader is slower than the
 * command (so that output never piles up in memory), erases the progress bar before writing, and stops quietly when
 * the reader goes away (`ptcheck check … | head`), without an EPIPE stack.
 */
import type { Writable } from 'stream';
import type { ProgressBar } from './progress-bar';

export class OutputWriter {
  private gone = false;

  constructor(
    private readonly stream: Writable = process.stdout,
    private readonly bar: ProgressBar | null = null,
  ) {
    // EPIPE (the reader went away) and any other write error alike: the output cannot be written any more.
    stream.on('error', () => {
      this.gone = true;
    });
  }

  /** True once the reader has closed the output: the rest of the run can stop. */
  get closed(): boolean {
    return this.gone;
  }

  async write(text: string): Promise<void> {
    if (!text || this.gone) return;
    this.bar?.clear();
    const flushed = this.stream.write(text);
    if (!flushed && !this.gone) await this.drained();
    this.bar?.redraw();
  }

  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('error', done);
      this.stream.on('close', done);
    });
  }
}
