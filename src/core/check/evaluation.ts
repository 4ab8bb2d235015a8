/**
 * Self-evaluations: whether an indicator's actual value meets its target, judged by the comparator and the
 * indicator's direction, in one unit. "unknown" where the two cannot be compared (words against a number, units
 * that do not convert): the rules then stay quiet.
 */
import type { Indicator } from '../model';
import { parseValueText } from '../normalize/value';
import { unitFactor } from '../normalize/units';
import { squeeze } from '../normalize/text';
import { isLowerBetterRate, isDuration, categoryOf, nameOf } from './indicator-kinds';

/** "incomparable": both have units and the units measure different things (人 against 人次). */
export type Outcome = 'met' | 'missed' | 'unknown' | 'incomparable';

const QUALITATIVE_MISSED = /^(未达成|未完成|部分达成|部分完成|基本达成|基本完成|未达到|没有达到|未实现|否)$/;
const QUALITATIVE_MET = /^(达成|完成|已完成|全部完成|达到|已达到|实现|已实现|是|合格|良好|优秀|优良)$/;

const EITHER_WAY = /控制率|调整率|结余率|结转率|变动率|偏离率|偏差率|占比|比例|比重/;

function lowerIsBetter(indicator: Indicator): boolean {
  // The form's own 指标方向性 column decides where it has one (反向: lower is better).
  const direction = squeeze(indicator.direction ?? '');
  if (/^反向/.test(direction)) return true;
  if (/^正向/.test(direction)) return false;
  return categoryOf(indicator) === 'cost' || isDuration(indicator) || isLowerBetterRate(indicator);
}

export function outcomeOf(indicator: Indicator): Outcome {
  const actualText = squeeze(indicator.actual ?? '');
  if (actualText === '') return 'unknown';
  if (QUALITATIVE_MISSED.test(actualText)) return 'missed';
  if (QUALITATIVE_MET.test(actualText)) return 'met';
  const target = indicator.parsed;
  if (target.kind !== 'quantitative' || target.number === null) return 'unknown';
  const actual = parseValueText(actualText, { money: categoryOf(indicator) === 'cost' });
  if (actual.kind !== 'quantitative' || actual.number === null || actual.comparatorWritten !== null) return 'unknown';
  const targetUnit = target.normalized.unit;
  const actualUnit = actual.normalized.unit;
  let a = actual.normalized.number ?? actual.number;
  const t = target.normalized.number ?? target.number;
  if (targetUnit !== actualUnit) {
    if (actualUnit === null) {
      // A bare actual takes the target's unit; a share written as a fraction ("0.88" against "≥90%") is a percentage.
      if (targetUnit === '%' && a > 0 && a <= 1 && t > 1) a *= 100;
    } else if (targetUnit !== null) {
      // Units of one kind are converted ("1.2万人" against "≥10000人"); others cannot be compared.
      const factor = unitFactor(actualUnit, targetUnit);
      if (factor === null) return 'incomparable';
      a *= factor;
    } else return 'unknown';
  }
  const comparator = target.comparator ?? '=';
  const eps = 1e-9;
  switch (comparator) {
    case '≥':
      return a + eps >= t ? 'met' : 'missed';
    case '>':
      return a > t + eps ? 'met' : 'missed';
    case '≤':
      return a <= t + eps ? 'met' : 'missed';
    case '<':
      return a + eps < t ? 'met' : 'missed';
    default:
      if (Math.abs(a - t) <= eps) return 'met';
      // A bare target on a rate that is kept within bounds (控制率, 调整率, 结转结余率, 变动率): which way it is met the
      // table does not say, unless its 指标方向 column does.
      if (target.comparatorWritten === null && !indicator.direction && EITHER_WAY.test(nameOf(indicator))) return 'unknown';
      return (lowerIsBetter(indicator) ? a < t : a > t) ? 'met' : 'missed';
  }
}

/** The table is a self-evaluation: its indicators carry an actual-value column. */
export function hasActuals(indicators: Indicator[]): boolean {
  return indicators.some((i) => i.actual !== undefined);
}
