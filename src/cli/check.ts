/** `ptcheck check` for a reader: findings grouped by sheet and project, file by file, then the totals. */
import pc from 'picocolors';
import { SEVERITIES, SEVERITY_RANK, type Severity } from '../core/check/types';
import { openCounts } from '../core/workflow/review';
import type { Locale } from '../core/i18n/messages';
import { text } from './cli-messages';
import { displayWidth } from '../core/normalize/text';
import type { FileOutcome } from './file-task';
import type { ReportSink } from './report-sink';
import { summaryRow, summaryTable, type SummaryRow } from './batch-summary';
import { incompleteFromEntry } from './incomplete-lines';

const PAINT: Record<Severity, (s: string) => string> = { error: pc.red, warning: pc.yellow, info: pc.cyan };

export class CheckTableSink implements ReportSink {
  private readonly totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  private waived = 0;
  private projects = 0;
  private incomplete = 0;
  private readonly rows: SummaryRow[] = [];

  constructor(
    private readonly minimum: Severity,
    private readonly locale: Locale,
  ) {}

  begin(): string {
    return '';
  }

  add(checked: FileOutcome): string {
    const t = text(this.locale);
    const locale = this.locale;
    this.rows.push(summaryRow(checked));
    const out: string[] = [pc.bold(`${t.file}: ${checked.entry.file}`)];
    if (checked.entry.error) {
      out.push(`  ${pc.red(t.cannotRead)}: ${checked.entry.error.message}`, '');
      return out.join('\n') + '\n';
    }
    this.projects += checked.entry.projects.length;
    // Waived findings (stored in the workbook) are listed as such and counted apart: they are not open problems.
    const open = openCounts(checked.findings);
    for (const s of SEVERITIES) this.totals[s] += open[s];
    this.waived += checked.findings.filter((f) => f.waiver).length;
    const shown = checked.findings.filter((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[this.minimum]);
    // A block of indicators the reader could not read makes the file's result incomplete: said above its findings,
    // and "no problems" is then never said.
    const incomplete = incompleteFromEntry(checked.entry, locale);
    this.incomplete += checked.entry.unreadBlocks?.length ?? 0;
    if (checked.entry.projects.length === 0 && (checked.entry.departments ?? []).length === 0) out.push(`  ${t.noTables}`);
    if (incomplete) out.push(`  ${pc.yellow(incomplete)}`);
    else if (shown.length === 0 && (checked.entry.projects.length > 0 || (checked.entry.departments ?? []).length > 0)) out.push(`  ${pc.green(t.clean)}`);
    let group = '';
    for (const f of shown) {
      const heading = `${t.sheet} ${f.sheet}${f.projectName || f.project ? ` — ${f.projectName ?? ''}${f.project ? ` (${f.project})` : ''}` : ''}`;
      if (heading !== group) {
        out.push(`  ${pc.bold(heading)}`);
        group = heading;
      }
      const word = f.waiver ? t.waived : t.severity[f.severity];
      const label = f.waiver ? pc.dim(word) : PAINT[f.severity](word);
      const indent = `    ${' '.repeat(displayWidth(word))}  `;
      out.push(`    ${label}  ${f.cell.padEnd(6)} ${f.message[locale]}  ${pc.dim(f.rule)}`);
      if (f.waiver) out.push(`${indent}${pc.dim(`${t.waiverReason}: ${f.waiver.reason}`)}`);
      else if (f.suggestion) out.push(`${indent}${pc.dim(`${t.suggestion}: ${f.suggestion.value}`)}`);
    }
    out.push('');
    return out.join('\n') + '\n';
  }

  end(): string {
    const t = text(this.locale);
    const unreadable = this.rows.filter((r) => r.unreadable).length;
    // Over several files, a table of them before the totals line (which stays the last line).
    const table = this.rows.length > 1 ? summaryTable(this.rows, 'check', this.locale) + '\n' : '';
    return table + pc.bold(t.checkSummary(this.totals.error, this.totals.warning, this.totals.info, this.projects, unreadable, this.incomplete, this.waived)) + '\n';
  }
}
