/**
 * What the findings list shows, free of React: which findings pass the reviewer's filters, in which order, grouped by
 * sheet and project, and the rules to filter by (named by their description in the pane's language).
 */
import { RULES } from '../core/check/registry';
import { SEVERITIES, SEVERITY_RANK, type Severity } from '../core/check/types';
import type { Locale } from '../core/i18n/messages';
import type { ReviewedFinding } from '../core/review/waivers';
import { findingId } from '../core/workflow/review';

/** Errors first within each project (the default), or the order of the cells in the sheet. */
export type FindingOrder = 'severity' | 'sheet';

export interface FilterState {
  severities: Record<Severity, boolean>;
  /** A rule id, or null for every rule. */
  rule: string | null;
  showWaived: boolean;
  order: FindingOrder;
}

export const SHOW_ALL: FilterState = { severities: { error: true, warning: true, info: true }, rule: null, showWaived: true, order: 'severity' };

export { findingId } from '../core/workflow/review';

export function passesFilters(finding: ReviewedFinding, filters: FilterState): boolean {
  return filters.severities[finding.severity] && (filters.rule === null || finding.rule === filters.rule) && (filters.showWaived || !finding.waiver);
}

/** The same filters, except that nothing is hidden (the order is kept). */
export function showingAll(filters: FilterState): FilterState {
  return { ...SHOW_ALL, order: filters.order };
}

export interface ProjectGroup {
  title: string;
  findings: ReviewedFinding[];
}

export interface SheetGroup {
  sheet: string;
  projects: ProjectGroup[];
}

/**
 * Findings grouped by sheet, then by project, in the order they come (the engine's: sheet, row, column); within a
 * project errors come first when asked, the cell order kept among findings of one severity.
 */
export function groupFindings(findings: ReviewedFinding[], departmentTitle: string, order: FindingOrder = 'sheet'): SheetGroup[] {
  const groups: SheetGroup[] = [];
  const sheets = new Map<string, { group: SheetGroup; projects: Map<string, ProjectGroup> }>();
  for (const finding of findings) {
    let sheet = sheets.get(finding.sheet);
    if (!sheet) {
      sheet = { group: { sheet: finding.sheet, projects: [] }, projects: new Map() };
      sheets.set(finding.sheet, sheet);
      groups.push(sheet.group);
    }
    // A project without a code is known by its name: show it once.
    const name = finding.projectName ?? '';
    const title = !finding.project ? departmentTitle : name && name !== finding.project ? `${name} · ${finding.project}` : finding.project;
    let project = sheet.projects.get(title);
    if (!project) {
      project = { title, findings: [] };
      sheet.projects.set(title, project);
      sheet.group.projects.push(project);
    }
    project.findings.push(finding);
  }
  if (order === 'severity') {
    for (const group of groups) {
      for (const project of group.projects) {
        // Array.prototype.sort is stable: findings of one severity keep their cell order.
        project.findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
      }
    }
  }
  return groups;
}

export interface RuleChoice {
  id: string;
  /** What the rule finds, in the pane's language (the id when the rule is unknown to this version). */
  label: string;
  count: number;
}

const RULE_ORDER = new Map(RULES.map((rule, index) => [rule.meta.id, index]));
const RULE_DESCRIPTIONS = new Map(RULES.map((rule) => [rule.meta.id, rule.meta.description]));

/** A rule's one-sentence description in this language. */
export function ruleLabel(id: string, locale: Locale): string {
  return RULE_DESCRIPTIONS.get(id)?.[locale] || id;
}

/** The rules that found something, in the rules table's order (related rules side by side), with their counts. */
export function ruleChoices(findings: ReviewedFinding[], locale: Locale): RuleChoice[] {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, label: ruleLabel(id, locale), count }))
    .sort((a, b) => (RULE_ORDER.get(a.id) ?? Infinity) - (RULE_ORDER.get(b.id) ?? Infinity) || a.id.localeCompare(b.id));
}

/** A remembered choice read back from storage: anything malformed falls back to showing everything. */
export function filtersFrom(saved: unknown): FilterState {
  if (!saved || typeof saved !== 'object') return SHOW_ALL;
  const value = saved as Partial<Record<keyof FilterState, unknown>>;
  const severities = { ...SHOW_ALL.severities };
  if (value.severities && typeof value.severities === 'object') {
    for (const severity of SEVERITIES) {
      const on = (value.severities as Record<string, unknown>)[severity];
      if (typeof on === 'boolean') severities[severity] = on;
    }
  }
  return {
    severities,
    rule: null,
    showWaived: typeof value.showWaived === 'boolean' ? value.showWaived : true,
    order: value.order === 'sheet' ? 'sheet' : 'severity',
  };
}

/** One line of the list: a sheet's heading, a project's heading, or a finding. */
export type ListRow =
  | { kind: 'sheet'; key: string; sheet: string }
  | { kind: 'project'; key: string; title: string }
  | { kind: 'finding'; key: string; finding: ReviewedFinding };

/** The groups as the lines of one flat list (what a windowed list renders a slice of). */
export function listRows(groups: SheetGroup[]): ListRow[] {
  const rows: ListRow[] = [];
  for (const group of groups) {
    rows.push({ kind: 'sheet', key: `sheet|${group.sheet}`, sheet: group.sheet });
    for (const project of group.projects) {
      rows.push({ kind: 'project', key: `project|${group.sheet}|${project.title}`, title: project.title });
      for (const finding of project.findings) rows.push({ kind: 'finding', key: findingId(finding), finding });
    }
  }
  return rows;
}
