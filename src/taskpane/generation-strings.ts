/**
 * The words of 生成标准表 and 新建绩效目标表, Simplified Chinese first and English second; merged into strings.ts.
 */
import { plural } from '../core/i18n/messages';
import type { TemplateId } from '../core/generate/templates';

const quoteZh = (names: string[]): string => names.map((s) => `“${s}”`).join('、');
const quoteEn = (names: string[]): string => names.map((s) => `"${s}"`).join(', ');
/** A long list of new sheets named by its first three and its last: the tabs show the rest. */
const SHOWN = 5;
const namesZh = (names: string[]): string =>
  names.length <= SHOWN ? quoteZh(names) : `${quoteZh(names.slice(0, 3))}……“${names[names.length - 1]}”`;
const namesEn = (names: string[]): string =>
  names.length <= SHOWN ? quoteEn(names) : `${quoteEn(names.slice(0, 3))} … "${names[names.length - 1]}"`;

export const generationZh = {
  generate: '生成标准表',
  generateTitle: '生成标准表',
  generateConfirm: '生成',
  templateLabel: '模板',
  templates: {
    standard: { name: '标准绩效目标表', description: '按标准格式重排每个项目的表，比较符和单位写规范' },
    mof2021: { name: '2021 版指标体系', description: '同上，按财政部 2021 年指标体系（成本指标为一级指标）' },
    summary: { name: '指标汇总表', description: '全部项目的指标汇成一张表，每行一个指标，便于筛选或导入' },
    'self-evaluation': { name: '绩效自评表', description: '每个项目的年终自评表：目标和分值已填，完成值和得分留空' },
  } as Record<TemplateId, { name: string; description: string }>,
  arrangementLabel: '排列方式',
  perProject: '每个项目一个工作表',
  stacked: '全部放在一个工作表中',
  previewTitle: '将写入的内容',
  willAdd: (n: number) => `将添加 ${n} 个新工作表（不会改动已有工作表）：`,
  generationCounts: (projects: number, indicators: number) => `${projects} 个项目，${indicators} 个指标`,
  notesTitle: (n: number) => `生成时无法确定的事项（${n} 条，也写入“生成说明”工作表）`,
  noNotes: '没有生成时无法确定的事项。',
  nothingToGenerate: '没有找到项目绩效目标表，没有可生成的内容。',
  readingWorkbook: '正在读取工作簿…',
  generated: (names: string[]) => `已添加 ${names.length} 个工作表：${namesZh(names)}。下次“检查”会一并检查新生成的表。`,
  goToSheet: (name: string) => `转到“${name}”`,
  noSheetWriting: '此版本的 Excel 无法写入生成的工作表（合并单元格、列宽和行高需要 ExcelApi 1.2）。',
  templateSheet: (name: string) => `工作表“${name}”（自定义模板）`,
  templateSheetDescription: '按此工作表的版式为每个项目填写一份，格式照搬模板',
  readingTemplate: '正在读取模板…',
  templateProblems: (n: number) => `此模板有 ${n} 个问题，无法使用：`,
  templateSheetsNeedApi: (names: string[]) =>
    `工作簿中的 ${quoteZh(names)} 含有模板占位符，但此版本的 Excel 无法按工作表模板生成（需要 ExcelApi 1.9：Excel 2021 或更高版本、Microsoft 365 或网页版 Excel）。可将模板另存为文件，用命令行生成：ptcheck generate --template 模板.xlsx。`,

  newTable: '新建绩效目标表',
  newTableTitle: '从指标库新建绩效目标表',
  newTableConfirm: '新建',
  newTableHint: '指标取自指标库，按项目类型给出常用指标；标“**”的指标值需由单位填写。',
  kindLabel: '项目类型',
  kindName: (zh: string, _en: string) => zh,
  nameLabel: '项目名称',
  codeLabel: '项目编码（可选）',
  agencyLabel: '预算单位（可选）',
  budgetLabel: '预算数（万元）',
  budgetHint: '不填时，成本指标的值留作“**”待填。',
  fiscalLabel: '其中：财政资金（万元）',
  otherLabel: '其他资金（万元）',
  yearLabel: '年度',
  frameworkLabel: '指标体系',
  framework2021: '2021 版（成本指标为一级指标）',
  framework2015: '2015 版（成本指标列在产出指标下）',
  planLabel: '资金支出计划（累计支出占预算的 %）',
  planHeadings: ['3月底', '6月底', '10月底', '12月底'],
  usageLabel: '资金用途（可选）',
  goalLabel: '绩效目标',
  errors: {
    nameRequired: '请填写项目名称',
    notANumber: '应为数字，如 20 或 20.5',
    notPositive: '应大于 0',
    negative: '不能为负数',
    fiscalOverBudget: '财政资金不能超过预算数',
    fundsSum: (sum: string, budget: string) => `财政资金与其他资金之和（${sum}）应等于预算数（${budget}）`,
    fundsWithoutBudget: '填写资金构成前请先填写预算数',
    year: '应为四位数年份，如 2025',
    code: '项目编码只能包含字母和数字',
    planNotPercent: '应为 0 到 100 之间的数字',
    planOverBudget: '累计支出超过预算：不能超过 100%',
    planDecreasing: '累计比例不应小于前一期',
  },
  newTableDone: (name: string, toFill: number) =>
    `已新建工作表“${name}”。${toFill ? `其中 ${toFill} 个指标值标为“**”，请填写后再检查。` : ''}`,
};

export type GenerationStrings = typeof generationZh;

export const generationEn: GenerationStrings = {
  generate: 'Generate tables',
  generateTitle: 'Generate standard tables',
  generateConfirm: 'Generate',
  templateLabel: 'Template',
  templates: {
    standard: { name: 'Standard target tables', description: "Each project's table in the standard layout, comparators and units written properly" },
    mof2021: { name: '2021 framework', description: "The same in the Ministry's 2021 framework (costs as a level-1 indicator)" },
    summary: { name: 'Indicator summary', description: 'Every indicator of every project in one flat table, one row each, to filter or import' },
    'self-evaluation': { name: 'Self-evaluation forms', description: "Each project's year-end self-evaluation: targets and weights in, actuals and scores blank" },
  },
  arrangementLabel: 'Arrangement',
  perProject: 'One sheet per project',
  stacked: 'All on one sheet',
  previewTitle: 'What will be written',
  willAdd: (n) => `${plural(n, 'new sheet')} will be added (existing sheets are not changed):`,
  generationCounts: (projects, indicators) => `${plural(projects, 'project')}, ${plural(indicators, 'indicator')}`,
  notesTitle: (n) => `What generation cannot settle (${n}, also written into the notes sheet)`,
  noNotes: 'Nothing generation cannot settle.',
  nothingToGenerate: 'No project target table was found: there is nothing to generate.',
  readingWorkbook: 'Reading the workbook…',
  generated: (names) => `${plural(names.length, 'sheet')} added: ${namesEn(names)}. The next check covers the new tables too.`,
  goToSheet: (name) => `Go to "${name}"`,
  noSheetWriting: 'This Excel cannot write generated sheets (merged cells, column widths and row heights need ExcelApi 1.2).',
  templateSheet: (name: string) => `Sheet "${name}" (your template)`,
  templateSheetDescription: "Filled in once for every project, in this sheet's layout and formatting",
  readingTemplate: 'Reading the template…',
  templateProblems: (n: number) => `This template has ${plural(n, 'problem')} and cannot be used:`,
  templateSheetsNeedApi: (names: string[]) =>
    `${quoteEn(names)} ${names.length === 1 ? 'holds' : 'hold'} template placeholders, but this Excel cannot generate from a template sheet (that needs ExcelApi 1.9: Excel 2021 or later, Microsoft 365 or Excel on the web). Save the template as a file and use the command line: ptcheck generate --template TEMPLATE.xlsx.`,

  newTable: 'New target table',
  newTableTitle: 'New target table from the indicator library',
  newTableConfirm: 'Create',
  newTableHint: 'The indicators come from the library, the usual ones for the kind of project; values marked "**" are for the unit to set.',
  kindLabel: 'Kind of project',
  kindName: (zh, en) => `${zh} (${en})`,
  nameLabel: 'Project name (项目名称)',
  codeLabel: 'Project code (optional)',
  agencyLabel: 'Budget unit (optional)',
  budgetLabel: 'Budget (10,000 yuan)',
  budgetHint: 'Left blank, the cost indicator keeps "**" to fill.',
  fiscalLabel: 'Of which fiscal funds (10,000 yuan)',
  otherLabel: 'Other funds (10,000 yuan)',
  yearLabel: 'Year',
  frameworkLabel: 'Indicator framework',
  framework2021: '2021 (costs at level 1)',
  framework2015: '2015 (costs under outputs)',
  planLabel: 'Spending plan (cumulative % of the budget)',
  planHeadings: ['End of March', 'End of June', 'End of October', 'End of December'],
  usageLabel: 'Use of funds (optional)',
  goalLabel: 'Performance goal',
  errors: {
    nameRequired: 'Please give the project name',
    notANumber: 'Must be a number, such as 20 or 20.5',
    notPositive: 'Must be more than 0',
    negative: 'Cannot be negative',
    fiscalOverBudget: 'Fiscal funds cannot exceed the budget',
    fundsSum: (sum, budget) => `Fiscal and other funds add up to ${sum}, not the budget ${budget}`,
    fundsWithoutBudget: 'Give the budget before its sources',
    year: 'Must be a four-digit year, such as 2025',
    code: 'The project code can hold only letters and digits',
    planNotPercent: 'Must be a number from 0 to 100',
    planOverBudget: 'Spends more than the budget: at most 100%',
    planDecreasing: 'Cumulative: cannot be less than the period before',
  },
  newTableDone: (name, toFill) =>
    `New sheet "${name}" created.${toFill ? ` ${plural(toFill, 'indicator value')} marked "**" ${toFill === 1 ? 'is' : 'are'} to be filled before checking.` : ''}`,
};
