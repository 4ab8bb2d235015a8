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
      const rows = entry.projects.map((p) => [
        p.sheet,
        clip(p.name ?? '—', 44),
        p.code ?? '—',
        p.budget === null ? '—' : `${formatNumber(p.budget)} ${p.budgetUnit}`,
        String(p.indicators.length),
      ]);
      lines.push(renderTable([t.sheet, t.name, t.code, t.budget, t.indicators], rows, ['left', 'left', 'left', 'right', 'right']));
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
