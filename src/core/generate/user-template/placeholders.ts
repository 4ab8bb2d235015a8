/**
 * The placeholder vocabulary of user templates: project fields ({{项目名称}}), indicator fields ({{一级指标}}, only
 * inside the indicator block) and the block markers. Names are looked up in Maps, so that {{constructor}} or
 * {{__proto__}} is an unknown name like any other, never a member of some object.
 */
import type { Indicator, Project } from '../../model';
import { standardValue, tidy } from '../standard-content';

/**
 * What a field gives: `value` where the cell holds the placeholder alone (money and numbers stay numbers), `text`
 * where it is embedded in other text, and the number format a lone value needs (plan shares are fractions: "0%").
 */
export interface FieldValue {
  value: string | number | null;
  text: string;
  numberFormat?: string;
}

export interface IndicatorContext {
  indicator: Indicator;
  /** 1-based position of the indicator in its project. */
  index: number;
}

interface Field<C> {
  /** The name documented and listed in messages. */
  name: string;
  aliases: string[];
  get: (context: C) => FieldValue;
}

export type ProjectField = Field<Project>;
export type IndicatorField = Field<IndicatorContext>;

/** Numbers as a person writes them: no float noise (0.1 + 0.2), no trailing ".0". */
function numberText(n: number): string {
  return String(Number(n.toFixed(6)));
}

function text(value: string | null | undefined): FieldValue {
  const t = tidy(value);
  return { value: t === '' ? null : t, text: t };
}

function amount(value: number | null | undefined): FieldValue {
  return value === null || value === undefined ? { value: null, text: '' } : { value, text: numberText(value) };
}

/** A plan share (percent number, 25 for 25%) as a fraction formatted %, so Excel shows 25% and a reader gets 25. */
function share(value: number | null): FieldValue {
  return value === null ? { value: null, text: '' } : { value: value / 100, text: `${numberText(value)}%`, numberFormat: '0%' };
}

/** The plan slot a heading stands for: the usual template plans March, June, October (or September) and December. */
const PLAN_SLOTS: [string, number][] = [
  ['3月底', 0],
  ['6月底', 1],
  ['9月底', 2],
  ['10月底', 2],
  ['12月底', 3],
];

export const PROJECT_FIELDS: ProjectField[] = [
  { name: '项目名称', aliases: ['name'], get: (p) => text(p.name) },
  { name: '项目编码', aliases: ['code'], get: (p) => text(p.code) },
  { name: '预算数', aliases: ['budget'], get: (p) => amount(p.budget) },
  { name: '财政资金', aliases: ['fiscal'], get: (p) => amount(p.fiscal) },
  { name: '其他资金', aliases: ['other'], get: (p) => amount(p.other) },
  { name: '上年结转', aliases: ['carryOver'], get: (p) => amount(p.carryOver) },
  { name: '金额单位', aliases: ['budgetUnit'], get: (p) => text(p.budgetUnit) },
  { name: '年度', aliases: ['year'], get: (p) => (p.year === null ? { value: null, text: '' } : { value: p.year, text: String(p.year) }) },
  // The reader keeps one unit per table, whichever of these labels (or the line beside the title) named it.
  { name: '实施单位', aliases: ['主管部门', '单位名称', 'agency'], get: (p) => text(p.agency) },
  { name: '资金用途', aliases: ['usage'], get: (p) => text(p.usage) },
  { name: '年度绩效目标', aliases: ['绩效目标', 'goal'], get: (p) => text(p.goal) },
  { name: '实施期', aliases: ['period'], get: (p) => text(p.period) },
  { name: '标题', aliases: ['title'], get: (p) => text(p.title) },
  ...PLAN_SLOTS.map(([heading, slot]): ProjectField => ({
    name: `资金支出计划.${heading}`,
    aliases: [`plan.${heading.replace('月底', '')}`],
    get: (p) => share(p.plan[slot]),
  })),
];

/** The value taken apart for templates that split it over 比较符 | 数值 | 计量单位 columns. */
function valueParts(indicator: Indicator): { comparator: string; number: FieldValue; unit: string } {
  const p = indicator.parsed;
  const single = p.numbers.length <= 1 && p.range === null;
  if (p.kind === 'quantitative' && !p.inSentence && single && p.normalized.number !== null) {
    return { comparator: p.comparatorWritten ? (p.comparator ?? '') : '', number: amount(p.normalized.number), unit: p.normalized.unit ?? '' };
  }
  // Qualitative values and ranges have no single number: the whole value goes into the number column.
  return { comparator: '', number: text(standardValue(indicator)), unit: '' };
}

export const INDICATOR_FIELDS: IndicatorField[] = [
  { name: '序号', aliases: ['index'], get: (c) => ({ value: c.index, text: String(c.index) }) },
  { name: '一级指标', aliases: ['level1'], get: (c) => text(c.indicator.level1) },
  { name: '二级指标', aliases: ['level2'], get: (c) => text(c.indicator.level2) },
  { name: '三级指标', aliases: ['指标名称', 'level3'], get: (c) => text(c.indicator.level3) },
  { name: '指标描述', aliases: ['绩效指标描述', 'description'], get: (c) => text(c.indicator.description) },
  { name: '指标值', aliases: ['value'], get: (c) => text(standardValue(c.indicator)) },
  { name: '比较符', aliases: ['comparator'], get: (c) => text(valueParts(c.indicator).comparator) },
  { name: '数值', aliases: ['number'], get: (c) => valueParts(c.indicator).number },
  { name: '计量单位', aliases: ['unit'], get: (c) => text(valueParts(c.indicator).unit) },
  { name: '指标值确定依据', aliases: ['确定依据', 'basis'], get: (c) => text(c.indicator.basis) },
];

function byName<F extends { name: string; aliases: string[] }>(fields: F[]): Map<string, F> {
  const map = new Map<string, F>();
  for (const field of fields) for (const name of [field.name, ...field.aliases]) map.set(name, field);
  return map;
}

export const PROJECT_FIELD_BY_NAME = byName(PROJECT_FIELDS);
export const INDICATOR_FIELD_BY_NAME = byName(INDICATOR_FIELDS);

export const BLOCK_OPEN = new Set(['#指标', '#indicators']);
export const BLOCK_CLOSE = new Set(['/指标', '/indicators']);

/** The option that merges equal neighbours of a one-row block down: {{一级指标|合并}}. */
export const MERGE_OPTIONS = new Set(['合并', 'merge']);
/** Only the grouping levels can be merged down: merging values or names would hide rows. */
export const MERGEABLE = new Set(['一级指标', '二级指标']);

/** Every name a template may use, for messages: {{项目名称}}、{{项目编码}}… (documented names, not aliases). */
export function availableNames(): string {
  return [...PROJECT_FIELDS, ...INDICATOR_FIELDS].map((f) => `{{${f.name}}}`).join('、') + '、{{#指标}}、{{/指标}}';
}
