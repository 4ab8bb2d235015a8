/**
 * An output format, fed file by file in input order: each call returns the text to write at once, so that the
 * report streams out as files finish and nothing but small totals is kept until the end.
 */
import type { FileOutcome } from './file-task';

export interface ReportSink {
  begin(): string;
  add(outcome: FileOutcome): string;
  end(): string;
}
