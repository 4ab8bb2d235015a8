/**
 * Figures that contradict each other inside one table: a target beside an explanation that states another
 * percentage ("1" against "90%(计划标准)"), the project's money named in its own text against the budget cell, and
 * a department-wide amount written twice with different figures (基本支出 110.61 in the budget, 171.41 among the
 * tasks).
 */
import { defineRule } from '../define';
import { formatNumber, matchingForm } from '../../normalize/text';
import { convertMoney, isMoneyUnit } from '../../normalize/units';
import { indicatorField, tables } from '../indicator-kinds';

/** "本项目共申请预算资金2026400元", "项目总投资 500 万元": the project's own money named in its text. */
const OWN_MONEY = /(本项目|该项目|项目)(共|总)?(申请|安排|预算|投资)[^，。；,;0-9]{0,8}?(\d+(?:\.\d+)?)\s*(亿元|万元|元)/;

/** The department-wide budget's own figures, each of which has one amount. */
const BUDGET_FIGURE = /^(其中[:：]?)?(基本支出|项目支出|人员经费|公用经费|财政拨款|资金总额|预算总额|年度预算|其他资金|收入合计|支出合计|一般公共预算|政府性基金)/;

function percentIn(text: string): number[] {
  return [...matchingForm(text).matchAll(/(\d+(?:\.\d+)?)\s*%/g)].map((m) => Number(m[1]));
}

export default defineRule({
  meta: {
    id: 'consistency/figures',
    category: 'money',
    severity: 'warning',
    description: {
      'zh-CN': '同一张表里的数字自相矛盾：指标值与指标解释中的百分比不同、文字中写的项目金额与预算数不同、同一项金额写了两个不同的数',
      'en-US': 'Figures in one table contradict each other: a target against the percentage its explanation states, the project money named in the text against the budget, one amount written twice with different figures',
    },
    messages: {
      targetVsExplanation: {
        'zh-CN': '“{indicator}”的指标值是“{value}”，指标解释里写的却是 {stated}%：请核对目标到底是多少',
        'en-US': 'The target of "{indicator}" is "{value}", but its explanation states {stated}%: check which is meant',
      },
      proseVsBudget: {
        'zh-CN': '文字中写的项目金额是 {stated}，与预算数 {budget} 不符：请核对',
        'en-US': 'The text names {stated} for the project, but the budget is {budget}: check the figures',
      },
      twice: {
        'zh-CN': '“{label}”写了两个不同的金额：{first}（{firstCell}）和 {second}：请核对',
        'en-US': '"{label}" is given two different amounts: {first} ({firstCell}) and {second}: check the figures',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        const p = indicator.parsed;
        if (p.kind !== 'quantitative' || p.number === null || p.numbers.length > 1 || !indicator.cells.value || !indicator.cells.description) continue;
        if (p.unit !== null && p.unit !== '%') continue;
        const stated = percentIn(indicator.description);
        if (stated.length !== 1) continue;
        const target = p.unit === '%' ? p.number : p.number <= 1 ? p.number * 100 : p.number;
        if (Math.abs(target - stated[0]) < 1e-6) continue;
        report({
          table,
          cell: indicator.cells.value,
          cells: [indicator.cells.description],
          messageId: 'targetVsExplanation',
          data: { indicator: indicator.level3 || indicator.description, value: indicator.value, stated: formatNumber(stated[0]) },
          field: `${indicatorField(indicator)}#explanation`,
        });
      }
    }

    for (const project of model.projects) {
      if (project.budget === null || !project.cells.budget) continue;
      // Every amount the table gives for the project: this year's, the fiscal part, the whole period's, the initial.
      const known = [project.budget, project.fiscal, project.budgetTotal, project.execution?.initial, project.execution?.fullYear].filter(
        (n): n is number => typeof n === 'number' && n > 0,
      );
      for (const [text, cell] of [
        [project.goal, project.cells.goal],
        [project.usage, project.cells.usage],
      ] as const) {
        const match = text && cell ? OWN_MONEY.exec(matchingForm(text)) : null;
        if (!match || !isMoneyUnit(match[5]) || !isMoneyUnit(project.budgetUnit)) continue;
        const amount = convertMoney(Number(match[4]), match[5], project.budgetUnit);
        if (known.some((k) => Math.abs(k - amount) <= Math.max(0.005, k * 0.001))) continue;
        report({
          table: project,
          cell: cell!,
          cells: [project.cells.budget],
          messageId: 'proseVsBudget',
          data: { stated: `${match[4]}${match[5]}`, budget: `${formatNumber(project.budget)}${project.budgetUnit}` },
          field: `prose-budget:${cell}`,
        });
      }
    }

    for (const department of model.departments) {
      const seen = new Map<string, { amount: number; cell: string }>();
      for (const { label, amount, cell } of department.amounts) {
        const key = label.replace(/[\s:：]/g, '');
        // Only the department's own budget figures: two tasks may well be charged to one spending line.
        if (!BUDGET_FIGURE.test(key)) continue;
        const earlier = seen.get(key);
        if (!earlier) {
          seen.set(key, { amount, cell });
          continue;
        }
        if (Math.abs(earlier.amount - amount) <= 0.005) continue;
        report({
          table: department,
          cell,
          cells: [earlier.cell],
          messageId: 'twice',
          data: { label, first: formatNumber(earlier.amount), firstCell: earlier.cell, second: formatNumber(amount) },
          field: `amount-twice:${key}`,
        });
      }
    }
  },
});
