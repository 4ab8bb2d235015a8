/**
 * The cost indicators of a project, added up in the budget's unit (元/万元/亿元 converted). Where one cost row is the
 * total of the others ("总成本 ≤20万元", "其中设备 ≤12万元", "人员 ≤8万元"), that row is the total.
 */
import { MONEY_TOLERANCE } from '../define';
import type { Indicator, Project } from '../../model';
import { categoryOf, moneyUnitOf } from '../indicator-kinds';
import { convertMoney, isMoneyUnit } from '../../normalize/units';

export interface CostTotal {
  total: number;
  /**
   * What the costs are measured against: the budget, or where its own parts contradict it (a total of 0 beside a
   * fiscal grant of 89.97, said once by the money rules) the fiscal grant; the cell it stands in.
   */
  yardstick: { amount: number; cell: string | undefined; kind: 'budget' | 'fiscal' };
  indicators: Indicator[];
  /** Every cost row with a value is in the total; false when some are rates per unit (元/亩, 每人每年), floors or text. */
  complete: boolean;
  /** Cost rows that are neither amounts nor rates without a base: rates per unit, floors, text. */
  unaddable: number;
  /** Rates named as such (补助标准, 单价) whose value names no base ("≤120万元", not "≤120万元/公里"). */
  ratesWithoutBase: Indicator[];
  /** The same rates taken at their word, in the budget's unit (how they read to someone who does not know the base). */
  ratesAsWritten: number;
}

/** A cost per person, per mu, per year…: a rate, not an amount to add up ("配套资金每人每年 75元", "人均补助"). */
const PER_UNIT_BASE = /每(人|户|亩|年|月|天|日|次|平方米|平米|米|公里|千米|个|套|台|所|头|只|吨|学生|名|家|项)|人均|户均|亩均|生均/;
/** Named as a rate without saying per what: "补助标准", "单价", "单位成本". */
const RATE_NAME = /单价|单位成本|标准/;

function isMoneyFigure(i: Indicator): boolean {
  const p = i.parsed;
  return p.kind === 'quantitative' && p.numbers.length === 1 && p.comparator !== '≥' && p.comparator !== '>' && moneyUnitOf(i) !== null;
}

function isRate(i: Indicator): boolean {
  const name = `${i.level3}${i.description}`;
  return PER_UNIT_BASE.test(name) || RATE_NAME.test(name);
}

/**
 * A budget its own parts contradict (a total of 0 beside a fiscal grant of 89.97) is said once by the money rules and
 * is no yardstick for the costs: comparing against it would repeat that one mistake on every cost row. The fiscal
 * grant, where there is one, stands in for it.
 */
function yardstickOf(project: Project): CostTotal['yardstick'] | null {
  const { budget, fiscal } = project;
  if (budget === null) return null;
  const contradicted = budget <= 0 || (fiscal !== null && fiscal > budget + MONEY_TOLERANCE);
  if (!contradicted) return { amount: budget, cell: project.cells.budget, kind: 'budget' };
  return fiscal !== null && fiscal > 0 ? { amount: fiscal, cell: project.cells.fiscal, kind: 'fiscal' } : null;
}

export function costTotal(project: Project): CostTotal | null {
  if (project.budget === null || !isMoneyUnit(project.budgetUnit)) return null;
  const yardstick = yardstickOf(project);
  if (yardstick === null) return null;
  const costRows = project.indicators.filter((i) => categoryOf(i) === 'cost' && i.parsed.kind !== 'empty' && i.parsed.kind !== 'placeholder');
  const costs = costRows.filter((i) => isMoneyFigure(i) && !isRate(i));
  const ratesWithoutBase = costRows.filter(
    (i) => isMoneyFigure(i) && RATE_NAME.test(`${i.level3}${i.description}`) && !PER_UNIT_BASE.test(`${i.level3}${i.description}`),
  );
  if (costs.length === 0 && ratesWithoutBase.length === 0) return null;
  const inBudgetUnit = (i: Indicator): number => convertMoney(i.parsed.number!, moneyUnitOf(i)!, project.budgetUnit as never);
  const values = costs.map(inBudgetUnit);
  const sum = values.reduce((a, b) => a + b, 0);
  const largest = Math.max(...values);
  const isTotalOfOthers = costs.length >= 2 && Math.abs(largest - (sum - largest)) < 0.005 * Math.max(1, largest);
  return { yardstick, total: isTotalOfOthers ? largest : sum, indicators: costs, complete: costs.length === costRows.length, unaddable: costRows.length - costs.length - ratesWithoutBase.length, ratesWithoutBase, ratesAsWritten: ratesWithoutBase.map(inBudgetUnit).reduce((a, b) => a + b, 0) };
}
