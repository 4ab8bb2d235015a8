/**
 * The notes (legacy comments) of a workbook, read from its own parts: ExcelJS attaches a note only to a cell that is
 * written in the sheet, so a note on an empty, unformatted cell is lost when it loads the file. These are put back
 * into the copy. Text only: a note's fonts and box size are ExcelJS's to keep where it keeps the note.
 */
import { unzipSync } from 'fflate';
import * as posix from 'path/posix';
import { parseXml, prefixedAttribute } from '../../hosts/file/xlsx/xml';

/** Sheet name → cell address → the note's text. */
export type NotesBySheet = Map<string, Map<string, string>>;

interface Relationship {
  target: string;
  type: string;
}

function relationships(xml: string | undefined): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  if (!xml) return rels;
  parseXml(xml, {
    open(name, attrs) {
      if (name === 'Relationship' && attrs.Id && attrs.Target) rels.set(attrs.Id, { target: attrs.Target, type: attrs.Type ?? '' });
    },
  });
  return rels;
}

/** A relationship's target as a path in the zip: relative to the part's folder, or absolute from the root. */
function resolve(folder: string, target: string): string {
  return target.startsWith('/') ? posix.normalize(target.slice(1)) : posix.normalize(posix.join(folder, target));
}

function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

function commentsOf(xml: string): Map<string, string> {
  const notes = new Map<string, string>();
  let ref: string | null = null;
  let text = '';
  let inText = false;
  let phonetic = 0;
  parseXml(xml, {
    open(name, attrs, selfClosing) {
      if (name === 'comment') {
        ref = attrs.ref ?? null;
        text = '';
      } else if (name === 'rPh' && !selfClosing) phonetic++;
      else if (name === 't' && phonetic === 0 && !selfClosing) inText = true;
    },
    text(value) {
      if (inText) text += value;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === 'comment' && ref) {
        notes.set(ref.replace(/\$/g, '').toUpperCase(), text);
        ref = null;
      }
    },
  });
  return notes;
}

/** Every sheet's notes; an empty map when the workbook has none or its parts cannot be followed. */
export function readOriginalNotes(bytes: Uint8Array): NotesBySheet {
  const result: NotesBySheet = new Map();
  try {
    // Only the small parts that lead to the notes are inflated, never the sheets' cells.
    const files = unzipSync(bytes, { filter: (f) => /(^|\/)(workbook\.xml|[^/]*\.rels|comments[^/]*\.xml)$/i.test(f.name) });
    const decode = (path: string): string | undefined => (files[path] ? new TextDecoder().decode(files[path]) : undefined);
    const workbookPath = Object.keys(files).find((name) => /^xl\/workbook\.xml$/i.test(name)) ?? 'xl/workbook.xml';
    const workbookRels = relationships(decode(relsPathOf(workbookPath)));
    const sheets: { name: string; rid: string }[] = [];
    parseXml(decode(workbookPath) ?? '<workbook/>', {
      open(name, attrs) {
        const rid = prefixedAttribute(attrs, 'id');
        if (name === 'sheet' && attrs.name && rid) sheets.push({ name: attrs.name, rid });
      },
    });
    for (const sheet of sheets) {
      const rel = workbookRels.get(sheet.rid);
      if (!rel) continue;
      const sheetPath = resolve(posix.dirname(workbookPath), rel.target);
      for (const sheetRel of relationships(decode(relsPathOf(sheetPath))).values()) {
        if (!sheetRel.type.endsWith('/comments')) continue;
        const xml = decode(resolve(posix.dirname(sheetPath), sheetRel.target));
        if (xml) result.set(sheet.name, commentsOf(xml));
      }
    }
  } catch {
    // Notes are a courtesy on top of ExcelJS's copy: a part that cannot be read leaves the copy as ExcelJS made it.
  }
  return result;
}
