/**
 * A self-evaluation whose actual value is a word of completion (完成, 已完成, 达到) against a numeric target
 * (≥30次, ≥95%): the two cannot be compared and the score cannot be checked. Time targets are left out (按时完成
 * against a deadline is how they are reported), and so are targets that are words themselves.
 */
import { defineRule } from '../define';
import { categoryOf, indicatorField, isDuration, tables, valueIsTime } from '../indicator-kinds';
import { hasActuals } from '../evaluation';
import { squeeze } from '../../normalize/text';

const COMPLETION_WORDS = /^(完成|已完成|全部完成|完成目标|已完成目标|达到|已达到|达到目标|已达到目标|达成|已达成|实现|已实现|达标|已达标|是)[。.]?$/;

export default defineRule({
  meta: {
    id: 'evaluation/actual-in-words',
    category: 'evaluation',
    severity: 'warning',
    description: {
      'zh-CN': '绩效自评中数值目标的实际完成值只写了“完成”“已完成”“达到”等文字，无法与目标比较',
      'en-US': 'In a self-evaluation a numeric target reports its actual as a word ("完成", "已完成", "达到") that cannot be compared with it',
    },
    messages: {
      words: {
        'zh-CN': '“{indicator}”的目标是 {target}，实际完成值却只写了“{actual}”，无法与目标比较，也无法据此打分：应填写实际完成的数值{unitHint}',
        'en-US': '"{indicator}" targets {target}, but its actual value only says "{actual}", which cannot be compared with the target or scored: write the figure achieved{unitHintEn}',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      if (!hasActuals(table.indicators)) continue;
      for (const indicator of table.indicators) {
        const actual = squeeze(indicator.actual ?? '');
        if (!indicator.cells.actual || !COMPLETION_WORDS.test(actual)) continue;
        const target = indicator.parsed;
        if (target.kind !== 'quantitative' || target.number === null || target.inSentence) continue;
        if (categoryOf(indicator) === 'timeliness' || isDuration(indicator) || valueIsTime(indicator)) continue;
        const unit = target.normalized.unit ?? target.unit;
        report({
          table,
          cell: indicator.cells.actual,
          cells: indicator.cells.value ? [indicator.cells.value] : [],
          messageId: 'words',
          data: {
            indicator: indicator.level3 || indicator.description,
            target: indicator.value,
            actual: indicator.actual ?? '',
            unitHint: unit ? `（单位：${unit}）` : '',
            unitHintEn: unit ? ` (in ${unit})` : '',
          },
          field: `${indicatorField(indicator)}#actual-words`,
        });
      }
    }
  },
});
