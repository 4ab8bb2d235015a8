/**
 * Department-wide prose: a stated total must equal the sum of its parts ("重点项目477个，总投资5578亿元。其中，续建项目
 * 153个…；计划开工项目130个…；前期项目194个…" — 477 = 153 + 130 + 194, 5578 = 1347 + 1004 + 3227).
 */
import { defineRule } from '../define';
import type { TextFigure } from '../../model';
import { formatNumber } from '../../normalize/text';

/** The totals (figures in the sentence before "其中") and the parts (figures after it, to the end of that sentence). */
export function totalsAndParts(text: string, figures: TextFigure[]): { totals: TextFigure[]; parts: TextFigure[] }[] {
  const groups: { totals: TextFigure[]; parts: TextFigure[] }[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf('其中', from);
    if (at < 0) break;
    const sentenceStart = Math.max(text.lastIndexOf('。', at - 2), text.lastIndexOf('；', at - 2)) + 1;
    const endDot = text.indexOf('。', at);
    const end = endDot < 0 ? text.length : endDot;
    groups.push({
      totals: figures.filter((f) => f.offset >= sentenceStart && f.offset < at),
      parts: figures.filter((f) => f.offset > at && f.offset < end),
    });
    from = at + 2;
  }
  return groups;
}

export default defineRule({
  meta: {
    id: 'department/figures-sum',
    category: 'department',
    severity: 'error',
    description: {
      'zh-CN': '部门整体目标中写明的合计数应等于“其中”各分项之和',
      'en-US': 'In department-wide targets, a stated total equals the sum of the parts listed after 其中',
    },
    messages: {
      mismatch: {
        'zh-CN': '写明的总数 {total}{unit} 不等于其中各项之和 {parts} = {sum}{unit}，请核对',
        'en-US': 'The stated total {total}{unit} does not equal the sum of its parts {parts} = {sum}{unit}; check the figures',
      },
    },
  },
  check({ model, report }) {
    for (const department of model.departments) {
      for (const paragraph of department.paragraphs) {
        for (const { totals, parts } of totalsAndParts(paragraph.text, paragraph.figures)) {
          const units = new Set(totals.map((t) => t.unit));
          for (const unit of units) {
            const total = totals.filter((t) => t.unit === unit);
            const items = parts.filter((p) => p.unit === unit);
            if (total.length !== 1 || items.length < 2) continue;
            const sum = items.reduce((acc, p) => acc + p.number, 0);
            if (Math.abs(sum - total[0].number) <= 1e-6 * Math.max(1, total[0].number)) continue;
            report({
              table: department,
              cell: paragraph.cell,
              messageId: 'mismatch',
              data: { total: formatNumber(total[0].number), unit, parts: items.map((p) => formatNumber(p.number)).join(' + '), sum: formatNumber(sum) },
              field: `paragraph:${paragraph.heading ?? ''}:${total[0].label}:${unit}`,
            });
          }
        }
      }
    }
  },
});
