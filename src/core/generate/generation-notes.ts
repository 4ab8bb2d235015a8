/**
 * What generation could not settle, written into the output beside the tables (the 生成说明 sheet) and printed by the
 * command: indicators no rule could place, findings of the source that normalization does not resolve (a cost above
 * the budget stays above it), and waived findings with their reasons. Nothing is "fixed" silently. The sheet is the
 * add-in's own output: the reader does not read it back as a table.
 */
import type { Locale, Messages } from '../i18n/messages';
import type { ReviewedFinding } from '../review/waivers';
import type { SheetSpec } from './sheet-spec';
import { GENERATION_NOTES } from '../vocabulary/own-sheets';

export interface GenerationNote {
  kind: 'unplaced' | 'moved' | 'finding' | 'waived' | 'weights' | 'skipped';
  sheet: string;
  cell?: string;
  project?: string;
  message: Messages;
}

/** Rules whose findings the standard output resolves by writing the standard form (comparators, units, figures). */
export const RESOLVED_BY_NORMALIZATION = new Set([
  'indicator/full-width',
  'indicator/unit-nonstandard',
  'indicator/unit-shorthand',
  'indicator/unit-latin',
  'money/unit-written',
]);

const WORDS = {
  'zh-CN': {
    ...GENERATION_NOTES['zh-CN'],
    kinds: { unplaced: '无法归类', moved: '已调整', finding: '未解决的问题', waived: '已忽略', weights: '分值', skipped: '未生成' },
  },
  'en-US': {
    ...GENERATION_NOTES['en-US'],
    kinds: { unplaced: 'not placed', moved: 'moved', finding: 'unresolved finding', waived: 'waived', weights: 'weights', skipped: 'not generated' },
  },
};

/** The source's findings that the output does not resolve, and the waived ones with their reasons. */
export function findingNotes(findings: ReviewedFinding[]): GenerationNote[] {
  return findings
    .filter((f) => f.waiver || !RESOLVED_BY_NORMALIZATION.has(f.rule))
    .map((f) => ({
      kind: f.waiver ? ('waived' as const) : ('finding' as const),
      sheet: f.sheet,
      cell: f.cell,
      project: f.project,
      message: f.waiver
        ? { 'zh-CN': `${f.message['zh-CN']}（已忽略：${f.waiver.reason}）`, 'en-US': `${f.message['en-US']} (waived: ${f.waiver.reason})` }
        : f.message,
    }));
}

export function notesSheet(notes: GenerationNote[], locale: Locale, name: string): SheetSpec {
  const words = WORDS[locale];
  return {
    name,
    columnWidths: [24, 8, 30, 12, 80],
    cells: [{ row: 0, col: 0, value: words.title, style: 'title' }],
    merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
    bordered: [],
    rowHeights: { 0: 28 },
    table: {
      name: 'GenerationNotes',
      top: 1,
      headers: [...words.headers],
      rows: notes.map((n) => [n.sheet, n.cell ?? '', n.project ?? '', words.kinds[n.kind], n.message[locale]]),
    },
    frozenRows: 2,
  };
}
