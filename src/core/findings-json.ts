/** Findings in the `ptcheck` JSON contract. */
import type { FindingJson } from './contract';
import type { ReviewedFinding } from './review/waivers';
import type { Locale } from './i18n/messages';

export function findingJson(finding: ReviewedFinding, locale: Locale): FindingJson {
  const json: FindingJson = {
    rule: finding.rule,
    severity: finding.severity,
    sheet: finding.sheet,
    cell: finding.cell,
    message: finding.message[locale],
  };
  if (finding.cells?.length) json.cells = finding.cells;
  if (finding.project !== undefined) json.project = finding.project;
  if (finding.suggestion) json.suggestion = finding.suggestion.value;
  if (finding.waiver) json.waived = { reason: finding.waiver.reason, at: finding.waiver.at };
  return json;
}
