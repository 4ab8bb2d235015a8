/**
 * The JSON contract of `ptcheck` (README, "Contract"; docs/ptcheck-output.schema.json): what other tools read. Keep
 * the keys and their meaning stable; add, never rename.
 */
import type { BudgetExecution, DepartmentSection, DepartmentTask, GridReading, Indicator, Model, Project, ReaderNote, TablePlacement, UnreadBlock } from './model';
import type { Locale, Messages } from './i18n/messages';

export interface IndicatorJson {
  level1: string;
  level2: string;
  level3: string;
  description: string;
  value: string;
  comparator: string | null;
  number: number | null;
  unit: string | null;
  basis: string;
  cells: Record<string, string>;
  /** Additions to the contract: the value's kind and its normalized form. */
  kind: string;
  normalized: { value: string; number: number | null; unit: string | null };
  /** Additions, self-evaluations only (present where the form has the column): the actual value, weight, score, reason. */
  actual?: string;
  weight?: number | null;
  score?: number | null;
  reason?: string;
}

/** Addition: a self-evaluation's budget block (预算执行情况), the total row read across its columns. */
export interface ExecutionJson {
  unit: string | null;
  initial: number | null;
  fullYear: number | null;
  executed: number | null;
  /** In percent, as written (86 for "86%" or 0.86 formatted as a percentage). */
  rate: number | null;
  weight: number | null;
  score: number | null;
  cells: Record<string, string>;
}

export interface ProjectJson {
  sheet: string;
  code: string | null;
  name: string | null;
  budget: number | null;
  fiscal: number | null;
  other: number;
  budgetUnit: string;
  plan: (number | null)[];
  goal: string | null;
  usage: string | null;
  framework: string;
  indicators: IndicatorJson[];
  cells: Record<string, string>;
  title: string | null;
  year: number | null;
  /** Additions, self-evaluations only: the budget block and the account of the year's goal. */
  execution?: ExecutionJson;
  goalActual?: string;
}

export interface TaskJson {
  name: string;
  amount: number | null;
  cell: string;
  nameCell: string;
  sources: { label: string; amount: number | null; cell: string }[];
}

export interface DepartmentJson {
  sheet: string;
  title: string | null;
  name: string | null;
  year: number | null;
  budgetUnit: string | null;
  amounts: { label: string; amount: number; cell: string }[];
  tasks: TaskJson[];
  tasksTotal: TaskJson | null;
  paragraphs: { heading: string | null; text: string; cell: string }[];
  indicators: IndicatorJson[];
  framework: string;
  cells: Record<string, string>;
  /** Addition: a department-wide self-evaluation's budget block. */
  execution?: ExecutionJson;
}

export interface NoteJson {
  code: string;
  sheet: string;
  cell?: string;
  message: string;
}

export interface FindingJson {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  sheet: string;
  cell: string;
  cells?: string[];
  project?: string;
  message: string;
  suggestion?: string;
  /**
   * Addition: the reviewer accepted the finding (忽略) and the workbook stores the waiver; it does not count as open
   * (a waived error does not make the exit code 1). Absent with --ignore-waivers.
   */
  waived?: { reason: string; at: string };
}

/** Addition: one table the reader found, and how much of it it placed (src/core/read/placement.ts). */
export interface TableJson {
  sheet: string;
  /** A1 range, first to last row, leftmost to rightmost non-empty cell. */
  range: string;
  kind: 'project' | 'department';
  /** Placed non-empty cells ÷ non-empty cells, 0–1, four decimals. */
  placedShare: number;
  unplacedCount: number;
  /** The first 50 unplaced cells, in reading order. */
  unplaced: { cell: string; text: string }[];
}

/** Addition: a block of indicator content no table read (the results are incomplete); rows 1-based. */
export interface UnreadBlockJson {
  sheet: string;
  cell: string;
  range: string;
  rows: [number, number];
}

export interface FileEntryJson {
  file: string;
  projects: ProjectJson[];
  findings: FindingJson[];
  departments?: DepartmentJson[];
  notes?: NoteJson[];
  error?: { code: string; message: string };
  /** Additions, on every file that was read. */
  tables?: TableJson[];
  unreadBlocks?: UnreadBlockJson[];
  /** `ptcheck extract --explain` only: how each table's indicator grid was read. */
  explain?: ExplainJson[];
}

/** How many unplaced cells an entry lists. */
export const UNPLACED_LISTED = 50;

export function tableJson(placement: TablePlacement): TableJson {
  return {
    sheet: placement.sheet,
    range: placement.range,
    kind: placement.kind,
    placedShare: placement.placedShare,
    unplacedCount: placement.unplacedCount,
    unplaced: placement.unplaced.slice(0, UNPLACED_LISTED).map((u) => ({ cell: u.cell, text: u.text })),
  };
}

export function unreadBlockJson(block: UnreadBlock): UnreadBlockJson {
  return { sheet: block.sheet, cell: block.cell, range: block.range, rows: [block.rows.first + 1, block.rows.last + 1] };
}

/** How one table's grid was read (`GridReading`), and which table it is. */
export interface ExplainJson extends GridReading {
  sheet: string;
  /** The project's or department's name, or null. */
  table: string | null;
  kind: 'project' | 'department';
  /** Rows of the table, as written on the sheet ("8–28"). */
  rows: string;
}

/** How each table of a model was read, for `--explain`: tables without an indicator grid are left out. */
export function explainEntries(model: Model): ExplainJson[] {
  const rows = (r: { first: number; last: number } | undefined): string => (r ? `${r.first + 1}–${r.last + 1}` : '');
  const out: ExplainJson[] = [];
  for (const p of model.projects) {
    if (p.gridReading) out.push({ sheet: p.sheet, table: p.name, kind: 'project', rows: rows(p.rows), ...p.gridReading });
  }
  for (const d of model.departments) {
    if (d.gridReading) out.push({ sheet: d.sheet, table: d.name ?? d.title ?? null, kind: 'department', rows: rows(d.rows), ...d.gridReading });
  }
  return out;
}

export function indicatorJson(indicator: Indicator): IndicatorJson {
  const quantitative = indicator.parsed.kind === 'quantitative';
  return {
    level1: indicator.level1,
    level2: indicator.level2,
    level3: indicator.level3,
    description: indicator.description,
    value: indicator.value,
    comparator: quantitative ? indicator.parsed.comparator : null,
    number: quantitative ? indicator.parsed.number : null,
    unit: quantitative ? indicator.parsed.unit : null,
    basis: indicator.basis,
    cells: { ...indicator.cells } as Record<string, string>,
    kind: indicator.parsed.kind,
    normalized: {
      value: indicator.parsed.normalized.text,
      number: indicator.parsed.normalized.number,
      unit: indicator.parsed.normalized.unit,
    },
    ...evaluationJson(indicator),
  };
}

/** The self-evaluation columns the form has, and only those. */
function evaluationJson(indicator: Indicator): Pick<IndicatorJson, 'actual' | 'weight' | 'score' | 'reason'> {
  const json: Pick<IndicatorJson, 'actual' | 'weight' | 'score' | 'reason'> = {};
  if (indicator.cells.actual !== undefined || indicator.actual !== undefined) json.actual = indicator.actual ?? '';
  if (indicator.cells.weight !== undefined || indicator.weight !== null) json.weight = indicator.weight;
  if (indicator.cells.score !== undefined || (indicator.score ?? null) !== null) json.score = indicator.score ?? null;
  if (indicator.cells.reason !== undefined || indicator.reason !== undefined) json.reason = indicator.reason ?? '';
  return json;
}

function executionJson(e: BudgetExecution): ExecutionJson {
  return { unit: e.unit, initial: e.initial, fullYear: e.fullYear, executed: e.executed, rate: e.rate, weight: e.weight, score: e.score, cells: { ...e.cells } };
}

export function projectJson(project: Project): ProjectJson {
  return {
    sheet: project.sheet,
    code: project.code,
    name: project.name,
    budget: project.budget,
    fiscal: project.fiscal,
    other: project.other ?? 0,
    budgetUnit: project.budgetUnit,
    plan: [...project.plan],
    goal: project.goal,
    usage: project.usage,
    framework: project.framework,
    indicators: project.indicators.map(indicatorJson),
    cells: { ...project.cells },
    title: project.title,
    year: project.year,
    ...(project.execution ? { execution: executionJson(project.execution) } : {}),
    ...(project.goalActual ? { goalActual: project.goalActual.text } : {}),
  };
}

function taskJson(task: DepartmentTask): TaskJson {
  return { name: task.name, amount: task.amount, cell: task.cell, nameCell: task.nameCell, sources: task.sources.map((s) => ({ ...s })) };
}

export function departmentJson(section: DepartmentSection): DepartmentJson {
  return {
    sheet: section.sheet,
    title: section.title,
    name: section.name,
    year: section.year,
    budgetUnit: section.budgetUnit,
    amounts: section.amounts.map((a) => ({ ...a })),
    tasks: section.tasks.map(taskJson),
    tasksTotal: section.tasksTotal && taskJson(section.tasksTotal),
    paragraphs: section.paragraphs.map((p) => ({ heading: p.heading, text: p.text, cell: p.cell })),
    indicators: section.indicators.map(indicatorJson),
    framework: section.framework,
    cells: { ...section.cells },
    ...(section.execution ? { execution: executionJson(section.execution) } : {}),
  };
}

export function noteJson(note: ReaderNote, locale: Locale): NoteJson {
  const json: NoteJson = { code: note.code, sheet: note.sheet, message: note.message[locale] };
  if (note.cell) json.cell = note.cell;
  return json;
}

/** The entry of a file that could not be read: no projects, no findings, and why. */
export function unreadableEntry(file: string, error: { code: string; message: Messages }, locale: Locale): FileEntryJson {
  return { file, projects: [], findings: [], error: { code: error.code, message: error.message[locale] } };
}

export function modelEntry(file: string, model: Model, locale: Locale, findings: FindingJson[] = []): FileEntryJson {
  const entry: FileEntryJson = {
    file,
    projects: model.projects.map(projectJson),
    findings,
    departments: model.departments.map(departmentJson),
  };
  if (model.notes.length) entry.notes = model.notes.map((n) => noteJson(n, locale));
  entry.tables = (model.placement ?? []).map(tableJson);
  entry.unreadBlocks = (model.unreadBlocks ?? []).map(unreadBlockJson);
  return entry;
}
