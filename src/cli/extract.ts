/** `ptcheck extract`: the tables of each file as data (JSON) or as a readable summary. */
import type { FileEntryJson } from '../core/contract';
import { modelEntry, unreadableEntry } from '../core/contract';
import { readWorkbook } from '../core/read';
import type { Locale } from '../core/i18n/messages';
import { formatNumber } from '../core/normalize/text';
import { openWorkbookFile } from '../hosts/file/open-workbook-file';
import { clip, renderTable } from './table-layout';
import { text } from './cli-messages';

export interface FileResult {
  entry: FileEntryJson;
  readable: boolean;
}

export async function extractFile(file: string, locale: Locale): Promise<FileResult> {
  const opened = await openWorkbookFile(file);
  if (!opened.ok) {
    return {
      entry: unreadableEntry(file, opened.error, locale),
      readable: false,
    };
  }
  return { entry: modelEntry(file, readWorkbook(opened.grid), locale), readable: true };
}

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

export function extractTable(entries: FileEntryJson[], locale: Locale): string {
  const t = text(locale);
  const blocks: string[] = [];
  for (const entry of entries) {
    const lines = [`${t.file}: ${entry.file}`];
    if (entry.error) {
      lines.push(`  ${t.cannotRead}: ${entry.error.message}`);
      blocks.push(lines.join('\n'));
      continue;
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
    for (const n of entry.notes ?? []) lines.push(`  ${t.note}: ${n.sheet}${n.cell ? '!' + n.cell : ''} ${n.message}`);
    lines.push(t.summary(entry.projects.length, entry.projects.reduce((a, p) => a + p.indicators.length, 0)));
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n') + '\n';
}
