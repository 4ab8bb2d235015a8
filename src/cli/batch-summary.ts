/**
 * The table at the end of a run over several files (table format): one row per file with its tables, its findings
 * by severity and, for a file that could not be read, the error code; a total row under them.
 */
import { plural, type Locale } from '../core/i18n/messages';
import type { FileOutcome } from './file-task';
import { openCounts } from '../core/workflow/review';
import { clipStart, renderTable } from './table-layout';

export interface SummaryRow {
  file: string;
  tables: number;
  indicators: number;
  errors: number;
  warnings: number;
  infos: number;
  /** The error code of a file that could not be read. */
  unreadable: string | null;
}

export function summaryRow(outcome: FileOutcome): SummaryRow {
  const { entry, findings } = outcome;
  const departments = entry.departments ?? [];
  const open = openCounts(findings);
  return {
    file: entry.file,
    tables: entry.projects.length + departments.length,
    indicators: entry.projects.reduce((n, p) => n + p.indicators.length, 0) + departments.reduce((n, d) => n + d.indicators.length, 0),
    errors: open.error,
    warnings: open.warning,
    infos: open.info,
    unreadable: entry.error ? entry.error.code : null,
  };
}

const WORDS = {
  'zh-CN': { heading: '各文件汇总', file: '文件', tables: '表格数', indicators: '指标数', errors: '错误', warnings: '警告', infos: '提示', unreadable: '无法读取', total: (n: number) => `合计（${n} 个文件）` },
  'en-US': { heading: 'Files', file: 'File', tables: 'Tables', indicators: 'Indicators', errors: 'Errors', warnings: 'Warnings', infos: 'Info', unreadable: 'Unreadable', total: (n: number) => `Total (${plural(n, 'file')})` },
};

/** Long paths keep their end (the file's name), cut at the front. */
const FILE_WIDTH = 60;

export function summaryTable(rows: SummaryRow[], kind: 'check' | 'extract', locale: Locale): string {
  const w = WORDS[locale];
  const unreadable = rows.filter((r) => r.unreadable).length;
  const sum = (key: 'tables' | 'indicators' | 'errors' | 'warnings' | 'infos'): string => String(rows.reduce((n, r) => n + r[key], 0));
  const counts: ('tables' | 'indicators' | 'errors' | 'warnings' | 'infos')[] = kind === 'check' ? ['tables', 'errors', 'warnings', 'infos'] : ['tables', 'indicators'];
  const headers = [w.file, ...counts.map((k) => w[k]), w.unreadable];
  const body = rows.map((r) => [clipStart(r.file, FILE_WIDTH), ...counts.map((k) => (r.unreadable ? '—' : String(r[k]))), r.unreadable ?? '—']);
  const total = [w.total(rows.length), ...counts.map(sum), String(unreadable)];
  const align: ('left' | 'right')[] = ['left', ...counts.map(() => 'right' as const), 'left'];
  return `${w.heading}\n${renderTable(headers, [...body, total], align)}\n`;
}
