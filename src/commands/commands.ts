/**
 * Ribbon buttons that work without opening the pane: 检查并标记 (check every table and mark the findings) and
 * 清除标记 (remove the add-in's marks). Waived findings stay unmarked, as in the pane. Each command ends by telling the
 * user what happened in a small dialog (notice.html): a button must never seem to do nothing.
 */
import { reviewWorkbook } from '../core/workflow/review';
import { marksFor } from '../core/workflow/marks';
import { ExcelWorkbookHost } from '../hosts/excel/excel-host';
import { officeEnvironment, type ExcelEnvironment } from '../hosts/excel/environment';
import { localeFrom } from '../core/i18n/messages';
import type { MarkResult } from '../hosts/workbook-host';

declare global {
  interface Window {
    /** Set once the commands are associated; until then commands.html's fallback may take the buttons over. */
    __ptcheckCommandsReady?: boolean;
    /** commands.html: opens notice.html with the query and completes the event when the dialog closes. */
    __ptcheckShowNotice?: (event: Office.AddinCommands.Event, query: string) => void;
  }
}

/** The ExcelApi version the commands need (getUsedRangeOrNullObject, workbook settings). */
export const COMMANDS_NEED = '1.4';

/** What notice.html shows: a message key of src/pages/fallback-messages.js and the figures it fills in. */
export interface Outcome {
  message: 'marked' | 'marked-none' | 'no-tables' | 'cleared' | 'needs-api' | 'failed';
  figures?: { tables: number; errors: number; warnings: number; infos: number; cells: number; unmarkedSheets: number; unread?: number };
}

export interface CheckAndMarkResult extends MarkResult {
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Blocks of indicator content the reader could not read: the result is incomplete. */
  unread: number;
}

export class NeedsNewerExcel extends Error {
  constructor() {
    super(`ExcelApi ${COMMANDS_NEED} is not supported`);
    this.name = 'NeedsNewerExcel';
  }
}

export async function checkAndMarkWorkbook(env: ExcelEnvironment, language: string): Promise<CheckAndMarkResult> {
  if (!env.supports(COMMANDS_NEED)) throw new NeedsNewerExcel();
  const host = new ExcelWorkbookHost(env);
  const locale = localeFrom(language);
  const review = reviewWorkbook(await host.readGrid(), { waivers: await host.loadWaivers() });
  const result = await host.mark(marksFor(review.findings, locale));
  return { ...result, tables: review.tables, errors: review.open.error, warnings: review.open.warning, infos: review.open.info, unread: review.unread };
}

export async function clearWorkbookMarks(env: ExcelEnvironment): Promise<void> {
  if (!env.supports(COMMANDS_NEED)) throw new NeedsNewerExcel();
  await new ExcelWorkbookHost(env).clearMarks();
}

export function checkOutcome(result: CheckAndMarkResult): Outcome {
  const figures = {
    tables: result.tables,
    errors: result.errors,
    warnings: result.warnings,
    infos: result.infos,
    cells: result.cells,
    unmarkedSheets: result.unmarkedSheets.length,
    unread: result.unread,
  };
  if (result.tables === 0 && result.unread === 0) return { message: 'no-tables', figures };
  // "No problems" only when every table was read whole.
  const none = result.errors + result.warnings + result.infos === 0 && result.unread === 0;
  return { message: none ? 'marked-none' : 'marked', figures };
}

export function failureOutcome(error: unknown): Outcome {
  return { message: error instanceof NeedsNewerExcel ? 'needs-api' : 'failed' };
}

/** The query string notice.html reads: the message key, the figures, the language. */
export function noticeQuery(outcome: Outcome, language: string): string {
  const parts = [`m=${outcome.message}`, `lang=${encodeURIComponent(language)}`];
  const f = outcome.figures;
  if (f) parts.push(`t=${f.tables}`, `e=${f.errors}`, `w=${f.warnings}`, `i=${f.infos}`, `c=${f.cells}`, `u=${f.unmarkedSheets}`);
  if (f?.unread) parts.push(`x=${f.unread}`);
  return parts.join('&');
}

function finish(event: Office.AddinCommands.Event, work: Promise<Outcome>): void {
  const language = Office.context.displayLanguage;
  work
    .catch((error: unknown) => {
      console.error('ptcheck command failed:', error);
      return failureOutcome(error);
    })
    .then((outcome) => {
      if (window.__ptcheckShowNotice) window.__ptcheckShowNotice(event, noticeQuery(outcome, language));
      else event.completed();
    });
}

// Associated at load, as Microsoft's templates do: a ribbon click can arrive before Office.onReady resolves.
if (typeof Office !== 'undefined' && Office.actions) {
  Office.onReady(() => undefined);
  Office.actions.associate('checkAndMark', (event: Office.AddinCommands.Event) =>
    finish(event, checkAndMarkWorkbook(officeEnvironment(), Office.context.displayLanguage).then(checkOutcome)),
  );
  Office.actions.associate('clearMarks', (event: Office.AddinCommands.Event) =>
    finish(event, clearWorkbookMarks(officeEnvironment()).then((): Outcome => ({ message: 'cleared' }))),
  );
  window.__ptcheckCommandsReady = true;
}
