/** What 标记 writes, for the pane and the ribbon command alike: one mark per open (not waived) finding, with its note. */
import type { Finding } from '../core/check/types';
import type { Locale } from '../core/i18n/messages';
import type { ReviewedFinding } from '../core/review/waivers';
import type { Mark } from '../hosts/workbook-host';
import { NOTE_MARKER } from '../hosts/excel/marks';
import type { Strings } from './strings';

export function noteFor(finding: Finding, t: Strings, locale: Locale): string {
  const suggestion = finding.suggestion ? `（${t.suggestion}：${finding.suggestion.value}）` : '';
  return `${NOTE_MARKER}·${t.severityName[finding.severity]}】${finding.message[locale]}${suggestion}`;
}

export function marksFor(findings: ReviewedFinding[], t: Strings, locale: Locale): Mark[] {
  return findings.filter((f) => !f.waiver).map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity, note: noteFor(f, t, locale) }));
}
