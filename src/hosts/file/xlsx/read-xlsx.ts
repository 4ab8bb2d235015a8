/**
 * Reads .xlsx bytes into the Grid: values, number formats and merged areas, nothing else.
 *
 * Why not ExcelJS here: its full load builds the whole styled object model (several times slower than this), and its
 * streaming reader was found to drop the last zip entry (workbook.xml) at random and to decode UTF-8 chunk by chunk,
 * which breaks Chinese characters that straddle a chunk boundary. This reader finds the parts through the zip's
 * table of contents and inflates only those the workbook's relationships name (workbook, its relationships, the
 * sheets it lists, shared strings, styles), each streamed through saxes (fflate and saxes are maintained and run in
 * Node and in the browser, so the command line and the preview page share it). Every cost is bounded by the read
 * limits (read-limits.ts).
 */
import type { SheetGrid, WorkbookGrid } from '../../../core/grid';
import { GridBudget } from '../../grid-budget';
import { readLimits, type ReadLimits } from '../../read-limits';
import { limitExceeded } from '../../read-limit-error';
import { openPackage, resolveTarget, type PackageParts, type Relationship } from './package-parts';
import { InflateBudget } from './part-stream';
import { readSharedStrings } from './shared-strings';
import { readStyleFormats } from './number-formats';
import { readWorksheet } from './read-worksheet';
import { corrupt, XlsxError } from './xlsx-error';
import { prefixedAttribute } from './xml';
import { readStoredWaivers } from './stored-waivers';
import type { Waiver } from '../../../core/review/waivers';

export { XlsxError, type XlsxErrorCode } from './xlsx-error';

interface SheetEntry {
  name: string;
  rid: string;
}

/** The sheets workbook.xml lists, stopping as soon as there are more than the limit allows. */
function readWorkbookPart(parts: PackageParts, path: string, budget: GridBudget): { sheets: SheetEntry[]; date1904: boolean } | null {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const found = parts.read(path, {
    open(name, attrs) {
      if (name === 'sheet') {
        sheets.push({ name: attrs.name ?? `Sheet${sheets.length + 1}`, rid: prefixedAttribute(attrs, 'id') ?? '' });
        budget.sheets(sheets.length);
      } else if (name === 'workbookPr') date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
    },
  });
  return found ? { sheets, date1904 } : null;
}

/** Where the workbook part is: the package's officeDocument relationship, its folder and its relationships part. */
function workbookLocation(parts: PackageParts): { rootRels: Map<string, Relationship>; workbookPath: string; folder: string; relsPath: string } {
  const rootRels = parts.relationships('_rels/.rels');
  const officeDocument = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'));
  const workbookPath = officeDocument ? resolveTarget('', officeDocument.target) : 'xl/workbook.xml';
  const folder = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/')) : '';
  const fileName = workbookPath.slice(folder.length ? folder.length + 1 : 0);
  return { rootRels, workbookPath, folder, relsPath: `${folder ? folder + '/' : ''}_rels/${fileName}.rels` };
}

export interface XlsxWorkbook {
  grid: WorkbookGrid;
  /** The waivers a reviewer stored in the workbook with the add-in (stored-waivers.ts). */
  waivers: Waiver[];
}

export function readXlsx(bytes: Uint8Array, limitOverrides?: Partial<ReadLimits>): WorkbookGrid {
  return readXlsxWorkbook(bytes, limitOverrides).grid;
}

/** Only the waivers stored in a workbook (the annotated copy keeps them); none when the package cannot be followed. */
export function readXlsxWaivers(bytes: Uint8Array): Waiver[] {
  try {
    const limits = readLimits();
    const parts = openPackage(bytes, new InflateBudget(limits));
    const { rootRels, folder, relsPath } = workbookLocation(parts);
    return readStoredWaivers(parts, rootRels, parts.relationships(relsPath), folder);
  } catch {
    return [];
  }
}

/** The cells, and what the add-in stored with them. */
export function readXlsxWorkbook(bytes: Uint8Array, limitOverrides?: Partial<ReadLimits>): XlsxWorkbook {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new XlsxError('not-zip');
  const limits = readLimits(limitOverrides);
  if (bytes.length > limits.maxFileBytes) throw limitExceeded.fileTooLarge(bytes.length, limits.maxFileBytes);
  const parts = openPackage(bytes, new InflateBudget(limits));
  const budget = new GridBudget(limits);

  const { rootRels, workbookPath, folder, relsPath } = workbookLocation(parts);
  const workbook = readWorkbookPart(parts, workbookPath, budget);
  if (!workbook) throw new XlsxError('not-xlsx');
  const rels = parts.relationships(relsPath);

  const partOf = (type: string): string | null => {
    const rel = [...rels.values()].find((r) => r.type.endsWith(type));
    return rel ? resolveTarget(folder, rel.target) : null;
  };
  const sharedStrings = readSharedStrings(parts, partOf('/sharedStrings') ?? `${folder}/sharedStrings.xml`, limits.maxCellText);
  const styleFormats = readStyleFormats(parts, partOf('/styles') ?? `${folder}/styles.xml`);

  // Each worksheet part is read once: sheets pointing at the same part are no file Excel writes, and reading the
  // part again for each of them would multiply the work by their number.
  const sheetOfPart = new Map<string, string>();
  const grids: SheetGrid[] = [];
  for (const sheet of workbook.sheets) {
    const rel = rels.get(sheet.rid);
    if (!rel || !/\/worksheet$/.test(rel.type)) continue; // chart sheets and dialog sheets hold no cells
    const path = resolveTarget(folder, rel.target);
    if (!parts.has(path)) continue;
    const key = path.toLowerCase();
    const first = sheetOfPart.get(key);
    if (first !== undefined) {
      throw corrupt(
        `工作表“${first}”和“${sheet.name}”指向同一个部分“${path}”`,
        `Sheets "${first}" and "${sheet.name}" point at the same part "${path}"`,
      );
    }
    sheetOfPart.set(key, sheet.name);
    grids.push(readWorksheet(parts, path, sheet.name, { sharedStrings, styleFormats, date1904: workbook.date1904, budget }));
  }
  return { grid: { sheets: grids }, waivers: readStoredWaivers(parts, rootRels, rels, folder) };
}
