/**
 * The shape of a check rule, after ESLint's: one module per rule with its metadata (id, category, default severity,
 * options, messages in both languages as data) and a function that reports findings through a context.
 */
import type { Messages } from '../i18n/messages';
import type { DepartmentSection, Model, Project } from '../model';

export type Severity = 'error' | 'warning' | 'info';

/** The severities, most severe first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A severity's place in SEVERITIES: lower is more severe (for sorting and for "this severity or worse"). */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
export type SeveritySetting = Severity | 'off';

export type RuleCategory = 'structure' | 'money' | 'plan' | 'years' | 'codes' | 'taxonomy' | 'values' | 'department' | 'evaluation';

export interface OptionSpec {
  type: 'number' | 'integer' | 'string' | 'boolean';
  default: number | string | boolean | null;
  description: Messages;
  minimum?: number;
  maximum?: number;
  enum?: (string | number)[];
  nullable?: boolean;
}

export interface RuleMeta {
  id: string;
  category: RuleCategory;
  severity: Severity;
  /** One sentence: what the rule finds. */
  description: Messages;
  /** Message templates with {placeholders}, filled from the data a rule reports. */
  messages: Record<string, Messages>;
  options?: Record<string, OptionSpec>;
}

/** A table a finding belongs to: a project, or a department-wide section. */
export type Table = Project | DepartmentSection;

export interface Report {
  /** The table the finding is about; absent for a finding about a sheet outside any table (then `sheet`). */
  table?: Table;
  /** The sheet of a finding that belongs to no table. */
  sheet?: string;
  /** A1 address of the main cell, without the sheet name. */
  cell: string;
  /** Other cells involved (both cells of a duplicate code, every cost cell of a total). */
  cells?: string[];
  messageId: string;
  data?: Record<string, string | number>;
  /** A mechanical fix: the text to write into `cell` (or into `suggestion.cell`). */
  suggestion?: { value: string; cell?: string };
  /** What the finding is about, stable when rows move: "budget", "plan", "indicator:产出指标/数量指标/人数". */
  field: string;
  /**
   * "weak": the finding rests on a guess from keywords (a word such as 参保 suggesting a public service), not on what
   * the table says; it is shown at info whatever the rule's severity (docs/rules.md, "How sure a finding is").
   */
  evidence?: 'weak';
}

export interface Settings {
  /** The budget year when set by configuration; otherwise each table's own year is used. */
  budgetYear: number | null;
  /** The framework to expect when a table does not show its own ("auto": no expectation). */
  framework: 'auto' | '2015' | '2021';
}

export interface RuleContext<O extends Record<string, unknown> = Record<string, unknown>> {
  model: Model;
  options: O;
  settings: Settings;
  report(report: Report): void;
}

export interface Rule<O extends Record<string, unknown> = Record<string, unknown>> {
  meta: RuleMeta;
  check(context: RuleContext<O>): void;
}

/** A finding as the engine hands it out: the report, resolved to a severity and messages in both languages. */
export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  cells?: string[];
  /** The project's code (or its name when it has none); absent for department-wide sections. */
  project?: string;
  projectName?: string;
  messageId: string;
  data: Record<string, string | number>;
  message: Messages;
  suggestion?: { value: string; cell: string };
  field: string;
  /** Stable identity for waivers: rule, project and field. */
  key: string;
}

