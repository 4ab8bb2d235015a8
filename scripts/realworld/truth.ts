/**
 * Truth files of the real-world corpus (test/realworld/*.truth.json): what an experienced reviewer reads in a published
 * table and what they would say about it, written before looking at what the tool says.
 */

export interface TruthIndicator {
  /** The cell that holds the target value (under split columns, the 指标值 column's cell). */
  cell: string;
  level1: string;
  level2: string;
  level3: string;
  /** The target as a reader writes it in one cell: comparator, number and unit joined ("≥90%", "=100%", "及时"). */
  value: string;
  /**
   * Self-evaluations only: the actual value as written (joined like `value`; "" where blank), and the row's weight and
   * score as numbers (null where blank or not a number; a weight or score merged over several rows counts for each).
   * Absent keys are not compared.
   */
  actual?: string;
  weight?: number | null;
  score?: number | null;
}

export interface TruthTable {
  sheet: string;
  kind: 'project' | 'department';
  name?: string | null;
  code?: string | null;
  /** This year's budget in the table's own unit; null when the table gives none. */
  budget?: number | null;
  budgetUnit?: string;
  indicators: TruthIndicator[];
}

/**
 * Something a careful reviewer flags: found when an error or a warning points at one of its cells (a finding at info
 * there is counted apart, as found only at info).
 */
export interface TruthProblem {
  sheet?: string;
  cells: string[];
  what: string;
  /** Only these rules count as finding it (optional: any rule at those cells counts). */
  rules?: string[];
}

/** Something that must stay quiet: an error or warning on these cells (of these rules, if given) is a false alarm. */
export interface TruthQuiet {
  sheet?: string;
  /** Absent: anywhere on the sheet (or the workbook). */
  cells?: string[];
  what: string;
  rules?: string[];
  /**
   * Quiet only because the published page was cut off (the rows that would settle it are missing): a finding here
   * is right about the file and wrong about the real table, so it is counted apart, never as a false alarm.
   */
  truncated?: boolean;
}

/**
 * Rows that hold no target table though they look like indicator content (a scoring sheet, an annex, a rubric):
 * a reader/unread-block warning there is a false alarm.
 */
export interface TruthNotTable {
  sheet: string;
  /** First and last row, 1-based; absent: the whole sheet. */
  rows?: [number, number];
  what: string;
}

export interface TruthFile {
  /** "name.table" beside the truth file, or "shared:realworld/pages/x.xlsx" (read from ../shared, never copied). */
  input: string;
  source: {
    url: string;
    title: string;
    publisher?: string;
    province: string;
    year: number;
    /** application | approval | target | side-by-side | flat-export | self-evaluation | department | … */
    family: string;
  };
  tables: TruthTable[];
  problems: TruthProblem[];
  quiet: TruthQuiet[];
  /** Optional: blocks that are not target tables, where reader/unread-block must stay quiet. */
  notTables?: TruthNotTable[];
}

const FAMILIES = /^[a-z-]+$/;

/** Problems with a truth file's shape, in plain words (empty when it is well formed). */
export function validateTruth(truth: unknown): string[] {
  const problems: string[] = [];
  const t = truth as Partial<TruthFile>;
  if (!t || typeof t !== 'object') return ['not a JSON object'];
  if (typeof t.input !== 'string' || t.input === '') problems.push('input: the .table file or shared: path');
  const s = t.source;
  if (!s || typeof s.url !== 'string' || typeof s.title !== 'string' || typeof s.province !== 'string' || typeof s.year !== 'number') {
    problems.push('source: { url, title, province, year (number), family }');
  } else if (typeof s.family !== 'string' || !FAMILIES.test(s.family)) problems.push('source.family: lower-case words with "-"');
  if (!Array.isArray(t.tables)) problems.push('tables: an array');
  for (const [i, table] of (t.tables ?? []).entries()) {
    if (typeof table.sheet !== 'string') problems.push(`tables[${i}].sheet`);
    if (table.kind !== 'project' && table.kind !== 'department') problems.push(`tables[${i}].kind: project | department`);
    if (!Array.isArray(table.indicators)) problems.push(`tables[${i}].indicators: an array`);
    for (const [j, ind] of (table.indicators ?? []).entries()) {
      for (const key of ['cell', 'level1', 'level2', 'level3', 'value'] as const) {
        if (typeof ind[key] !== 'string') problems.push(`tables[${i}].indicators[${j}].${key}: a string`);
      }
      if (typeof ind.cell === 'string' && !/^[A-Z]{1,3}\d{1,7}$/.test(ind.cell)) problems.push(`tables[${i}].indicators[${j}].cell: an A1 address`);
      if ('actual' in ind && typeof ind.actual !== 'string') problems.push(`tables[${i}].indicators[${j}].actual: a string`);
      for (const key of ['weight', 'score'] as const) {
        if (key in ind && ind[key] !== null && typeof ind[key] !== 'number') problems.push(`tables[${i}].indicators[${j}].${key}: a number or null`);
      }
    }
  }
  for (const [key, list] of [['problems', t.problems], ['quiet', t.quiet]] as const) {
    if (!Array.isArray(list)) {
      problems.push(`${key}: an array`);
      continue;
    }
    list.forEach((item: TruthProblem | TruthQuiet, i: number) => {
      if (typeof item.what !== 'string') problems.push(`${key}[${i}].what: say what it is`);
      if (key === 'problems' && (!Array.isArray(item.cells) || item.cells.length === 0)) problems.push(`${key}[${i}].cells: at least one cell`);
      for (const cell of item.cells ?? []) if (!/^[A-Z]{1,3}\d{1,7}$/.test(cell)) problems.push(`${key}[${i}].cells: "${cell}" is not an A1 address`);
    });
  }
  if (t.notTables !== undefined) {
    if (!Array.isArray(t.notTables)) problems.push('notTables: an array');
    else
      t.notTables.forEach((block, i) => {
        if (!block || typeof block.sheet !== 'string') problems.push(`notTables[${i}].sheet: a string`);
        if (typeof block?.what !== 'string') problems.push(`notTables[${i}].what: say what it is`);
        const rows = block?.rows;
        if (
          rows !== undefined &&
          !(Array.isArray(rows) && rows.length === 2 && rows.every((r) => Number.isInteger(r) && r >= 1) && rows[0] <= rows[1])
        ) {
          problems.push(`notTables[${i}].rows: [first, last], 1-based, first ≤ last`);
        }
      });
  }
  return problems;
}
