/**
 * The 新建绩效目标表 form as data: what the user typed, and either the facts of the new table or a message per field
 * that is wrong. Amounts are 万元 as the standard table prints them; plan shares are cumulative percentages.
 */
import { PROJECT_KINDS, type NewTableFacts } from '../core/generate/indicator-library';
import type { Strings } from './strings';

export interface NewTableForm {
  kind: string;
  name: string;
  code: string;
  agency: string;
  budget: string;
  fiscal: string;
  other: string;
  year: string;
  framework: '2015' | '2021';
  /** 3月底, 6月底, 10月底, 12月底. */
  plan: [string, string, string, string];
  usage: string;
  goal: string;
}

export type NewTableField = 'name' | 'code' | 'budget' | 'fiscal' | 'other' | 'year' | 'plan0' | 'plan1' | 'plan2' | 'plan3';
export type NewTableErrors = Partial<Record<NewTableField, string>>;

/**
 * The budget year a new table is most likely for on a given day: tables are drawn up with next year's budget from
 * the second half of the year (预算编制 runs from about July to December), and for the current year before that.
 */
export function likelyBudgetYear(today: Date): number {
  return today.getMonth() >= 6 ? today.getFullYear() + 1 : today.getFullYear();
}

export function emptyNewTableForm(year: number): NewTableForm {
  return { kind: PROJECT_KINDS[0].id, name: '', code: '', agency: '', budget: '', fiscal: '', other: '', year: String(year), framework: '2021', plan: ['', '', '', ''], usage: '', goal: '' };
}

/** A number as people type it: full-width digits, thousands separators, a trailing % or 万元 allowed. */
function parseNumber(text: string): number | null | 'invalid' {
  const cleaned = text
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '')
    .replace(/(%|％|万元)$/, '');
  if (cleaned === '') return null;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return 'invalid';
  return Number(cleaned);
}

/** Money to two places, as the table shows it (20 → "20.00"). */
const money = (n: number): string => n.toFixed(2);

export function readNewTableForm(form: NewTableForm, t: Strings): { facts: NewTableFacts; kind: string } | { errors: NewTableErrors } {
  const e = t.errors;
  const errors: NewTableErrors = {};
  const amount = (field: 'budget' | 'fiscal' | 'other'): number | null => {
    const value = parseNumber(form[field]);
    if (value === 'invalid') errors[field] = e.notANumber;
    else if (value !== null && value < 0) errors[field] = e.negative;
    else if (field === 'budget' && value === 0) errors[field] = e.notPositive;
    else return value;
    return null;
  };
  if (form.name.trim() === '') errors.name = e.nameRequired;
  const code = form.code.trim();
  if (code !== '' && !/^[0-9A-Za-z]+$/.test(code)) errors.code = e.code;
  const budget = amount('budget');
  const fiscal = amount('fiscal');
  const other = amount('other');
  if (!errors.budget && budget === null && (fiscal !== null || other !== null)) errors.budget = e.fundsWithoutBudget;
  if (budget !== null && fiscal !== null && !errors.fiscal) {
    // Compared in cents: 0.1 + 0.2 must equal 0.3.
    const sum = Math.round(fiscal * 100) + Math.round((other ?? 0) * 100);
    if (Math.round(fiscal * 100) > Math.round(budget * 100)) errors.fiscal = e.fiscalOverBudget;
    else if (!errors.other && sum !== Math.round(budget * 100)) errors.fiscal = e.fundsSum(money(sum / 100), money(budget));
  }
  const year = /^\s*\d{4}\s*$/.test(form.year) ? Number(form.year) : NaN;
  if (!(year >= 2000 && year <= 2100)) errors.year = e.year;

  const plan: (number | null)[] = form.plan.map((text, i) => {
    const field = `plan${i}` as NewTableField;
    const value = parseNumber(text);
    if (value === 'invalid' || (value !== null && value < 0)) errors[field] = e.planNotPercent;
    else if (value !== null && value > 100) errors[field] = e.planOverBudget;
    else return value;
    return null;
  });
  // Shares are cumulative: each date's share is at least the one before it.
  let before: number | null = null;
  plan.forEach((share, i) => {
    const field = `plan${i}` as NewTableField;
    if (share === null) return;
    if (before !== null && share < before && !errors[field]) errors[field] = e.planDecreasing;
    before = share;
  });

  if (Object.keys(errors).length) return { errors };
  return {
    kind: form.kind,
    facts: {
      name: form.name.trim(),
      code,
      agency: form.agency.trim(),
      budget,
      fiscal,
      other,
      usage: form.usage.trim(),
      goal: form.goal.trim(),
      plan,
      year,
      framework: form.framework,
    },
  };
}
