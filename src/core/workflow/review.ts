/**
 * A review: read the workbook, run the rules, apply the waivers stored with it. The one way every front end (the
 * task pane, the ribbon commands, `ptcheck`, the preview page) turns a workbook's cells into findings, so that the same
 * workbook gives the same findings wherever it is opened.
 */
import type { WorkbookGrid } from '../grid';
import type { Model } from '../model';
import { readWorkbookSteps } from '../read';
import { checkSteps, type CheckResult } from '../check/engine';
import type { CheckConfig, ResolvedConfig } from '../check/config';
import { SEVERITIES, type Severity } from '../check/types';
import { applyWaivers, type ReviewedFinding, type Waiver } from '../review/waivers';
import { finish } from '../steps';

export interface ReviewOptions {
  /** The rules' configuration (the command line's --config, --preset, --budget-year). */
  config?: CheckConfig | ResolvedConfig;
  /** The waivers stored in the workbook; none when the caller checks as if none were stored. */
  waivers?: readonly Waiver[];
  /** Keep how each grid was read (ptcheck extract --explain). */
  explain?: boolean;
}

/** How far a stepwise review has got: finding the tables (sheet by sheet), then running the rules (rule by rule). */
export type ReviewStep = { phase: 'tables'; done: number; total: number } | { phase: 'rules'; done: number; total: number };

export interface Review {
  model: Model;
  /** Every finding, in the order of the sheets and cells, each carrying its waiver where one applies. */
  findings: ReviewedFinding[];
  /** Rules that threw on this workbook and were skipped (a bug, said; the other rules' findings stand). */
  failures: CheckResult['failures'];
  /** The open (not waived) findings by severity. */
  open: Record<Severity, number>;
  waived: number;
  /** Tables read: projects and department-wide tables. */
  tables: number;
  /** Blocks of indicator content no table read: while there is one, the result is incomplete. */
  unread: number;
}

export function* reviewSteps(grid: WorkbookGrid, options: ReviewOptions = {}): Generator<ReviewStep, Review, void> {
  const reading = readWorkbookSteps(grid, { explain: options.explain === true });
  let read = reading.next();
  while (!read.done) {
    yield { phase: 'tables', done: read.value.done, total: read.value.sheets };
    read = reading.next();
  }
  const model = read.value;
  const checking = checkSteps(model, options.config);
  let checked = checking.next();
  while (!checked.done) {
    yield { phase: 'rules', done: checked.value.done, total: checked.value.rules };
    checked = checking.next();
  }
  return reviewed(model, checked.value, options.waivers ?? []);
}

export function reviewWorkbook(grid: WorkbookGrid, options: ReviewOptions = {}): Review {
  return finish(reviewSteps(grid, options));
}

function reviewed(model: Model, result: CheckResult, waivers: readonly Waiver[]): Review {
  const findings = applyWaivers(result.findings, waivers);
  return { model, findings, failures: result.failures, ...countsOf(model, findings) };
}

/** The counts a summary says: open findings by severity, waived ones, tables read and blocks left unread. */
function countsOf(model: Model, findings: readonly ReviewedFinding[]): Pick<Review, 'open' | 'waived' | 'tables' | 'unread'> {
  return {
    open: openCounts(findings),
    waived: findings.filter((f) => f.waiver).length,
    tables: model.projects.length + model.departments.length,
    unread: model.unreadBlocks?.length ?? 0,
  };
}

/** The open (not waived) findings by severity. */
export function openCounts(findings: readonly ReviewedFinding[]): Record<Severity, number> {
  const open = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) if (!f.waiver) open[f.severity]++;
  return open;
}

/**
 * A finding's identity within one review (the pane's rows, applied suggestions). The waiver key alone is not enough:
 * one rule can say two things about one field (two cells, two messages), and one project can have two tables (a
 * generated standard copy beside the original).
 */
export function findingId(finding: ReviewedFinding): string {
  return `${finding.sheet}|${finding.key}|${finding.cell}|${finding.messageId}`;
}
