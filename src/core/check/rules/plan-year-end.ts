/** Rule 3: by the end of December the whole budget is planned to be spent. */
import { defineRule, share } from '../define';

export default defineRule({
  meta: {
    id: 'plan/year-end',
    category: 'plan',
    severity: 'error',
    description: { 'zh-CN': '12月底的累计支出计划应为 100%', 'en-US': 'The cumulative plan for the end of December is 100%' },
    messages: {
      notFull: {
        'zh-CN': '12月底累计支出计划为 {value}，应为 100%（年底前预算应全部支出）',
        'en-US': 'The plan for the end of December is {value}; it should be 100% (the whole budget is spent by year end)',
      },
      blank: {
        'zh-CN': '资金支出计划填写了前几个月，但12月底为空，应为 100%',
        'en-US': 'The spending plan gives earlier months but leaves December blank; it should be 100%',
      },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      const months = project.planMonths;
      if (!months || months[3] !== 12) continue;
      const december = project.plan[3];
      const cell = project.cells.plan12 ?? 'A1';
      if (december === null) {
        if (project.plan.some((v) => v !== null)) report({ table: project, cell, messageId: 'blank', suggestion: { value: '100%' }, field: 'plan:12' });
        continue;
      }
      if (Math.abs(december - 100) > 1e-6 && december <= 100) {
        report({ table: project, cell, messageId: 'notFull', data: { value: share(december) }, suggestion: { value: '100%' }, field: 'plan:12' });
      }
    }
  },
});
