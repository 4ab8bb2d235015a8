/**
 * A self-evaluation whose actual value passes 100% where the rate cannot: coverage, pass rates, satisfaction (105%
 * covered is impossible), and spending rates (执行率, 支付率 over 100% means money spent beyond the budget). Growth,
 * completion against a plan, leverage and the like may pass 100% and stay quiet (indicator-kinds' mayExceed100).
 */
import { defineRule } from '../define';
import { categoryOf, indicatorField, isRate, mayExceed100, tables } from '../indicator-kinds';
import { hasActuals } from '../evaluation';
import { formatNumber, squeeze } from '../../normalize/text';
import { parseValueText } from '../../normalize/value';

/** Shares of the budget spent or paid out: over 100% is spending beyond the budget. */
const SPENDING = /(预算|资金)?(执行率|支出率|支付率|拨付率)/;

export default defineRule({
  meta: {
    id: 'evaluation/actual-over-100',
    category: 'evaluation',
    severity: 'warning',
    description: {
      'zh-CN': '绩效自评中覆盖率、合格率、满意度等不可能超过 100% 的比率，实际完成值超过了 100%；执行率、支付率超过 100% 即超预算支出（增长率、完成率等不在此列）',
      'en-US': 'In a self-evaluation the actual value of a rate that cannot pass 100% (coverage, pass rate, satisfaction) does; an execution or payment rate over 100% is spending beyond the budget (growth and completion rates excepted)',
    },
    messages: {
      over: {
        'zh-CN': '“{indicator}”是比率，最高只能到 100%，实际完成值却写 {actual}：应核对，填写实际达到的比例（不超过 100%）',
        'en-US': '"{indicator}" is a rate that cannot pass 100%, yet its actual value is {actual}: check it and write the share reached (at most 100%)',
      },
      spending: {
        'zh-CN': '“{indicator}”实际完成值 {actual} 超过 100%，即支出超过了预算：应核对执行数，实际应不超过 100%，确有超支应说明原因',
        'en-US': '"{indicator}" reports {actual}, over 100%, which is spending beyond the budget: check the amount spent (at most 100%), or explain the overspend',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      if (!hasActuals(table.indicators)) continue;
      for (const indicator of table.indicators) {
        const text = squeeze(indicator.actual ?? '');
        if (text === '' || !indicator.cells.actual) continue;
        const actual = parseValueText(text);
        if (actual.kind !== 'quantitative' || actual.number === null || actual.inSentence || actual.numbers.length > 1 || actual.range !== null) continue;
        const targetIsShare = indicator.parsed.kind === 'quantitative' && indicator.parsed.normalized.unit === '%';
        const percent = actual.normalized.unit === '%' || (actual.unit === null && targetIsShare);
        if (!percent || actual.number <= 100 + 1e-9) continue;
        const name = `${indicator.level3}${indicator.description}`;
        let messageId: string;
        if (SPENDING.test(squeeze(indicator.level3))) messageId = 'spending';
        else if ((isRate(indicator) || categoryOf(indicator) === 'satisfaction') && !mayExceed100(indicator) && !/倍/.test(name)) messageId = 'over';
        else continue;
        report({
          table,
          cell: indicator.cells.actual,
          messageId,
          data: { indicator: indicator.level3 || indicator.description, actual: actual.unit === null ? `${formatNumber(actual.number)}%` : indicator.actual ?? '' },
          field: `${indicatorField(indicator)}#actual-over-100`,
        });
      }
    }
  },
});
