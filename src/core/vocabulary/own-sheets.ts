/**
 * The sheets the product writes as its own output, by their title and column headings in each language: the writers
 * write them, and the reader knows such a sheet by them and does not read it back as the user's tables.
 */
import type { Locale } from '../i18n/messages';

export interface SheetSignature {
  title: string;
  headers: readonly string[];
}

/** 审核报告: one row per finding (src/core/review/report.ts). */
export const REVIEW_REPORT: Record<Locale, SheetSignature> = {
  'zh-CN': { title: '绩效目标表审核报告', headers: ['序号', '工作表', '单元格', '项目编码', '项目名称', '级别', '问题', '建议', '规则', '忽略原因'] },
  'en-US': {
    title: 'Performance target review report',
    headers: ['No.', 'Sheet', 'Cell', 'Project code', 'Project', 'Severity', 'Finding', 'Suggestion', 'Rule', 'Waiver'],
  },
};

/** 指标汇总表: one row per indicator (src/core/generate/summary-table.ts). */
export const INDICATOR_SUMMARY: Record<Locale, SheetSignature> = {
  'zh-CN': {
    title: '绩效指标汇总表',
    headers: ['项目编码', '项目名称', '预算数', '金额单位', '一级指标', '二级指标', '三级指标', '指标描述', '比较符', '数值', '计量单位', '指标值确定依据', '工作表'],
  },
  'en-US': {
    title: 'Performance indicator summary',
    headers: ['Code', 'Project', 'Budget', 'Money unit', 'Level 1', 'Level 2', 'Level 3', 'Description', 'Comparator', 'Number', 'Unit', 'Basis', 'Sheet'],
  },
};

/** 生成说明: what generation could not settle (src/core/generate/generation-notes.ts). */
export const GENERATION_NOTES: Record<Locale, SheetSignature> = {
  'zh-CN': { title: '生成说明', headers: ['工作表', '单元格', '项目', '类别', '说明'] },
  'en-US': { title: 'Generation notes', headers: ['Sheet', 'Cell', 'Project', 'Kind', 'Note'] },
};

/** Every signature of an output sheet, in both languages. */
export const OWN_OUTPUT_SIGNATURES: readonly SheetSignature[] = [REVIEW_REPORT, INDICATOR_SUMMARY, GENERATION_NOTES].flatMap((s) => Object.values(s));
