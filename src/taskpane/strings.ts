/**
 * The add-in's words, Simplified Chinese first and English second; the language follows Office's. Free of React, so
 * that the ribbon commands can use them without carrying the task pane's libraries.
 */
import { plural, type Locale } from '../core/i18n/messages';
import type { Severity } from '../core/check/types';
import type { CellValue } from '../core/grid';
import { generationEn, generationZh } from './generation-strings';
import { incompleteLine } from '../core/incomplete';
import type { UnreadBlock } from '../core/model';

const quoteZh = (sheets: string[]): string => sheets.map((s) => `“${s}”`).join('、');
const quoteEn = (sheets: string[]): string => sheets.map((s) => `"${s}"`).join(', ');
/** A cell's value in a sentence: quoted, cut to 40 characters, or the word for an empty cell. */
const shown = (value: CellValue, open: string, close: string, empty: string): string => {
  if (value === null || value === '') return empty;
  const text = String(value);
  return `${open}${text.length > 40 ? `${text.slice(0, 40)}…` : text}${close}`;
};

const zh = {
  appTitle: '绩效目标表审核',
  check: '检查',
  recheck: '重新检查',
  mark: '标记',
  clearMarks: '清除标记',
  report: '生成审核报告',
  scanningSheets: (total: number) => `正在读取工作簿（${total} 个工作表）…`,
  scanningCells: (done: number, total: number) => `正在读取单元格 ${done.toLocaleString()} / ${total.toLocaleString()}…`,
  checking: '正在检查…',
  readingTables: (done: number, total: number) => `正在识别表格（工作表 ${done} / ${total}）…`,
  checkingRules: (done: number, total: number) => `正在检查（规则 ${done} / ${total}）…`,
  intro: '点击“检查”，读取本工作簿中的全部绩效目标表并列出问题。数据只在本机处理，不会上传。',
  summary: (tables: number, departments: number) =>
    tables && departments
      ? `找到 ${tables} 个项目表、${departments} 个部门整体目标`
      : departments
        ? `找到 ${departments} 个部门整体目标（没有项目表）`
        : tables
          ? `找到 ${tables} 个项目表`
          : '没有找到项目表或部门整体目标',
  waivedCount: (n: number) => `已忽略 ${n}`,
  noTables: '没有在本工作簿中找到绩效目标表。需要有“一级指标、二级指标、三级指标、指标值”表头，或“项目名称”“项目编码”等栏目。',
  noFindings: '没有发现问题。',
  /** Said above the findings when a block of indicators could not be read: the list is then incomplete. */
  incomplete: (blocks: readonly UnreadBlock[]) => `${incompleteLine(blocks, 'zh-CN')}。`,
  noneShown: '没有符合筛选条件的问题。',
  filterSeverity: '按级别筛选',
  filterRule: '按规则筛选',
  allRules: '全部规则',
  ruleOption: (label: string, count: number) => `${label}（${count.toLocaleString()}）`,
  showWaived: '显示已忽略',
  order: '排序',
  orderSeverity: '错误优先',
  orderSheet: '按单元格顺序',
  hiddenByFilters: (n: number) => `已隐藏 ${n.toLocaleString()} 项（筛选）`,
  showAll: '全部显示',
  markShown: (n: number) => `标记显示的 ${n.toLocaleString()} 项`,
  markedShownOnly: (shown: number, hidden: number) =>
    `只标记了筛选后显示的 ${shown.toLocaleString()} 个问题，另有 ${hidden.toLocaleString()} 个被筛选隐藏，没有标记。`,
  department: '部门整体',
  sheet: '工作表',
  suggestion: '建议',
  apply: '应用建议',
  applied: (cell: string, value: string) => `已把 ${cell} 改为“${value}”`,
  suggestionApplied: '已应用建议',
  undo: '撤销',
  undone: (cell: string) => `已恢复 ${cell} 原来的内容`,
  cellChanged: (cell: string, current: CellValue) =>
    `未写入：${cell} 的内容在检查后已改变（现为${shown(current, '“', '”', '空')}），建议是按检查时的内容给出的。请重新检查后再应用。`,
  waive: '忽略',
  unwaive: '取消忽略',
  waived: '已忽略',
  waiveTitle: '忽略这个问题',
  waiveReason: '忽略原因（会保存在工作簿中，其他审核人员可见）',
  waiveReasonPlaceholder: '例如：经业务科室确认，属结转资金',
  waiveReasonRequired: '请填写忽略原因',
  confirm: '确定',
  cancel: '取消',
  marked: (cells: number, annotated: number) => `已标记 ${cells} 个单元格${annotated ? `，并添加 ${annotated} 条批注` : ''}。“清除标记”可恢复原样。`,
  unmarked: (sheets: string[], locked: string[]) =>
    [
      locked.length ? `工作表 ${quoteZh(locked)} 受保护，其中的问题未标记（撤销保护后可再标记），请在列表中查看。` : '',
      sheets.length > locked.length
        ? `Excel 不接受在工作表 ${quoteZh(sheets.filter((s) => !locked.includes(s)))} 中添加标记，该表已保持原样，其中的问题请在列表中查看。`
        : '',
    ].join(''),
  cleared: '已清除全部标记，单元格恢复原样。',
  reportDone: (name: string) => `审核报告已写入新工作表“${name}”。`,
  stale: '工作簿已修改，检查结果可能已过时。',
  noHighlights: '此版本的 Excel 不支持条件格式，无法标记单元格（需要 ExcelApi 1.6）。',
  noSettings: '此版本的 Excel 无法在工作簿中保存忽略记录，关闭后将丢失。',
  failed: (what: string) => `操作失败：${what}`,
  goTo: (sheet: string, cell: string) => `定位到 ${sheet}!${cell}`,
  listSeparator: '，',
  findingsList: '问题列表',
  findingsKeys: '上下方向键在问题之间移动，Home、End 到第一个、最后一个；回车定位到单元格；右方向键进入该问题的按钮，Esc 返回。',
  findingLabel: (severity: string, place: string, message: string, extras: string[]) => [`${severity}，${place}：${message}`, ...extras].join('；'),
  actionOn: (action: string, cell: string) => `${action}（${cell}）`,
  severityName: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
  close: '关闭',
  ...generationZh,
};

export type Strings = typeof zh;

const en: Strings = {
  appTitle: 'Performance target review',
  check: 'Check',
  recheck: 'Check again',
  mark: 'Mark',
  clearMarks: 'Clear marks',
  report: 'Review report',
  scanningSheets: (total) => `Reading the workbook (${plural(total, 'sheet')})…`,
  scanningCells: (done, total) => `Reading cells ${done.toLocaleString()} / ${total.toLocaleString()}…`,
  checking: 'Checking…',
  readingTables: (done, total) => `Finding the tables (sheet ${done} of ${total})…`,
  checkingRules: (done, total) => `Checking (rule ${done} of ${total})…`,
  intro: 'Click "Check" to read every performance target table in this workbook and list the problems. Data stays on this computer.',
  summary: (tables, departments) =>
    tables && departments
      ? `${plural(tables, 'project table')} and ${plural(departments, 'department-wide section')} found`
      : departments
        ? `${plural(departments, 'department-wide section')} found (no project table)`
        : tables
          ? `${plural(tables, 'project table')} found`
          : 'No project table or department-wide section found',
  waivedCount: (n) => `${n} waived`,
  noTables: 'No performance target table was found in this workbook. Tables need an indicator header (一级指标, 二级指标, 三级指标, 指标值) or fields such as 项目名称 and 项目编码.',
  noFindings: 'No problems found.',
  incomplete: (blocks) => `${incompleteLine(blocks, 'en-US')}.`,
  noneShown: 'No findings match the filters.',
  filterSeverity: 'Filter by severity',
  filterRule: 'Filter by rule',
  allRules: 'All rules',
  ruleOption: (label, count) => `${label} (${count.toLocaleString()})`,
  showWaived: 'Show waived',
  order: 'Order',
  orderSeverity: 'Errors first',
  orderSheet: 'Cell order',
  hiddenByFilters: (n) => `${n.toLocaleString()} hidden by filters`,
  showAll: 'Show all',
  markShown: (n) => `Mark the ${n.toLocaleString()} shown`,
  markedShownOnly: (shown, hidden) =>
    `Only the ${plural(shown, 'finding')} shown ${shown === 1 ? 'was' : 'were'} marked; ${hidden.toLocaleString()} hidden by the filters ${hidden === 1 ? 'was' : 'were'} not.`,
  department: 'Department-wide',
  sheet: 'Sheet',
  suggestion: 'Suggestion',
  apply: 'Apply',
  applied: (cell, value) => `${cell} changed to "${value}"`,
  suggestionApplied: 'Suggestion applied',
  undo: 'Undo',
  undone: (cell) => `${cell} is back as it was`,
  cellChanged: (cell, current) =>
    `Not written: ${cell} has changed since the check (it now holds ${shown(current, '"', '"', 'nothing')}), and the suggestion was made for what it held then. Check again before applying it.`,
  waive: 'Waive',
  unwaive: 'Unwaive',
  waived: 'Waived',
  waiveTitle: 'Waive this finding',
  waiveReason: 'Reason (saved in the workbook, visible to other reviewers)',
  waiveReasonPlaceholder: 'e.g. confirmed with the department: carried-over funds',
  waiveReasonRequired: 'Please give a reason',
  confirm: 'OK',
  cancel: 'Cancel',
  marked: (cells, annotated) => `${plural(cells, 'cell')} marked${annotated ? `, ${plural(annotated, 'note')} added` : ''}. "Clear marks" restores them.`,
  unmarked: (sheets, locked) =>
    [
      locked.length ? `${quoteEn(locked)} ${locked.length === 1 ? 'is' : 'are'} protected: the findings there are not marked (unprotect to mark them); see the list.` : '',
      sheets.length > locked.length
        ? `Excel would not take marks on ${quoteEn(sheets.filter((s) => !locked.includes(s)))}, which ${sheets.length - locked.length === 1 ? 'is' : 'are'} left as ${sheets.length - locked.length === 1 ? 'it was' : 'they were'}; see the list.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  cleared: 'All marks cleared; the cells look as they did.',
  reportDone: (name) => `The review report is in the new sheet "${name}".`,
  stale: 'The workbook has changed; the results may be out of date.',
  noHighlights: 'This Excel cannot mark cells (conditional formats need ExcelApi 1.6).',
  noSettings: 'This Excel cannot save waivers in the workbook; they will be lost when it closes.',
  failed: (what) => `Something went wrong: ${what}`,
  goTo: (sheet, cell) => `Go to ${sheet}!${cell}`,
  listSeparator: '; ',
  findingsList: 'Findings',
  findingsKeys: 'Up and Down move between findings, Home and End to the first and last; Enter goes to the cell; Right enters the finding\'s buttons, Escape comes back.',
  findingLabel: (severity, place, message, extras) => [`${severity}, ${place}: ${message}`, ...extras].join('; '),
  actionOn: (action, cell) => `${action} (${cell})`,
  severityName: { error: 'Error', warning: 'Warning', info: 'Info' },
  close: 'Close',
  ...generationEn,
};

export function stringsFor(locale: Locale): Strings {
  return locale === 'en-US' ? en : zh;
}
