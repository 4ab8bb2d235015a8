/**
 * The budget block of a self-evaluation, as a reviewer reads it: spending above the full-year budget, a 其中 row that
 * scores itself as well as the total row, and a cost indicator whose actual (a total amount of money) is more than
 * the block says was spent.
 */
import { defineRule } from '../define';
import { formatNumber } from '../../normalize/text';
import { categoryOf, indicatorField, isProject, tables } from '../indicator-kinds';
import { parseValueText } from '../../normalize/value';
import { isMoneyUnit, unitFactor } from '../../normalize/units';
import { squeeze } from '../../normalize/text';

/** Costs per unit (单价, 人均, 每亩 …) are not totals to compare with the money spent. */
const PER_UNIT = /单价|单位成本|人均|户均|亩均|生均|均价|每|标准|平均|率/;

export default defineRule({
  meta: {
    id: 'evaluation/budget',
    category: 'evaluation',
    severity: 'warning',
    description: {
      'zh-CN': '预算执行数超过全年预算数，“其中”分项行重复计分，或成本指标的实际完成值超过全年执行数',
      'en-US': 'Spending above the full-year budget, a 其中 row scored as well as the total row, or a cost indicator whose actual exceeds the money spent',
    },
    messages: {
      overspent: {
        'zh-CN': '全年执行数 {executed} 超过全年预算数 {budget}（执行率 {rate}%）：超出预算的支出应有预算调整或说明',
        'en-US': 'Spending of {executed} exceeds the full-year budget of {budget} ({rate}%): an overspend needs a budget adjustment or an explanation',
      },
      costAboveSpent: {
        'zh-CN': '成本指标“{indicator}”的实际完成值 {actual} 超过全年执行数 {executed}{unit}：实际成本不会多于实际支出，应按执行数核实，填写实际发生的成本（不超过 {executed}{unit}）',
        'en-US': 'The cost indicator "{indicator}" reports an actual of {actual}, more than the {executed}{unit} spent in the year: a cost cannot exceed the spending; write the cost incurred (at most {executed}{unit})',
      },
      subRowScored: {
        'zh-CN': '预算执行的“其中”分项行也填了分值或得分：分值和得分只在年度资金总额一行填写，分项重复计分',
        'en-US': 'A 其中 row of the budget block carries a weight or score as well: only the total row is scored',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      const e = table.execution;
      if (!e) continue;
      const budget = e.fullYear ?? e.initial;
      if (budget !== null && budget > 0 && e.executed !== null && e.executed > budget + 0.005 && e.cells.executed) {
        report({
          table,
          cell: e.cells.executed,
          cells: e.cells.rate ? [e.cells.rate] : [],
          messageId: 'overspent',
          data: { executed: formatNumber(e.executed), budget: formatNumber(budget), rate: formatNumber(Math.round((e.executed / budget) * 10000) / 100) },
          field: 'execution#overspent',
        });
      }
      const unit = e.unit ?? (isProject(table) && !table.budgetUnitAssumed ? table.budgetUnit : null);
      if (e.executed !== null && e.executed > 0 && unit !== null && isMoneyUnit(unit)) {
        for (const indicator of table.indicators) {
          if (categoryOf(indicator) !== 'cost' || !indicator.cells.actual || PER_UNIT.test(squeeze(indicator.level3 + indicator.description))) continue;
          const actual = parseValueText(squeeze(indicator.actual ?? ''), { money: true });
          const actualUnit = actual.normalized.unit;
          if (actual.kind !== 'quantitative' || actual.number === null || actual.inSentence || actual.numbers.length > 1 || !isMoneyUnit(actualUnit)) continue;
          const factor = unitFactor(actualUnit, unit);
          const amount = factor === null ? null : (actual.normalized.number ?? actual.number) * factor;
          // Rounding in the last written digit of either figure is no contradiction.
          if (amount === null || amount <= e.executed * 1.001 + 0.005) continue;
          // A target above the budget is cost/exceeds-budget's error; an actual that follows it is the same mistake.
          const target = indicator.parsed;
          const targetFactor = target.kind === 'quantitative' && isMoneyUnit(target.normalized.unit) ? unitFactor(target.normalized.unit, unit) : null;
          const budget = e.fullYear ?? e.initial;
          if (targetFactor !== null && budget !== null && (target.normalized.number ?? target.number ?? 0) * targetFactor > budget + 0.005) continue;
          report({
            table,
            cell: indicator.cells.actual,
            cells: e.cells.executed ? [e.cells.executed] : [],
            messageId: 'costAboveSpent',
            data: { indicator: indicator.level3 || indicator.description, actual: indicator.actual ?? '', executed: formatNumber(e.executed), unit },
            field: `${indicatorField(indicator)}#actual-above-spent`,
          });
        }
      }
      if (e.subRowScores.length) {
        report({ table, cell: e.subRowScores[0], cells: e.subRowScores, messageId: 'subRowScored', data: {}, field: 'execution#sub-rows' });
      }
    }
  },
});
