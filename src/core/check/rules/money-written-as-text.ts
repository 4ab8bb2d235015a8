/**
 * How the budget is written: an amount typed as text with the 万 shorthand ("250万"), or no money unit anywhere in the
 * table (the reader then assumes 万元, which a reviewer has to guess too).
 */
import { defineRule } from '../define';
import { tableName } from '../indicator-kinds';
import { squeeze, matchingForm } from '../../normalize/text';

export default defineRule({
  meta: {
    id: 'money/unit-written',
    category: 'money',
    severity: 'info',
    description: {
      'zh-CN': '预算金额写成了带简写单位的文字（如“250万”），或表中没有注明金额单位',
      'en-US': 'The budget is written as text with a shortened unit ("250万"), or the table states no money unit',
    },
    messages: {
      shorthand: {
        'zh-CN': '预算数写成了“{text}”：金额单位应写全为“万元”（或在表头注明“单位：万元”后只填数字）',
        'en-US': 'The budget is written "{text}": write the unit in full (万元), or state "单位：万元" and enter the number',
      },
      assumed: {
        'zh-CN': '项目“{project}”的表中没有注明金额单位，预算数 {amount} 按万元理解：请在表头注明“单位：万元”或“单位：元”',
        'en-US': 'The table of "{project}" states no money unit; the budget {amount} is read as 万元: state the unit in the heading',
      },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      if (!project.cells.budget || project.budget === null) continue;
      const text = project.budgetText ? squeeze(matchingForm(project.budgetText)) : '';
      if (/\d(万|亿|千|W|w)$/.test(text)) {
        report({ table: project, cell: project.cells.budget, messageId: 'shorthand', data: { text: project.budgetText! }, field: 'budget#unit' });
      } else if (project.budgetUnitAssumed && project.layout === 'table') {
        report({ table: project, cell: project.cells.budget, messageId: 'assumed', data: { project: tableName(project), amount: project.budget }, field: 'budget#unit' });
      }
    }
  },
});
