/** --annotate as a step of the check run: after the one file was checked, its copy is written; the outcome is kept to say. */
import { SEVERITY_RANK, type Severity } from '../../core/check/types';
import type { Locale } from '../../core/i18n/messages';
import type { FileOutcome } from '../file-task';
import { annotateMessages, failureMessage } from './annotate-target';

export interface AnnotateStep {
  after(outcome: FileOutcome): Promise<void>;
  /** What happened to the copy (null before the file was checked). */
  said(): { ok: boolean; message: string } | null;
}

/** `minimum`: the copy marks the findings the output shows (--severity). */
export function annotateStep(out: string, minimum: Severity, locale: Locale): AnnotateStep {
  let said: { ok: boolean; message: string } | null = null;
  return {
    async after(outcome) {
      if (!outcome.readable) {
        said = { ok: false, message: annotateMessages(locale).unreadable };
        return;
      }
      const shown = outcome.findings.filter((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[minimum]);
      try {
        // ExcelJS is loaded only here: a check without --annotate never pays for it.
        const { writeAnnotatedCopy } = await import('./annotated-copy');
        const copy = await writeAnnotatedCopy(outcome.entry.file, out, shown, locale);
        said = { ok: true, message: annotateMessages(locale).written(out, copy.cells, copy.notes, copy.keptNotes, copy.reportSheet) };
      } catch (error) {
        said = { ok: false, message: failureMessage(error, out, locale) };
      }
    },
    said: () => said,
  };
}
