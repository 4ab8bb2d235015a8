/** What the reader noticed while reading (a cell it could not use, a table cut short), in both languages. */
import type { ReaderNote } from '../model';

export type NoteCode =
  | 'cell-error'
  | 'formula-without-value'
  | 'money-not-a-number'
  | 'plan-not-a-share'
  | 'no-indicator-header'
  | 'no-indicators'
  | 'unplaced-header'
  | 'unplaced-money'
  | 'value-column-chosen'
  | 'field-not-found'
  | 'own-output'
  | 'template-sheet'
  | 'library-sheet'
  | 'no-tables'
  | 'read-against-header'
  | 'grid-by-content'
  | 'levels-unknown'
  | 'level-tree'
  | 'term-grid-set-aside';

const FIELD_NAMES: Record<string, ReaderNote['message']> = {
  budget: { 'zh-CN': '预算数（如“预算数”“年度资金总额”）', 'en-US': 'budget (预算数, 年度资金总额 …)' },
  goal: { 'zh-CN': '绩效目标（如“年度绩效目标”“总体目标”）', 'en-US': 'performance goal (年度绩效目标, 总体目标 …)' },
  name: { 'zh-CN': '项目名称', 'en-US': 'project name' },
};

const MESSAGES: Record<NoteCode, (detail: string) => ReaderNote['message']> = {
  'cell-error': (d) => ({
    'zh-CN': `单元格显示错误值 ${d}，无法读取其内容（公式引用可能已失效）`,
    'en-US': `The cell shows the error ${d}; its content cannot be read (a formula reference may be broken)`,
  }),
  // detail: '' for the cell itself; a count for the sheet's further cells, said once.
  'formula-without-value': (d) =>
    d
      ? {
          'zh-CN': `本表还有 ${d} 个公式单元格同样没有保存计算结果，无法读取，未作检查`,
          'en-US': `${d} more formula cells on this sheet have no saved result either: they cannot be read and were not checked`,
        }
      : {
          'zh-CN': '这个单元格是公式，但文件中没有保存计算结果（文件可能由不计算公式的程序生成），无法读取其值，未作检查；请在 Excel 中打开并保存后再检查',
          'en-US':
            'This cell holds a formula whose result the file did not save (a program that does not calculate may have written it): its value cannot be read and was not checked; open and save the file in Excel, then check again',
        },
  'money-not-a-number': (d) => ({
    'zh-CN': `金额单元格的内容“${d}”不是数字，无法读取金额`,
    'en-US': `The amount cell holds "${d}", which is not a number`,
  }),
  'plan-not-a-share': () => ({
    'zh-CN': '资金支出计划中的这一格不是百分比，无法读取',
    'en-US': 'This spending-plan cell is not a percentage and cannot be read',
  }),
  'no-indicator-header': () => ({
    'zh-CN': '找到了项目信息，但其下没有绩效指标表头（一级指标、二级指标、三级指标、指标值），表格可能不完整',
    'en-US': 'Project details were found but no indicator header (一级指标, 二级指标, 三级指标, 指标值) follows; the table may be cut off',
  }),
  'no-indicators': () => ({
    'zh-CN': '绩效指标表头下没有任何指标行',
    'en-US': 'The indicator header has no indicator rows below it',
  }),
  'unplaced-header': (d) => ({
    'zh-CN': `无法识别指标表头“${d}”：这张表的指标未能读取，未作检查`,
    'en-US': `The indicator header "${d}" was not recognised: this table's indicators were not read or checked`,
  }),
  'unplaced-money': (d) => ({
    'zh-CN': `无法识别金额栏目“${d}”：未能读取预算数，金额未作检查`,
    'en-US': `The money field "${d}" was not recognised: the budget was not read or checked`,
  }),
  'value-column-chosen': (d) => ({
    'zh-CN': `指标值按“${d}”一栏读取并检查；其余各栏未作检查`,
    'en-US': `The targets were read and checked from the column "${d}"; the other columns were not checked`,
  }),
  'field-not-found': (d) => ({
    'zh-CN': `没有找到${FIELD_NAMES[d]?.['zh-CN'] ?? d}一栏，这一项未作检查`,
    'en-US': `No ${FIELD_NAMES[d]?.['en-US'] ?? d} field was found; it was not checked`,
  }),
  'own-output': () => ({
    'zh-CN': '这是本工具生成的工作表（审核报告、指标汇总等），不作为绩效目标表读取',
    'en-US': 'This sheet was written by this tool (a review report or summary) and is not read as a target table',
  }),
  'template-sheet': () => ({
    'zh-CN': '这是自定义模板（含 {{项目名称}} 等占位符），不作为绩效目标表读取',
    'en-US': 'This sheet is a user template (it holds placeholders such as {{项目名称}}) and is not read as a target table',
  }),
  'library-sheet': () => ({
    'zh-CN': '这是指标库（项目类型、一级指标、三级指标…各一栏），供新建绩效目标表使用，不作为绩效目标表读取',
    'en-US': 'This sheet is an indicator library (project type, level-1 and level-3 columns …) for new tables, not read as a target table',
  }),
  'read-against-header': (d) => ({
    'zh-CN': `指标表的栏目与表头不符，${d}`,
    'en-US': `The indicator columns do not hold what their headings say; they were read by their cells: ${d}`,
  }),
  'grid-by-content': (d) => ({
    'zh-CN': `指标表头未能识别，按单元格内容读取：${d}；请核对`,
    'en-US': `The indicator header was not recognised; the grid was read by what its cells hold: ${d}; please verify`,
  }),
  'level-tree': (d) => ({
    'zh-CN': `一级、二级指标名称单独成行写在 ${d} 列，其下各行为指标：按层级读取；请核对`,
    'en-US': `The level-1 and level-2 names stand on rows of their own in column ${d}, each above its indicators: read by level; please verify`,
  }),
  'levels-unknown': (d) => ({
    'zh-CN': `指标表没有${d}一栏：指标按级次未知读取，涉及指标分类的检查未作`,
    'en-US': `The indicator grid has no ${d === '一级指标' ? 'level-1' : 'level-1 or level-2'} column: its rows were read with the level unknown and the taxonomy checks were not made`,
  }),
  'term-grid-set-aside': () => ({
    'zh-CN': '同一项目的实施期（中期、长期）绩效指标与年度绩效指标上下排列：按年度绩效指标读取并检查，这里的实施期指标未作检查',
    'en-US': "The project's multi-year and annual indicator grids are stacked: the annual grid was read and checked, this multi-year grid was not",
  }),
  'no-tables': () => ({
    'zh-CN': '工作簿中没有找到绩效目标表（需要“一级指标、二级指标、三级指标、指标值”表头或“项目名称”等栏目）',
    'en-US': 'No performance target table was found (looked for an indicator header or fields such as 项目名称)',
  }),
};

export function note(code: NoteCode, sheet: string, cell: string | undefined, detail: string): ReaderNote {
  const result: ReaderNote = { code, sheet, message: MESSAGES[code](detail) };
  if (cell) result.cell = cell;
  if (detail) result.detail = detail;
  return result;
}
