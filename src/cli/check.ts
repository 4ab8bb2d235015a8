/** `ptcheck check`: findings per file as data (JSON) or grouped by sheet and project for a reader. */
import pc from 'picocolors';
import type { FileEntryJson } from '../core/contract';
import { modelEntry, unreadableEntry } from '../core/contract';
import { readWorkbook } from '../core/read';
import { runChecks } from '../core/check/engine';
import type { ResolvedConfig } from '../core/check/config';
import { SEVERITY_RANK, type Finding, type Severity } from '../core/check/types';
import { findingJson } from '../core/findings-json';
import type { Locale } from '../core/i18n/messages';
import { openWorkbookFile } from '../hosts/file/open-workbook-file';
import { text } from './cli-messages';
import { displayWidth } from '../core/normalize/text';

export interface CheckedFile {
  entry: FileEntryJson;
  findings: Finding[];
  readable: boolean;
  failures: { rule: string; message: string }[];
}

export async function checkFile(file: string, config: ResolvedConfig, locale: Locale): Promise<CheckedFile> {
  const opened = await openWorkbookFile(file);
  if (!opened.ok) {
    return {
      entry: unreadableEntry(file, opened.error, locale),
      findings: [],
      readable: false,
      failures: [],
    };
  }
  const model = readWorkbook(opened.grid);
  const { findings, failures } = runChecks(model, config);
  return { entry: modelEntry(file, model, locale, findings.map((f) => findingJson(f, locale))), findings, readable: true, failures };
}

const PAINT: Record<Severity, (s: string) => string> = { error: pc.red, warning: pc.yellow, info: pc.cyan };

export function checkTable(files: CheckedFile[], minimum: Severity, locale: Locale): string {
  const t = text(locale);
  const out: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let projects = 0;
  for (const checked of files) {
    out.push(pc.bold(`${t.file}: ${checked.entry.file}`));
    if (checked.entry.error) {
      out.push(`  ${pc.red(t.cannotRead)}: ${checked.entry.error.message}`, '');
      continue;
    }
    projects += checked.entry.projects.length;
    for (const f of checked.findings) totals[f.severity]++;
    const shown = checked.findings.filter((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[minimum]);
    if (checked.entry.projects.length === 0 && (checked.entry.departments ?? []).length === 0) out.push(`  ${t.noTables}`);
    else if (shown.length === 0) out.push(`  ${pc.green(t.clean)}`);
    let group = '';
    for (const f of shown) {
      const heading = `${t.sheet} ${f.sheet}${f.projectName || f.project ? ` — ${f.projectName ?? ''}${f.project ? ` (${f.project})` : ''}` : ''}`;
      if (heading !== group) {
        out.push(`  ${pc.bold(heading)}`);
        group = heading;
      }
      const label = PAINT[f.severity](t.severity[f.severity]);
      out.push(`    ${label}  ${f.cell.padEnd(6)} ${f.message[locale]}  ${pc.dim(f.rule)}`);
      if (f.suggestion) out.push(`    ${' '.repeat(displayWidth(t.severity[f.severity]))}  ${pc.dim(`${t.suggestion}: ${f.suggestion.value}`)}`);
    }
    out.push('');
  }
  const unreadable = files.filter((f) => f.entry.error).length;
  out.push(pc.bold(t.checkSummary(totals.error, totals.warning, totals.info, projects, unreadable)));
  return out.join('\n') + '\n';
}
