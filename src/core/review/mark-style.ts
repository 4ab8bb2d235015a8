/**
 * How the add-in marks a finding, shared by every host that marks cells (Excel through Office.js, the annotated copy
 * `ptcheck check --annotate` writes): the colours by severity, the marker in a highlight's formula and the marker at
 * the start of a note. Sharing the markers means the add-in's 清除标记 also removes the marks of an annotated copy.
 */
import type { Severity } from '../check/types';

/** In every highlight's formula, so that the add-in can tell its own conditional formats from the user's. */
export const HIGHLIGHT_MARKER = 'ptcheck';
/** At the start of every note or comment the add-in writes. */
export const NOTE_MARKER = '【绩效审核';

export const HIGHLIGHT_COLORS: Record<Severity, { fill: string; font: string }> = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
  info: { fill: '#DDEBF7', font: '#1F4E78' },
};

/** A formula that is always true and names the add-in and the severity (Office.js wants the leading "="). */
export function highlightFormula(severity: Severity): string {
  return `=LEN("${HIGHLIGHT_MARKER}:${severity}")>0`;
}
