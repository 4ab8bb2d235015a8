/**
 * A one-line progress bar on stderr for runs over several files, drawn only on a terminal and never with JSON output
 * (a program reading the output wants nothing but the array). It appears after a short delay, so that quick runs
 * stay quiet, is redrawn at most ten times a second, and is erased before anything else is written to the terminal.
 */
import { displayWidth } from '../core/normalize/text';
import { clip } from './table-layout';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): boolean;
}

const ERASE_LINE = '\r\x1b[K';
const REDRAW_INTERVAL_MS = 100;

export class ProgressBar {
  private done = 0;
  private current = '';
  private drawn = false;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private readonly started: number;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly label: string,
    private readonly now: () => number = Date.now,
    private readonly delayMs = 300,
  ) {
    this.started = now();
  }

  /** `done` files of the total are finished, the last one being `file`. */
  update(done: number, file: string): void {
    this.done = done;
    this.current = file;
    const time = this.now();
    if (time - this.started < this.delayMs || time - this.lastDraw < REDRAW_INTERVAL_MS) return;
    this.draw(time);
  }

  /** Erases the bar (before other output on the same terminal). */
  clear(): void {
    if (!this.drawn) return;
    this.stream.write(ERASE_LINE);
    this.drawn = false;
  }

  /** Draws the bar again after other output, when it was showing. */
  redraw(): void {
    if (this.lastDraw > Number.NEGATIVE_INFINITY && !this.drawn && this.done < this.total) this.draw(this.now());
  }

  finish(): void {
    this.clear();
    this.done = this.total;
  }

  render(columns: number): string {
    const counts = `${this.done}/${this.total}`;
    const barWidth = Math.max(10, Math.min(30, columns - displayWidth(this.label) - counts.length - 30));
    const filled = this.total ? Math.round((barWidth * this.done) / this.total) : barWidth;
    const head = `${this.label} [${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}] ${counts} `;
    // The line must never wrap, or erasing it would leave its first part behind.
    return clip(head + this.current, Math.max(1, columns - 1));
  }

  private draw(time: number): void {
    // A terminal that does not say its width (0 under some pseudo-terminals) is taken as 80 columns.
    this.stream.write(ERASE_LINE + this.render(this.stream.columns || 80));
    this.drawn = true;
    this.lastDraw = time;
  }
}

export function progressBarFor(stream: ProgressStream, total: number, format: string, label: string): ProgressBar | null {
  if (!stream.isTTY || format === 'json' || total < 2) return null;
  return new ProgressBar(stream, total, label);
}
