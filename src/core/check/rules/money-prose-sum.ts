/**
 * A project's own text that states a total and its parts ("共申请预算资金2026400元,其中村级组织运转400000元,…"):
 * the parts must add up to the total, as in department-wide prose (department/figures-sum).
 */
import { defineRule } from '../define';
import { extractFigures } from '../../read/department';
import { formatNumber } from '../../normalize/text';
import { totalsAndParts } from './department-figures-sum';

const MONEY = new Set(['元', '万元', '亿元', '千元']);

export default defineRule({
  meta: {
    id: 'money/prose-sum',
    category: 'money',
    severity: 'error',
    description: {
      'zh-CN': '项目的目标、用途等文字中写明的合计金额应等于“其中”所列各项之和',
      'en-US': 'A total stated in a project\u2019s goal or use-of-funds text equals the sum of the parts listed after 其中',
    },
    messages: {
      mismatch: {
        'zh-CN': '文字中写明的 {total}{unit} 不等于其中所列各项之和 {parts} = {sum}{unit}，相差 {difference}{unit}：请核对',
        'en-US': 'The text states {total}{unit}, but the parts listed after 其中 add up to {parts} = {sum}{unit} ({difference}{unit} apart): check the figures',
      },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      const texts: [string | null, string | undefined][] = [
        [project.goal, project.cells.goal],
        [project.usage, project.cells.usage],
        [project.goalMid?.text ?? null, project.goalMid?.cell],
      ];
      for (const [text, cell] of texts) {
        if (!text || !cell || !text.includes('其中')) continue;
        for (const { totals, parts } of totalsAndParts(text, extractFigures(text))) {
          const money = totals.filter((t) => MONEY.has(t.unit));
          if (money.length !== 1) continue;
          const unit = money[0].unit;
          const items = parts.filter((p) => p.unit === unit);
          if (items.length < 2) continue;
          const sum = items.reduce((acc, p) => acc + p.number, 0);
          if (Math.abs(sum - money[0].number) <= 0.005) continue;
          report({
            table: project,
            cell,
            messageId: 'mismatch',
            data: {
              total: formatNumber(money[0].number),
              unit,
              parts: items.map((p) => formatNumber(p.number)).join(' + '),
              sum: formatNumber(sum),
              difference: formatNumber(Math.abs(money[0].number - sum)),
            },
            field: `prose-sum:${cell}`,
          });
        }
      }
    }
  },
});
