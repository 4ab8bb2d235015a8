/**
 * `ptcheck check --format html`: one self-contained page — the counts, a bar chart of findings per rule (CSS bars),
 * then the findings grouped by file and project. Nothing external: no script, no image, no link, no font; a
 * Content-Security-Policy that allows only the page's own inline styles, so that even a text a table smuggled in
 * could load or run nothing; every text from a workbook escaped. The head needs the totals, so the page is written
 * at the end, from each file's section rendered as it finished (the files' data is not kept).
 */
import { SEVERITY_RANK, SEVERITIES, type Finding, type Severity } from '../core/check/types';
import type { ReviewedFinding } from '../core/review/waivers';
import { openCounts } from '../core/workflow/review';
import type { Locale } from '../core/i18n/messages';
import { HIGHLIGHT_COLORS } from '../core/review/mark-style';
import type { FileOutcome } from './file-task';
import type { ReportSink } from './report-sink';
import { incompleteFromEntry } from './incomplete-lines';

export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const WORDS = {
  'zh-CN': {
    title: '绩效目标表审核报告',
    generated: '生成时间',
    summary: '汇总',
    files: '文件',
    tables: '表格',
    unreadable: '无法读取',
    incomplete: '未完整读取的表',
    waived: '已忽略',
    waiverReason: '忽略理由',
    severity: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
    chart: '各规则的问题数',
    chartNote: (minimum: string) => `（${minimum}及以上）`,
    noFindings: '没有要列出的问题',
    file: '文件',
    sheet: '工作表',
    noTables: '没有找到绩效目标表',
    clean: '没有发现问题',
    headers: ['级别', '单元格', '问题', '建议', '规则'],
    rule: '规则',
    count: '问题数',
  },
  'en-US': {
    title: 'Performance target review report',
    generated: 'Generated',
    summary: 'Summary',
    files: 'Files',
    tables: 'Tables',
    unreadable: 'Unreadable',
    incomplete: 'Tables not read whole',
    waived: 'Waived',
    waiverReason: 'Reason waived',
    severity: { error: 'Error', warning: 'Warning', info: 'Info' } as Record<Severity, string>,
    chart: 'Findings per rule',
    chartNote: (minimum: string) => ` (${minimum.toLowerCase()} and above)`,
    noFindings: 'No findings to list',
    file: 'File',
    sheet: 'Sheet',
    noTables: 'No performance target table found',
    clean: 'No problems found',
    headers: ['Severity', 'Cell', 'Finding', 'Suggestion', 'Rule'],
    rule: 'Rule',
    count: 'Findings',
  },
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);
}

function timestamp(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const STYLE = `
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em; color: #1f1f1f; line-height: 1.5; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; word-break: break-all; }
h3 { font-size: 1em; margin: 1.2em 0 0.4em; }
.meta { color: #555; margin-top: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #d0d0d0; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { background: #D9E1F2; }
table.counts { width: auto; }
table.counts td { text-align: right; min-width: 4em; }
.sev { display: inline-block; padding: 0 0.4em; border-radius: 3px; white-space: nowrap; }
${SEVERITIES.map((s) => `.sev-${s} { background: ${HIGHLIGHT_COLORS[s].fill}; color: ${HIGHLIGHT_COLORS[s].font}; }`).join('\n')}
${SEVERITIES.map((s) => `.bar-${s} { background: ${HIGHLIGHT_COLORS[s].font}; }`).join('\n')}
.chart td { border: none; padding: 0.15em 0.5em; }
.chart .rule { white-space: nowrap; font-family: monospace; }
.chart .track { width: 60%; }
.chart .bar { height: 0.9em; min-width: 2px; }
.chart .n { text-align: right; }
.rule-id { font-family: monospace; color: #555; word-break: break-all; }
table.findings { table-layout: fixed; }
table.findings th { white-space: nowrap; }
table.findings th:nth-child(1) { width: 4.5em; }
table.findings th:nth-child(2) { width: 5em; }
table.findings th:nth-child(4) { width: 12em; }
table.findings th:nth-child(5) { width: 15em; }
.sev-waived { background: #EDEDED; color: #555; }
tr.waived td { color: #555; }
.unreadable { color: #9C0006; }
.quiet { color: #555; }
`;

interface RuleCount {
  count: number;
  worst: Severity;
}

export class HtmlSink implements ReportSink {
  private readonly sections: string[] = [];
  private readonly totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  private readonly perRule = new Map<string, RuleCount>();
  private waived = 0;
  private files = 0;
  private tables = 0;
  private unreadable = 0;
  private incomplete = 0;

  constructor(
    private readonly minimum: Severity,
    private readonly locale: Locale,
    private readonly now: () => Date = () => new Date(),
  ) {}

  begin(): string {
    return '';
  }

  add(outcome: FileOutcome): string {
    const w = WORDS[this.locale];
    const { entry } = outcome;
    this.files++;
    const parts = [`<section>`, `<h2>${escapeHtml(`${w.file}: ${entry.file}`)}</h2>`];
    if (entry.error) {
      this.unreadable++;
      parts.push(`<p class="unreadable">${escapeHtml(`${w.unreadable}: ${entry.error.message}`)} <span class="rule-id">${escapeHtml(entry.error.code)}</span></p>`);
    } else {
      this.tables += entry.projects.length + (entry.departments ?? []).length;
      // Waived findings (stored in the workbook) are listed as 已忽略 with their reason, and counted apart.
      const open = openCounts(outcome.findings);
      for (const s of SEVERITIES) this.totals[s] += open[s];
      this.waived += outcome.findings.filter((f) => f.waiver).length;
      const shown = outcome.findings.filter((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[this.minimum]);
      for (const f of shown) if (!f.waiver) this.countRule(f);
      const noTables = entry.projects.length === 0 && (entry.departments ?? []).length === 0;
      const incomplete = incompleteFromEntry(entry, this.locale);
      this.incomplete += entry.unreadBlocks?.length ?? 0;
      if (noTables) parts.push(`<p class="quiet">${escapeHtml(w.noTables)}</p>`);
      // "No problems" only where every table was read whole.
      if (incomplete) parts.push(`<p class="unreadable" data-incomplete="${entry.unreadBlocks!.length}">${escapeHtml(incomplete)}</p>`);
      else if (!noTables && shown.length === 0) parts.push(`<p class="quiet">${escapeHtml(w.clean)}</p>`);
      parts.push(...this.groups(shown));
    }
    parts.push('</section>');
    this.sections.push(parts.join('\n'));
    return '';
  }

  end(): string {
    const w = WORDS[this.locale];
    return [
      '<!DOCTYPE html>',
      `<html lang="${this.locale}">`,
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${escapeHtml(w.title)}</title>`,
      `<style>${STYLE}</style>`,
      '</head>',
      '<body>',
      `<h1>${escapeHtml(w.title)}</h1>`,
      `<p class="meta">${escapeHtml(`${w.generated}: ${timestamp(this.now())}`)}</p>`,
      this.summary(),
      this.chart(),
      ...this.sections,
      '</body>',
      '</html>',
      '',
    ].join('\n');
  }

  private countRule(f: Finding): void {
    const current = this.perRule.get(f.rule);
    if (!current) this.perRule.set(f.rule, { count: 1, worst: f.severity });
    else {
      current.count++;
      if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[current.worst]) current.worst = f.severity;
    }
  }

  private summary(): string {
    const w = WORDS[this.locale];
    const cells: [string, number, string][] = [
      [w.files, this.files, ''],
      [w.tables, this.tables, ''],
      ...SEVERITIES.map((s): [string, number, string] => [w.severity[s], this.totals[s], `sev sev-${s}`]),
      ...(this.waived ? [[w.waived, this.waived, 'sev sev-waived'] as [string, number, string]] : []),
      [w.unreadable, this.unreadable, this.unreadable ? 'unreadable' : ''],
      ...(this.incomplete ? [[w.incomplete, this.incomplete, 'unreadable'] as [string, number, string]] : []),
    ];
    const head = cells.map(([label, , cls]) => `<th scope="col">${cls ? `<span class="${cls}">${escapeHtml(label)}</span>` : escapeHtml(label)}</th>`).join('');
    const body = cells.map(([, n]) => `<td>${n}</td>`).join('');
    return `<h2>${escapeHtml(w.summary)}</h2>\n<table class="counts"><tr>${head}</tr><tr>${body}</tr></table>`;
  }

  /** Findings per rule as horizontal bars, longest first, coloured by the rule's most severe finding. */
  private chart(): string {
    const w = WORDS[this.locale];
    const note = this.minimum === 'info' ? '' : w.chartNote(w.severity[this.minimum]);
    const heading = `<h2>${escapeHtml(w.chart + note)}</h2>`;
    if (this.perRule.size === 0) return `${heading}\n<p class="quiet">${escapeHtml(w.noFindings)}</p>`;
    const rules = [...this.perRule.entries()].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
    const max = rules[0][1].count;
    const rows = rules.map(([rule, { count, worst }]) => {
      const width = Math.max(1, Math.round((count / max) * 1000) / 10);
      return `<tr><td class="rule">${escapeHtml(rule)}</td><td class="track"><div class="bar bar-${worst}" style="width: ${width}%" aria-hidden="true"></div></td><td class="n">${count}</td></tr>`;
    });
    return `${heading}\n<table class="chart"><tr><th scope="col">${escapeHtml(w.rule)}</th><th scope="col"></th><th scope="col">${escapeHtml(w.count)}</th></tr>\n${rows.join('\n')}\n</table>`;
  }

  /** The shown findings of one file, a heading and a table per sheet and project. */
  private groups(findings: ReviewedFinding[]): string[] {
    const w = WORDS[this.locale];
    const out: string[] = [];
    let group = '';
    let rows: string[] = [];
    const flush = (): void => {
      if (rows.length) out.push(`<table class="findings">\n<tr>${w.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr>\n${rows.join('\n')}\n</table>`);
      rows = [];
    };
    for (const f of findings) {
      const heading = `${w.sheet} ${f.sheet}${f.projectName || f.project ? ` — ${f.projectName ?? ''}${f.project ? ` (${f.project})` : ''}` : ''}`;
      if (heading !== group) {
        flush();
        out.push(`<h3>${escapeHtml(heading)}</h3>`);
        group = heading;
      }
      const severity = f.waiver
        ? `<span class="sev sev-waived" title="${escapeHtml(w.severity[f.severity])}">${escapeHtml(w.waived)}</span>`
        : `<span class="sev sev-${f.severity}">${escapeHtml(w.severity[f.severity])}</span>`;
      const reason = f.waiver ? `<br><span class="quiet">${escapeHtml(`${w.waiverReason}: ${f.waiver.reason}`)}</span>` : '';
      rows.push(
        `<tr${f.waiver ? ' class="waived"' : ''}><td>${severity}</td><td>${escapeHtml(f.cell)}</td>` +
          `<td>${escapeHtml(f.message[this.locale])}${reason}</td><td>${escapeHtml(f.suggestion?.value ?? '')}</td><td class="rule-id">${escapeHtml(f.rule)}</td></tr>`,
      );
    }
    flush();
    return out;
  }
}
