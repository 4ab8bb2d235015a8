/** A self-evaluation left unfilled: an indicator with a weight but no actual value or no score; the budget block's score. */
import { defineRule } from '../define';
import { indicatorField, tableName, tables } from '../indicator-kinds';
import { hasActuals } from '../evaluation';

export default defineRule({
  meta: {
    id: 'evaluation/missing',
    category: 'evaluation',
    severity: 'error',
    description: {
      'zh-CN': '绩效自评表中有分值的指标没有填写实际完成值或得分，预算执行没有得分',
      'en-US': 'In a self-evaluation, a weighted indicator has no actual value or no score, or the budget execution has no score',
    },
    messages: {
      actual: {
        'zh-CN': '指标“{indicator}”有分值 {weight}，实际完成值却为空：请填写全年实际完成的数值',
        'en-US': 'Indicator "{indicator}" carries {weight} points but has no actual value: fill in what was achieved',
      },
      score: {
        'zh-CN': '指标“{indicator}”有分值 {weight}，得分却为空：请按完成情况打分',
        'en-US': 'Indicator "{indicator}" carries {weight} points but has no score: score it by what was achieved',
      },
      executionScore: {
        'zh-CN': '项目“{project}”的预算执行有分值 {weight}，得分却为空：得分一般为 执行率 × 分值',
        'en-US': 'The budget execution of "{project}" carries {weight} points but has no score: usually rate × weight',
      },
    },
  },
  check({ model, report }) {
    for (const project of tables(model)) {
      if (!hasActuals(project.indicators)) continue;
      for (const indicator of project.indicators) {
        if (indicator.weight === null || indicator.weight === undefined || indicator.weight <= 0) continue;
        const data = { indicator: indicator.level3 || indicator.description, weight: indicator.weight };
        const field = indicatorField(indicator);
        if (indicator.cells.actual && (indicator.actual ?? '') === '') {
          report({ table: project, cell: indicator.cells.actual, messageId: 'actual', data, field: `${field}#actual` });
        }
        if (indicator.cells.score && indicator.score === null) {
          report({ table: project, cell: indicator.cells.score, messageId: 'score', data, field: `${field}#score` });
        }
      }
      const execution = project.execution;
      if (execution && execution.weight !== null && execution.weight > 0 && execution.score === null && execution.cells.score) {
        report({ table: project, cell: execution.cells.score, messageId: 'executionScore', data: { project: tableName(project), weight: execution.weight }, field: 'execution#score' });
      }
    }
  },
});
