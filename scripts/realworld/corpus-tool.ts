/**
 * Working on the real-world corpus without the reader: `show` prints every cell of a .table file with its A1
 * address and the merged areas (to write truth files against), `lint` checks .table and .truth.json files (format,
 * indicator cells that hold their values). Run through `npm run corpus -- show|lint FILE...`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rangeToA1, toA1, type SheetGrid } from '../../src/core/grid';
import { parseTableFile } from './table-format';
import { readXlsx } from '../../src/hosts/file/xlsx/read-xlsx';
import { validateTruth, type TruthFile } from './truth';
import { loadInput } from './inputs';
import { numberCellText } from '../../src/core/normalize/value';
import { writeSheetsToFile } from '../../src/hosts/file/write-xlsx';
import { sheetSpecsOf } from './sheet-specs';

const REPO = path.resolve(__dirname, '..', '..', '..', '..');

function cellText(sheet: SheetGrid, row: number, col: number): string {
  const value = sheet.values[row - sheet.top]?.[col - sheet.left];
  if (typeof value === 'number') return numberCellText(value, sheet.numberFormats?.[row - sheet.top]?.[col - sheet.left] ?? null);
  return value === null || value === undefined ? '' : String(value);
}

function show(file: string): void {
  const { meta, workbook } = file.endsWith('.xlsx')
    ? { meta: {}, workbook: readXlsx(fs.readFileSync(file)) }
    : parseTableFile(fs.readFileSync(file, 'utf8'));
  console.log(`# ${file}`);
  for (const [key, value] of Object.entries(meta)) console.log(`${key}: ${value}`);
  for (const sheet of workbook.sheets) {
    console.log(`\nsheet: ${sheet.name}`);
    if (sheet.merges?.length) console.log(`merges: ${sheet.merges.map(rangeToA1).join(' ')}`);
    sheet.values.forEach((row, r) => {
      const cells = row
        .map((value, c) => {
          if (value === null) return null;
          const format = sheet.numberFormats?.[r]?.[c];
          const shown = typeof value === 'number' ? `${value}${format ? ` [${format}]` : ''} (number)` : JSON.stringify(value);
          return `${toA1(r + sheet.top, c + sheet.left)}=${shown}`;
        })
        .filter((c) => c !== null);
      if (cells.length) console.log(`  ${cells.join('  ')}`);
    });
  }
}

const squeeze = (text: string): string => text.replace(/[\s\u3000]+/g, '');

function lintTruth(file: string): string[] {
  const errors: string[] = [];
  let truth: TruthFile;
  try {
    truth = JSON.parse(fs.readFileSync(file, 'utf8')) as TruthFile;
  } catch (error) {
    return [`${file}: not valid JSON (${(error as Error).message})`];
  }
  errors.push(...validateTruth(truth).map((e) => `${file}: ${e}`));
  if (errors.length) return errors;
  if (!truth.input.startsWith('shared:') && !fs.existsSync(path.join(path.dirname(file), truth.input))) {
    return [`${file}: input ${truth.input} not found beside it`];
  }
  const loaded = loadInput(file, truth.input, REPO);
  if ('missing' in loaded) {
    console.log(`SKIPPED: ${file} — ${loaded.missing} is not on this machine`);
    return errors;
  }
  const workbook = loaded.workbook;
  const sheets = new Map(workbook.sheets.map((s) => [s.name, s]));
  for (const table of truth.tables) {
    const sheet = sheets.get(table.sheet);
    if (!sheet) {
      errors.push(`${file}: no sheet "${table.sheet}" in ${truth.input}`);
      continue;
    }
    for (const indicator of table.indicators) {
      const m = /^([A-Z]+)(\d+)$/.exec(indicator.cell)!;
      let col = 0;
      for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
      const text = cellText(sheet, Number(m[2]) - 1, col - 1);
      if (text === '' && indicator.value !== '') errors.push(`${file}: ${table.sheet}!${indicator.cell} is empty, but it is the value of "${indicator.level3}"`);
      else if (text !== '' && indicator.value === '') errors.push(`${file}: ${table.sheet}!${indicator.cell} holds "${text}", but the value of "${indicator.level3}" is given as empty`);
      else if (!squeeze(indicator.value).includes(squeeze(text)) && !squeeze(text).includes(squeeze(indicator.value))) {
        errors.push(`${file}: ${table.sheet}!${indicator.cell} holds "${text}", not the value "${indicator.value}" of "${indicator.level3}"`);
      }
    }
  }
  return errors;
}

function lint(files: string[]): number {
  let failures = 0;
  for (const file of files) {
    let errors: string[] = [];
    try {
      if (file.endsWith('.table')) parseTableFile(fs.readFileSync(file, 'utf8'));
      else if (file.endsWith('.truth.json')) errors = lintTruth(file);
      else errors = [`${file}: neither .table nor .truth.json`];
    } catch (error) {
      errors = [`${file}: ${(error as Error).message}`];
    }
    for (const e of errors) console.log(e);
    if (errors.length) failures++;
    else console.log(`ok  ${file}`);
  }
  return failures ? 1 : 0;
}

/** Writes each .table as an .xlsx into `outDir`, to try `ptcheck` or the preview on the corpus. */
async function toXlsx(outDir: string, files: string[]): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true });
  for (const file of files) {
    const { workbook } = parseTableFile(fs.readFileSync(file, 'utf8'));
    const specs = sheetSpecsOf(workbook);
    const out = path.join(outDir, `${path.basename(file, '.table')}.xlsx`);
    await writeSheetsToFile(specs, out, { reproducible: true });
    console.log(out);
  }
}

function main(argv: string[]): number {
  const [command, ...files] = argv;
  if (command === 'xlsx' && files.length >= 1) {
    const [outDir, ...tables] = files;
    const dir = path.join(REPO, 'test', 'realworld');
    const all = tables.length ? tables : fs.readdirSync(dir).filter((f) => f.endsWith('.table')).map((f) => path.join(dir, f));
    void toXlsx(outDir, all).catch((error: unknown) => {
      console.error((error as Error).message);
      process.exitCode = 1;
    });
    return 0;
  }
  if (command === 'show' && files.length) {
    files.forEach(show);
    return 0;
  }
  if (command === 'lint') {
    const dir = path.join(REPO, 'test', 'realworld');
    const all = files.length ? files : fs.readdirSync(dir).filter((f) => f.endsWith('.table') || f.endsWith('.truth.json')).map((f) => path.join(dir, f));
    return lint(all);
  }
  console.log('usage: npm run corpus -- show FILE.table... | lint [FILE.table|FILE.truth.json ...] | xlsx OUTDIR [FILE.table ...]');
  return 2;
}

process.exitCode = main(process.argv.slice(2));
