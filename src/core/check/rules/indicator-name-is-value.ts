/**
 * A level-3 name that is a target or a period rather than what is measured ("≥360天服务读者", "2022年全年"), or that
 * says the indicator does not apply ("社会公益服务无经济效益"): the reader cannot tell what is assessed.
 */
import { defineRule } from '../define';
import { indicatorField, tables } from '../indicator-kinds';
import { memoize, squeeze, matchingForm } from '../../normalize/text';

const STARTS_AS_VALUE = /^[≥≤><=≧≦]|^(不低于|不少于|不超过|不高于|大于|小于)\d/;
const PERIOD = /^(20\d{2}年?(度|全年|上半年|下半年)?|全年|上半年|下半年|\d{1,2}月(底|末)?(前)?)$/;
const NOT_APPLICABLE = /^(无|不涉及|不适用)|无(经济|社会|生态|环境)?效益$|^.{0,12}(不涉及|不适用)$/;

/** A name that ends with its own target: "建设质量达标率100%", "村组干部230人", "新建道路3.5公里". */
const TARGET_AT_END =
  /^(.*[\u4e00-\u9fff].*?[\u4e00-\u9fff)])\s*((?:[≥≤><=]|不低于|不少于|达到|达)?\s*\d+(?:\.\d+)?\s*(?:%|万元|元|万人|人次|人|个|次|户|亩|公里|千米|平方米|米|天|家|所|项|套|台|座|辆|吨|册|场|件|篇|份|批|处|条|名))$/;

const kindOfName = memoize((level3: string): 'value' | 'notApplicable' | 'targetInName' | null => {
  const name = squeeze(matchingForm(level3)).replace(/^\*+/, '');
  if (STARTS_AS_VALUE.test(name) || PERIOD.test(name)) return 'value';
  if (name.length > 3 && NOT_APPLICABLE.test(name)) return 'notApplicable';
  const target = TARGET_AT_END.exec(name);
  return target && target[1].length >= 2 ? 'targetInName' : null;
});

/** "建设质量达标率100%" → the name "建设质量达标率" and the target "100%". */
function splitTarget(level3: string): { base: string; target: string; unit: string } {
  const name = squeeze(matchingForm(level3)).replace(/^\*+/, '');
  const m = TARGET_AT_END.exec(name)!;
  return { base: m[1], target: m[2], unit: /[^\d.]+$/.exec(m[2])![0] };
}

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
      targetInName: {
        'zh-CN': '三级指标“{indicator}”的名称里带着目标“{target}”{against}：名称应只写衡量的对象（如“{base}”），目标只写在指标值栏',
        'en-US': 'The level-3 name "{indicator}" carries a target ("{target}"){againstEn}: name only what is measured (such as "{base}") and put the target in the value column',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        if (indicator.level3 === '' || !indicator.cells.level3) continue;
        const messageId = kindOfName(indicator.level3);
        if (!messageId) continue;
        const field = `${indicatorField(indicator)}#name`;
        if (messageId !== 'targetInName') {
          report({ table, cell: indicator.cells.level3, messageId, data: { indicator: indicator.level3 }, field });
          continue;
        }
        const { base, target, unit } = splitTarget(indicator.level3);
        // Only a target in the value's own unit: "新建水泥路1条" measured in km, or "围墙300米" costed per metre, name
        // the thing (a common and readable practice), not a second target.
        // The same number in another unit ("村组干部230人" counted as 230个) is that target again, in a wrong unit.
        const p = indicator.parsed;
        if (p.kind !== 'quantitative') continue;
        const targetNumber = Number(/\d+(?:\.\d+)?/.exec(target)![0]);
        // (Not a cost per unit: "围墙300米" at 300元/米 is the wall and its price.)
        const countUnit = p.unit !== null && !p.unit.includes('/') && !/元$/.test(p.unit);
        const sameNumberOtherUnit = p.unit !== unit && p.number === targetNumber && countUnit;
        if (p.unit !== unit && !sameNumberOtherUnit) continue;
        const value = indicator.value.trim();
        const differs = sameNumberOtherUnit || squeeze(matchingForm(value)).replace(/^=/, '') !== target.replace(/^=/, '');
        report({
          table,
          cell: indicator.cells.level3,
          messageId,
          data: {
            indicator: indicator.level3,
            target,
            base,
            against: sameNumberOtherUnit
              ? `，指标值“${value}”的单位却是“${p.unit}”，应与名称一致为“${unit}”`
              : differs
                ? `，而指标值写的是“${value}”，两处不一致`
                : '',
            againstEn: sameNumberOtherUnit
              ? `, while the value "${value}" is in ${p.unit}, not ${unit}`
              : differs
                ? `, while the value column says "${value}"`
                : '',
          },
          field,
        });
      }
    }
  },
});
