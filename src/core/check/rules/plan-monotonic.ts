/** Rule 3: the plan is cumulative, so it never decreases from one checkpoint to the next. */
import { defineRule, share } from '../define';
import { planSlotMonth } from '../indicator-kinds';

export default defineRule({
  meta: {
    id: 'plan/monotonic',
    category: 'plan',
    severity: 'error',
    description: {
      'zh-CN': '资金支出计划是累计比例，3→6→10→12月不应下降',
      'en-US': 'The spending plan is cumulative and never decreases from one checkpoint to the next',
    },
    messages: {
      decreases: {
        'zh-CN': '{month}月底累计支出计划 {value} 低于 {previousMonth}月底的 {previous}：累计比例不应下降，应不低于 {previous}',
        'en-US': 'The cumulative plan for month {month}, {value}, is below month {previousMonth}\'s {previous}: it should be at least {previous}',
      },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      let previous: { value: number; month: number } | null = null;
      project.plan.forEach((value, i) => {
        if (value === null) return;
        const month = planSlotMonth(project, i);
        if (previous && value < previous.value - 1e-9) {
          report({
            table: project,
            cell: project.cells[`plan${month}`] ?? 'A1',
            cells: project.cells[`plan${previous.month}`] ? [project.cells[`plan${previous.month}`]] : undefined,
            messageId: 'decreases',
            data: { month, value: share(value), previousMonth: previous.month, previous: share(previous.value) },
            field: `plan:${month}`,
          });
        }
        previous = { value, month };
      });
    }
  },
});
