/**
 * A table as it was read (Model) turned into the content of a standard table, normalized on the way: standard
 * comparators (≥ ≤ > < =) and units (%, 万元 …), half-width figures, trimmed text, money as numbers. Names and
 * descriptions keep their wording; nothing is invented: what the table lacked stays blank.
 */
import type { Indicator, Project } from '../model';
import { isMoneyUnit } from '../normalize/units';
import { parseValueText } from '../normalize/value';
import type { TableContent, TableIndicator } from './standard-table';

/** Text as it should be written: trimmed, runs of spaces and line breaks inside kept as one space. */
export function tidy(text: string | null | undefined): string {
  return (text ?? '').replace(/[ \t\u3000]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

/**
 * The value in standard form: "＞90%" → ">90%", "100百分比" → "100%", "≤20万" (a cost) → "≤20万元"; a bare number
 * keeps no comparator (it means "="); qualitative text is kept as written, trimmed.
 */
export function standardValue(indicator: Pick<Indicator, 'value' | 'level1' | 'level2'>): string {
  const money = /成本/.test(`${indicator.level1}${indicator.level2}`);
  const parsed = parseValueText(indicator.value, { money });
  if (parsed.kind !== 'quantitative' || parsed.inSentence || parsed.numbers.length > 1 && parsed.range === null) return tidy(indicator.value);
  return parsed.normalized.text;
}

export const PLAN_HEADINGS = ['3月底', '6月底', '10月底', '12月底'];

export function standardIndicator(indicator: Indicator): TableIndicator {
  return {
    level1: tidy(indicator.level1),
    level2: tidy(indicator.level2),
    level3: tidy(indicator.level3),
    description: tidy(indicator.description),
    value: standardValue(indicator),
    basis: tidy(indicator.basis),
  };
}

/**
 * The title a table gets when it had none: its name followed by 绩效目标表; with no name or code, the form's own
 * 项目绩效目标表 (never the sheet's name, which the table would then be read as named after).
 */
function titleOf(project: Project): string {
  const title = tidy(project.title);
  if (title) return title;
  const name = tidy(project.name) || tidy(project.code);
  return name ? `${name}绩效目标表` : '项目绩效目标表';
}

export function standardContent(project: Project): TableContent {
  const unit = isMoneyUnit(project.budgetUnit) ? project.budgetUnit : '万元';
  const months = project.planMonths ?? [3, 6, 10, 12];
  return {
    title: titleOf(project),
    agency: tidy(project.agency),
    unitLine: `单位：${unit}`,
    code: tidy(project.code),
    name: tidy(project.name),
    budget: project.budget,
    fiscal: project.fiscal,
    other: project.other,
    usage: tidy(project.usage),
    planHeadings: months.map((m) => `${m}月底`),
    // Shares as fractions with a percent format, so Excel shows 25% and a reader gets 25 back.
    plan: project.plan.map((share) => (share === null ? null : share / 100)),
    goal: tidy(project.goal),
    indicators: project.indicators.map(standardIndicator),
  };
}
