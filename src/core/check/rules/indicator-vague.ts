/** Rule 11: vague words where a number is expected, in quantity, quality, timeliness and cost indicators. */
import { defineRule } from '../define';
import { categoryOf, indicatorField, tables } from '../indicator-kinds';
import { squeeze } from '../../normalize/text';

export const VAGUE_WORDS =
  /明显提高|明显提升|明显改善|有所改善|有所提高|有所提升|有所增加|进一步|显著|较好|有效|大幅|稳步|逐步|不断|持续提升|持续改善|上年度?水平|往年水平|以往水平|保持稳定|基本稳定|明显/;

/** Timeliness "targets" that name no time: 及时, 按时, 按计划实施, 按月安排. */
const NO_DEADLINE = /^(及时|按时|按期|准时|适时|定期|按计划|按要求|按规定|按月|按季|按进度|按合同|按照计划)[^\d]{0,6}$/;

export default defineRule({
  meta: {
    id: 'indicator/vague',
    category: 'values',
    severity: 'warning',
    description: {
      'zh-CN': '数量、质量、时效、成本指标的指标值用了“明显提高”“有所改善”“进一步”“较好”等模糊表述',
      'en-US': 'A quantity, quality, timeliness or cost value uses vague words (明显提高, 有所改善, 进一步, 较好 ...) instead of a number',
    },
    messages: {
      noDeadline: {
        'zh-CN': '时效指标“{indicator}”的指标值“{value}”没有期限，无法考核：应写明完成时间，如“12月底前完成”“≤30个工作日”',
        'en-US': 'The timeliness target "{value}" of "{indicator}" gives no deadline and cannot be assessed: give a date or duration, such as "12月底前完成"',
      },
      vague: {
        'zh-CN': '指标“{indicator}”的指标值“{value}”是模糊表述（“{word}”），无法考核：{category}指标应量化，如“≥95%”“≥10个”“≤30天”',
        'en-US': 'The value "{value}" of "{indicator}" is vague ("{word}") and cannot be assessed: give a number, e.g. "≥95%", "≥10个", "≤30天"',
      },
    },
  },
  check({ model, report }) {
    const names = { quantity: '数量', quality: '质量', timeliness: '时效', cost: '成本' } as Record<string, string>;
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        const category = categoryOf(indicator);
        if (!(category in names) || indicator.parsed.kind !== 'qualitative' || !indicator.cells.value) continue;
        const word = VAGUE_WORDS.exec(indicator.value)?.[0];
        if (!word && category === 'timeliness' && NO_DEADLINE.test(squeeze(indicator.value)) && !/\d/.test(indicator.value)) {
          report({
            table,
            cell: indicator.cells.value,
            messageId: 'noDeadline',
            data: { indicator: indicator.level3 || indicator.description, value: indicator.value },
            field: indicatorField(indicator),
          });
          continue;
        }
        if (!word) continue;
        report({
          table,
          cell: indicator.cells.value,
          messageId: 'vague',
          data: { indicator: indicator.level3 || indicator.description, value: indicator.value, word, category: names[category] },
          field: indicatorField(indicator),
        });
      }
    }
  },
});
