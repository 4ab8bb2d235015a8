/**
 * `ptcheck check --format csv`: one row per finding (file, sheet, cell, project, severity, rule, message,
 * suggestion, and the reason of a waiver stored in the workbook: a finding with one is 已忽略), for Excel and for
 * scripts. UTF-8 with a byte order mark (without it Excel reads Chinese text as mojibake), CRLF line ends and every
 * field quoted (RFC 4180). A text Excel would take for a formula (starting with =, +, -, @, a tab or a carriage
 * return, also behind spaces or in full-width form) gets a leading single quote, so that opening the file never runs
 * a formula a table smuggled in. A file that could not be read is a row too:
 * severity "无法读取", its error code in the rule column and its message.
 */
import { SEVERITY_RANK, type Severity } from '../core/check/types';
import type { Locale } from '../core/i18n/messages';
import type { FileOutcome } from './file-task';
import type { ReportSink } from './report-sink';
import { incompleteLine } from '../core/incomplete';

const BOM = '\uFEFF';
const EOL = '\r\n';

const WORDS = {
  'zh-CN': {
    headers: ['文件', '工作表', '单元格', '项目', '级别', '规则', '问题', '建议', '已忽略（理由）'],
    severity: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
    unreadable: '无法读取',
    incomplete: '未完整读取',
  },
  'en-US': {
    headers: ['file', 'sheet', 'cell', 'project', 'severity', 'rule', 'message', 'suggestion', 'waived (reason)'],
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    unreadable: 'unreadable',
    incomplete: 'incomplete',
  },
};

/** Text a spreadsheet would evaluate when the file is opened: neutralised with a leading single quote. */
export function neutraliseFormula(value: string): string {
  // \s covers a leading tab or carriage return itself, and spaces or line breaks before a sign.
  return /^[\s\u3000]*[=+\-@＝＋－＠]/.test(value) || /^[\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  return `"${neutraliseFormula(value).replace(/"/g, '""')}"`;
}

export function csvLine(fields: string[]): string {
  return fields.map(csvField).join(',') + EOL;
}

export class CsvSink implements ReportSink {
  constructor(
    private readonly minimum: Severity,
    private readonly locale: Locale,
  ) {}

  begin(): string {
    return BOM + csvLine(WORDS[this.locale].headers);
  }

  add(outcome: FileOutcome): string {
    const words = WORDS[this.locale];
    const { entry } = outcome;
    if (entry.error) return csvLine([entry.file, '', '', '', words.unreadable, entry.error.code, entry.error.message, '', '']);
    // A block the reader could not read: a row of its own above the findings, whatever --severity shows.
    const incomplete = (entry.unreadBlocks ?? []).map((b) =>
      csvLine([entry.file, b.sheet, b.cell, '', words.incomplete, 'reader/unread-block', incompleteLine([{ sheet: b.sheet, rows: { first: b.rows[0] - 1, last: b.rows[1] - 1 } }], this.locale), '', '']),
    );
    return incomplete.join('') + entry.findings
      .filter((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[this.minimum])
      .map((f) => csvLine([entry.file, f.sheet, f.cell, f.project ?? '', words.severity[f.severity], f.rule, f.message, f.suggestion ?? '', f.waived?.reason ?? '']))
      .join('');
  }

  end(): string {
    return '';
  }
}
