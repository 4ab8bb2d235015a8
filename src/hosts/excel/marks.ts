/**
 * Highlights as conditional formats, and notes (or comments) on flagged cells. Neither touches the user's own fills,
 * fonts, borders or notes: a highlight is a conditional format whose formula carries a marker, so clearing deletes
 * exactly those (also after the workbook was saved and reopened) and the cell looks as it did before. Every step is
 * batched: a constant number of round trips whatever the number of cells or sheets.
 */
import type { Severity } from '../../core/check/types';
import type { Mark, MarkResult } from '../workbook-host';
import { addressLists, quoteSheet, splitAddress } from './addresses';
import type { Features } from './environment';

/** In every highlight's formula, so that the add-in can tell its own conditional formats from the user's. */
export const HIGHLIGHT_MARKER = 'ptcheck';
/** At the start of every note or comment the add-in writes. */
export const NOTE_MARKER = '【绩效审核';

export const HIGHLIGHT_COLORS: Record<Severity, { fill: string; font: string }> = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
  info: { fill: '#DDEBF7', font: '#1F4E78' },
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function highlightFormula(severity: Severity): string {
  return `=LEN("${HIGHLIGHT_MARKER}:${severity}")>0`;
}

export function isOwnHighlight(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.includes(`${HIGHLIGHT_MARKER}:`);
}

export function isOwnNote(content: string | null | undefined): boolean {
  return typeof content === 'string' && content.startsWith(NOTE_MARKER);
}

/** One mark per cell: the most severe wins, its note lists every finding of the cell. */
export function mergeMarks(marks: Mark[]): Mark[] {
  const byCell = new Map<string, Mark>();
  for (const mark of marks) {
    const key = `${mark.sheet}\u0000${mark.cell}`;
    const existing = byCell.get(key);
    if (!existing) byCell.set(key, { ...mark });
    else {
      existing.note = `${existing.note}\n${mark.note}`;
      if (RANK[mark.severity] < RANK[existing.severity]) existing.severity = mark.severity;
    }
  }
  return [...byCell.values()];
}

interface OwnAnnotations {
  notes: Excel.Note[];
  comments: Excel.Comment[];
}

/** Round trip 1: the sheets, every conditional format, and the add-in's own notes or comments. */
async function loadExisting(context: Excel.RequestContext, features: Features) {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const formats = features.highlights
    ? worksheets.items.map((sheet) => {
        const collection = sheet.getRange().conditionalFormats;
        collection.load('items/type,items/customOrNullObject/rule/formula');
        return collection;
      })
    : [];
  const notes = features.annotations === 'notes' ? context.workbook.notes : null;
  const comments = features.annotations === 'comments' ? context.workbook.comments : null;
  notes?.load('items/content');
  comments?.load('items/content');
  await context.sync();
  const own: OwnAnnotations = {
    notes: notes ? notes.items.filter((n) => isOwnNote(n.content)) : [],
    comments: comments ? comments.items.filter((c) => isOwnNote(c.content)) : [],
  };
  return { sheets: worksheets.items, formats, notes, comments, own };
}

function deleteOwn(formats: Excel.ConditionalFormatCollection[], own: OwnAnnotations): void {
  for (const collection of formats) {
    for (const format of collection.items) {
      if (format.type === 'Custom' && !format.customOrNullObject.isNullObject && isOwnHighlight(format.customOrNullObject.rule.formula)) {
        format.delete();
      }
    }
  }
  for (const note of own.notes) note.delete();
  for (const comment of own.comments) comment.delete();
}

export async function clearMarks(context: Excel.RequestContext, features: Features): Promise<void> {
  if (!features.highlights && !features.annotations) return;
  const existing = await loadExisting(context, features);
  deleteOwn(existing.formats, existing.own);
  await context.sync();
}

export async function applyMarks(context: Excel.RequestContext, features: Features, marks: Mark[]): Promise<MarkResult> {
  const merged = mergeMarks(marks);
  const result: MarkResult = { cells: 0, annotated: 0, skippedAnnotations: 0 };
  if (!features.highlights && !features.annotations) return result;
  const existing = await loadExisting(context, features);
  const sheetNames = new Set(existing.sheets.map((s) => s.name));
  const targets = merged.filter((m) => sheetNames.has(m.sheet));

  // Round trip 2: which target cells already hold someone's note or comment (those keep theirs).
  const occupied = new Set<string>();
  if (features.annotations === 'notes') {
    const probes = targets.map((m) => {
      const note = context.workbook.notes.getItemOrNullObject(`${quoteSheet(m.sheet)}!${m.cell}`);
      note.load('content');
      return { mark: m, note };
    });
    await context.sync();
    for (const { mark, note } of probes) if (!note.isNullObject && !isOwnNote(note.content)) occupied.add(key(mark));
  } else if (features.annotations === 'comments') {
    const others = existing.comments!.items.filter((c) => !isOwnNote(c.content)).map((c) => {
      const location = c.getLocation();
      location.load('address');
      return location;
    });
    await context.sync();
    for (const location of others) {
      const at = splitAddress(location.address);
      occupied.add(key({ sheet: at.sheet, cell: at.cell }));
    }
  }

  // Round trip 3: remove the previous marks and write the new ones.
  deleteOwn(existing.formats, existing.own);
  if (features.highlights) {
    const bySheet = new Map<string, Map<Severity, string[]>>();
    for (const mark of targets) {
      const severities = bySheet.get(mark.sheet) ?? new Map<Severity, string[]>();
      bySheet.set(mark.sheet, severities);
      severities.set(mark.severity, [...(severities.get(mark.severity) ?? []), mark.cell]);
    }
    for (const [sheetName, severities] of bySheet) {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      for (const [severity, cells] of severities) {
        const ranges: { conditionalFormats: Excel.ConditionalFormatCollection }[] = features.rangeAreas
          ? addressLists(cells).map((list) => sheet.getRanges(list))
          : cells.map((cell) => sheet.getRange(cell));
        for (const range of ranges) {
          const format = range.conditionalFormats.add('Custom');
          format.custom.rule.formula = highlightFormula(severity);
          format.custom.format.fill.color = HIGHLIGHT_COLORS[severity].fill;
          format.custom.format.font.color = HIGHLIGHT_COLORS[severity].font;
        }
      }
    }
  }
  for (const mark of targets) {
    result.cells++;
    if (!features.annotations) continue;
    const address = `${quoteSheet(mark.sheet)}!${mark.cell}`;
    if (occupied.has(key(mark))) {
      result.skippedAnnotations++;
      continue;
    }
    if (features.annotations === 'notes') context.workbook.notes.add(address, mark.note);
    else context.workbook.comments.add(address, mark.note);
    result.annotated++;
  }
  await context.sync();
  return result;
}

function key(mark: Pick<Mark, 'sheet' | 'cell'>): string {
  return `${mark.sheet}\u0000${mark.cell}`;
}
