/**
 * What each placeholder of user templates gives (its names and syntax: ../../vocabulary/placeholders.ts): project
 * fields ({{项目名称}}) and indicator fields ({{一级指标}}, only inside the indicator block), looked up by name or alias.
 */
import type { Indicator, Project } from '../../model';
import { INDICATOR_PLACEHOLDERS, PLAN_SLOTS, planSlotName, PROJECT_PLACEHOLDERS, type PlaceholderName } from '../../vocabulary/placeholders';
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

interface Field<C> extends PlaceholderName {
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

/** What each project placeholder gives (the names are the vocabulary's). */
const PROJECT_VALUES = new Map<string, (p: Project) => FieldValue>([
  ['项目名称', (p) => text(p.name)],
  ['项目编码', (p) => text(p.code)],
  ['预算数', (p) => amount(p.budget)],
  ['财政资金', (p) => amount(p.fiscal)],
  ['其他资金', (p) => amount(p.other)],
  ['上年结转', (p) => amount(p.carryOver)],
  ['金额单位', (p) => text(p.budgetUnit)],
  ['年度', (p) => (p.year === null ? { value: null, text: '' } : { value: p.year, text: String(p.year) })],
  ['实施单位', (p) => text(p.agency)],
  ['资金用途', (p) => text(p.usage)],
  ['年度绩效目标', (p) => text(p.goal)],
  ['实施期', (p) => text(p.period)],
  ['标题', (p) => text(p.title)],
  ...PLAN_SLOTS.map(([heading, slot]): [string, (p: Project) => FieldValue] => [planSlotName(heading), (p) => share(p.plan[slot])]),
]);

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

/** What each indicator placeholder gives. */
const INDICATOR_VALUES = new Map<string, (c: IndicatorContext) => FieldValue>([
  ['序号', (c) => ({ value: c.index, text: String(c.index) })],
  ['一级指标', (c) => text(c.indicator.level1)],
  ['二级指标', (c) => text(c.indicator.level2)],
  ['三级指标', (c) => text(c.indicator.level3)],
  ['指标描述', (c) => text(c.indicator.description)],
  ['指标值', (c) => text(standardValue(c.indicator))],
  ['比较符', (c) => text(valueParts(c.indicator).comparator)],
  ['数值', (c) => valueParts(c.indicator).number],
  ['计量单位', (c) => text(valueParts(c.indicator).unit)],
  ['指标值确定依据', (c) => text(c.indicator.basis)],
]);

/** The vocabulary's names with what each gives; a name without a value is a mistake caught on loading. */
function withValues<C>(names: readonly PlaceholderName[], values: Map<string, (context: C) => FieldValue>): Field<C>[] {
  return names.map((n) => {
    const get = values.get(n.name);
    if (!get) throw new Error(`placeholder {{${n.name}}} has no value`);
    return { name: n.name, aliases: [...n.aliases], get };
  });
}

export const PROJECT_FIELDS: ProjectField[] = withValues(PROJECT_PLACEHOLDERS, PROJECT_VALUES);
export const INDICATOR_FIELDS: IndicatorField[] = withValues(INDICATOR_PLACEHOLDERS, INDICATOR_VALUES);

function byName<F extends { name: string; aliases: string[] }>(fields: F[]): Map<string, F> {
  const map = new Map<string, F>();
  for (const field of fields) for (const name of [field.name, ...field.aliases]) map.set(name, field);
  return map;
}

export const PROJECT_FIELD_BY_NAME = byName(PROJECT_FIELDS);
export const INDICATOR_FIELD_BY_NAME = byName(INDICATOR_FIELDS);

export { availableNames, BLOCK_CLOSE, BLOCK_OPEN, MERGE_OPTIONS, MERGEABLE } from '../../vocabulary/placeholders';
