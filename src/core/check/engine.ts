/**
 * Runs every enabled rule over the Model and collects all findings at once (never "stop at the first"), each
 * resolved to its configured severity and rendered in both languages.
 */
import type { Model } from '../model';
import { format, LOCALES, type Messages } from '../i18n/messages';
import { isProject } from './indicator-kinds';
import { isActive, resolveConfig, type CheckConfig, type ResolvedConfig } from './config';
import { RULES } from './registry';
import { SEVERITY_RANK, type Finding, type Report, type Rule, type Severity } from './types';
import { parseA1 } from '../grid';
import { finish } from '../steps';

export interface CheckResult {
  findings: Finding[];
  /** Rules that failed on this input (a bug, reported rather than hiding every other finding). */
  failures: { rule: string; message: string }[];
}


function render(messages: Messages, data: Record<string, string | number>): Messages {
  const out = {} as Messages;
  for (const locale of LOCALES) out[locale] = format(messages[locale], data);
  return out;
}

function toFinding(rule: Rule, severity: Severity, report: Report): Finding {
  const data = report.data ?? {};
  const template = rule.meta.messages[report.messageId];
  if (!template) throw new Error(`rule ${rule.meta.id} has no message "${report.messageId}"`);
  const table = report.table;
  const project = table && isProject(table) ? (table.code ?? table.name ?? undefined) : undefined;
  const sheet = table?.sheet ?? report.sheet ?? '';
  const finding: Finding = {
    rule: rule.meta.id,
    severity: report.evidence === 'weak' ? 'info' : severity,
    sheet,
    cell: report.cell,
    messageId: report.messageId,
    data,
    message: render(template, data),
    field: report.field,
    key: `${rule.meta.id}|${project ?? `${sheet}:${table ? (table.name ?? table.title ?? '') : ''}`}|${report.field}`,
  };
  if (report.cells?.length) finding.cells = [...new Set(report.cells.filter((c) => c !== report.cell))];
  if (project !== undefined) finding.project = project;
  if (table && isProject(table) && table.name) finding.projectName = table.name;
  if (report.suggestion) finding.suggestion = { value: report.suggestion.value, cell: report.suggestion.cell ?? report.cell };
  return finding;
}

function position(finding: Finding, sheetOrder: Map<string, number>): [number, number, number] {
  const at = parseA1(finding.cell) ?? { row: 0, col: 0 };
  return [sheetOrder.get(finding.sheet) ?? 0, at.row, at.col];
}

/** How far a stepwise check has got: rules run out of all. */
export interface CheckStep {
  rules: number;
  done: number;
}

/**
 * The checks as steps, one per rule, for a caller that must keep a page responsive between them; the generator's
 * return value is the result. runChecks runs the same steps in one go.
 */
export function* checkSteps(model: Model, config: CheckConfig | ResolvedConfig = {}): Generator<CheckStep, CheckResult, void> {
  const resolved = 'rules' in config && config.rules instanceof Map ? (config as ResolvedConfig) : resolveConfig(config as CheckConfig);
  const findings: Finding[] = [];
  const failures: CheckResult['failures'] = [];
  let done = 0;
  for (const rule of RULES) {
    done++;
    const setting = resolved.rules.get(rule.meta.id);
    if (!isActive(setting)) continue;
    const collected: Finding[] = [];
    try {
      rule.check({
        model,
        options: setting.options,
        settings: resolved.settings,
        report: (report) => collected.push(toFinding(rule, setting.severity, report)),
      });
      findings.push(...collected);
    } catch (error) {
      failures.push({ rule: rule.meta.id, message: error instanceof Error ? error.message : String(error) });
    }
    yield { rules: RULES.length, done };
  }
  const sheetOrder = new Map(model.sheets.map((name, index) => [name, index]));
  const keyed = findings.map((f) => ({ f, p: position(f, sheetOrder) }));
  keyed.sort((a, b) => a.p[0] - b.p[0] || a.p[1] - b.p[1] || a.p[2] - b.p[2] || SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity]);
  return { findings: keyed.map((k) => k.f), failures };
}

export function runChecks(model: Model, config: CheckConfig | ResolvedConfig = {}): CheckResult {
  return finish(checkSteps(model, config));
}
