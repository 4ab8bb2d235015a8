/** Rule 3: every planned share lies between 0% and 100%. */
import { defineRule, share } from '../define';
import { planSlotMonth } from '../indicator-kinds';

export default defineRule({
  meta: {
    id: 'plan/range',
    category: 'plan',
    severity: 'error',
    description: { 'zh-CN': '资金支出计划的每个比例应在 0%–100% 之间', 'en-US': 'Each planned spending share lies between 0% and 100%' },
    messages: {
      outOfRange: {
        'zh-CN': '{month}月底的支出计划 {value} 超出 0%–100%：这是截至该月累计支出占预算的比例',
        'en-US': 'The plan for the end of month {month}, {value}, is outside 0%–100%: it is the cumulative share of the budget spent by then',
      },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      project.plan.forEach((value, i) => {
        if (value === null || (value >= 0 && value <= 100)) return;
        const month = planSlotMonth(project, i);
        const cell = project.cells[`plan${month}`] ?? project.cells.budget ?? 'A1';
        report({ table: project, cell, messageId: 'outOfRange', data: { month, value: share(value) }, field: `plan:${month}` });
      });
    }
  },
});
