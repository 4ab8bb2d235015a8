/**
 * The contract's JSON array, streamed: "[" first, each file's entry as it finishes, "]" at the end. The text is
 * byte for byte what JSON.stringify(entries, null, 2) gives for the whole array, so that consumers see no change.
 */
import { SEVERITY_RANK, type Severity } from '../core/check/types';
import type { FileOutcome } from './file-task';
import type { ReportSink } from './report-sink';

export class JsonArraySink implements ReportSink {
  private count = 0;

  /** `minimum`: findings below this severity are left out (check --severity). */
  constructor(private readonly minimum: Severity = 'info') {}

  begin(): string {
    return '[';
  }

  add(outcome: FileOutcome): string {
    const entry = { ...outcome.entry, findings: outcome.entry.findings.filter((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[this.minimum]) };
    // The entry as the element of a one-element array: JSON.stringify indents it as the whole array would, and only
    // the brackets' own lines ("[\n" and "\n]") are cut off (no second pass over the text to indent it).
    const text = JSON.stringify([entry], null, 2);
    return `${this.count++ ? ',' : ''}\n${text.slice(2, text.length - 2)}`;
  }

  end(): string {
    return this.count ? '\n]\n' : ']\n';
  }
}
