/**
 * Waivers: a reviewer accepts a finding with a reason. A waiver is keyed by rule, project and field (not by cell), so
 * it still applies after rows move; it is stored in the workbook by the host so that a second reviewer sees it.
 */
import type { Finding } from '../check/types';

export interface Waiver {
  key: string;
  rule: string;
  project: string;
  field: string;
  reason: string;
  /** ISO date-time of the waiver. */
  at: string;
}

export interface ReviewedFinding extends Finding {
  waiver?: Waiver;
}

export function waiverFor(finding: Finding, reason: string, at: Date = new Date()): Waiver {
  const [, project] = finding.key.split('|');
  return { key: finding.key, rule: finding.rule, project, field: finding.field, reason: reason.trim(), at: at.toISOString() };
}

/** The findings as these waivers leave them: each waived or not, whatever waiver it carried before. */
export function applyWaivers(findings: readonly ReviewedFinding[], waivers: readonly Waiver[]): ReviewedFinding[] {
  const byKey = new Map(waivers.map((w) => [w.key, w]));
  return findings.map(({ waiver: _previous, ...finding }) => {
    const waiver = byKey.get(finding.key);
    return waiver ? { ...finding, waiver } : finding;
  });
}

/** Parses stored waivers, dropping anything malformed rather than failing the whole review. */
export function parseWaivers(stored: unknown): Waiver[] {
  let list = typeof stored === 'string' ? safeJson(stored) : stored;
  // A setting in the file holds its value as JSON, and the value is itself the waivers' JSON text.
  if (typeof list === 'string') list = safeJson(list);
  if (!Array.isArray(list)) return [];
  return list.filter(
    (w): w is Waiver =>
      typeof w === 'object' &&
      w !== null &&
      typeof (w as Waiver).key === 'string' &&
      typeof (w as Waiver).rule === 'string' &&
      typeof (w as Waiver).reason === 'string',
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function withWaiver(waivers: Waiver[], waiver: Waiver): Waiver[] {
  return [...waivers.filter((w) => w.key !== waiver.key), waiver];
}

export function withoutWaiver(waivers: Waiver[], key: string): Waiver[] {
  return waivers.filter((w) => w.key !== key);
}
