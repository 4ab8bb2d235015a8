/**
 * The cost indicators of a project, added up in the budget's unit (元/万元/亿元 converted). Where one cost row is the
 * total of the others ("总成本 ≤20万元", "其中设备 ≤12万元", "人员 ≤8万元"), that row is the total.
 */
import type { Indicator, Project } from '../../model';
import { categoryOf, moneyUnitOf } from '../indicator-kinds';
import { convertMoney, isMoneyUnit } from '../../normalize/units';

export interface CostTotal {
  total: number;
  indicators: Indicator[];
}

export function costTotal(project: Project): CostTotal | null {
  if (project.budget === null || !isMoneyUnit(project.budgetUnit)) return null;
  const costs = project.indicators.filter((i) => {
    const p = i.parsed;
    return categoryOf(i) === 'cost' && p.kind === 'quantitative' && p.numbers.length === 1 && p.comparator !== '≥' && p.comparator !== '>' && moneyUnitOf(i) !== null;
  });
  if (costs.length === 0) return null;
  const values = costs.map((i) => convertMoney(i.parsed.number!, moneyUnitOf(i)!, project.budgetUnit as never));
  const sum = values.reduce((a, b) => a + b, 0);
  const largest = Math.max(...values);
  const isTotalOfOthers = costs.length >= 2 && Math.abs(largest - (sum - largest)) < 0.005 * Math.max(1, largest);
  return { total: isTotalOfOthers ? largest : sum, indicators: costs };
}
