/** Helpers every rule uses: typing a rule, and the few phrases messages share. */
import { formatNumber } from '../normalize/text';
import type { Rule } from './types';

export function defineRule<O extends Record<string, unknown> = Record<string, unknown>>(rule: Rule<O>): Rule<O> {
  return rule;
}

/** Amounts within half a cent of the unit (0.005) are the same: rounding in the table, not an error. */
export const MONEY_TOLERANCE = 0.005;

export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= MONEY_TOLERANCE;
}

/** "27.01万元" */
export function money(amount: number, unit: string): string {
  return `${formatNumber(Math.round(amount * 1e6) / 1e6)}${unit}`;
}

/** "25%" or "空白" / "blank" for plan shares. */
export function share(value: number | null): string {
  return value === null ? '—' : `${formatNumber(value)}%`;
}
