/**
 * The metamorphic robustness harness (`npm run eval -- --robust`): every table of the corpus put through
 * meaning-preserving transformations of its grid (scripts/realworld/transforms), read again, and its indicator rows
 * compared with the truth, whose cells move with the grid. Per transformation: the tables it applied to, the rows
 * read right out of those compared, and the fields compared (a transformation that removes what said a level lets
 * that level come out empty, never wrong).
 */
import * as path from 'path';
import { parseA1, toA1, type WorkbookGrid } from '../../src/core/grid';
import { readWorkbook } from '../../src/core/read';
import { headerLabel } from '../../src/core/read/labels';
import type { Indicator, Model } from '../../src/core/model';
import { compareRows, corpusInputs, type RowIssue } from './evaluate';
import { TRANSFORMATIONS } from './transforms';
import { editSheets } from './transforms/common';
import { mergeAt, text, toDense, width, type Dense } from './transforms/grid-ops';
import type { Applied, Compared, TableLayout, Transformation } from './transforms/types';
import { STRICT, identity } from './transforms/types';
import type { TruthFile, TruthTable } from './truth';

/** The grid only copied (dense from A1): the reference line, which must read as the untouched workbook does. */
export const UNTOUCHED: Transformation = {
  name: 'none (grid copied)',
  compared: STRICT,
  apply: (workbook, layouts) => editSheets(workbook, layouts, (_sheet, tables) => tables.map((t) => t.index), [identity]),
};

export interface RobustMiss extends RowIssue {
  entry: string;
  /** The truth's cell before the transformation moved it. */
  truthCell: string;
}

export interface RobustRow {
  transformation: string;
  fields: string;
  /** Truth tables the transformation changed, out of all tables read. */
  tables: number;
  rowsCompared: number;
  rowsRead: number;
  /** Rows read that no truth row matches (on any table of the transformed workbook). */
  spurious: number;
  wrong: RobustMiss[];
  /** The rows counted in `spurious`: where they were read and what. */
  invented: (RowIssue & { entry: string })[];
}

export interface RobustResult {
  rows: RobustRow[];
  tablesTotal: number;
  skipped: { id: string; missing: string }[];
}

export function describeFields(c: Compared): string {
  const levels = c.levels === 'exact' ? 'levels' : 'levels (empty or right)';
  return `${levels}, name, value${c.evaluation ? ', actual/weight/score' : ''}`;
}

function mode(values: (number | null)[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}

function colOf(address: string | undefined): number | null {
  return address ? (parseA1(address)?.col ?? null) : null;
}

/** Two or more labels the reader knows as headings of an indicator grid. */
function isHeaderRow(sheet: Dense, row: number): boolean {
  let labels = 0;
  for (let c = 0; c < width(sheet); c++) {
    const area = mergeAt(sheet, row, c);
    if (area && (area.left < c || area.top < row)) continue;
    if (headerLabel(text(sheet, row, c))) labels++;
  }
  return labels >= 2;
}

/**
 * Where each truth table sits, from the untouched grid and its reading: the columns its rows were read from (the
 * reader reads the untouched corpus right), each row's own row, and the header rows above the first indicator (for
 * a flat export's next projects, the header above the first).
 */
export function layoutsOf(truth: TruthFile, workbook: WorkbookGrid, model: Model): TableLayout[] {
  const { pairs } = compareRows(truth.tables, model);
  const readOf = new Map(pairs.map((p) => [p.expected, p.read]));
  const sheets = new Map(workbook.sheets.map((s) => [s.name, toDense(s)]));
  const layouts = truth.tables.flatMap((table, index): TableLayout[] => {
    const sheet = sheets.get(table.sheet);
    if (!sheet || !table.indicators.length) return [];
    const reads: (Indicator | undefined)[] = table.indicators.map((e) => readOf.get(e));
    const rows = table.indicators.map((e, j) => reads[j]?.row ?? parseA1(e.cell)!.row);
    const pick = (field: keyof Indicator['cells']): number | null => mode(reads.map((r) => colOf(r?.cells[field])));
    const cols = {
      level1: pick('level1'),
      level2: pick('level2'),
      level3: pick('level3'),
      value: mode(table.indicators.map((e) => colOf(e.cell)))!,
      comparator: pick('comparator'),
      unit: pick('unit'),
      actual: pick('actual'),
      weight: pick('weight'),
      score: pick('score'),
    };
    const body = { first: Math.min(...rows), last: Math.max(...rows) };
    const header: number[] = [];
    let r = body.first - 1;
    while (r >= 0 && r >= body.first - 3 && !isHeaderRow(sheet, r)) r--;
    while (r >= 0 && header.length < 3 && isHeaderRow(sheet, r)) header.unshift(r--);
    const used = Object.values(cols).filter((c): c is number => c !== null);
    let right = Math.max(...used);
    for (const hr of header) {
      for (let c = 0; c < width(sheet); c++) if (text(sheet, hr, c) !== '') right = Math.max(right, mergeAt(sheet, hr, c)?.right ?? c);
    }
    return [{ index, sheet: table.sheet, header, body, cols, left: Math.min(...used), right, rows }];
  });
  // The next projects of a flat export sit under the first one's header.
  for (const layout of layouts) {
    if (layout.header.length) continue;
    const above = layouts.filter((l) => l.sheet === layout.sheet && l.header.length && l.body.last < layout.body.first && l.cols.value === layout.cols.value && l.cols.level3 === layout.cols.level3);
    if (above.length) layout.header = [...above[above.length - 1].header];
  }
  return layouts;
}

/** The truth's tables as the transformed grid should read: each changed table once per copy, its cells moved. */
export function mappedTruth(truth: TruthFile, layouts: TableLayout[], applied: Applied, compared: Compared, only: 'changed' | 'all'): { tables: TruthTable[]; origin: Map<string, string> } {
  const origin = new Map<string, string>();
  const tables: TruthTable[] = [];
  for (const copy of applied.copies) {
    for (const layout of layouts) {
      const changed = applied.tables.includes(layout.index);
      if (only === 'changed' && !changed) continue;
      const table = truth.tables[layout.index];
      const indicators = table.indicators.map((e, j) => {
        const at = parseA1(e.cell)!;
        const row = changed && applied.ownRows ? layout.rows[j] : at.row;
        const moved = copy({ sheet: table.sheet, row, col: at.col });
        const cell = moved ? toA1(moved.row, moved.col) : `${e.cell}?`;
        origin.set(`${table.sheet}!${cell}`, e.cell);
        const out = { ...e, cell };
        if (!compared.evaluation) {
          delete out.actual;
          delete out.weight;
          delete out.score;
        }
        return out;
      });
      tables.push({ ...table, indicators });
    }
  }
  return { tables, origin };
}

interface Entry {
  id: string;
  truth: TruthFile;
  workbook: WorkbookGrid;
  layouts: TableLayout[];
}

function loadEntries(repo: string, only?: (id: string) => boolean, dir = path.join(repo, 'test', 'realworld')): { entries: Entry[]; skipped: RobustResult['skipped'] } {
  const entries: Entry[] = [];
  const skipped: RobustResult['skipped'] = [];
  for (const { id, truth, loaded } of corpusInputs(repo, only, dir)) {
    if ('missing' in loaded) {
      skipped.push({ id, missing: loaded.missing });
      continue;
    }
    entries.push({ id, truth, workbook: loaded.workbook, layouts: layoutsOf(truth, loaded.workbook, readWorkbook(loaded.workbook)) });
  }
  return { entries, skipped };
}

export function measure(transformation: Transformation, entries: Entry[]): RobustRow {
  const row: RobustRow = { transformation: transformation.name, fields: describeFields(transformation.compared), tables: 0, rowsCompared: 0, rowsRead: 0, spurious: 0, wrong: [], invented: [] };
  for (const entry of entries) {
    const applied = transformation.apply(entry.workbook, entry.layouts);
    if (!applied) continue;
    const model = readWorkbook(applied.workbook);
    const levels = transformation.compared.levels;
    const changed = mappedTruth(entry.truth, entry.layouts, applied, transformation.compared, 'changed');
    const all = mappedTruth(entry.truth, entry.layouts, applied, transformation.compared, 'all');
    const result = compareRows(changed.tables, model, { levels });
    row.tables += applied.tables.length;
    row.rowsCompared += result.rowsExpected;
    row.rowsRead += result.rowsRead;
    const invented = compareRows(all.tables, model, { levels }).spuriousRows;
    row.spurious += invented.length;
    row.invented.push(...invented.map((r) => ({ ...r, entry: entry.id })));
    for (const miss of [...result.missedRows, ...result.misreadRows]) {
      row.wrong.push({ ...miss, entry: entry.id, truthCell: changed.origin.get(`${miss.sheet}!${miss.cell}`) ?? miss.cell });
    }
  }
  return row;
}

/** Every transformation over the corpus (or the entries `only` keeps), the untouched copy first. */
export function robustness(repo: string, only?: (id: string) => boolean, transformations = TRANSFORMATIONS, dir?: string): RobustResult {
  const { entries, skipped } = loadEntries(repo, only, dir);
  return {
    rows: [UNTOUCHED, ...transformations].map((t) => measure(t, entries)),
    tablesTotal: entries.reduce((n, e) => n + e.layouts.length, 0),
    skipped,
  };
}
