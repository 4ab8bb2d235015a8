/**
 * Measuring the reader and the checks against the real-world corpus: indicator rows read against the truth, rows
 * invented, true problems found (by an error or a warning; found only at info, apart), false alarms on cells that must stay quiet, and findings nobody has judged yet.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readWorkbook } from '../../src/core/read';
import { runChecks } from '../../src/core/check/engine';
import type { Finding } from '../../src/core/check/types';
import type { DepartmentSection, Indicator, Model, Project } from '../../src/core/model';
import { parseValueText } from '../../src/core/normalize/value';
import { matchingForm, pdfDigits, squeeze } from '../../src/core/normalize/text';
import { loadInput } from './inputs';
import type { TruthFile, TruthIndicator, TruthNotTable, TruthProblem, TruthQuiet, TruthTable } from './truth';
import { parseA1 } from '../../src/core/grid';

export interface RowIssue {
  sheet: string;
  cell: string;
  expected?: string;
  read?: string;
}

export interface EntryResult {
  id: string;
  province: string;
  year: number;
  family: string;
  skipped?: string;
  rowsExpected: number;
  rowsRead: number;
  missedRows: RowIssue[];
  misreadRows: RowIssue[];
  spuriousRows: RowIssue[];
  tablesExpected: number;
  spuriousTables: string[];
  fieldErrors: string[];
  problemsExpected: number;
  /** Problems an error or a warning points at: the acceptance figure. */
  problemsFound: number;
  /** Problems only a finding at info points at (a hint on the cell is not a finding a reviewer acts on). */
  problemsFoundAtInfo: number;
  /** Problems no finding points at, or only an info one (`missedProblems` lists the former, `infoOnlyProblems` the latter). */
  missedProblems: TruthProblem[];
  infoOnlyProblems: TruthProblem[];
  falseAlarms: Finding[];
  /** Findings about what a truncated page lacks (quiet entries marked truncated): counted apart. */
  cutOff: Finding[];
  unjudged: Finding[];
  findings: number;
  /** reader/unread-block warnings: indicator content the reader said it could not read. */
  unreadBlocks: Finding[];
}

export interface CorpusResult {
  entries: EntryResult[];
  totals: {
    workbooks: number;
    skipped: number;
    provinces: string[];
    years: number[];
    families: string[];
    rowsExpected: number;
    rowsRead: number;
    spuriousRows: number;
    spuriousTables: number;
    fieldErrors: number;
    problemsExpected: number;
    /** Found by an error or a warning (the headline figure). */
    problemsFound: number;
    /** Found only by a finding at info. */
    problemsFoundAtInfo: number;
    /** Not found at all. */
    problemsMissed: number;
    falseAlarms: number;
    cutOff: number;
    unjudged: { error: number; warning: number; info: number };
    unreadBlocks: number;
  };
}

/** Text compared as a reviewer reads it: half-width, no spaces, one form of ≥ and ≤. */
function norm(text: string | null | undefined): string {
  return squeeze(matchingForm(text ?? ''))
    .replace(/≧/g, '≥')
    .replace(/≦/g, '≤');
}

function sameValue(expected: string, read: string): boolean {
  if (norm(expected) === norm(read)) return true;
  // The reader keeps a value as written and reads a scan's O as 0 (2O21年 is 2021年): so does a reviewer.
  if (pdfDigits(norm(expected)) === pdfDigits(norm(read))) return true;
  const a = parseValueText(expected);
  const b = parseValueText(read);
  if (a.kind !== 'quantitative' || b.kind !== 'quantitative') return false;
  const comparator = (p: typeof a): string => p.comparator ?? '=';
  return comparator(a) === comparator(b) && a.number === b.number && norm(a.unit) === norm(b.unit);
}

type ReadTable = Project | DepartmentSection;

function readTables(model: Model): ReadTable[] {
  return [...model.projects, ...model.departments];
}

/** The read table that best matches a truth table: most indicator cells in common, then the same name. */
function matchTable(truth: TruthTable, candidates: ReadTable[]): ReadTable | null {
  const cells = new Set(truth.indicators.map((i) => i.cell));
  let best: ReadTable | null = null;
  let bestScore = -1;
  for (const table of candidates) {
    if (table.sheet !== truth.sheet) continue;
    let score = table.indicators.filter((i) => i.cells.value && cells.has(i.cells.value)).length * 10;
    if (truth.name && table.name && norm(table.name) === norm(truth.name)) score += 5;
    if (score > bestScore) {
      best = table;
      bestScore = score;
    }
  }
  return best;
}

/** A reader/unread-block warning inside a block the truth says is no target table (a scoring sheet, an annex). */
export function inNotTable(finding: Finding, blocks: TruthNotTable[] | undefined): boolean {
  if (finding.rule !== 'reader/unread-block' || !blocks?.length) return false;
  const row = (parseA1(finding.cell)?.row ?? -1) + 1;
  return blocks.some((b) => b.sheet === finding.sheet && (!b.rows || (row >= b.rows[0] && row <= b.rows[1])));
}

function findingCells(finding: Finding): string[] {
  return [finding.cell, ...(finding.cells ?? [])];
}

function touches(finding: Finding, entry: { sheet?: string; cells?: string[]; rules?: string[] }): boolean {
  if (entry.sheet && entry.sheet !== finding.sheet) return false;
  if (entry.rules?.length && !entry.rules.includes(finding.rule)) return false;
  if (!entry.cells?.length) return true;
  return findingCells(finding).some((cell) => entry.cells!.includes(cell));
}

/** A self-evaluation's actual, weight and score, as far as the truth gives them. */
function evaluationOf(row: { actual?: string | null; weight?: number | null; score?: number | null }, keys: TruthIndicator): string {
  const parts: string[] = [];
  if ('actual' in keys) parts.push(`actual ${row.actual ?? ''}`);
  if ('weight' in keys) parts.push(`weight ${row.weight ?? '-'}`);
  if ('score' in keys) parts.push(`score ${row.score ?? '-'}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function sameEvaluation(expected: TruthIndicator, read: Indicator): boolean {
  const sameNumber = (a: number | null | undefined, b: number | null | undefined): boolean =>
    (a ?? null) === null ? (b ?? null) === null : b !== null && b !== undefined && Math.abs(a! - b) < 1e-6;
  if ('actual' in expected && !sameValue(expected.actual ?? '', read.actual ?? '')) return false;
  if ('weight' in expected && !sameNumber(expected.weight, read.weight)) return false;
  if ('score' in expected && !sameNumber(expected.score, read.score)) return false;
  return true;
}

function indicatorIssue(sheet: string, truth: TruthIndicator, read?: Indicator): RowIssue {
  const issue: RowIssue = { sheet, cell: truth.cell, expected: `${truth.level1}/${truth.level2}/${truth.level3} = ${truth.value}${evaluationOf(truth, truth)}` };
  if (read) issue.read = `${read.level1}/${read.level2}/${read.level3} = ${read.value}${evaluationOf(read, truth)}`;
  return issue;
}

export interface RowComparison {
  rowsExpected: number;
  rowsRead: number;
  missedRows: RowIssue[];
  misreadRows: RowIssue[];
  spuriousRows: RowIssue[];
  /** Each truth row and the row read for it (by its target's cell), read right or not. */
  pairs: { table: TruthTable; expected: TruthIndicator; read: Indicator }[];
}

/**
 * The truth's indicator rows against what the reader read: matched by the cell that holds each target, right when
 * levels, name, value (and, where the truth gives them, actual, weight and score) agree. `levels: 'empty-or-right'`
 * counts a level read empty as right (where the grid no longer says it: the robustness harness).
 */
export function compareRows(tables: TruthTable[], model: Model, options: { levels?: 'exact' | 'empty-or-right' } = {}): RowComparison {
  const out: RowComparison = { rowsExpected: 0, rowsRead: 0, missedRows: [], misreadRows: [], spuriousRows: [], pairs: [] };
  // Indicator rows, by the cell that holds each target (two rows may share a target merged over both: then by name).
  const readRows = new Map<string, Indicator[]>();
  for (const table of readTables(model)) {
    for (const indicator of table.indicators) {
      const key = `${table.sheet}!${indicator.cells.value ?? `row${indicator.row}`}`;
      readRows.set(key, [...(readRows.get(key) ?? []), indicator]);
    }
  }
  const used = new Set<Indicator>();
  for (const table of tables) {
    for (const expected of table.indicators) {
      const key = `${table.sheet}!${expected.cell}`;
      out.rowsExpected++;
      const candidates = (readRows.get(key) ?? []).filter((i) => !used.has(i));
      const read = candidates.find((i) => norm(i.level3) === norm(expected.level3)) ?? candidates[0];
      if (read) used.add(read);
      if (read) out.pairs.push({ table, expected, read });
      if (!read) {
        out.missedRows.push(indicatorIssue(table.sheet, expected));
        continue;
      }
      const sameLevel = (level: string, truthLevel: string): boolean =>
        norm(level) === norm(truthLevel) || (options.levels === 'empty-or-right' && norm(level) === '');
      const right =
        sameLevel(read.level1, expected.level1) &&
        sameLevel(read.level2, expected.level2) &&
        norm(read.level3) === norm(expected.level3) &&
        sameValue(expected.value, read.value) &&
        sameEvaluation(expected, read);
      if (right) out.rowsRead++;
      else out.misreadRows.push(indicatorIssue(table.sheet, expected, read));
    }
  }
  for (const [key, indicators] of readRows) {
    const [sheet, cell] = key.split('!');
    for (const indicator of indicators) {
      if (!used.has(indicator)) out.spuriousRows.push({ sheet, cell, read: `${indicator.level1}/${indicator.level2}/${indicator.level3} = ${indicator.value}` });
    }
  }
  return out;
}

function evaluateEntry(id: string, truth: TruthFile, model: Model, findings: Finding[]): EntryResult {
  const result: EntryResult = {
    id,
    province: truth.source.province,
    year: truth.source.year,
    family: truth.source.family,
    rowsExpected: 0,
    rowsRead: 0,
    missedRows: [],
    misreadRows: [],
    spuriousRows: [],
    tablesExpected: truth.tables.length,
    spuriousTables: [],
    fieldErrors: [],
    problemsExpected: truth.problems.length,
    problemsFound: 0,
    problemsFoundAtInfo: 0,
    missedProblems: [],
    infoOnlyProblems: [],
    falseAlarms: [],
    cutOff: [],
    unjudged: [],
    findings: findings.length,
    unreadBlocks: findings.filter((f) => f.rule === 'reader/unread-block'),
  };

  const rows = compareRows(truth.tables, model);
  result.rowsExpected = rows.rowsExpected;
  result.rowsRead = rows.rowsRead;
  result.missedRows = rows.missedRows;
  result.misreadRows = rows.misreadRows;
  result.spuriousRows = rows.spuriousRows;

  // Tables and their fields.
  const matched = new Set<ReadTable>();
  const candidates = readTables(model);
  for (const table of truth.tables) {
    const read = matchTable(table, candidates.filter((c) => !matched.has(c)));
    if (!read) {
      result.fieldErrors.push(`${table.sheet}: no table read for ${table.name ?? '(unnamed)'}`);
      continue;
    }
    matched.add(read);
    const project = 'code' in read ? read : null;
    if (table.name !== undefined && norm(read.name) !== norm(table.name)) result.fieldErrors.push(`${table.sheet}: name "${read.name}" ≠ "${table.name}"`);
    if (project && table.code !== undefined && norm(project.code) !== norm(table.code)) result.fieldErrors.push(`${table.sheet}: code "${project.code}" ≠ "${table.code}"`);
    if (project && table.budget !== undefined) {
      const same = table.budget === null ? project.budget === null : project.budget !== null && Math.abs(project.budget - table.budget) <= 0.005;
      if (!same) result.fieldErrors.push(`${table.sheet}: budget ${project.budget} ≠ ${table.budget}`);
      else if (table.budget !== null && table.budgetUnit && project.budgetUnit !== table.budgetUnit) {
        result.fieldErrors.push(`${table.sheet}: budget unit ${project.budgetUnit} ≠ ${table.budgetUnit}`);
      }
    }
  }
  for (const table of candidates) {
    if (!matched.has(table)) result.spuriousTables.push(`${table.sheet}: ${table.name ?? table.title ?? '(unnamed)'} (${table.indicators.length} indicators)`);
  }

  // Findings.
  const found = new Set<TruthProblem>();
  const foundAtInfo = new Set<TruthProblem>();
  const quietByRule = truth.quiet.filter((q) => q.rules?.length);
  const quietAny = truth.quiet.filter((q) => !q.rules?.length);
  const alarm = (finding: Finding, quiet: TruthQuiet[]): void => {
    if (finding.severity === 'info') return;
    if (quiet.every((q) => q.truncated)) result.cutOff.push(finding);
    else result.falseAlarms.push(finding);
  };
  for (const finding of findings) {
    // Indicator-like content the truth says is no target table: a warning that the results are incomplete is wrong.
    if (inNotTable(finding, truth.notTables)) {
      alarm(finding, [{ what: 'not a target table' }]);
      continue;
    }
    const problems = truth.problems.filter((p) => touches(finding, p));
    // A quiet entry that names the rule wins over a problem at the same cell, unless the problem names the rule too or
    // the quiet entry is sheet-wide (a whole-table "this rule only hints here" gives way to a problem's own cell).
    const byRule = quietByRule.filter((q: TruthQuiet) => touches(finding, q));
    const stronger = byRule.filter((q) => q.cells?.length || !problems.length);
    if (stronger.length && !problems.some((p) => p.rules?.includes(finding.rule))) {
      alarm(finding, stronger);
      continue;
    }
    if (problems.length) {
      for (const p of problems) (finding.severity === 'info' ? foundAtInfo : found).add(p);
      continue;
    }
    const byCell = quietAny.filter((q) => touches(finding, q));
    if (byCell.length) {
      alarm(finding, byCell);
      continue;
    }
    result.unjudged.push(finding);
  }
  result.problemsFound = found.size;
  result.infoOnlyProblems = truth.problems.filter((p) => !found.has(p) && foundAtInfo.has(p));
  result.problemsFoundAtInfo = result.infoOnlyProblems.length;
  result.missedProblems = truth.problems.filter((p) => !found.has(p) && !foundAtInfo.has(p));
  return result;
}

export function truthFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.truth.json'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Each truth file of `dir` (in id order, those `only` keeps) with its id and its input, loaded or missing. */
export function* corpusInputs(
  repo: string,
  only: ((id: string) => boolean) | undefined,
  dir: string,
): Generator<{ id: string; truth: TruthFile; loaded: ReturnType<typeof loadInput> }> {
  for (const file of truthFiles(dir)) {
    const id = path.basename(file, '.truth.json');
    if (only && !only(id)) continue;
    const truth = JSON.parse(fs.readFileSync(file, 'utf8')) as TruthFile;
    yield { id, truth, loaded: loadInput(file, truth.input, repo) };
  }
}

/** Evaluates the truth files of `dir` (the corpus by default; e.g. a hold-out folder not yet folded in). */
export function evaluateCorpus(repo: string, only?: (id: string) => boolean, dir = path.join(repo, 'test', 'realworld')): CorpusResult {
  const entries: EntryResult[] = [];
  for (const { id, truth, loaded } of corpusInputs(repo, only, dir)) {
    if ('missing' in loaded) {
      entries.push({ ...evaluateEntry(id, { ...truth, tables: [], problems: [] }, emptyModel(), []), skipped: loaded.missing });
      continue;
    }
    const model = readWorkbook(loaded.workbook);
    const { findings } = runChecks(model);
    entries.push(evaluateEntry(id, truth, model, findings));
  }
  const counted = entries.filter((e) => !e.skipped);
  const sum = (pick: (e: EntryResult) => number): number => counted.reduce((acc, e) => acc + pick(e), 0);
  const unjudged = { error: 0, warning: 0, info: 0 };
  for (const e of counted) for (const f of e.unjudged) unjudged[f.severity]++;
  return {
    entries,
    totals: {
      workbooks: counted.length,
      skipped: entries.length - counted.length,
      provinces: [...new Set(counted.map((e) => e.province))].sort(),
      years: [...new Set(counted.map((e) => e.year))].sort(),
      families: [...new Set(counted.map((e) => e.family))].sort(),
      rowsExpected: sum((e) => e.rowsExpected),
      rowsRead: sum((e) => e.rowsRead),
      spuriousRows: sum((e) => e.spuriousRows.length),
      spuriousTables: sum((e) => e.spuriousTables.length),
      fieldErrors: sum((e) => e.fieldErrors.length),
      problemsExpected: sum((e) => e.problemsExpected),
      problemsFound: sum((e) => e.problemsFound),
      problemsFoundAtInfo: sum((e) => e.problemsFoundAtInfo),
      problemsMissed: sum((e) => e.missedProblems.length),
      falseAlarms: sum((e) => e.falseAlarms.length),
      cutOff: sum((e) => e.cutOff.length),
      unjudged,
      unreadBlocks: sum((e) => e.unreadBlocks.length),
    },
  };
}

function emptyModel(): Model {
  return { sheets: [], projects: [], departments: [], notes: [] };
}
