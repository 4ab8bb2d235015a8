/**
 * What 标记 writes, wherever it is written (the pane, the ribbon command, `ptcheck check --annotate`): one mark per
 * open (not waived) finding, with the note that starts with the add-in's marker so that 清除标记 can find it again.
 */
import type { Finding, Severity } from '../check/types';
import type { Locale } from '../i18n/messages';
import { NOTE_MARKER } from '../review/mark-style';
import type { ReviewedFinding } from '../review/waivers';

export interface Mark {
  sheet: string;
  cell: string;
  severity: Severity;
  note: string;
}

const SEVERITY_WORDS: Record<Locale, Record<Severity, string>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  'en-US': { error: 'Error', warning: 'Warning', info: 'Info' },
};

/** The note of a finding: marker, severity, message, suggestion. */
export function noteFor(finding: Finding, locale: Locale): string {
  const suggestion = finding.suggestion ? (locale === 'zh-CN' ? `（建议：${finding.suggestion.value}）` : ` (Suggestion: ${finding.suggestion.value})`) : '';
  return `${NOTE_MARKER}·${SEVERITY_WORDS[locale][finding.severity]}】${finding.message[locale]}${suggestion}`;
}

export function marksFor(findings: readonly ReviewedFinding[], locale: Locale): Mark[] {
  return findings.filter((f) => !f.waiver).map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity, note: noteFor(f, locale) }));
}
