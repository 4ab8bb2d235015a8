/**
 * Weights must add up to the form's total where the table has a weight column (权重, 分值): the indicators' weights
 * plus the budget-execution weight of a self-evaluation make 100 (or the total the table states in its 合计/总分
 * row), and a level-1 name that states its points ("产出指标(50分)") gets exactly that many from its rows.
 */
import { defineRule } from '../define';
import { formatNumber } from '../../normalize/text';

const FORM_TOTAL = 100;

function sum(values: number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
}

export default defineRule({
  meta: {
    id: 'indicator/weights-total',
    category: 'values',
    severity: 'error',
    description: {
      'zh-CN': '有权重（分值）栏时，各指标权重加上预算执行的权重应等于总分（100 或表中合计），一级指标标明的分值应等于其下各行之和',
      'en-US': 'Where there is a weight column, the indicator weights plus the budget-execution weight make the total (100, or the stated total), and a level-1 that states its points gets exactly those',
    },
    messages: {
      total: {
        'zh-CN': '权重合计为 {parts} = {sum}，{against}：请核对各项分值',
        'en-US': 'The weights add up to {parts} = {sum}, {againstEn}: check the weights',
      },
      level1: {
        'zh-CN': '一级指标“{level1}”标明 {stated} 分，其下各行分值之和却是 {sum}：请核对',
        'en-US': 'Level 1 "{level1}" states {stated} points, but its rows add up to {sum}: check the weights',
      },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      // One weight per cell: a weight merged over several rows counts once.
      const byCell = new Map<string, { weight: number; level1: string; level1Cell?: string }>();
      for (const indicator of project.indicators) {
        if (indicator.weight === null || indicator.weight === undefined || !indicator.cells.weight) continue;
        if (!byCell.has(indicator.cells.weight)) {
          byCell.set(indicator.cells.weight, { weight: indicator.weight, level1: indicator.level1, level1Cell: indicator.cells.level1 });
        }
      }
      const weights = [...byCell.values()];
      if (weights.length < 2) continue;
      const weightCells = [...byCell.keys()];

      // A level-1 name that states its points: "产出指标(50分)", "效益指标（30分）".
      // Grouped by the name (written on every row, or once and merged down), reported at its first cell.
      const groups = new Map<string, { stated: number; cell: string; weights: number[] }>();
      for (const w of weights) {
        const stated = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*$/.exec(w.level1);
        if (!stated || !w.level1Cell) continue;
        const group = groups.get(w.level1) ?? { stated: Number(stated[1]), cell: w.level1Cell, weights: [] };
        group.weights.push(w.weight);
        groups.set(w.level1, group);
      }
      for (const [level1, group] of groups) {
        const total = sum(group.weights);
        if (Math.abs(total - group.stated) > 0.01) {
          report({ table: project, cell: group.cell, messageId: 'level1', data: { level1, stated: formatNumber(group.stated), sum: formatNumber(total) }, field: `weights:${level1}` });
        }
      }

      const execution = project.execution?.weight ?? null;
      const parts = [...weights.map((w) => w.weight), ...(execution !== null ? [execution] : [])];
      const total = sum(parts);
      const statedRow = (project.footers ?? []).find((f) => f.weight !== undefined);
      const cells = [...weightCells, ...(execution !== null && project.execution?.cells.weight ? [project.execution.cells.weight] : [])];
      const partsText = parts.length <= 12 ? parts.map(formatNumber).join(' + ') : `${parts.length} 项`;
      if (statedRow?.weight) {
        if (Math.abs(statedRow.weight.amount - total) <= 0.01 && Math.abs(total - FORM_TOTAL) <= 0.01) continue;
        const againstStated = Math.abs(statedRow.weight.amount - total) > 0.01;
        report({
          table: project,
          cell: statedRow.weight.cell,
          cells,
          messageId: 'total',
          data: {
            parts: partsText,
            sum: formatNumber(total),
            against: againstStated ? `与合计栏的 ${formatNumber(statedRow.weight.amount)} 不符` : `不是 ${FORM_TOTAL}`,
            againstEn: againstStated ? `not the stated total ${formatNumber(statedRow.weight.amount)}` : `not ${FORM_TOTAL}`,
          },
          field: 'weights',
        });
        continue;
      }
      // Without a stated total the form's is 100; 90 of indicators is the usual self-evaluation share when the
      // execution block's 10 was not read.
      if (Math.abs(total - FORM_TOTAL) <= 0.01 || (execution === null && Math.abs(total - 90) <= 0.01)) continue;
      report({
        table: project,
        cell: execution !== null && project.execution?.cells.weight && total > FORM_TOTAL ? project.execution.cells.weight : weightCells[0],
        cells,
        messageId: 'total',
        data: { parts: partsText, sum: formatNumber(total), against: `不是总分 ${FORM_TOTAL}`, againstEn: `not the total of ${FORM_TOTAL}` },
        field: 'weights',
      });
    }
  },
});
