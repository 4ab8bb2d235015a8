/**
 * Output indicators valued in words (质量指标 "优良", "严格执行相关制度规定"): accepted where a grade is meant, but the
 * Ministry's guidance asks outputs to be quantified where they can be. A hint, at info.
 */
import { defineRule } from '../define';
import { categoryOf, indicatorField, tables } from '../indicator-kinds';
import { VAGUE_WORDS } from './indicator-vague';

const MEASURED = /率|覆盖|比例|占比|比重|数量|人数|个数|次数|户数|件数|金额|成本|费用|满意度|人次|天数/;
/** Set phrases that mean all of it, i.e. 100%; and words that only restate a placeholder. */
const FULL = /应(.)尽\1|全覆盖|全面覆盖|全部覆盖|无遗漏|^(无|\/|-|不涉及|是|否|有)$/;

export default defineRule({
  meta: {
    id: 'indicator/qualitative-output',
    category: 'values',
    severity: 'info',
    description: {
      'zh-CN': '数量、质量指标只写了文字（如“优良”“严格执行相关制度规定”），建议量化',
      'en-US': 'A quantity or quality indicator is valued in words ("优良"); outputs are best quantified',
    },
    messages: {
      words: {
        'zh-CN': '{category}指标“{indicator}”的指标值是文字“{value}”，难以考核：建议量化，如“合格率≥95%”“优良天数比例≥80%”',
        'en-US': 'The {categoryEn} indicator "{indicator}" is valued in words ("{value}"): quantify it, e.g. a pass rate ≥95%',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        const category = categoryOf(indicator);
        if ((category !== 'quality' && category !== 'quantity') || indicator.parsed.kind !== 'qualitative' || !indicator.cells.value) continue;
        const name = `${indicator.level3}${indicator.description}`;
        // A measure word in the name is indicator/unquantified's; vague words are indicator/vague's.
        if (MEASURED.test(name) || VAGUE_WORDS.test(indicator.value) || FULL.test(indicator.value.trim())) continue;
        report({
          table,
          cell: indicator.cells.value,
          messageId: 'words',
          data: {
            category: category === 'quality' ? '质量' : '数量',
            categoryEn: category === 'quality' ? 'quality' : 'quantity',
            indicator: indicator.level3 || indicator.description,
            value: indicator.value,
          },
          field: `${indicatorField(indicator)}#qualitative`,
        });
      }
    }
  },
});
