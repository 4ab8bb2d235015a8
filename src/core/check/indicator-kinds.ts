/**
 * What kind of indicator a row is, read from its level names and wording: the checks ask "is this a quantity, a
 * rate, a cost, a duration, a satisfaction target?" and the answers live here, in one place.
 */
import { USUAL_PLAN_MONTHS, type Indicator, type Model, type Project } from '../model';
import { formatNumber, matchingForm, memoize, squeeze } from '../normalize/text';
import { isMoneyUnit, standardUnit, type MoneyUnit } from '../normalize/units';
import type { Settings, Table } from './types';

export type Category = 'quantity' | 'quality' | 'timeliness' | 'cost' | 'benefit' | 'satisfaction' | 'other';

export function isProject(table: Table): table is Project {
  return 'code' in table;
}

export function tables(model: Model): Table[] {
  return [...model.projects, ...model.departments];
}

const categories = new Map<string, Category | 'nested'>();

/** The category a row belongs to, from its level-2 name first, its level-1 name otherwise. */
/** Each indicator's category, remembered on the object: many rules ask about the same rows. */
const categoryByIndicator = new WeakMap<object, Category>();

export function categoryOf(indicator: Pick<Indicator, 'level1' | 'level2'> & Partial<Pick<Indicator, 'level3'>>): Category {
  const known = categoryByIndicator.get(indicator);
  if (known !== undefined) return known;
  const category = computeCategory(indicator);
  categoryByIndicator.set(indicator, category);
  return category;
}

function computeCategory(indicator: Pick<Indicator, 'level1' | 'level2'> & Partial<Pick<Indicator, 'level3'>>): Category {
  const key = `${indicator.level1}\u0000${indicator.level2}`;
  let category = categories.get(key);
  if (category === undefined) {
    const level2 = matched(indicator.level2);
    // Under a nested 产出 heading the name decides, row by row: not cached by the headings alone.
    category = /^产出(指标)?$/.test(level2) ? 'nested' : categorize(matched(indicator.level1), level2);
    if (categories.size > 10_000) categories.clear();
    categories.set(key, category);
  }
  if (category !== 'nested') return category;
  return categorize(matched(indicator.level1), matched(indicator.level2), matched(indicator.level3 ?? ''));
}

/**
 * Forms that nest the standard level-1 names one level down (the NDRC form: 实施效果指标 › 产出指标 › …) say nothing
 * finer than 产出: the name tells whether a row is a quantity, a quality or a time.
 */
function nestedCategory(level2: string, name: string): Category | null {
  if (!/^产出(指标)?$/.test(level2)) return null;
  if (/进度|及时|按时|按期|时限|时间|期限|完成时|开工|竣工时/.test(name)) return 'timeliness';
  if (/合格率|达标率|质量|优良|准确率/.test(name)) return 'quality';
  if (/成本|费用|单价|金额/.test(name)) return 'cost';
  if (/数量|个数|人数|次数|户数|件数|面积|长度|里程/.test(name)) return 'quantity';
  return null;
}

function categorize(l1: string, l2: string, name = ''): Category {
  const nested = nestedCategory(l2, name);
  if (nested) return nested;
  if (/满意/.test(l2) || (/满意/.test(l1) && l2 === '')) return 'satisfaction';
  if (/成本/.test(l2)) return 'cost';
  if (/数量/.test(l2)) return 'quantity';
  if (/质量/.test(l2)) return 'quality';
  if (/时效|进度/.test(l2)) return 'timeliness';
  if (/效益|影响|效果/.test(l2)) return 'benefit';
  if (/满意/.test(l1) || /服务对象|社会公众/.test(l2)) return 'satisfaction';
  if (/成本/.test(l1)) return 'cost';
  if (/效益/.test(l1)) return 'benefit';
  return 'other';
}

/** The month plan slot `i` stands for: as the table heads it, else the usual template's. */
export function planSlotMonth(project: Project, i: number): number {
  return project.planMonths?.[i] ?? USUAL_PLAN_MONTHS[i];
}

/** A name as the rules' word lists match it: no spaces, half-width, simplified (a mirror site's 滿意度 is 满意度). */
const matched = memoize((text: string): string => squeeze(matchingForm(text)));

/** The indicator's name and explanation, in the form the rules' word lists match. */
export function nameOf(indicator: Indicator): string {
  return matched(`${indicator.level3}${indicator.description}`);
}

/** Rates, coverage and shares: "合格率", "覆盖面", "占比". */
export function isRate(indicator: Indicator): boolean {
  return /率|覆盖|比例|占比|比重|满意度/.test(nameOf(indicator)) || indicator.parsed.unit === '%';
}

/** A measure of how much something bad went down ("案件下降率", "能耗降低", "成本节约率"): more is better. */
export function isReduction(indicator: Indicator): boolean {
  return /下降|降低|减少|节约|节省|压减|压缩|缩短|缩减|削减|减排|减负/.test(nameOf(indicator));
}

/** Measures where lower is better: errors, complaints, accidents, crime, unemployment, disease … */
export function isLowerBetterRate(indicator: Indicator): boolean {
  if (isReduction(indicator)) return false;
  return /差错|错误|投诉|事故|受害|成灾|失误|发生率|发案|案发|犯罪|损耗|空置|流失|误差|不合格|返工|违规|违纪|违法|违章|超支|超标|排放|污染|故障|停电|缺陷|扣分|损失|退回|死亡|伤亡|发病|患病|感染|复发|失业|辍学|返贫|逾期|闲置|失败|延误|延期|拖欠|欠薪|积压|滞留|信访|上访|能耗|拥堵|等待|负债率|不良率|指出问题|发现问题|问题项目|超规模|超概算|争议率/.test(
    nameOf(indicator),
  );
}

/**
 * Percentages that can rightly exceed 100%: growth, completion against a plan, ratios and leverage
 * ("收入增长率 ≥120%", "税收收入完成率 ≥102%", "带动社会投资比 ≥300%").
 */
export function mayExceed100(indicator: Indicator): boolean {
  return (
    /增长|增幅|提高|提升|增加|增速|同比|环比|倍|完成率|执行率|超额|带动|拉动|撬动|杠杆|投入产出|收益|回报|产值|收入|税收|利润/.test(nameOf(indicator)) ||
    [indicator.level3, indicator.description].some((name) => /比$/.test(name.trim()))
  );
}

const DURATION_UNITS = new Set(['年', '月', '个月', '天', '日', '工作日', '小时', '分钟', '周']);

/** Time limits: "完成时间 ≤1年", "办结时限 ≤15个工作日". */
export function isDuration(indicator: Indicator): boolean {
  const unit = indicator.parsed.unit;
  if (unit === null || !DURATION_UNITS.has(unit)) return false;
  // Days of service or opening ("全年服务天数 ≥360天") count what is delivered: more is better.
  if (/全年|服务|开放|运行|使用|开馆|供水|供暖|在岗|出勤/.test(nameOf(indicator))) return false;
  return categoryOf(indicator) === 'timeliness' || /时间|时限|期限|周期|时长|天数|用时|耗时/.test(nameOf(indicator));
}

/** A value that is a date or a period ("2024年12月底前", "11月", "第四季度", "≤6个月"). */
const DATE_OR_PERIOD = /\d{4}\s*年|\d{1,2}\s*月|季度|月底|年底|年内|之前|以前|前完成/;

/**
 * The value makes the indicator a time target, whatever words its name holds: a date or a period, or a number of
 * days, months or years ("预算内项目完工 2025年10月底前" is a deadline, not a cost).
 */
export function valueIsTime(indicator: Indicator): boolean {
  const unit = indicator.parsed.kind === 'quantitative' ? indicator.parsed.unit : null;
  return (unit !== null && DURATION_UNITS.has(unit)) || DATE_OR_PERIOD.test(indicator.value);
}

export function isSatisfaction(indicator: Indicator): boolean {
  return categoryOf(indicator) === 'satisfaction' || /满意度/.test(indicator.level3);
}

/** The money unit of a cost value: "万" counts as 万元 in a cost row; null when the unit is not money. */
export function moneyUnitOf(indicator: Indicator): MoneyUnit | null {
  const unit = indicator.parsed.unit;
  if (unit === null) return null;
  const standard = standardUnit(unit, true) ?? unit;
  return isMoneyUnit(standard) ? standard : null;
}

/** The value rewritten with a standard unit: "≥80M" → "≥80米", "100百分比" → "100%". */
export function withStandardUnit(p: Indicator['parsed'], standard: string): string {
  return `${p.approximate ? '约' : ''}${p.comparatorWritten ? p.comparator : ''}${formatNumber(p.number!)}${standard}`;
}

/**
 * A rewrite of the whole value, for the value cell: only where the value is written in that one cell. A form that
 * splits it (比较符 | 指标值 | 度量单位) would end up with the comparator or the unit twice, so there is no suggestion.
 */
export function valueSuggestion(indicator: Indicator, text: string): { value: string } | undefined {
  const { value, comparator, unit } = indicator.cells;
  const split = (comparator !== undefined && comparator !== value) || (unit !== undefined && unit !== value);
  return split ? undefined : { value: text };
}

/** The 计量单位 cell, where the unit was written in a column of its own (a finding about the unit points there too). */
export function unitColumnCells(indicator: Indicator): string[] {
  const written = indicator.unitColumn?.trim() ?? '';
  return written !== '' && !/^[-—–/／\\无*＊]$/.test(written) && indicator.cells.unit ? [indicator.cells.unit] : [];
}

/** "indicator:产出指标/数量指标/办公用品数量": stays the same when rows move. */
export function indicatorField(indicator: Indicator): string {
  return `indicator:${indicator.level1}/${indicator.level2}/${indicator.level3 || indicator.description}`;
}

/** How a table is named in messages. */
export function tableName(table: Table): string {
  if (isProject(table)) return table.name ?? table.code ?? table.title ?? table.sheet;
  return table.name ?? table.title ?? table.sheet;
}

/** The budget year a table is checked against: configuration first, then what the workbook says. */
export function budgetYear(table: Table, settings: Settings): number | null {
  return settings.budgetYear ?? table.year;
}

/** Carried-over money (结转) keeps an older code: "13020923P…" in a 2024 table. */
export function isCarriedOver(table: Project, year: number | null): boolean {
  if (/结转|结余|上年/.test(`${table.name ?? ''}${table.title ?? ''}`)) return true;
  const codeYear = table.code && /^\d{6}(\d{2})/.exec(table.code)?.[1];
  return year !== null && !!codeYear && 2000 + Number(codeYear) < year;
}

