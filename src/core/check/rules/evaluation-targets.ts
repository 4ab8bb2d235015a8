/**
 * Targets against what was achieved: full marks for a missed target (≥4754人 against 4604人), a missed target with no
 * reason given, and an "actual value" that is the target copied with its comparator (≥90%).
 */
import { defineRule } from '../define';
import { indicatorField, tables } from '../indicator-kinds';
import { hasActuals, outcomeOf } from '../evaluation';
import { formatNumber, squeeze, matchingForm } from '../../normalize/text';

export default defineRule({
  meta: {
    id: 'evaluation/targets',
    category: 'evaluation',
    severity: 'warning',
    description: {
      'zh-CN': '绩效自评中未完成的目标得了满分或没有说明原因，或实际完成值照抄了目标值',
      'en-US': 'In a self-evaluation a missed target gets full marks or no reason, or the actual value copies the target',
    },
    messages: {
      fullMarks: {
        'zh-CN': '“{indicator}”目标 {target}，实际 {actual}，未完成却得了满分 {score}：应按完成程度扣分',
        'en-US': '"{indicator}" targeted {target} and achieved {actual}, yet scores full marks ({score}): deduct for the shortfall',
      },
      noReason: {
        'zh-CN': '“{indicator}”目标 {target}，实际 {actual}，未完成却没有说明原因：请填写偏差原因和改进措施',
        'en-US': '"{indicator}" targeted {target} and achieved {actual}, but no reason is given: explain the shortfall and the remedy',
      },
      deductedNoReason: {
        'zh-CN': '“{indicator}”目标 {target}，实际 {actual}，已完成却只得 {score} 分（分值 {weight}），没有说明扣分理由：请写明扣分原因，或给足分值',
        'en-US': '"{indicator}" targeted {target} and achieved {actual}, yet scores {score} of {weight} with no reason given: say why, or give the full score',
      },
      incomparable: {
        'zh-CN': '“{indicator}”目标 {target}，实际 {actual}：两者单位不同，无法判断是否完成：实际完成值应与目标使用同一单位',
        'en-US': '"{indicator}" targeted {target} and reports {actual}: the units differ and cannot be compared; report the actual in the target\'s unit',
      },
      noReasonColumn: {
        'zh-CN': '“{indicator}”目标 {target}，实际 {actual}，未完成：表中没有偏差原因栏，也没有写明原因，请补充偏差原因和改进措施',
        'en-US': '"{indicator}" targeted {target} and achieved {actual}: the table has no column for the reason and gives none; add the reason and the remedy',
      },
      copiedTarget: {
        'zh-CN': '“{indicator}”的实际完成值“{actual}”带着比较符，像是照抄了目标值：请填写实际完成的数',
        'en-US': 'The actual value "{actual}" of "{indicator}" carries a comparator, as if the target were copied: write what was achieved',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      if (!hasActuals(table.indicators)) continue;
      // Without a reason column, a shortfall is still to be explained: in a 存在问题/偏差原因 line under the grid.
      const explainedBelow = (table.footers ?? []).some((f) => /问题|原因|偏差|说明|改进/.test(f.label) && f.text.trim() !== '');
      const noReasonColumn = table.indicators.every((i) => i.cells.reason === undefined) && !explainedBelow;
      for (const indicator of table.indicators) {
        const actual = indicator.actual ?? '';
        if (actual === '' || !indicator.cells.actual) continue;
        const data = { indicator: indicator.level3 || indicator.description, target: indicator.value, actual, score: indicator.score == null ? '' : formatNumber(indicator.score) };
        const field = indicatorField(indicator);
        if (/^[≥≤><≧≦]|^(不低于|不少于|不超过|不高于)|^[\d.]+[^\d]{0,4}(及以上|以上|及以下|以下|以内)$/.test(squeeze(matchingForm(actual)))) {
          report({ table, cell: indicator.cells.actual, messageId: 'copiedTarget', data, field: `${field}#actual-copied` });
          continue;
        }
        const outcome = outcomeOf(indicator);
        if (outcome === 'incomparable') {
          report({ table, cell: indicator.cells.actual, messageId: 'incomparable', data, field: `${field}#actual-unit` });
          continue;
        }
        if (outcome === 'met') {
          const deducted = indicator.score != null && indicator.weight != null && indicator.score < indicator.weight - 1e-9;
          if (deducted && indicator.cells.score && indicator.cells.reason && (indicator.reason ?? '').trim() === '') {
            report({ table, cell: indicator.cells.score, cells: [indicator.cells.reason], messageId: 'deductedNoReason', data: { ...data, weight: formatNumber(indicator.weight!) }, field: `${field}#deducted` });
          }
          continue;
        }
        if (outcome !== 'missed') continue;
        const fullMarks = indicator.score != null && indicator.weight != null && indicator.score >= indicator.weight - 1e-9;
        if (fullMarks && indicator.cells.score) {
          report({ table, cell: indicator.cells.score, cells: [indicator.cells.actual], messageId: 'fullMarks', data, field: `${field}#full-marks` });
        }
        if (indicator.cells.reason && (indicator.reason ?? '').trim() === '') {
          report({ table, cell: indicator.cells.reason, cells: [indicator.cells.actual], messageId: 'noReason', data, field: `${field}#reason` });
        } else if (noReasonColumn && !fullMarks) {
          report({ table, cell: indicator.cells.actual, messageId: 'noReasonColumn', data, field: `${field}#reason` });
        }
      }
    }
  },
});
