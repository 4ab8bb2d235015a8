/**
 * The notes (legacy comments) of a workbook, read from its own parts: ExcelJS attaches a note only to a cell that is
 * written in the sheet, so a note on an empty, unformatted cell is lost when it loads the file. These are put back
 * into the copy. Text only: a note's fonts and box size are ExcelJS's to keep where it keeps the note.
 */
import { DEFAULT_READ_LIMITS } from '../../hosts/read-limits';
import { openPackage, resolveTarget, type PackageParts } from '../../hosts/file/xlsx/package-parts';
import { InflateBudget } from '../../hosts/file/xlsx/part-stream';
import { prefixedAttribute } from '../../hosts/file/xlsx/xml';

/** Sheet name → cell address → the note's text. */
export type NotesBySheet = Map<string, Map<string, string>>;

function folderOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash);
}

function relsPathOf(part: string): string {
  const folder = folderOf(part);
  return `${folder ? `${folder}/` : ''}_rels/${part.slice(folder ? folder.length + 1 : 0)}.rels`;
}

function commentsOf(parts: PackageParts, path: string): Map<string, string> {
  const notes = new Map<string, string>();
  let ref: string | null = null;
  let text = '';
  let inText = false;
  let phonetic = 0;
  parts.read(path, {
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
    // The same bounded reading as the workbook's: only the parts that lead to the notes, streamed within the limits.
    const parts = openPackage(bytes, new InflateBudget(DEFAULT_READ_LIMITS));
    const officeDocument = [...parts.relationships('_rels/.rels').values()].find((r) => r.type.endsWith('/officeDocument'));
    const workbookPath = officeDocument ? resolveTarget('', officeDocument.target) : 'xl/workbook.xml';
    const workbookRels = parts.relationships(relsPathOf(workbookPath));
    const sheets: { name: string; rid: string }[] = [];
    parts.read(workbookPath, {
      open(name, attrs) {
        const rid = prefixedAttribute(attrs, 'id');
        if (name === 'sheet' && attrs.name && rid) sheets.push({ name: attrs.name, rid });
      },
    });
    for (const sheet of sheets) {
      const rel = workbookRels.get(sheet.rid);
      if (!rel) continue;
      const sheetPath = resolveTarget(folderOf(workbookPath), rel.target);
      for (const sheetRel of parts.relationships(relsPathOf(sheetPath)).values()) {
        if (!sheetRel.type.endsWith('/comments')) continue;
        const commentsPath = resolveTarget(folderOf(sheetPath), sheetRel.target);
        if (parts.has(commentsPath)) result.set(sheet.name, commentsOf(parts, commentsPath));
      }
    }
  } catch {
    // Notes are a courtesy on top of ExcelJS's copy: a part that cannot be read leaves the copy as ExcelJS made it.
  }
  return result;
}
