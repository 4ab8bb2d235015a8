/**
 * Reads .xlsx bytes into the Grid: values, number formats and merged areas, nothing else.
 *
 * Why not ExcelJS here: its full load builds the whole styled object model (several times slower than this), and its
 * streaming reader was found to drop the last zip entry (workbook.xml) at random and to decode UTF-8 chunk by chunk,
 * which breaks Chinese characters that straddle a chunk boundary. This reader unzips with fflate and parses with
 * saxes (both maintained, both run in Node and in the browser), so the command line and the preview page share it.
 */
import { unzipSync } from 'fflate';
import type { CellValue, WorkbookGrid } from '../../../core/grid';
import { parseA1 } from '../../../core/grid';
import { SheetGridBuilder } from '../grid-builder';
import { parseXml, prefixedAttribute } from './xml';

export type XlsxErrorCode = 'not-zip' | 'not-xlsx' | 'corrupt';

export class XlsxError extends Error {
  constructor(
    readonly code: XlsxErrorCode,
    detail: string,
  ) {
    super(detail);
  }
}

/** Excel's built-in number formats that matter here (percentages; the rest read as plain numbers). */
const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  14: 'yyyy-mm-dd',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  22: 'yyyy-mm-dd h:mm',
  // The Chinese locale's built-in date formats.
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  36: 'yyyy"年"m"月"',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: 'yyyy"年"m"月"',
  56: 'm"月"d"日"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

const decoder = new TextDecoder('utf-8');

function text(files: Record<string, Uint8Array>, path: string): string | null {
  const data = files[path];
  return data ? decoder.decode(data) : null;
}

/** Resolves a relationship target against the folder of the part that declares it. */
function resolveTarget(baseFolder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (baseFolder ? baseFolder.split('/') : []).concat(target.split('/'));
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

function readRelationships(xml: string | null): Map<string, { target: string; type: string }> {
  const rels = new Map<string, { target: string; type: string }>();
  if (!xml) return rels;
  parseXml(xml, {
    open(name, attrs) {
      if (name === 'Relationship' && attrs.Id && attrs.Target)
        rels.set(attrs.Id, { target: attrs.Target, type: attrs.Type ?? '' });
    },
  });
  return rels;
}

function readSharedStrings(xml: string | null): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  let current = '';
  let inText = false;
  let phoneticDepth = 0; // <rPh> holds pronunciation guides that are not part of the text
  parseXml(xml, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phoneticDepth++;
      else if (name === 't' && phoneticDepth === 0) inText = true;
    },
    text(value) {
      if (inText) current += value;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phoneticDepth--;
      else if (name === 'si') strings.push(current);
    },
  });
  return strings;
}

/** The number format of each cell style index (cellXfs), by the format's own code. */
function readStyles(xml: string | null): string[] {
  const formats = new Map<number, string>(Object.entries(BUILTIN_FORMATS).map(([k, v]) => [Number(k), v]));
  const styleFormats: string[] = [];
  if (!xml) return styleFormats;
  let inCellXfs = false;
  parseXml(xml, {
    open(name, attrs) {
      if (name === 'numFmt' && attrs.numFmtId !== undefined) formats.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attrs.numFmtId ?? 0);
        styleFormats.push(formats.get(id) ?? 'General');
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styleFormats;
}

function readWorksheet(
  name: string,
  xml: string,
  sharedStrings: string[],
  styleFormats: string[],
  date1904: boolean,
): ReturnType<SheetGridBuilder['build']> {
  const builder = new SheetGridBuilder(name);
  let row = -1;
  let col = -1;
  let type = '';
  let style = 0;
  let value = '';
  let inlineText = '';
  let collecting: 'v' | 't' | null = null;
  let inCell = false;
  let hasValue = false;
  let hasInline = false;
  let phoneticDepth = 0;

  const finishCell = (): void => {
    let cellValue: CellValue = null;
    if (hasInline) cellValue = inlineText;
    else if (hasValue) {
      switch (type) {
        case 's':
          cellValue = sharedStrings[Number(value)] ?? null;
          break;
        case 'str':
        case 'inlineStr':
          cellValue = value;
          break;
        case 'b':
          cellValue = value.trim() === '1' || value.trim().toLowerCase() === 'true';
          break;
        case 'e':
          cellValue = value.trim();
          break;
        case 'd': {
          // ISO date (rare, strict files): keep Excel's serial number, as Excel itself would show it.
          const ms = Date.parse(value);
          cellValue = Number.isNaN(ms) ? value : (ms - Date.UTC(1899, 11, 30)) / 86_400_000 - (date1904 ? 1462 : 0);
          break;
        }
        default: {
          const number = Number(value);
          cellValue = value.trim() === '' || Number.isNaN(number) ? value : number;
        }
      }
    }
    builder.set(row, col, cellValue, styleFormats[style] ?? null);
  };

  parseXml(xml, {
    open(tag, attrs, selfClosing) {
      switch (tag) {
        case 'row': {
          const r = attrs.r !== undefined ? Number(attrs.r) - 1 : row + 1;
          row = Number.isFinite(r) ? r : row + 1;
          col = -1;
          break;
        }
        case 'c': {
          const ref = attrs.r !== undefined ? parseA1(attrs.r) : null;
          if (ref) {
            row = ref.row;
            col = ref.col;
          } else col++;
          type = attrs.t ?? 'n';
          style = attrs.s !== undefined ? Number(attrs.s) : 0;
          value = '';
          inlineText = '';
          hasValue = false;
          hasInline = false;
          inCell = !selfClosing;
          break;
        }
        case 'v':
          if (inCell) {
            collecting = 'v';
            hasValue = true;
          }
          break;
        case 'is':
          if (inCell) hasInline = true;
          break;
        case 'rPh':
          phoneticDepth++;
          break;
        case 't':
          if (inCell && hasInline && phoneticDepth === 0) collecting = 't';
          break;
        case 'mergeCell':
          if (attrs.ref) builder.addMerge(attrs.ref);
          break;
      }
    },
    text(chunk) {
      if (collecting === 'v') value += chunk;
      else if (collecting === 't') inlineText += chunk;
    },
    close(tag) {
      if (tag === 'v' || tag === 't') collecting = null;
      else if (tag === 'rPh') phoneticDepth--;
      else if (tag === 'c' && inCell) {
        inCell = false;
        finishCell();
      }
    },
  });
  return builder.build();
}

export function readXlsx(bytes: Uint8Array): WorkbookGrid {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new XlsxError('not-zip', 'not a zip file');
  let files: Record<string, Uint8Array>;
  try {
    // Only the parts the Grid needs are inflated; pictures and the like are skipped.
    files = unzipSync(bytes, {
      filter: (file) =>
        file.name.endsWith('.rels') ||
        /^xl\/[^/]*\.xml$/i.test(file.name) ||
        /(^|\/)worksheets\/[^/]+\.xml$/i.test(file.name) ||
        /(^|\/)(workbook|sharedStrings|styles)\.xml$/i.test(file.name),
    });
  } catch (error) {
    throw new XlsxError('corrupt', (error as Error).message);
  }
  try {
    const rootRels = readRelationships(text(files, '_rels/.rels'));
    const officeDocument = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'));
    const workbookPath = officeDocument ? resolveTarget('', officeDocument.target) : 'xl/workbook.xml';
    const workbookXml = text(files, workbookPath);
    if (!workbookXml) throw new XlsxError('not-xlsx', 'no workbook part');
    const folder = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/')) : '';
    const fileName = workbookPath.slice(folder.length ? folder.length + 1 : 0);
    const rels = readRelationships(text(files, `${folder ? folder + '/' : ''}_rels/${fileName}.rels`));

    const sheets: { name: string; rid: string }[] = [];
    let date1904 = false;
    parseXml(workbookXml, {
      open(name, attrs) {
        if (name === 'sheet') sheets.push({ name: attrs.name ?? `Sheet${sheets.length + 1}`, rid: prefixedAttribute(attrs, 'id') ?? '' });
        else if (name === 'workbookPr') date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
      },
    });
    const partOf = (type: string): string | null => {
      const rel = [...rels.values()].find((r) => r.type.endsWith(type));
      return rel ? resolveTarget(folder, rel.target) : null;
    };
    const sharedStringsPath = partOf('/sharedStrings') ?? `${folder}/sharedStrings.xml`;
    const stylesPath = partOf('/styles') ?? `${folder}/styles.xml`;
    const sharedStrings = readSharedStrings(text(files, sharedStringsPath));
    const styleFormats = readStyles(text(files, stylesPath));

    const grids = [];
    for (const sheet of sheets) {
      const rel = rels.get(sheet.rid);
      if (!rel || !/\/worksheet$/.test(rel.type)) continue; // chart sheets and dialog sheets hold no cells
      const xml = text(files, resolveTarget(folder, rel.target));
      if (xml === null) continue;
      grids.push(readWorksheet(sheet.name, xml, sharedStrings, styleFormats, date1904));
    }
    return { sheets: grids };
  } catch (error) {
    if (error instanceof XlsxError) throw error;
    throw new XlsxError('corrupt', (error as Error).message);
  }
}
