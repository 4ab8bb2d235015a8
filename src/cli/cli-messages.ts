/** Words of the command's human-readable output, in both languages. */
import { plural, type Locale } from '../core/i18n/messages';

const ZH = {
  file: '文件',
  cannotRead: '无法读取',
  sheet: '工作表',
  name: '项目名称',
  code: '项目编码',
  budget: '预算数',
  indicators: '指标数',
  executionRate: '预算执行率',
  scores: '指标得分/分值',
  department: '部门整体',
  paragraphs: '段',
  indicatorCount: (n: number) => `${n} 条指标`,
  note: '提示',
  summary: (projects: number, indicators: number) => `共 ${projects} 个项目，${indicators} 条指标`,
  noTables: '没有找到绩效目标表',
  clean: '没有发现问题',
  suggestion: '建议',
  severity: { error: '错误', warning: '警告', info: '提示' } as Record<'error' | 'warning' | 'info', string>,
  waived: '已忽略',
  waiverReason: '忽略理由',
  checkSummary: (errors: number, warnings: number, infos: number, projects: number, unreadable: number, incomplete = 0, waived = 0) =>
    `共 ${projects} 个项目：${errors} 个错误，${warnings} 个警告，${infos} 条提示${waived ? `（另有 ${waived} 个已忽略）` : ''}` +
    `${unreadable ? `；${unreadable} 个文件无法读取` : ''}` +
    (incomplete ? `；${incomplete} 张表未能完整读取，结果不完整` : ''),
  badConfig: '配置文件有误',
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
  executionRate: 'Execution',
  scores: 'Scores / weights',
  department: 'Department-wide',
  paragraphs: 'paragraphs',
  indicatorCount: (n) => plural(n, 'indicator'),
  note: 'Note',
  summary: (projects, indicators) => `${plural(projects, 'project')}, ${plural(indicators, 'indicator')}`,
  noTables: 'No performance target table found',
  clean: 'No problems found',
  suggestion: 'Suggestion',
  severity: { error: 'error', warning: 'warn', info: 'info' },
  waived: 'waived',
  waiverReason: 'Reason waived',
  checkSummary: (errors, warnings, infos, projects, unreadable, incomplete = 0, waived = 0) =>
    `${plural(projects, 'project')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info` +
    (waived ? ` (and ${waived} waived)` : '') +
    (unreadable ? `; ${plural(unreadable, 'file')} could not be read` : '') +
    (incomplete ? `; ${plural(incomplete, 'table')} could not be read whole, the results are incomplete` : ''),
  badConfig: 'The configuration file has errors',
};

export function text(locale: Locale): Words {
  return locale === 'en-US' ? EN : ZH;
}
