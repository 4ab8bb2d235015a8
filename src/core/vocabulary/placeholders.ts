/**
 * The placeholder language of user templates (docs/templates.md), its syntax and its names, defined once: the
 * template renderer fills them in, the reader recognizes a template sheet by them, and the pane and the hosts find
 * the sheets that hold one. Names are looked up in Maps and Sets, so that {{constructor}} or {{__proto__}} is an
 * unknown name like any other, never a member of some object.
 */

/** {{name}} or {{name|option}}: the text between the braces (the name, then options after "|"). */
export const PLACEHOLDER_TOKEN = /\{\{([^{}]*)\}\}/g;
/** What separates a placeholder's name from its option ({{一级指标|合并}}). */
export const OPTION_SEPARATOR = '|';

/** Whether a cell's text holds a placeholder. */
export function holdsPlaceholder(text: string): boolean {
  return text.includes('{{') && /\{\{[^{}]*\}\}/.test(text);
}

/** A placeholder's name and option(s), trimmed: "一级指标 | 合并" gives ["一级指标", "合并"]. */
export function placeholderParts(inner: string): string[] {
  return inner.split(OPTION_SEPARATOR).map((s) => s.trim());
}

export interface PlaceholderName {
  /** The name documented and listed in messages. */
  name: string;
  aliases: string[];
}

/** The plan slots a template names (资金支出计划.3月底 …) and the plan's quarter each fills. */
export const PLAN_SLOTS: readonly (readonly [heading: string, slot: number])[] = [
  ['3月底', 0],
  ['6月底', 1],
  ['9月底', 2],
  ['10月底', 2],
  ['12月底', 3],
];

export function planSlotName(heading: string): string {
  return `资金支出计划.${heading}`;
}

/** Fields of a project, anywhere in the template. */
export const PROJECT_PLACEHOLDERS: readonly PlaceholderName[] = [
  { name: '项目名称', aliases: ['name'] },
  { name: '项目编码', aliases: ['code'] },
  { name: '预算数', aliases: ['budget'] },
  { name: '财政资金', aliases: ['fiscal'] },
  { name: '其他资金', aliases: ['other'] },
  { name: '上年结转', aliases: ['carryOver'] },
  { name: '金额单位', aliases: ['budgetUnit'] },
  { name: '年度', aliases: ['year'] },
  // The reader keeps one unit per table, whichever of these labels (or the line beside the title) named it.
  { name: '实施单位', aliases: ['主管部门', '单位名称', 'agency'] },
  { name: '资金用途', aliases: ['usage'] },
  { name: '年度绩效目标', aliases: ['绩效目标', 'goal'] },
  { name: '实施期', aliases: ['period'] },
  { name: '标题', aliases: ['title'] },
  ...PLAN_SLOTS.map(([heading]) => ({ name: planSlotName(heading), aliases: [`plan.${heading.replace('月底', '')}`] })),
];

/** Fields of an indicator, inside the indicator block only. */
export const INDICATOR_PLACEHOLDERS: readonly PlaceholderName[] = [
  { name: '序号', aliases: ['index'] },
  { name: '一级指标', aliases: ['level1'] },
  { name: '二级指标', aliases: ['level2'] },
  { name: '三级指标', aliases: ['指标名称', 'level3'] },
  { name: '指标描述', aliases: ['绩效指标描述', 'description'] },
  { name: '指标值', aliases: ['value'] },
  { name: '比较符', aliases: ['comparator'] },
  { name: '数值', aliases: ['number'] },
  { name: '计量单位', aliases: ['unit'] },
  { name: '指标值确定依据', aliases: ['确定依据', 'basis'] },
];

/** The rows that open and close the indicator block. */
export const BLOCK_OPEN: ReadonlySet<string> = new Set(['#指标', '#indicators']);
export const BLOCK_CLOSE: ReadonlySet<string> = new Set(['/指标', '/indicators']);

/** The option that merges equal neighbours of a one-row block down: {{一级指标|合并}}. */
export const MERGE_OPTIONS: ReadonlySet<string> = new Set(['合并', 'merge']);
/** Only the grouping levels can be merged down: merging values or names would hide rows. */
export const MERGEABLE: ReadonlySet<string> = new Set(['一级指标', '二级指标']);

function names(list: readonly PlaceholderName[]): ReadonlySet<string> {
  return new Set(list.flatMap((p) => [p.name, ...p.aliases]));
}

const FIELD_NAMES = new Set([...names(PROJECT_PLACEHOLDERS), ...names(INDICATOR_PLACEHOLDERS)]);

/** A name the template language knows: a field (by its name or an alias) or a block marker. */
export function isKnownPlaceholderName(name: string): boolean {
  return FIELD_NAMES.has(name) || BLOCK_OPEN.has(name) || BLOCK_CLOSE.has(name);
}

/** Every name a template may use, for messages: {{项目名称}}、{{项目编码}}… (documented names, not aliases). */
export function availableNames(): string {
  return [...PROJECT_PLACEHOLDERS, ...INDICATOR_PLACEHOLDERS].map((f) => `{{${f.name}}}`).join('、') + '、{{#指标}}、{{/指标}}';
}
