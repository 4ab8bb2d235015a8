/** The line a report shows above a file's findings when some of its indicator content could not be read. */
import type { FileEntryJson } from '../core/contract';
import type { Locale } from '../core/i18n/messages';
import { incompleteLine } from '../core/incomplete';

export function incompleteFromEntry(entry: FileEntryJson, locale: Locale): string {
  const blocks = (entry.unreadBlocks ?? []).map((b) => ({ sheet: b.sheet, rows: { first: b.rows[0] - 1, last: b.rows[1] - 1 } }));
  return incompleteLine(blocks, locale);
}
