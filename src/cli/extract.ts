/** `ptcheck extract` for a reader: the tables of each file, file by file (the JSON is json-array-sink's). */
import type { FileEntryJson } from '../core/contract';
import type { Locale } from '../core/i18n/messages';
import { formatNumber } from '../core/normalize/text';
import { clip, renderTable } from './table-layout';
import { text } from './cli-messages';
import type { FileOutcome } from './file-task';
import type { ReportSink } from './report-sink';
import { summaryRow, summaryTable, type SummaryRow } from './batch-summary';
import { incompleteFromEntry } from './incomplete-lines';

function executionCell(p: FileEntryJson['projects'][number]): string {
  const rate = p.execution?.rate;
  return rate === null || rate === undefined ? '—' : `${formatNumber(Math.round(rate * 100) / 100)}%`;
}

/** The indicators' scores added up, over their weights ("72 / 80"); a cell merged over several rows counts once. */
function scoreCell(p: FileEntryJson['projects'][number]): string {
  const scored = p.indicators.filter((i) => typeof i.score === 'number');
  if (!scored.length) return '—';
  const sum = (key: 'score' | 'weight'): number => {
    const seen = new Set<string>();
    let total = 0;
    for (const i of scored) {
      const cell = i.cells[key];
      if (cell && seen.has(cell)) continue;
      if (cell) seen.add(cell);
      total += i[key] ?? 0;
    }
    return Math.round(total * 100) / 100;
  };
  return `${formatNumber(sum('score'))} / ${formatNumber(sum('weight'))}`;
}

/** One file's block: its tables, department-wide sections and reader notes. */
export function extractBlock(entry: FileEntryJson, locale: Locale): string {
  const t = text(locale);
  const lines = [`${t.file}: ${entry.file}`];
  if (entry.error) {
    lines.push(`  ${t.cannotRead}: ${entry.error.message}`);
    return lines.join('\n');
  }
  if (entry.projects.length) {
    // Self-evaluations: the execution rate and the indicators' scores beside the usual columns.
    const evaluations = entry.projects.some((p) => p.execution || p.indicators.some((i) => i.score !== undefined));
    const rows = entry.projects.map((p) => [
      p.sheet,
      clip(p.name ?? '—', 44),
      p.code ?? '—',
      p.budget === null ? '—' : `${formatNumber(p.budget)} ${p.budgetUnit}`,
      String(p.indicators.length),
      ...(evaluations ? [executionCell(p), scoreCell(p)] : []),
    ]);
    const headers = [t.sheet, t.name, t.code, t.budget, t.indicators, ...(evaluations ? [t.executionRate, t.scores] : [])];
    lines.push(renderTable(headers, rows, ['left', 'left', 'left', 'right', 'right', 'right', 'right']));
  }
  for (const d of entry.departments ?? []) {
    lines.push(`${t.department}: ${d.name ?? d.title ?? d.sheet}（${t.sheet} ${d.sheet}，${d.paragraphs.length} ${t.paragraphs}，${t.indicatorCount(d.indicators.length)}）`);
  }
  const incomplete = incompleteFromEntry(entry, locale);
  if (incomplete) lines.push(`  ${incomplete}`);
  for (const n of entry.notes ?? []) lines.push(`  ${t.note}: ${n.sheet}${n.cell ? '!' + n.cell : ''} ${n.message}`);
  lines.push(t.summary(entry.projects.length, entry.projects.reduce((a, p) => a + p.indicators.length, 0)));
  return lines.join('\n');
}

/** Blocks separated by a blank line; over several files, a table of them at the end. */
export class ExtractTableSink implements ReportSink {
  private readonly rows: SummaryRow[] = [];

  constructor(private readonly locale: Locale) {}

  begin(): string {
    return '';
  }

  add(outcome: FileOutcome): string {
    this.rows.push(summaryRow(outcome));
    return (this.rows.length > 1 ? '\n\n' : '') + extractBlock(outcome.entry, this.locale);
  }

  end(): string {
    if (this.rows.length === 0) return '';
    return '\n' + (this.rows.length > 1 ? '\n' + summaryTable(this.rows, 'extract', this.locale) : '');
  }
}
