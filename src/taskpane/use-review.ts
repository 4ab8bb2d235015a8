/**
 * The review's state and actions, over any WorkbookHost: scan and check, mark and clear, waive, apply a suggestion
 * and undo it, write the report, and notice when the workbook changes under the results.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { findingId, openCounts, reviewSteps, reviewWorkbook, type ReviewStep } from '../core/workflow/review';
import { marksFor } from '../core/workflow/marks';
import type { SheetSpec } from '../core/generate/sheet-spec';
import { SEVERITIES, type Finding } from '../core/check/types';
import type { Model } from '../core/model';
import { applyWaivers, waiverFor, withoutWaiver, withWaiver, type ReviewedFinding, type Waiver } from '../core/review/waivers';
import { reportTable } from '../core/review/report';
import type { Locale } from '../core/i18n/messages';
import { CellChangedError, type ReadProgress, type UndoEntry, type WorkbookHost } from '../hosts/workbook-host';
import { cellValueAt, type CellValue, type WorkbookGrid } from '../core/grid';
import type { Strings } from './strings';
import type { GenerationSource } from '../core/workflow/generation-plan';
import { placeholderSheets } from '../core/workflow/placeholder-sheets';
import type { RenderedSheet } from '../core/generate/user-template';
import type { LibrarySource } from '../core/workflow/library-sources';
import { afterNextPaint, runInSteps } from '../hosts/yield-to-browser';

export type Busy = 'check' | 'mark' | 'clear' | 'report' | 'apply' | 'undo' | 'waive' | 'generate' | null;

export interface Notice {
  kind: 'success' | 'warning' | 'error' | 'info';
  text: string;
  undo?: UndoEntry;
  /** The notice offers 重新检查 (a suggestion refused because its cell changed since the check). */
  recheck?: boolean;
  /** A sheet the notice offers to go to (the first of the sheets just added). */
  goTo?: string;
}

/** How far a check has got: reading the workbook (sheets, cells), finding the tables, running the rules. */
export type CheckProgress = ReadProgress | ReviewStep;

/** The whole check as one fraction for the progress bar (reading the cells is the longest part), or undefined. */
export function progressValue(progress: CheckProgress | null): number | undefined {
  if (!progress || progress.phase === 'sheets' || !progress.total) return undefined;
  const share = Math.min(1, progress.done / progress.total);
  if (progress.phase === 'cells') return 0.5 * share;
  if (progress.phase === 'tables') return 0.5 + 0.3 * share;
  return 0.8 + 0.2 * share;
}

export interface ReviewState {
  busy: Busy;
  progress: CheckProgress | null;
  model: Model | null;
  findings: ReviewedFinding[];
  waivers: Waiver[];
  stale: boolean;
  notice: Notice | null;
  /** How many checks have completed (lets tests and screen readers tell a fresh result from the last one). */
  checks: number;
  /** Suggestions applied since the last check, by finding id (findingId), with what puts each cell back. */
  applied: Record<string, UndoEntry>;
  /** What screen readers are told last: a notice, the results gone stale, what a check found. */
  announcement: Announcement | null;
}

export interface Announcement {
  text: string;
  /** Failures interrupt; everything else waits for a pause. */
  urgent: boolean;
}

const INITIAL: ReviewState = {
  busy: null,
  progress: null,
  model: null,
  findings: [],
  waivers: [],
  stale: false,
  notice: null,
  checks: 0,
  applied: {},
  announcement: null,
};

/** A change of state that shows a notice also announces it. */
function announced(change: Partial<ReviewState>): Partial<ReviewState> {
  return change.notice ? { ...change, announcement: { text: change.notice.text, urgent: change.notice.kind === 'error' } } : change;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export function useReview(host: WorkbookHost, t: Strings, locale: Locale) {
  const [state, setState] = useState<ReviewState>(INITIAL);
  const stateRef = useRef(state);
  // What each suggestion's cell held when the check read it, by finding id: 应用建议 writes only over that.
  const suggestionSources = useRef(new Map<string, CellValue>());
  /** The sheets holding a placeholder when the workbook was last read: the pane's template sheets. */
  const templateSheets = useRef<string[]>([]);
  stateRef.current = state;
  const patch = useCallback((change: Partial<ReviewState>) => setState((s) => ({ ...s, ...change })), []);

  // Results go stale when the user edits the workbook. The host leaves out the change events of the add-in's own
  // writes (a suggestion applied or undone, the report sheet), so those never make the results stale.
  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    host
      .onChange(() => {
        if (stateRef.current.model) setState((s) => (s.stale ? s : { ...s, stale: true, announcement: { text: t.stale, urgent: false } }));
      })
      .then((unsubscribe) => {
        if (cancelled) unsubscribe();
        else stop = unsubscribe;
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [host, t]);

  const run = useCallback(
    async (busy: Busy, action: () => Promise<Partial<ReviewState> | void>) => {
      if (stateRef.current.busy) return;
      patch({ busy, notice: null });
      try {
        const change = await action();
        patch(announced({ busy: null, progress: null, ...(change ?? {}) }));
      } catch (error) {
        patch(announced({ busy: null, progress: null, notice: { kind: 'error', text: t.failed(describe(error)) } }));
      }
    },
    [patch, t],
  );

  const check = useCallback(
    () =>
      run('check', async () => {
        // A big workbook keeps the page busy for seconds: the progress bar is painted first, and the reading and the
        // checks give the page its turn between sheets and rules so that it keeps moving.
        await afterNextPaint();
        const grid = await host.readGrid((progress) => patch({ progress }));
        patch({ progress: { phase: 'tables', done: 0, total: grid.sheets.length } });
        let waivers: Waiver[] = [];
        try {
          waivers = await host.loadWaivers();
        } catch {
          waivers = stateRef.current.waivers;
        }
        const { model, findings: reviewed } = await runInSteps(reviewSteps(grid, { waivers }), (progress) => patch({ progress }));
        suggestionSources.current = sourcesOfSuggestions(reviewed, grid);
        templateSheets.current = placeholderSheets(grid);
        return {
          model,
          waivers,
          findings: reviewed,
          stale: false,
          checks: stateRef.current.checks + 1,
          applied: {},
          announcement: { text: checkSummary(model, reviewed, t), urgent: false },
        };
      }),
    [host, patch, run],
  );

  /**
   * Marks these findings (every finding by default) in place of the add-in's earlier marks; `hidden` open findings left
   * out by the reviewer's filters are named in the notice, so that nobody takes a filtered marking for a full one.
   */
  const mark = useCallback(
    (findings: ReviewedFinding[] = stateRef.current.findings, hidden = 0) =>
      run('mark', async () => {
        const result = await host.mark(marksFor(findings, locale));
        const scope = hidden > 0 ? ` ${t.markedShownOnly(findings.filter((f) => !f.waiver).length, hidden)}` : '';
        if (result.unmarkedSheets.length) {
          return { notice: { kind: 'warning', text: `${t.marked(result.cells, result.annotated)}${scope} ${t.unmarked(result.unmarkedSheets, result.protectedSheets)}` } };
        }
        return { notice: { kind: 'success', text: `${t.marked(result.cells, result.annotated)}${scope}` } };
      }),
    [host, locale, run, t],
  );

  const clear = useCallback(
    () =>
      run('clear', async () => {
        await host.clearMarks();
        return { notice: { kind: 'success', text: t.cleared } };
      }),
    [host, run, t],
  );

  const select = useCallback(
    async (finding: Finding) => {
      try {
        await host.select(finding.sheet, [finding.cell]);
      } catch (error) {
        patch(announced({ notice: { kind: 'error', text: t.failed(describe(error)) } }));
      }
    },
    [host, patch, t],
  );

  const saveWaivers = useCallback(
    async (waivers: Waiver[]) => {
      let notice: Notice | null = null;
      if (host.capabilities.workbookSettings) await host.saveWaivers(waivers);
      else notice = { kind: 'warning', text: t.noSettings };
      const findings = applyWaivers(stateRef.current.findings, waivers);
      return { waivers, findings, notice };
    },
    [host, t],
  );

  const waive = useCallback(
    (finding: Finding, reason: string) => run('waive', () => saveWaivers(withWaiver(stateRef.current.waivers, waiverFor(finding, reason)))),
    [run, saveWaivers],
  );

  const unwaive = useCallback(
    (finding: Finding) => run('waive', () => saveWaivers(withoutWaiver(stateRef.current.waivers, finding.key))),
    [run, saveWaivers],
  );

  // Applying a suggestion and undoing it leave the results current: the finding says its suggestion was applied.
  const apply = useCallback(
    (finding: ReviewedFinding) =>
      run('apply', async () => {
        const suggestion = finding.suggestion;
        if (!suggestion) return;
        let undo: UndoEntry;
        try {
          undo = await host.writeCell(finding.sheet, suggestion.cell, suggestion.value, suggestionSources.current.get(findingId(finding)));
        } catch (error) {
          if (!(error instanceof CellChangedError)) throw error;
          return { notice: { kind: 'warning', text: t.cellChanged(error.cell, error.current), recheck: true } };
        }
        const applied = { ...stateRef.current.applied, [findingId(finding)]: undo };
        try {
          await host.select(finding.sheet, [suggestion.cell]); // show the change where it was made
        } catch {
          // The cell was written; not showing it is no reason to report a failure.
        }
        return { applied, notice: { kind: 'success', text: t.applied(suggestion.cell, suggestion.value), undo } };
      }),
    [host, run, t],
  );

  const undo = useCallback(
    (entry: UndoEntry) =>
      run('undo', async () => {
        await host.undo(entry);
        const applied: Record<string, UndoEntry> = {};
        for (const [id, other] of Object.entries(stateRef.current.applied)) {
          if (other !== entry && !(other.sheet === entry.sheet && other.cell === entry.cell)) applied[id] = other;
        }
        try {
          await host.select(entry.sheet, [entry.cell]);
        } catch {
          // As above: the cell is back; selecting it is a courtesy.
        }
        return { applied, notice: { kind: 'info', text: t.undone(entry.cell) } };
      }),
    [host, run, t],
  );

  const report = useCallback(
    () =>
      run('report', async () => {
        const name = await host.addReportSheet(reportTable(stateRef.current.findings, locale), locale === 'en-US' ? 'Review report' : '审核报告');
        return { notice: { kind: 'success', text: t.reportDone(name) } };
      }),
    [host, locale, run, t],
  );

  /**
   * What generation starts from: the last check's model and findings while they are current, otherwise the workbook
   * read and checked afresh (without touching the pane's results); and always the sheet names as they are now.
   */
  const generationSource = useCallback(async (): Promise<GenerationSource> => {
    const current = stateRef.current;
    const sheetNames = await host.sheetNames();
    if (current.model && !current.stale) return { model: current.model, findings: current.findings, sheetNames, templateSheets: templateSheets.current };
    const grid = await host.readGrid();
    const { model, findings } = reviewWorkbook(grid, { waivers: current.waivers });
    return { model, findings, sheetNames, templateSheets: placeholderSheets(grid) };
  }, [host]);

  /**
   * Writes generated sheets as new ones (a template sheet's render plan first, where there is one); the notice names
   * them (`said`) and offers to go to the first.
   */
  const addSheets = useCallback(
    (specs: SheetSpec[], said: (names: string[]) => string, template?: { sheet: string; rendered: RenderedSheet[] }) =>
      run('generate', async () => {
        const fromTemplate = template ? await host.addTemplateSheets(template.sheet, template.rendered) : [];
        const names = [...fromTemplate, ...(specs.length ? await host.addSheets(specs) : [])];
        // Each write shows its own first sheet: the notes written after the template's sheets must not stay in front.
        if (fromTemplate.length && specs.length) await host.select(fromTemplate[0], ['A1']);
        return { notice: { kind: 'success', text: said(names), ...(names.length ? { goTo: names[0] } : {}) } };
      }),
    [host, run],
  );

  const goTo = useCallback(
    async (sheet: string) => {
      try {
        await host.select(sheet, ['A1']);
      } catch (error) {
        patch(announced({ notice: { kind: 'error', text: t.failed(describe(error)) } }));
      }
    },
    [host, patch, t],
  );

  /** The indicator libraries kept on sheets of the workbook (for 新建), read afresh. */
  const libraries = useCallback(async (): Promise<LibrarySource[]> => {
    // Loaded with 新建 (its own chunk): the library loader is not needed until then.
    const [{ workbookLibraries }, grid] = await Promise.all([import('../core/workflow/library-sources'), host.readGrid()]);
    return workbookLibraries(grid, t.workbookLibrary);
  }, [host, t]);

  const dismissNotice = useCallback(() => patch({ notice: null }), [patch]);

  return { state, check, mark, clear, select, waive, unwaive, apply, undo, report, generationSource, addSheets, goTo, libraries, dismissNotice };
}

/** What a check found, in one line: the tables, then the open findings by severity. */
export function checkSummary(model: Model, findings: ReviewedFinding[], t: Strings): string {
  const tables = t.summary(model.projects.length, model.departments.length);
  // "No problems" only when every table was read whole; otherwise the line says what was not read.
  const unread = model.unreadBlocks ?? [];
  const incomplete = unread.length ? `${t.listSeparator}${t.incomplete(unread)}` : '';
  if (!findings.length) return `${tables}${incomplete || `${t.listSeparator}${t.noFindings}`}`;
  const counts = openCounts(findings);
  return `${tables}${t.listSeparator}${SEVERITIES.map((s) => `${t.severityName[s]} ${counts[s]}`).join(' · ')}${incomplete}`;
}

/** The value each suggestion's cell held in the grid the findings were computed from. */
function sourcesOfSuggestions(findings: readonly Finding[], grid: WorkbookGrid): Map<string, CellValue> {
  const sources = new Map<string, CellValue>();
  for (const finding of findings) {
    if (finding.suggestion) sources.set(findingId(finding), cellValueAt(grid, finding.sheet, finding.suggestion.cell));
  }
  return sources;
}
