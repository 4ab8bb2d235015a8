/**
 * A level-3 name that is a target or a period rather than what is measured ("≥360天服务读者", "2022年全年"), or that
 * says the indicator does not apply ("社会公益服务无经济效益"): the reader cannot tell what is assessed.
 */
import { defineRule } from '../define';
import { indicatorField, tables } from '../indicator-kinds';
import { memoize, squeeze, toHalfWidth } from '../../normalize/text';

const STARTS_AS_VALUE = /^[≥≤><=≧≦]|^(不低于|不少于|不超过|不高于|大于|小于)\d/;
const PERIOD = /^(20\d{2}年?(度|全年|上半年|下半年)?|全年|上半年|下半年|\d{1,2}月(底|末)?(前)?)$/;
const NOT_APPLICABLE = /^(无|不涉及|不适用)|无(经济|社会|生态|环境)?效益$|^.{0,12}(不涉及|不适用)$/;

const kindOfName = memoize((level3: string): 'value' | 'notApplicable' | null => {
  const name = squeeze(toHalfWidth(level3));
  if (STARTS_AS_VALUE.test(name) || PERIOD.test(name)) return 'value';
  return name.length > 3 && NOT_APPLICABLE.test(name) ? 'notApplicable' : null;
});

export default defineRule({
  meta: {
    id: 'indicator/name-is-value',
    category: 'values',
    severity: 'warning',
    description: {
      'zh-CN': '三级指标名称写成了目标值、期间，或写的是“无……效益”“不涉及”：看不出考核什么',
      'en-US': 'The level-3 name is a target, a period, or says the indicator does not apply: what is assessed is unclear',
    },
    messages: {
      value: {
        'zh-CN': '三级指标“{indicator}”写成了目标值或期间，看不出考核什么：名称应写衡量的对象，如“服务天数”“读者使用时长”',
        'en-US': 'The level-3 name "{indicator}" is a target or a period: name what is measured, such as "服务天数"',
      },
      notApplicable: {
        'zh-CN': '三级指标“{indicator}”表示该项不适用：不适用的二级指标可不设，不应作为指标填写或计分',
        'en-US': 'The level-3 name "{indicator}" says the heading does not apply: leave it out rather than fill it in or score it',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        if (indicator.level3 === '' || !indicator.cells.level3) continue;
        const messageId = kindOfName(indicator.level3);
        if (messageId) report({ table, cell: indicator.cells.level3, messageId, data: { indicator: indicator.level3 }, field: `${indicatorField(indicator)}#name` });
      }
    }
  },
});
