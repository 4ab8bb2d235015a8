/** `ptcheck extract` for a reader: the tables of each file, file by file (the JSON is json-array-sink's). */
import type { FileEntryJson } from '../core/contract';
import type { Locale } from '../core/i18n/messages';
import { formatNumber } from '../core/normalize/text';
import { clip, renderTable } from './table-layout';
import { text } from './cli-messages';
import type { FileOutcome } from './file-task';
import type { ReportSink } from './report-sink';
import { summaryRow, summaryTable, type SummaryRow } from './batch-summary';
import { incompleteFromEntry } from './incomplete-lines';

function executionCell(p: FileEntryJson['projects'][number]): string {
  const rate = p.execution?.rate;
  return rate === null || rate === undefined ? '—' : `${formatNumber(Math.round(rate * 100) / 100)}%`;
}

/** The indicators' scores added up, over their weights ("72 / 80"); a cell merged over several rows counts once. */
function scoreCell(p: FileEntryJson['projects'][number]): string {
  const scored = p.indicators.filter((i) => typeof i.score === 'number');
  if (!scored.length) return '—';
  const sum = (key: 'score' | 'weight'): number => {
    const seen = new Set<string>();
    let total = 0;
    for (const i of scored) {
      const cell = i.cells[key];
      if (cell && seen.has(cell)) continue;
      if (cell) seen.add(cell);
      total += i[key] ?? 0;
    }
    return Math.round(total * 100) / 100;
  };
  return `${formatNumber(sum('score'))} / ${formatNumber(sum('weight'))}`;
}

const ROLE_WORDS: Record<string, [string, string]> = {
  level1: ['一级指标', 'level 1'],
  level2: ['二级指标', 'level 2'],
  level3: ['指标名称', 'indicator name'],
  description: ['指标解释', 'explanation'],
  value: ['指标值', 'target'],
  comparator: ['比较符', 'comparator'],
  unit: ['计量单位', 'unit'],
  basis: ['指标值确定依据', 'basis'],
  weight: ['权重/分值', 'weight'],
  valueType: ['指标值类型', 'value type'],
  direction: ['指标方向', 'direction'],
  actual: ['完成值', 'actual'],
  score: ['得分', 'score'],
  reason: ['偏差原因', 'reason'],
  projectCode: ['项目编码', 'project code'],
  projectName: ['项目名称', 'project name'],
  projectBudget: ['预算数', 'budget'],
  projectFiscal: ['财政资金', 'fiscal'],
  projectOther: ['其他资金', 'other funds'],
  projectGoal: ['绩效目标', 'goal'],
};

/** `--explain`: per table, how its grid was found and each column's role with its evidence. */
export function explainLines(tables: NonNullable<FileEntryJson['explain']>, locale: Locale): string[] {
  const zh = locale === 'zh-CN';
  const lines: string[] = [];
  for (const table of tables) {
    const found = table.foundBy === 'labels' ? (zh ? '按表头识别' : 'found by its headings') : zh ? '按单元格内容识别（表头未能识别）' : 'found by its cells (headings not recognised)';
    lines.push(`  ${zh ? '表' : 'Table'} ${table.sheet}!${table.header}（${zh ? '第' : 'rows '}${table.rows}${zh ? ' 行' : ''}，${table.table ?? '—'}）：${found}`);
    for (const c of table.columns) {
      const role = ROLE_WORDS[c.role]?.[zh ? 0 : 1] ?? c.role;
      lines.push(`    ${c.column.padEnd(3)} ${role}：${c.why}`);
    }
    if (table.againstHeader) lines.push(`    ${zh ? '与表头不符' : 'Against the headings'}：${table.againstHeader}`);
  }
  return lines;
}

/** One file's block: its tables, department-wide sections and reader notes. */
export function extractBlock(entry: FileEntryJson, locale: Locale): string {
  const t = text(locale);
  const lines = [`${t.file}: ${entry.file}`];
  if (entry.error) {
    lines.push(`  ${t.cannotRead}: ${entry.error.message}`);
    return lines.join('\n');
  }
  if (entry.projects.length) {
    // Self-evaluations: the execution rate and the indicators' scores beside the usual columns.
    const evaluations = entry.projects.some((p) => p.execution || p.indicators.some((i) => i.score !== undefined));
    const rows = entry.projects.map((p) => [
      p.sheet,
      clip(p.name ?? '—', 44),
      p.code ?? '—',
      p.budget === null ? '—' : `${formatNumber(p.budget)} ${p.budgetUnit}`,
      String(p.indicators.length),
      ...(evaluations ? [executionCell(p), scoreCell(p)] : []),
    ]);
    const headers = [t.sheet, t.name, t.code, t.budget, t.indicators, ...(evaluations ? [t.executionRate, t.scores] : [])];
    lines.push(renderTable(headers, rows, ['left', 'left', 'left', 'right', 'right', 'right', 'right']));
  }
  for (const d of entry.departments ?? []) {
    lines.push(`${t.department}: ${d.name ?? d.title ?? d.sheet}（${t.sheet} ${d.sheet}，${d.paragraphs.length} ${t.paragraphs}，${t.indicatorCount(d.indicators.length)}）`);
  }
  const incomplete = incompleteFromEntry(entry, locale);
  if (incomplete) lines.push(`  ${incomplete}`);
  for (const n of entry.notes ?? []) lines.push(`  ${t.note}: ${n.sheet}${n.cell ? '!' + n.cell : ''} ${n.message}`);
  if (entry.explain) lines.push(...explainLines(entry.explain, locale));
  lines.push(t.summary(entry.projects.length, entry.projects.reduce((a, p) => a + p.indicators.length, 0)));
  return lines.join('\n');
}

/** Blocks separated by a blank line; over several files, a table of them at the end. */
export class ExtractTableSink implements ReportSink {
  private readonly rows: SummaryRow[] = [];

  constructor(private readonly locale: Locale) {}

  begin(): string {
    return '';
  }

  add(outcome: FileOutcome): string {
    this.rows.push(summaryRow(outcome));
    return (this.rows.length > 1 ? '\n\n' : '') + extractBlock(outcome.entry, this.locale);
  }

  end(): string {
    if (this.rows.length === 0) return '';
    return '\n' + (this.rows.length > 1 ? '\n' + summaryTable(this.rows, 'extract', this.locale) : '');
  }
}
