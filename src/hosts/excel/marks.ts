/**
 * Highlights as conditional formats, and notes (or comments) on flagged cells. Neither touches the user's own fills,
 * fonts, borders or notes: a highlight is a conditional format whose formula carries a marker, so clearing deletes
 * exactly those (also after the workbook was saved and reopened) and the cell looks as it did before. Every step is
 * batched: a constant number of round trips whatever the number of cells or sheets. Only when Excel refuses a batch
 * (a protected sheet) is the work redone sheet by sheet, so that the other sheets still get their marks.
 */
import { SEVERITY_RANK } from '../../core/check/types';
import type { Mark, MarkResult } from '../workbook-host';
import { addressLists, quoteSheet, splitAddress } from './addresses';
import type { Features } from './environment';
import { chunksBySize } from './request-size';
import { HIGHLIGHT_COLORS, HIGHLIGHT_MARKER, NOTE_MARKER, highlightFormula } from '../../core/review/mark-style';

// The colours and markers live in the core, where the command's annotated copy uses them too.
export { HIGHLIGHT_COLORS, HIGHLIGHT_MARKER, NOTE_MARKER, highlightFormula } from '../../core/review/mark-style';

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
    const existing = byCell.get(key(mark));
    if (!existing) byCell.set(key(mark), { ...mark });
    else {
      existing.note = `${existing.note}\n${mark.note}`;
      if (SEVERITY_RANK[mark.severity] < SEVERITY_RANK[existing.severity]) existing.severity = mark.severity;
    }
  }
  return [...byCell.values()];
}

type AnnotationKind = 'notes' | 'comments';

/**
 * The annotations this Excel really has. Notes are looked for, not only asked about: the office.js copy that intranets
 * serve from npm is too old to have a Notes API, while Excel still reports ExcelApi 1.18 (then comments are used).
 */
export function annotationsIn(context: Excel.RequestContext, features: Features): Features {
  const workbook = context.workbook as unknown as { notes?: unknown; comments?: unknown };
  let annotations = features.annotations;
  if (annotations === 'notes' && workbook.notes === undefined) annotations = 'comments';
  if (annotations === 'comments' && workbook.comments === undefined) annotations = null;
  return annotations === features.annotations ? features : { ...features, annotations };
}

interface Existing {
  sheets: Excel.Worksheet[];
  /** Each sheet's conditional formats; null where they could not be read (that sheet is left alone). */
  formats: (Excel.ConditionalFormatCollection | null)[];
  /** The add-in's own notes or comments from an earlier run. */
  own: (Excel.Note | Excel.Comment)[];
  /** Other people's notes and comments: their cells keep them (and a cell holds a note or a comment, not both). */
  others: (Excel.Note | Excel.Comment)[];
}

/** Queues the load of a sheet's conditional formats, with what tells the add-in's own from the user's. */
function loadFormats(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  const collection = sheet.getRange().conditionalFormats;
  collection.load('items/type,items/customOrNullObject/rule/formula');
  return collection;
}

/** Round trips 1 and 2: the sheets, every conditional format, and the notes and comments. */
async function loadExisting(context: Excel.RequestContext, features: Features): Promise<Existing> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const sheets = worksheets.items;
  let formats: (Excel.ConditionalFormatCollection | null)[] = features.highlights ? sheets.map(loadFormats) : sheets.map(() => null);
  const notes = features.annotations === 'notes' ? context.workbook.notes : null;
  // Comments exist from ExcelApi 1.10, so also when notes are written (1.18): an earlier run on an older Excel may
  // have left comments, which are the add-in's own as much as its notes.
  const comments = features.annotations ? context.workbook.comments : null;
  notes?.load('items/content');
  comments?.load('items/content');
  try {
    await context.sync();
  } catch (error) {
    if (!features.highlights) throw error;
    // One sheet's conditional formats could not be read: read them sheet by sheet and leave that sheet alone.
    notes?.load('items/content');
    comments?.load('items/content');
    await context.sync();
    formats = await eachSheet(sheets, async (sheet) => {
      const collection = loadFormats(sheet);
      await context.sync();
      return collection;
    });
  }
  const all: (Excel.Note | Excel.Comment)[] = [...(notes ? notes.items : []), ...(comments ? comments.items : [])];
  return { sheets, formats, own: all.filter((item) => isOwnNote(item.content)), others: all.filter((item) => !isOwnNote(item.content)) };
}

/** Runs `step` for each sheet in a round trip of its own; a sheet it fails on yields null. */
async function eachSheet<T>(sheets: Excel.Worksheet[], step: (sheet: Excel.Worksheet) => Promise<T>): Promise<(T | null)[]> {
  const results: (T | null)[] = [];
  for (const sheet of sheets) {
    try {
      results.push(await step(sheet));
    } catch {
      results.push(null);
    }
  }
  return results;
}

function deleteOwnFormats(collection: Excel.ConditionalFormatCollection | null): void {
  for (const format of collection?.items ?? []) {
    if (format.type === 'Custom' && !format.customOrNullObject.isNullObject && isOwnHighlight(format.customOrNullObject.rule.formula)) {
      format.delete();
    }
  }
}

/** One conditional format per severity and list of cells (per cell where RangeAreas is missing). */
function addHighlights(sheet: Excel.Worksheet, features: Features, marks: Mark[]): void {
  for (const [severity, severityMarks] of groupBy(marks, (mark) => mark.severity)) {
    const cells = severityMarks.map((mark) => mark.cell);
    const ranges: { conditionalFormats: Excel.ConditionalFormatCollection }[] = features.rangeAreas
      ? addressLists(cells, MAX_ADDRESS_LIST_LENGTH, MAX_AREAS_PER_LIST).map((list) => sheet.getRanges(list))
      : cells.map((cell) => sheet.getRange(cell));
    for (const range of ranges) {
      const format = range.conditionalFormats.add('Custom');
      format.custom.rule.formula = highlightFormula(severity);
      format.custom.format.fill.color = HIGHLIGHT_COLORS[severity].fill;
      format.custom.format.font.color = HIGHLIGHT_COLORS[severity].font;
    }
  }
}

/** Keeps each getRanges call well inside Excel's limits on an address list. */
const MAX_ADDRESS_LIST_LENGTH = 2000;
const MAX_AREAS_PER_LIST = 200;

/**
 * The highlights: the old ones deleted and the new ones added, all sheets in one round trip. Should Excel refuse
 * (a protected sheet), each sheet is done again on its own from a fresh read; the sheets that still fail are returned.
 */
async function writeHighlights(context: Excel.RequestContext, features: Features, existing: Existing, bySheet: Map<string, Mark[]>): Promise<string[]> {
  const sheets = existing.sheets.filter((sheet, i) => existing.formats[i] !== null);
  for (const [i, sheet] of existing.sheets.entries()) {
    const collection = existing.formats[i];
    if (!collection) continue;
    deleteOwnFormats(collection);
    addHighlights(sheet, features, bySheet.get(sheet.name) ?? []);
  }
  const unreadable = existing.sheets.filter((sheet, i) => existing.formats[i] === null && bySheet.has(sheet.name)).map((s) => s.name);
  try {
    await context.sync();
    return unreadable;
  } catch {
    const done = await eachSheet(sheets, async (sheet) => {
      const collection = loadFormats(sheet);
      await context.sync();
      deleteOwnFormats(collection);
      addHighlights(sheet, features, bySheet.get(sheet.name) ?? []);
      await context.sync();
      return true;
    });
    return [...unreadable, ...sheets.filter((_, i) => !done[i]).map((s) => s.name)];
  }
}

/** The add-in's own notes and comments of one sheet, read afresh (after a failed batch some may be gone or new). */
async function ownAnnotationsOf(context: Excel.RequestContext, sheet: Excel.Worksheet, kind: AnnotationKind): Promise<(Excel.Note | Excel.Comment)[]> {
  const collections: (Excel.NoteCollection | Excel.CommentCollection)[] = kind === 'notes' ? [sheet.notes, sheet.comments] : [sheet.comments];
  for (const collection of collections) collection.load('items/content');
  await context.sync();
  return collections.flatMap((c) => c.items as (Excel.Note | Excel.Comment)[]).filter((item) => isOwnNote(item.content));
}

function addAnnotation(context: Excel.RequestContext, kind: AnnotationKind, mark: Mark): void {
  const address = `${quoteSheet(mark.sheet)}!${mark.cell}`;
  if (kind === 'notes') context.workbook.notes.add(address, mark.note);
  else context.workbook.comments.add(address, mark.note);
}

/** What adding one note sends: its address and its text. */
const annotationSize = (mark: Mark): number => mark.sheet.length + mark.cell.length + mark.note.length + 16;

/** Adds the notes in round trips under the request size limit (one for an ordinary workbook). */
async function addAnnotations(context: Excel.RequestContext, kind: AnnotationKind, marks: Mark[]): Promise<void> {
  const chunks = chunksBySize(marks, annotationSize);
  if (chunks.length === 0) await context.sync(); // the deletions queued before
  for (const chunk of chunks) {
    for (const mark of chunk) addAnnotation(context, kind, mark);
    await context.sync();
  }
}

/** The notes or comments, like the highlights: all at once, else sheet by sheet; returns the sheets that failed. */
async function writeAnnotations(
  context: Excel.RequestContext,
  kind: AnnotationKind,
  existing: Existing,
  bySheet: Map<string, Mark[]>,
): Promise<string[]> {
  for (const item of existing.own) item.delete();
  try {
    await addAnnotations(context, kind, [...bySheet.values()].flat());
    return [];
  } catch {
    const done = await eachSheet(existing.sheets, async (sheet) => {
      for (const item of await ownAnnotationsOf(context, sheet, kind)) item.delete();
      await addAnnotations(context, kind, bySheet.get(sheet.name) ?? []);
      return true;
    });
    return existing.sheets.filter((sheet, i) => !done[i] && bySheet.has(sheet.name)).map((s) => s.name);
  }
}

export async function clearMarks(context: Excel.RequestContext, declared: Features): Promise<void> {
  const features = annotationsIn(context, declared);
  if (!features.highlights && !features.annotations) return;
  const existing = await loadExisting(context, features);
  if (features.highlights) await writeHighlights(context, features, existing, new Map());
  if (features.annotations) await writeAnnotations(context, features.annotations, existing, new Map());
}

export async function applyMarks(context: Excel.RequestContext, declared: Features, marks: Mark[]): Promise<MarkResult> {
  const features = annotationsIn(context, declared);
  const result: MarkResult = { cells: 0, annotated: 0, skippedAnnotations: 0, unmarkedSheets: [], protectedSheets: [] };
  if (!features.highlights && !features.annotations) return result;
  const existing = await loadExisting(context, features);
  const sheetNames = new Set(existing.sheets.map((s) => s.name));
  const targets = mergeMarks(marks).filter((m) => sheetNames.has(m.sheet));

  // Round trip 3: which cells already hold someone's note or comment (those keep theirs).
  const locations = existing.others.map((item) => {
    const location = item.getLocation();
    location.load('address');
    return location;
  });
  if (locations.length) await context.sync();
  const occupied = new Set(locations.map((location) => key(splitAddress(location.address))));

  // Round trip 4: highlights. Round trip 5: notes or comments, on the sheets that took their highlights.
  const bySheet = (list: Mark[]): Map<string, Mark[]> => groupBy(list, (mark) => mark.sheet);
  const unhighlighted = new Set(features.highlights ? await writeHighlights(context, features, existing, bySheet(targets)) : []);
  const annotatable = features.annotations ? targets.filter((mark) => !occupied.has(key(mark)) && !unhighlighted.has(mark.sheet)) : [];
  const unannotated = new Set(features.annotations ? await writeAnnotations(context, features.annotations, existing, bySheet(annotatable)) : []);
  // A sheet is marked whole or not at all: where its notes were refused, its highlights are taken back.
  const rolledBack = [...unannotated].filter((sheet) => !unhighlighted.has(sheet));
  if (features.highlights && rolledBack.length) await removeHighlights(context, existing.sheets.filter((s) => rolledBack.includes(s.name)));
  const unmarked = new Set([...unhighlighted, ...unannotated]);
  result.unmarkedSheets = existing.sheets.map((s) => s.name).filter((name) => unmarked.has(name));
  result.protectedSheets = result.unmarkedSheets.length ? await protectedAmong(context, existing.sheets.filter((s) => unmarked.has(s.name))) : [];
  result.cells = targets.filter((m) => !unmarked.has(m.sheet)).length;
  result.annotated = annotatable.filter((m) => !unmarked.has(m.sheet)).length;
  result.skippedAnnotations = features.annotations ? targets.filter((m) => occupied.has(key(m)) && !unmarked.has(m.sheet)).length : 0;
  return result;
}

/** Deletes the add-in's highlights on these sheets (a rollback), each sheet on its own so that one failing spares the rest. */
async function removeHighlights(context: Excel.RequestContext, sheets: Excel.Worksheet[]): Promise<void> {
  await eachSheet(sheets, async (sheet) => {
    const collection = loadFormats(sheet);
    await context.sync();
    deleteOwnFormats(collection);
    await context.sync();
    return true;
  });
}

/** Which of these sheets are protected (what the user can lift), as against Excel refusing for another reason. */
async function protectedAmong(context: Excel.RequestContext, sheets: Excel.Worksheet[]): Promise<string[]> {
  const protections = sheets.map((sheet) => {
    const protection = sheet.protection;
    protection.load('protected');
    return protection;
  });
  try {
    await context.sync();
  } catch {
    return [];
  }
  return sheets.filter((_, i) => protections[i].protected).map((s) => s.name);
}

function groupBy<K>(marks: Mark[], keyOf: (mark: Mark) => K): Map<K, Mark[]> {
  const groups = new Map<K, Mark[]>();
  for (const mark of marks) {
    const group = groups.get(keyOf(mark));
    if (group) group.push(mark);
    else groups.set(keyOf(mark), [mark]);
  }
  return groups;
}

function key(mark: Pick<Mark, 'sheet' | 'cell'>): string {
  return `${mark.sheet}\u0000${mark.cell}`;
}
