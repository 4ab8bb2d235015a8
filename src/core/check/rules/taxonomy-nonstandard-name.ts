/** Level names that are understandable but not the standard wording ("产出", "服务对象"), or left empty. */
import { defineRule } from '../define';
import { indicatorField, tables } from '../indicator-kinds';
import { baseName, isKnownLevel2, LEVEL1_STANDARD, LEVEL2_SUGGESTIONS, LEVEL2_UNDER, standardLevel1 } from '../taxonomy';
import { memoize, squeeze } from '../../normalize/text';

const withoutScore = memoize((name: string): string => squeeze(name).replace(/[(（][^()（）]*分[^()（）]*[)）]$/, ''));
const withoutGlosses = memoize((name: string): string => squeeze(name).replace(/[(（][^()（）]*[)）]/g, ''));

export default defineRule({
  meta: {
    id: 'taxonomy/nonstandard-name',
    category: 'taxonomy',
    severity: 'info',
    description: {
      'zh-CN': '一级、二级指标名称不规范或二级指标为空',
      'en-US': 'A level-1 or level-2 name is not the standard wording, or level 2 is empty',
    },
    messages: {
      level1: {
        'zh-CN': '一级指标“{name}”写法不规范，应为“{standard}”',
        'en-US': 'Level 1 "{name}" should be written "{standard}"',
      },
      level2: {
        'zh-CN': '二级指标“{name}”不是规范名称，“{level1}”下应为：{allowed}',
        'en-US': 'Level 2 "{name}" is not a standard name; under "{level1}" use one of {allowed}',
      },
      level2Suggested: {
        'zh-CN': '二级指标“{name}”写法不规范，应为“{standard}”',
        'en-US': 'Level 2 "{name}" should be written "{standard}"',
      },
      level2Empty: {
        'zh-CN': '指标“{indicator}”的二级指标为空，“{level1}”下应填写：{allowed}',
        'en-US': 'Indicator "{indicator}" has no level-2 name; under "{level1}" use one of {allowed}',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      const reported = new Set<string>();
      const once = (cell: string): boolean => {
        if (reported.has(cell)) return false;
        reported.add(cell);
        return true;
      };
      for (const indicator of table.indicators) {
        const l1 = standardLevel1(indicator.level1) ?? baseName(indicator.level1);
        const standard1 = LEVEL1_STANDARD[l1];
        const cell1 = indicator.cells.level1;
        // The form's own score ("产出指标(50分)") is no misnaming.
        const written1 = withoutScore(indicator.level1);
        if (standard1 && written1 !== standard1 && cell1 && once(cell1)) {
          report({ table, cell: cell1, messageId: 'level1', data: { name: indicator.level1, standard: standard1 }, suggestion: { value: standard1 }, field: `level1:${indicator.level1}` });
        }
        const allowed = LEVEL2_UNDER[l1];
        if (!allowed) continue;
        const l2 = baseName(indicator.level2);
        const cell2 = indicator.cells.level2 ?? indicator.cells.level3;
        if (!cell2) continue;
        if (l2 === '') {
          if (once(`${cell2}#empty`)) report({ table, cell: cell2, messageId: 'level2Empty', data: { indicator: indicator.level3, level1: indicator.level1, allowed: LEVEL2_SUGGESTIONS[l1] }, field: `${indicatorField(indicator)}#level2` });
          continue;
        }
        if (isKnownLevel2(l2)) {
          // A gloss the template prints ("数量指标(或建筑规模指标)") keeps the standard name.
          const written2 = withoutGlosses(indicator.level2);
          if (written2 !== `${l2}指标` && allowed.includes(l2) && once(cell2)) {
            report({ table, cell: cell2, messageId: 'level2Suggested', data: { name: indicator.level2, standard: `${l2}指标` }, suggestion: { value: `${l2}指标` }, field: `level2:${indicator.level1}/${indicator.level2}` });
          }
          continue;
        }
        if (!once(cell2)) continue;
        // "社会、经济、生态效益" names several headings at once: no single one to suggest.
        const guess = l2 === '进度' ? '时效' : /[、,，和及]/.test(l2) ? undefined : allowed.find((n) => n.includes(l2) || l2.includes(n));
        if (guess) {
          report({ table, cell: cell2, messageId: 'level2Suggested', data: { name: indicator.level2, standard: `${guess}指标` }, suggestion: { value: `${guess}指标` }, field: `level2:${indicator.level1}/${indicator.level2}` });
        } else {
          report({ table, cell: cell2, messageId: 'level2', data: { name: indicator.level2, level1: indicator.level1, allowed: LEVEL2_SUGGESTIONS[l1] }, field: `level2:${indicator.level1}/${indicator.level2}` });
        }
      }
    }
  },
});
