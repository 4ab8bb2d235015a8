/** Plain-text tables for a terminal, aligned by display width (a Chinese character takes two columns). */
import { displayWidth } from '../core/normalize/text';

export function padTo(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const gap = Math.max(0, width - displayWidth(text));
  return align === 'left' ? text + ' '.repeat(gap) : ' '.repeat(gap) + text;
}

/** Cuts a text to a display width, marking the cut with "…". */
export function clip(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…';
}

export function renderTable(headers: string[], rows: string[][], align: ('left' | 'right')[] = []): string {
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]): string =>
    cells.map((c, i) => padTo(c, widths[i], align[i] ?? 'left')).join('  ').replace(/\s+$/, '');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Cuts a text to a display width from the front, marking the cut with "…" (a path keeps its file name). */
export function clipStart(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const kept: string[] = [];
  let used = 1;
  for (const ch of [...text].reverse()) {
    if (used + displayWidth(ch) > width) break;
    kept.unshift(ch);
    used += displayWidth(ch);
  }
  return '…' + kept.join('');
}
