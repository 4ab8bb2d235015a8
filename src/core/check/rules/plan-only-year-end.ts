/** Rule 3: a new project that plans to spend everything in December only (carried-over money may: it stays quiet). */
import { defineRule } from '../define';
import { budgetYear, isCarriedOver } from '../indicator-kinds';

export default defineRule({
  meta: {
    id: 'plan/only-year-end',
    category: 'plan',
    severity: 'info',
    description: {
      'zh-CN': '新项目的支出计划只填了12月（结转资金只填12月是正常的，不提示）',
      'en-US': 'A new project plans its spending for December only (normal for carried-over money, which is not flagged)',
    },
    messages: {
      onlyDecember: {
        'zh-CN': '支出计划只填写了12月底 100%，3、6、10月为空：如资金确需年底集中支出可忽略，否则请按进度填写',
        'en-US': 'The plan gives only 100% at the end of December, with March, June and October blank: fine if spending really falls at year end, otherwise plan the stages',
      },
    },
  },
  check({ model, settings, report }) {
    for (const project of model.projects) {
      const [m3, m6, m10, m12] = project.plan;
      if (m12 === null || m3 !== null || m6 !== null || m10 !== null) continue;
      if (isCarriedOver(project, budgetYear(project, settings))) continue;
      report({ table: project, cell: project.cells.plan12 ?? 'A1', messageId: 'onlyDecember', field: 'plan' });
    }
  },
});
