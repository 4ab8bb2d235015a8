/** Rule 1: the parts every project table must have. */
import { defineRule } from '../define';

/** Notes saying the budget cell holds something that cannot be read: the cell is not blank, so nothing is missing. */
const UNREADABLE = new Set(['cell-error', 'formula-without-value']);

export default defineRule({
  meta: {
    id: 'required/fields',
    category: 'structure',
    severity: 'error',
    description: {
      'zh-CN': '项目名称、项目编码（模板有此栏时）、预算数、绩效目标必须填写',
      'en-US': 'Project name, code (where the template has the field), budget and performance goal must be filled in',
    },
    messages: {
      name: { 'zh-CN': '缺少项目名称：“项目名称”一栏为空，请填写项目全称', 'en-US': 'The project name is missing: fill in the project\'s full name' },
      code: { 'zh-CN': '项目“{project}”缺少项目编码，请填写预算系统中的项目编码', 'en-US': 'Project "{project}" has no project code: fill in its code from the budget system' },
      budget: { 'zh-CN': '项目“{project}”缺少预算数，请填写本年度预算金额', 'en-US': 'Project "{project}" has no budget amount: fill in this year\'s budget' },
      budgetNotNumber: {
        'zh-CN': '项目“{project}”的预算数“{text}”不是数字，请填写金额（如 20.00）',
        'en-US': 'The budget of "{project}" reads "{text}", which is not an amount: write a number such as 20.00',
      },
      goal: { 'zh-CN': '项目“{project}”缺少绩效目标，请概述本年度要达到的产出和效果', 'en-US': 'Project "{project}" has no performance goal: state what this year\'s money will achieve' },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      const name = project.name ?? project.code ?? project.sheet;
      const at = (key: string): string => project.cells[key] ?? project.cells.title ?? 'A1';
      // A field is missing when its label is there and its cell is blank; a label the reader did not find is a note.
      if (!project.name && project.cells.name) report({ table: project, cell: at('name'), messageId: 'name', field: 'name' });
      // A template without a code field (the central 项目支出绩效目标表) is not the preparer's omission.
      if (!project.code && project.cells.code) report({ table: project, cell: at('code'), messageId: 'code', data: { project: name }, field: 'code' });
      if (project.budget === null && project.cells.budget) {
        const unreadable = model.notes.find((n) => n.sheet === project.sheet && n.cell === project.cells.budget && n.code === 'money-not-a-number');
        if (unreadable) {
          const text = unreadable.detail ?? '';
          report({ table: project, cell: at('budget'), messageId: 'budgetNotNumber', data: { project: name, text }, field: 'budget' });
        } else if (!model.notes.some((n) => n.sheet === project.sheet && n.cell === project.cells.budget && UNREADABLE.has(n.code))) {
          report({ table: project, cell: at('budget'), messageId: 'budget', data: { project: name }, field: 'budget' });
        }
      }
      if (!project.goal && project.cells.goal) report({ table: project, cell: at('goal'), messageId: 'goal', data: { project: name }, field: 'goal' });
    }
  },
});
