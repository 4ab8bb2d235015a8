/**
 * A self-evaluation left unfilled: an indicator with a weight but no actual value or no score; an indicator scored
 * although its actual value is blank or a placeholder (/, —, 无); the budget block's score.
 */
import { defineRule } from '../define';
import { indicatorField, tableName, tables } from '../indicator-kinds';
import { hasActuals } from '../evaluation';
import { formatNumber, squeeze } from '../../normalize/text';
import type { Indicator } from '../../model';

/** An actual value that says nothing: a dash, a slash, 无. */
const PLACEHOLDER = /^([-—–/／\\*＊]+|无|不涉及)$/;

/** A row that was given points. */
function scored(indicator: Indicator): boolean {
  return indicator.score !== null && indicator.score !== undefined && indicator.score > 0;
}

export default defineRule({
  meta: {
    id: 'evaluation/missing',
    category: 'evaluation',
    severity: 'error',
    description: {
      'zh-CN': '绩效自评表中有分值的指标没有填写实际完成值或得分，没有实际完成值的指标却得了分，预算执行没有得分',
      'en-US': 'In a self-evaluation, a weighted indicator has no actual value or no score, an indicator with no actual value is scored, or the budget execution has no score',
    },
    messages: {
      actual: {
        'zh-CN': '指标“{indicator}”有分值 {weight}，实际完成值却为空：请填写全年实际完成的数值',
        'en-US': 'Indicator "{indicator}" carries {weight} points but has no actual value: fill in what was achieved',
      },
      scoredNoActual: {
        'zh-CN': '指标“{indicator}”得了 {score} 分，实际完成值却{blank}：没有完成值就无从打分，请填写全年实际完成的数值，再按完成情况打分',
        'en-US': 'Indicator "{indicator}" scores {score} points, but its actual value is {blankEn}: nothing can be scored without it; fill in what was achieved, then score it',
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
        const actual = squeeze(indicator.actual ?? '');
        if (indicator.cells.actual && scored(indicator) && (actual === '' || PLACEHOLDER.test(actual))) {
          report({
            table: project,
            cell: indicator.cells.actual,
            cells: indicator.cells.score ? [indicator.cells.score] : [],
            messageId: 'scoredNoActual',
            data: {
              indicator: indicator.level3 || indicator.description,
              score: formatNumber(indicator.score!),
              blank: actual === '' ? '为空' : `只写了“${actual}”`,
              blankEn: actual === '' ? 'blank' : `only "${actual}"`,
            },
            field: `${indicatorField(indicator)}#actual`,
          });
        }
        if (indicator.weight === null || indicator.weight === undefined || indicator.weight <= 0) continue;
        const data = { indicator: indicator.level3 || indicator.description, weight: indicator.weight };
        const field = indicatorField(indicator);
        if (indicator.cells.actual && (indicator.actual ?? '') === '' && !scored(indicator)) {
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
