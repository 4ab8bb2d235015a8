/**
 * A money cell beside the budget (财政拨款, 其他资金, 上年结转) that holds text instead of an amount
 * ("854万854万(高标准农田建设400万元,…)"): the sources cannot be added up or checked against the budget. (The budget
 * itself is required/fields' concern.)
 */
import { defineRule } from '../define';
import { squeeze, matchingForm } from '../../normalize/text';

const SOURCES = [
  { key: 'fiscal', label: { 'zh-CN': '财政拨款', 'en-US': 'fiscal funds' } },
  { key: 'other', label: { 'zh-CN': '其他资金', 'en-US': 'other funds' } },
  { key: 'carryOver', label: { 'zh-CN': '上年结转', 'en-US': 'carried-over funds' } },
] as const;

/**
 * An attempt at an amount ("854万854万(…)", "中央衔接推进乡村振兴补助资金50"), not prose that the reader found beside
 * the label because the form put the goal there: a figure at either end, short, no sentence.
 */
function looksLikeAmount(text: string): boolean {
  const t = squeeze(matchingForm(text));
  return t.length <= 60 && !/[。；;]/.test(t) && (/^\d/.test(t) || /\d(\.\d+)?(万元|元|万)?$/.test(t));
}

export default defineRule({
  meta: {
    id: 'money/not-an-amount',
    category: 'money',
    severity: 'warning',
    description: {
      'zh-CN': '财政拨款、其他资金等金额栏写的是文字而不是金额，无法与预算数核对',
      'en-US': 'A money cell beside the budget (fiscal, other funds) holds text instead of an amount',
    },
    messages: {
      text: {
        'zh-CN': '{label}一栏写的是“{text}”，不是金额，无法与预算数核对：请只填数字{suggestion}，构成说明写在资金用途或备注中',
        'en-US': 'The {labelEn} cell reads "{text}", which is not an amount and cannot be checked against the budget: enter the number{suggestionEn} and explain the make-up elsewhere',
      },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      for (const source of SOURCES) {
        const cell = project.cells[source.key];
        if (!cell || cell === project.cells.budget) continue;
        const unreadable = model.notes.find((n) => n.sheet === project.sheet && n.cell === cell && n.code === 'money-not-a-number');
        if (!unreadable || !unreadable.detail || !looksLikeAmount(unreadable.detail)) continue;
        const lead = /^\d+(?:\.\d+)?/.exec(squeeze(matchingForm(unreadable.detail)));
        report({
          table: project,
          cell,
          messageId: 'text',
          data: {
            label: source.label['zh-CN'],
            labelEn: source.label['en-US'],
            text: unreadable.detail,
            suggestion: lead ? `（如 ${lead[0]}）` : '',
            suggestionEn: lead ? ` (such as ${lead[0]})` : '',
          },
          field: `${source.key}#amount`,
        });
      }
    }
  },
});
