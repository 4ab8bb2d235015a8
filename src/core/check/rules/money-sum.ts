/** Rule 2: 预算数 = 财政资金 + 其他资金 (+ 上年结转 where the template has it). */
import { defineRule, money, sameAmount } from '../define';
import { tableName } from '../indicator-kinds';

export default defineRule({
  meta: {
    id: 'money/sum',
    category: 'money',
    severity: 'error',
    description: {
      'zh-CN': '预算数应等于财政资金与其他资金之和（其他资金空白按 0 计）',
      'en-US': 'The budget must equal fiscal money plus other money (blank other money counts as 0)',
    },
    messages: {
      mismatch: {
        'zh-CN': '预算数 {budget} 不等于 {parts} = {sum}，相差 {difference}；请核对金额',
        'en-US': 'The budget {budget} does not equal {partsEn} = {sum} (off by {difference}); check the amounts',
      },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      const { budget, fiscal } = project;
      if (budget === null || fiscal === null) continue;
      const unit = project.budgetUnit;
      // The parts the table gives, each named as the table names it (the workbook's own words in both languages).
      const parts: { zh: string; en: string; amount: number; cell?: string }[] = [
        { zh: '财政资金', en: 'fiscal', amount: fiscal, cell: project.cells.fiscal },
        ...(project.carryOver !== null ? [{ zh: '上年结转', en: 'carried over', amount: project.carryOver, cell: project.cells.carryOver }] : []),
        ...project.extraFunds.map((f) => ({ zh: f.label, en: f.label, amount: f.amount, cell: f.cell })),
        { zh: '其他资金', en: 'other', amount: project.other ?? 0, cell: project.cells.other },
      ];
      const sum = parts.reduce((acc, p) => acc + p.amount, 0);
      if (sameAmount(sum, budget)) continue;
      report({
        table: project,
        cell: project.cells.budget ?? 'A1',
        cells: parts.map((p) => p.cell).filter((c): c is string => !!c),
        messageId: 'mismatch',
        data: {
          project: tableName(project),
          budget: money(budget, unit),
          parts: parts.map((p) => `${p.zh} ${money(p.amount, unit)}`).join(' + '),
          partsEn: parts.map((p) => `${p.en} ${money(p.amount, unit)}`).join(' + '),
          sum: money(sum, unit),
          difference: money(Math.abs(sum - budget), unit),
        },
        field: 'budget',
      });
    }
  },
});
