/** The form's details left blank: 主管部门, 实施单位 and the like, where the label is there and its cell is empty. */
import { defineRule } from '../define';
import { tableName } from '../indicator-kinds';

export default defineRule({
  meta: {
    id: 'required/details',
    category: 'structure',
    severity: 'info',
    description: {
      'zh-CN': '主管部门、实施单位等栏目为空',
      'en-US': 'Details such as 主管部门 (department) or 实施单位 (implementing unit) are left blank',
    },
    messages: {
      blank: {
        'zh-CN': '项目“{project}”的“{label}”一栏为空，请填写',
        'en-US': 'The "{label}" field of "{project}" is blank: fill it in',
      },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      for (const blank of project.blankLabels ?? []) {
        const label = blank.label.replace(/[:：]$/, '');
        report({ table: project, cell: blank.cell, messageId: 'blank', data: { project: tableName(project), label }, field: `details:${label}` });
      }
    }
  },
});
