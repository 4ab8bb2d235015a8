/**
 * Hostile .xlsx files, built in memory from hand-written XML (fflate zips them): the red team's cases of issue #11
 * and a few more, each small on disk. The reader tests (test/hosts/file, test/cli) and `npm run bench` use them; each
 * case says which error it must end in (or null when it must read fine).
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../src/hosts/read-limits';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

export interface PackageSpec {
  /** Worksheet parts by sheet name (xl/worksheets/sheetN.xml in this order). */
  sheets: Record<string, string>;
  sharedStrings?: string;
  /** Any other parts, by path (not referenced by anything unless the caller writes the references). */
  extra?: Record<string, Uint8Array>;
}

function workbookXml(names: string[]): string {
  const sheets = names.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  return `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets}</sheets></workbook>`;
}

function workbookRels(count: number, sharedStrings: boolean, target = (i: number) => `worksheets/sheet${i + 1}.xml`): string {
  const rels = Array.from({ length: count }, (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${target(i)}"/>`);
  if (sharedStrings) rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  return `<Relationships xmlns="${PACKAGE_REL}">${rels.join('')}</Relationships>`;
}

export function worksheet(rows: string, after = ''): string {
  return `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

export function inlineCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** A package with the given worksheets, shared strings and extra parts. */
export function xlsxPackage(spec: PackageSpec): Uint8Array {
  const names = Object.keys(spec.sheets);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(workbookXml(names)),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRels(names.length, spec.sharedStrings !== undefined)),
  };
  names.forEach((name, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(spec.sheets[name])));
  if (spec.sharedStrings !== undefined) files['xl/sharedStrings.xml'] = strToU8(spec.sharedStrings);
  return zipSync({ ...files, ...spec.extra });
}

export interface Bomb {
  path: string;
  /** Written once, then `unit` over and over until the part holds `bytes`. */
  head: string;
  unit: string;
  bytes: number;
  /** Written at the end (a part within the limits must be well-formed to reach them). */
  tail?: string;
}

/**
 * A zip holding the small `files` and the `bombs`: parts made of a unit repeated until they reach their size, deflated
 * by fflate as they are pushed (a part never exists whole in memory), so that ~1 MB on disk holds hundreds of MB.
 */
export function zipWithBombs(files: Record<string, Uint8Array>, bombs: Bomb[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    chunks.push(data);
  });
  for (const [path, data] of Object.entries(files)) {
    const file = new ZipDeflate(path, { level: 6 });
    zip.add(file);
    file.push(data, true);
  }
  for (const bomb of bombs) {
    const part = new ZipDeflate(bomb.path, { level: 6 });
    zip.add(part);
    part.push(strToU8(bomb.head));
    const block = strToU8(bomb.unit.repeat(Math.max(1, Math.floor((1 << 20) / bomb.unit.length))));
    for (let written = 0; written < bomb.bytes; written += block.length) part.push(block);
    part.push(strToU8(bomb.tail ?? ''), true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const MB = 1024 * 1024;
const SHEET_HEAD = `<worksheet xmlns="${MAIN}"><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';
/** Elements the reader parses and ignores: a bomb of them stops at the inflate limits, not at the cell limits. */
const INERT = '<ext uri="{00000000-0000-0000-0000-000000000000}"/>';
const CELL_ROW = '<row><c t="inlineStr"><is><t>x</t></is></c></row>';

/** A small, valid one-table workbook (the reader finds its project). */
export function smallTable(): Record<string, string> {
  return {
    项目: worksheet(
      `<row r="1">${inlineCell('A1', '项目名称')}${inlineCell('B1', '测试项目')}</row>` +
        `<row r="2">${inlineCell('A2', '预算数（万元）')}<c r="B2"><v>20</v></c></row>`,
    ),
  };
}

function smallTableFiles(): Record<string, Uint8Array> {
  const sheets = smallTable();
  return {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(workbookXml(Object.keys(sheets))),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRels(1, false)),
    'xl/worksheets/sheet1.xml': strToU8(Object.values(sheets)[0]),
  };
}

export interface HostileCase {
  name: string;
  build: () => Uint8Array;
  /** The error code reading must end in; null when the file must read fine. */
  code: string | null;
}

/** Sheet entries (distinct ids) all pointing at one worksheet part. */
export function sheetsSharingOnePart(count: number): Uint8Array {
  const names = Array.from({ length: count }, (_, i) => `表${i + 1}`);
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(workbookXml(names)),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRels(count, false, () => 'worksheets/sheet1.xml')),
    'xl/worksheets/sheet1.xml': strToU8(Object.values(smallTable())[0]),
  });
}

/** One shared string of `length` characters, used by `cells` cells (A1:A{cells}). */
export function sharedStringUsedEverywhere(length: number, cells: number): Uint8Array {
  const rows = Array.from({ length: cells }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>0</v></c></row>`).join('');
  return xlsxPackage({
    sheets: { 表: worksheet(rows) },
    sharedStrings: `<sst xmlns="${MAIN}"><si><t>${'长'.repeat(length)}</t></si></sst>`,
  });
}

/** `count` distinct merged areas, each overlapping the next (A1:Z501, A2:Z502 …), over values at A1 and Z{count+500}. */
export function overlappingMerges(count: number): Uint8Array {
  const merges = Array.from({ length: count }, (_, i) => `<mergeCell ref="A${i + 1}:Z${i + 501}"/>`).join('');
  const last = count + 500;
  return xlsxPackage({
    sheets: {
      表: worksheet(
        `<row r="1">${inlineCell('A1', '项目名称')}</row><row r="${last}">${inlineCell(`Z${last}`, '末尾')}</row>`,
        `<mergeCells count="${count}">${merges}</mergeCells>`,
      ),
    },
  });
}

/** `count` cells holding numbers, 100 to a row. */
export function manyCells(count: number): Uint8Array {
  const rows: string[] = [];
  for (let r = 0; r * 100 < count; r++) {
    const cells: string[] = [];
    for (let c = 0; c < 100 && r * 100 + c < count; c++) cells.push(`<c><v>${c}</v></c>`);
    rows.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  }
  return xlsxPackage({ sheets: { 表: worksheet(rows.join('')) } });
}

/** A target table whose budget, goal and an indicator value are formulas saved without results. */
export function formulasWithoutResults(): Uint8Array {
  const row = (r: number, cells: string): string => `<row r="${r}">${cells}</row>`;
  return xlsxPackage({
    sheets: {
      项目: worksheet(
        row(1, inlineCell('A1', '项目名称') + inlineCell('B1', '测试项目') + inlineCell('C1', '项目编码') + inlineCell('D1', '13020924P00071310005T')) +
          // The budget is a formula without a result; the text beside it must not be taken for the budget.
          row(2, inlineCell('A2', '预算数（万元）') + '<c r="B2"><f>SUM(B5:B6)</f></c>' + inlineCell('C2', '其中：财政资金') + '<c r="D2"><v>20</v></c>') +
          // So is the goal, with text beside it that is not the goal.
          row(3, inlineCell('A3', '年度绩效目标') + '<c r="B3" t="str"><f>E3</f></c>' + inlineCell('C3', '内容见附件')) +
          row(4, inlineCell('A4', '一级指标') + inlineCell('B4', '二级指标') + inlineCell('C4', '三级指标') + inlineCell('D4', '指标值')) +
          row(5, inlineCell('A5', '产出指标') + inlineCell('B5', '数量指标') + inlineCell('C5', '培训人数') + '<c r="D5" t="str"><f>"≥"&amp;E5&amp;"人"</f></c>'),
      ),
    },
  });
}

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: 'two cells far apart (A1 and XFD1048576)',
    build: () => xlsxPackage({ sheets: { 表: worksheet(`<row r="1">${inlineCell('A1', '项目名称')}</row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`) } }),
    code: 'area-too-large',
  },
  {
    name: 'zip bomb: a 200 MB sheet part',
    build: () => zipWithBombs(smallTableFiles(), [{ path: 'xl/worksheets/sheet1.xml', head: SHEET_HEAD, unit: INERT, bytes: 200 * MB }]),
    code: 'part-too-large',
  },
  {
    name: 'zip bomb: a 40 MB sheet part full of cells',
    build: () => zipWithBombs(smallTableFiles(), [{ path: 'xl/worksheets/sheet1.xml', head: SHEET_HEAD, unit: CELL_ROW, bytes: 40 * MB }]),
    code: 'too-many-cells',
  },
  {
    name: 'zip bomb: three 45 MB sheet parts',
    build: () =>
      zipWithBombs(
        { ...smallTableFiles(), 'xl/workbook.xml': strToU8(workbookXml(['一', '二', '三'])), 'xl/_rels/workbook.xml.rels': strToU8(workbookRels(3, false)) },
        [1, 2, 3].map((n) => ({ path: `xl/worksheets/sheet${n}.xml`, head: SHEET_HEAD, unit: INERT, bytes: 45 * MB, tail: SHEET_TAIL })),
      ),
    code: 'workbook-too-large',
  },
  {
    name: 'unreferenced 100 MB part (xl/junk.xml)',
    build: () => zipWithBombs(smallTableFiles(), [{ path: 'xl/junk.xml', head: '<junk>', unit: INERT, bytes: 100 * MB }]),
    code: null,
  },
  { name: 'one 1 MB shared string in 2,004 cells', build: () => sharedStringUsedEverywhere(1 << 20, 2004), code: 'text-too-long' },
  { name: 'one 30,000-character shared string in 2,004 cells', build: () => sharedStringUsedEverywhere(30_000, 2004), code: 'too-much-text' },
  { name: '20,000 overlapping merged areas', build: () => overlappingMerges(20_000), code: 'too-many-merges' },
  { name: '5,000 sheet entries pointing at one part', build: () => sheetsSharingOnePart(5000), code: 'too-many-sheets' },
  { name: '500 sheet entries pointing at one part', build: () => sheetsSharingOnePart(500), code: 'corrupt' },
  { name: '600,000 cells', build: () => manyCells(600_000), code: 'too-many-cells' },
  { name: 'a cell beyond XFD1048576', build: () => xlsxPackage({ sheets: { 表: worksheet(`<row r="1"><c r="XFE1"><v>1</v></c></row>`) } }), code: 'corrupt' },
  { name: 'shared strings used, no shared strings part', build: () => xlsxPackage({ sheets: { 表: worksheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`) } }), code: 'corrupt' },
  {
    name: 'shared string index out of range',
    build: () =>
      xlsxPackage({
        sheets: { 表: worksheet(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>57</v></c></row>`) },
        sharedStrings: `<sst xmlns="${MAIN}"><si><t>项目名称</t></si><si><t>预算数</t></si></sst>`,
      }),
    code: 'corrupt',
  },
  { name: 'formulas without results', build: formulasWithoutResults, code: null },
  { name: 'a 49 MB zip directory of 950,000 entries', build: () => hugeDirectory(950_000), code: 'not-xlsx' },
  // At the limits, not over them: these must read, within the promised time and memory.
  { name: 'at the limits: two values spanning the largest area', build: () => spanningTheArea(), code: null },
  { name: 'at the limits: the longest texts, up to the total', build: () => longestTexts(), code: null },
  { name: 'at the limits: cells, texts, area and merges', build: () => everyLimitReached('text'), code: null },
  { name: 'at the limits: cells (numbers), area and merges', build: () => everyLimitReached('numbers'), code: null },
];

/** Two values at the corners of the largest area the limits allow (1,000 rows). */
export function spanningTheArea(limits: ReadLimits = DEFAULT_READ_LIMITS): Uint8Array {
  const last = `${columnName(Math.floor(limits.maxGridCells / 1000) - 1)}1000`;
  return xlsxPackage({ sheets: { 表: worksheet(`<row r="1">${inlineCell('A1', '项目名称')}</row><row r="1000">${inlineCell(last, '末尾')}</row>`) } });
}

/** Distinct texts as long as a cell may hold, as many as the total allows, one to a row. */
export function longestTexts(limits: ReadLimits = DEFAULT_READ_LIMITS): Uint8Array {
  const count = Math.floor(limits.maxTotalText / limits.maxCellText);
  const rows = Array.from({ length: count }, (_, i) => `<row r="${i + 1}">${inlineCell(`A${i + 1}`, `${i}`.padEnd(limits.maxCellText, '绩效目标'))}</row>`);
  return xlsxPackage({ sheets: { 表: worksheet(rows.join('')) } });
}

/**
 * The most a workbook may hold under the given limits (the defaults unless said), all at once: one sheet of 1,000 rows
 * whose data spans maxGridCells cells, maxCells of them holding values (distinct texts using up maxTotalText, or
 * numbers), under merged areas of 10 cells covering maxMergedCells (at most maxMerges of them). It must read, within
 * the time and memory the limits promise.
 */
export function everyLimitReached(kind: 'text' | 'numbers', limits: ReadLimits = DEFAULT_READ_LIMITS): Uint8Array {
  const rowCount = 1000;
  const columns = Math.floor(limits.maxGridCells / rowCount);
  const cellsPerRow = Math.floor(limits.maxCells / rowCount);
  const step = Math.max(1, Math.floor(columns / cellsPerRow));
  const textLength = Math.max(1, Math.floor(limits.maxTotalText / (cellsPerRow * rowCount)));
  const mergeCount = Math.min(limits.maxMerges, Math.floor(limits.maxMergedCells / 10));
  const mergesPerRow = Math.min(Math.floor(columns / 10), Math.ceil(mergeCount / rowCount));
  const rows: string[] = [];
  const strings: string[] = [];
  const merges: string[] = [];
  for (let r = 1; r <= rowCount; r++) {
    const cells: string[] = [];
    for (let i = 0; i < cellsPerRow; i++) {
      // The first row's last value sits in the last column, so that the data spans every column.
      const c = r === 1 && i === cellsPerRow - 1 ? columns - 1 : i * step;
      const ref = `${columnName(c)}${r}`;
      if (kind === 'numbers') cells.push(`<c r="${ref}"><v>${r * columns + c}</v></c>`);
      else {
        cells.push(`<c r="${ref}" t="s"><v>${strings.length}</v></c>`);
        strings.push(`指标${strings.length}`.padEnd(textLength, '甲'));
      }
    }
    rows.push(`<row r="${r}">${cells.join('')}</row>`);
    for (let m = 0; m < mergesPerRow && merges.length < mergeCount; m++) {
      merges.push(`<mergeCell ref="${columnName(m * 10)}${r}:${columnName(m * 10 + 9)}${r}"/>`);
    }
  }
  const sheet = worksheet(rows.join(''), `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>`);
  if (kind === 'numbers') return xlsxPackage({ sheets: { 表: sheet } });
  const sst = `<sst xmlns="${MAIN}">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
  return xlsxPackage({ sheets: { 表: sheet }, sharedStrings: sst });
}

function columnName(col: number): string {
  let n = col + 1;
  let name = '';
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/**
 * A case's bytes, built once per version of this file and kept in the temporary folder: the zip bombs take seconds to
 * deflate, and the reader tests, the command-line tests and the benchmark all want them.
 */
export function buildCached(name: string): Uint8Array {
  const found = HOSTILE_CASES.find((c) => c.name === name);
  if (!found) throw new Error(`no hostile case "${name}"`);
  const version = createHash('sha1').update(fs.readFileSync(__filename)).digest('hex').slice(0, 12);
  const slug = createHash('sha1').update(name).digest('hex').slice(0, 12);
  const file = path.join(os.tmpdir(), `ptcheck-hostile-${version}-${slug}.xlsx`);
  if (fs.existsSync(file)) return new Uint8Array(fs.readFileSync(file));
  const bytes = found.build();
  const partial = `${file}.${process.pid}.part`;
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, file);
  return bytes;
}

/** A zip that is nothing but a directory of `count` distinct names (ZIP64, as more than 65,535 entries need). */
export function hugeDirectory(count: number): Uint8Array {
  const nameLength = 6;
  const entry = 46 + nameLength;
  const out = new Uint8Array(4 + count * entry + 56 + 20 + 22);
  const view = new DataView(out.buffer);
  out.set([0x50, 0x4b, 0x03, 0x04]);
  for (let i = 0; i < count; i++) {
    const at = 4 + i * entry;
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 28, nameLength, true);
    const name = i.toString(36).padStart(nameLength, '0');
    for (let k = 0; k < nameLength; k++) out[at + 46 + k] = name.charCodeAt(k);
  }
  const directoryEnd = 4 + count * entry;
  view.setUint32(directoryEnd, 0x06064b50, true); // zip64 end of directory
  view.setUint32(directoryEnd + 24, count, true);
  view.setUint32(directoryEnd + 32, count, true);
  view.setUint32(directoryEnd + 40, count * entry, true);
  view.setUint32(directoryEnd + 48, 4, true);
  view.setUint32(directoryEnd + 56, 0x07064b50, true); // its locator
  view.setUint32(directoryEnd + 64, directoryEnd, true);
  const end = directoryEnd + 76;
  view.setUint32(end, 0x06054b50, true);
  view.setUint16(end + 8, 0xffff, true);
  view.setUint16(end + 10, 0xffff, true);
  view.setUint32(end + 12, 0xffffffff, true);
  view.setUint32(end + 16, 0xffffffff, true);
  return out;
}
