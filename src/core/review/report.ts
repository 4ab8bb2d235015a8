/** The review report (审核报告): one row per finding, written by a host into a new sheet. */
import type { Locale } from '../i18n/messages';
import type { Severity } from '../check/types';
import type { ReviewedFinding } from './waivers';
import { REVIEW_REPORT } from '../vocabulary/own-sheets';

export interface ReportRow {
  /** Plain texts, one per column; the cell column is also a link. */
  cells: string[];
  link: { sheet: string; cell: string };
  severity: Severity;
}

export interface ReportTable {
  title: string;
  subtitle: string;
  headers: string[];
  /** Index of the column that links to the finding's cell. */
  linkColumn: number;
  rows: ReportRow[];
  columnWidths: number[];
}

const WORDS = {
  'zh-CN': {
    ...REVIEW_REPORT['zh-CN'],
    subtitle: (when: string, counts: string) => `生成时间：${when}　${counts}`,
    counts: (e: number, w: number, i: number, waived: number) => `错误 ${e} 个，警告 ${w} 个，提示 ${i} 条，已忽略 ${waived} 条`,
    severity: { error: '错误', warning: '警告', info: '提示' },
  },
  'en-US': {
    ...REVIEW_REPORT['en-US'],
    subtitle: (when: string, counts: string) => `Generated ${when}   ${counts}`,
    counts: (e: number, w: number, i: number, waived: number) => `${e} errors, ${w} warnings, ${i} info, ${waived} waived`,
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  },
};

function timestamp(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function reportTable(findings: ReviewedFinding[], locale: Locale, generatedAt: Date = new Date()): ReportTable {
  const words = WORDS[locale];
  const count = (s: Severity): number => findings.filter((f) => f.severity === s && !f.waiver).length;
  const waived = findings.filter((f) => f.waiver).length;
  return {
    title: words.title,
    subtitle: words.subtitle(timestamp(generatedAt), words.counts(count('error'), count('warning'), count('info'), waived)),
    headers: [...words.headers],
    linkColumn: 2,
    columnWidths: [6, 18, 8, 24, 28, 8, 60, 18, 26, 20],
    rows: findings.map((f, i) => ({
      cells: [
        String(i + 1),
        f.sheet,
        f.cell,
        f.project ?? '',
        f.projectName ?? '',
        words.severity[f.severity],
        f.message[locale],
        f.suggestion?.value ?? '',
        f.rule,
        f.waiver ? f.waiver.reason : '',
      ],
      link: { sheet: f.sheet, cell: f.cell },
      severity: f.severity,
    })),
  };
}
