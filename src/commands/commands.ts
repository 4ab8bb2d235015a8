/**
 * Ribbon buttons that work without opening the pane: 检查并标记 (check every table and mark the findings) and
 * 清除标记 (remove the add-in's marks). Waived findings stay unmarked, as in the pane.
 */
import { readWorkbook } from '../core/read';
import { runChecks } from '../core/check/engine';
import { applyWaivers } from '../core/review/waivers';
import { ExcelWorkbookHost } from '../hosts/excel/excel-host';
import { officeEnvironment, type ExcelEnvironment } from '../hosts/excel/environment';
import { localeFrom } from '../core/i18n/messages';
import { stringsFor } from '../taskpane/strings';
import { marksFor } from '../taskpane/marks-for';
import type { MarkResult } from '../hosts/workbook-host';

export async function checkAndMarkWorkbook(env: ExcelEnvironment, language: string): Promise<MarkResult> {
  const host = new ExcelWorkbookHost(env);
  const locale = localeFrom(language);
  const t = stringsFor(locale);
  const model = readWorkbook(await host.readGrid());
  const findings = applyWaivers(runChecks(model).findings, await host.loadWaivers());
  return host.mark(marksFor(findings, t, locale));
}

export async function clearWorkbookMarks(env: ExcelEnvironment): Promise<void> {
  await new ExcelWorkbookHost(env).clearMarks();
}

function finish(event: Office.AddinCommands.Event, work: Promise<unknown>): void {
  work.then(
    () => event.completed(),
    (error: unknown) => {
      // A command has no pane to speak in; the error goes to the console and the command ends.
      console.error('ptcheck command failed:', error);
      event.completed();
    },
  );
}

// Associated at load, as Microsoft's templates do: a ribbon click can arrive before Office.onReady resolves.
if (typeof Office !== 'undefined' && Office.actions) {
  Office.onReady(() => undefined);
  Office.actions.associate('checkAndMark', (event: Office.AddinCommands.Event) =>
    finish(event, checkAndMarkWorkbook(officeEnvironment(), Office.context.displayLanguage)),
  );
  Office.actions.associate('clearMarks', (event: Office.AddinCommands.Event) => finish(event, clearWorkbookMarks(officeEnvironment())));
}
