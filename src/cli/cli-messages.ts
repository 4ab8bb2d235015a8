/** Words of the command's human-readable output, in both languages. */
import type { Locale } from '../core/i18n/messages';

const ZH = {
  file: '文件',
  cannotRead: '无法读取',
  sheet: '工作表',
  name: '项目名称',
  code: '项目编码',
  budget: '预算数',
  indicators: '指标数',
  department: '部门整体',
  paragraphs: '段',
  indicatorCount: (n: number) => `${n} 条指标`,
  note: '提示',
  summary: (projects: number, indicators: number) => `共 ${projects} 个项目，${indicators} 条指标`,
};

type Words = typeof ZH;

const EN: Words = {
  file: 'File',
  cannotRead: 'Cannot read',
  sheet: 'Sheet',
  name: 'Project',
  code: 'Code',
  budget: 'Budget',
  indicators: 'Indicators',
  department: 'Department-wide',
  paragraphs: 'paragraphs',
  indicatorCount: (n) => `${n} indicators`,
  note: 'Note',
  summary: (projects, indicators) => `${projects} projects, ${indicators} indicators`,
};

export function text(locale: Locale): Words {
  return locale === 'en-US' ? EN : ZH;
}
