/**
 * The Model: what the reader makes of a workbook. Every field that came from a cell keeps that cell's A1 address
 * (in `cells`), so that anything said about it later can point at it.
 */

import type { Messages } from './i18n/messages';

/** Canonical comparators; full-width forms and words are mapped onto these. */
export type Comparator = '≥' | '≤' | '>' | '<' | '=';

/**
 * Which indicator taxonomy a table follows:
 * - "2015": the older family (财预〔2015〕88号 era): 成本指标 is a level-2 under 产出指标;
 * - "2021": 财预〔2021〕101号: 成本指标 is a level-1 of its own;
 * - "unknown": the table shows no cost indicator either way.
 */
export type Framework = '2015' | '2021' | 'unknown';

export type ValueKind =
  | 'quantitative' // [comparator] number [unit]
  | 'qualitative' // 达成 / 好 / 按时办结 ...
  | 'placeholder' // 无, /, -, 不涉及 ...
  | 'empty'
  | 'error'; // #REF! and friends

/** An indicator value taken apart. The raw text is never overwritten; `normalized` is a separate, cleaned form. */
export interface ParsedValue {
  raw: string;
  kind: ValueKind;
  /** Canonical comparator; "=" when a bare number was written (see `comparatorWritten`). */
  comparator: Comparator | null;
  /** The comparator as written ("≧", "＞", "不低于", "以上"); null when none was written. */
  comparatorWritten: string | null;
  number: number | null;
  /** Every number when one cell holds several values ("1600人、200人"), or both ends of a range. */
  numbers: number[];
  /** A range such as "3-5个" or "90%~95%": its two ends (`number` is the lower one). */
  range: [number, number] | null;
  /** The unit as written ("万", "百分比", "人次"); null when none. */
  unit: string | null;
  /** Where the unit was written: in the value, or in the indicator name ("城镇新增就业人数（人）" with 50000). */
  unitSource: 'value' | 'name' | null;
  /** "约5.5万人次", "100左右". */
  approximate: boolean;
  /** The number sits inside a sentence ("在规定时间结案率为95%"). */
  inSentence: boolean;
  /** Half-width, standard units ("万" → "万元" for money, "百分比" → "%"); the number scaled to that unit. */
  normalized: {
    text: string;
    number: number | null;
    unit: string | null;
  };
  /** The written text used full-width digits or symbols. */
  fullWidth: boolean;
}

export interface IndicatorCells {
  level1?: string;
  level2?: string;
  level3?: string;
  description?: string;
  value?: string;
  comparator?: string;
  unit?: string;
  basis?: string;
  weight?: string;
  valueType?: string;
  direction?: string;
  actual?: string;
  score?: string;
  reason?: string;
}

export interface Indicator {
  level1: string;
  level2: string;
  level3: string;
  description: string;
  /** The value as a reader sees it ("≥1批", "95%" for a 0.95 cell formatted as %, split columns joined). */
  value: string;
  basis: string;
  weight: number | null;
  /** 指标值类型 as written (定量/定性), where the form has the column. */
  valueType?: string;
  /** The 计量单位 column's text as written ("%", "-", "人"), where the form has the column. */
  unitColumn?: string;
  /** 指标方向性 as written (正向/反向/中性), where the form has the column. */
  direction?: string;
  /** Self-evaluations: the actual value (完成值), the score (得分) and the reason for a shortfall, as written. */
  actual?: string;
  score?: number | null;
  reason?: string;
  parsed: ParsedValue;
  /** 0-based absolute row of the indicator in its sheet. */
  row: number;
  cells: IndicatorCells;
}

/** A level-2 row the template printed but nobody filled (成本指标 with no name and no value). */
export interface EmptyCategoryRow {
  level1: string;
  level2: string;
  cell: string;
}

/** A row after an indicator grid: 合计 / 总分 (with the weights and scores it states), 评价结论, 存在问题, 填表人 … */
export interface FooterRow {
  /** The row's label as written ("合计", "评价结论", "项目负责人:"). */
  label: string;
  cell: string;
  /** The text written beside the label, if any, and its cell. */
  text: string;
  textCell?: string;
  /** A total row's stated weight and score (in the grid's weight and score columns). */
  weight?: { amount: number; cell: string };
  score?: { amount: number; cell: string };
}

/** A list of amounts with a stated total (项目资金来源 / 项目支出明细 with 合计). */
export interface Breakdown {
  title: string;
  total: { amount: number; cell: string } | null;
  items: { label: string; amount: number | null; cell: string; labelCell: string; subItem: boolean }[];
}

/** How an indicator grid was read: found by its headings or its cells, and why each column is what it is. */
export interface GridReading {
  /** The first cell of the grid's header row (or of its first indicator row when it has no header). */
  header: string;
  foundBy: 'labels' | 'content';
  columns: { column: string; role: string; heading: string | null; why: string }[];
  /** Where the cells won against the headings: what was read otherwise. */
  againstHeader: string | null;
}

export interface ReaderNote {
  code: string;
  sheet: string;
  cell?: string;
  /** The cell's text where it matters (the unreadable amount, the error value). */
  detail?: string;
  message: Messages;
}

/** The budget block of a self-evaluation (预算执行情况): the total row read across its columns. */
export interface BudgetExecution {
  /** The money unit its headings name ("年度预算数(万元)"), if any. */
  unit: string | null;
  initial: number | null;
  fullYear: number | null;
  executed: number | null;
  /** The execution rate as written, in percent. */
  rate: number | null;
  weight: number | null;
  score: number | null;
  /** The project's budget: the full-year amount, else the initial one; fiscal, carried-over and other money alike. */
  budget: number | null;
  fiscal: number | null;
  carryOver: number | null;
  other: number | null;
  /** Cells of the 其中 rows that carry a weight or a score of their own (the total row carries the block's). */
  subRowScores: string[];
  /** Cells of the total row: initial, fullYear, executed, rate, weight, score. */
  cells: Record<string, string>;
  budgetCell: string;
  fiscalCell?: string;
  otherCell?: string;
  rows: { top: number; bottom: number };
}

export type PlanValues = [number | null, number | null, number | null, number | null];

/** The months the usual template plans for: cumulative spending by the end of March, June, October and December. */
export const USUAL_PLAN_MONTHS: readonly [number, number, number, number] = [3, 6, 10, 12];

export interface Project {
  sheet: string;
  /** A table of its own, or rows of a flat export that names the project on each row (and may lack money or goal). */
  layout: 'table' | 'flat';
  title: string | null;
  code: string | null;
  name: string | null;
  /** Money in the table's own unit (`budgetUnit`). */
  budget: number | null;
  fiscal: number | null;
  /** 0 when the cell is blank. */
  other: number | null;
  /** 上年结转 when the template has it (part of the budget besides fiscal and other money). */
  carryOver: number | null;
  /** Further parts of the budget some templates list (上级补助资金, 政府性基金, 事业收入 …), in the budget's unit. */
  extraFunds: { label: string; amount: number; cell: string }[];
  budgetUnit: string;
  /** True when no unit was written anywhere and 万元 was assumed. */
  budgetUnitAssumed: boolean;
  /** Cumulative share spent by the end of months 3, 6, 10 (or 9) and 12, as percent numbers. */
  plan: PlanValues;
  /** The month each plan slot stands for, as the table heads it (3, 6, 10, 12 in the usual template). */
  planMonths: [number, number, number, number] | null;
  goal: string | null;
  usage: string | null;
  /** Rows after the indicator grid (totals, conclusions, signatures). */
  footers?: FooterRow[];
  /** The mid-term (中期/实施期) goal where the table gives one beside the annual goal, with its label's text. */
  goalMid?: { text: string; cell: string; label?: string } | null;
  /** The whole-period money (项目总预算, 中期资金总额) in the budget's unit, where the table gives it. */
  budgetTotal?: number | null;
  /** A self-evaluation's account of what was achieved (年度目标完成情况, 实际完成情况). */
  goalActual?: { text: string; cell: string } | null;
  /** The budget cell's text when it holds text rather than a number ("250万", "10000万元"). */
  budgetText?: string | null;
  /** Labels found with nothing written beside them (主管部门, 实施单位): their kind and the empty cell. */
  blankLabels?: { label: string; cell: string }[];
  /** The indicator header's first cell; absent when the reader found no indicator header for this table. */
  indicatorHeader?: string;
  /** A self-evaluation's budget block, where the table has one. */
  execution?: BudgetExecution | null;
  /** The implementation period as written (项目支出实施期 "2023.07-2024.01", 项目起止时间 "202001-202012"). */
  period?: string | null;
  /** Unused template lines left in the indicator grid (指标1:, ……): their cells. */
  templateRows?: { cell: string; text: string }[];
  /** The other half of a side-by-side grid (中期/长期) that was set aside: its columns, and whether any target is in it. */
  setAsideGrid?: { cell: string; filled: boolean } | null;
  /** The spending unit written beside the title (303001曹妃甸区发展和改革局本级). */
  agency: string | null;
  /** The budget year: written in the title or name, else the workbook's dominant year; null if unknown. */
  year: number | null;
  framework: Framework;
  /**
   * The levels the table's grid has no column for (a list of indicators by name only, or level-2 names with no
   * level-1 column): its rows are read with those levels unknown, and checks that need them stay quiet.
   */
  levelsUnknown?: ('level1' | 'level2')[];
  /** How the indicator grid was read: each column's role and the evidence for it (ptcheck extract --explain). */
  gridReading?: GridReading;
  indicators: Indicator[];
  emptyCategoryRows: EmptyCategoryRow[];
  breakdowns: Breakdown[];
  /** Source cells: code, name, budget, fiscal, other, budgetUnit, usage, goal, title, plan3, plan6, plan10, plan12. */
  cells: Record<string, string>;
  /** 0-based absolute rows spanned by the table, header to last indicator. */
  rows: { first: number; last: number };
}

/** A figure found in department-wide text or cells: "重点项目477个", "总投资5578亿元". */
export interface TextFigure {
  number: number;
  unit: string;
  /** The words just before the number ("续建项目", "总投资"). */
  label: string;
  /** Position of the number in the paragraph text. */
  offset: number;
}

export interface DepartmentParagraph {
  heading: string | null;
  text: string;
  cell: string;
  figures: TextFigure[];
}

export interface DepartmentMoney {
  label: string;
  amount: number | null;
  cell: string;
}

export interface DepartmentTask {
  name: string;
  amount: number | null;
  cell: string;
  nameCell: string;
  /** The amount split by source under a two-row header (预算申请 → 总额 | 财政拨款 | 其他资金). */
  sources: DepartmentMoney[];
}

export interface DepartmentSection {
  sheet: string;
  title: string | null;
  name: string | null;
  year: number | null;
  /** Labelled figures (基本支出 10891.6, 项目支出 61915.8, 财政拨款 72807.4, 财政供养人员数 737 ...). */
  amounts: { label: string; amount: number; cell: string }[];
  /** 年度重点工作任务 / 年度主要任务 with the money planned for each (and its sources, where the form splits it). */
  tasks: DepartmentTask[];
  /** The row that totals the tasks' money (金额合计), when the form has one. */
  tasksTotal: DepartmentTask | null;
  budgetUnit: string | null;
  paragraphs: DepartmentParagraph[];
  indicators: Indicator[];
  emptyCategoryRows: EmptyCategoryRow[];
  framework: Framework;
  /**
   * The levels the table's grid has no column for (a list of indicators by name only, or level-2 names with no
   * level-1 column): its rows are read with those levels unknown, and checks that need them stay quiet.
   */
  levelsUnknown?: ('level1' | 'level2')[];
  /** How the indicator grid was read (ptcheck extract --explain). */
  gridReading?: GridReading;
  /** A department-wide self-evaluation's budget block, and the rows after its grid. */
  execution?: BudgetExecution | null;
  footers?: FooterRow[];
  cells: Record<string, string>;
  rows: { first: number; last: number };
}

/** What each non-empty cell of a table was read as (src/core/read/placement.ts). */
export type PlacementKind = 'label' | 'value' | 'indicator' | 'explanation' | 'footer' | 'title' | 'unit' | 'note';

/** How much of one table the reader placed: the share of its non-empty cells it knows as something, and the rest. */
export interface TablePlacement {
  sheet: string;
  /** A1 range from the table's first to its last row, its leftmost to its rightmost non-empty cell. */
  range: string;
  kind: 'project' | 'department';
  /** Placed cells ÷ non-empty cells, 0–1 (1 for a table without non-empty cells). */
  placedShare: number;
  unplacedCount: number;
  /** Non-empty cells the reader knows as nothing, in reading order, with their text (the first 500). */
  unplaced: { cell: string; text: string }[];
  /** 0-based rows of the range. */
  rows: { first: number; last: number };
}

/**
 * Indicator content the reader could not read (level names and targets under a header it does not know, or in no
 * table at all): the results for that sheet are incomplete.
 */
export interface UnreadBlock {
  sheet: string;
  /** The block's first non-empty cell. */
  cell: string;
  /** 0-based first and last row. */
  rows: { first: number; last: number };
  range: string;
}

export interface Model {
  /** Sheet names in workbook order. */
  sheets: string[];
  projects: Project[];
  departments: DepartmentSection[];
  notes: ReaderNote[];
  /** Every table read, in reading order, and how much of it the reader placed (absent in hand-built models). */
  placement?: TablePlacement[];
  /** Blocks of indicator content no table read (absent in hand-built models: none). */
  unreadBlocks?: UnreadBlock[];
}
