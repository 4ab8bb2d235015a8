/**
 * Rule 17: indicators reviewers call 不可衡量: a benefit such as "保障工作顺利开展 ≥90%" (no one can count how smoothly
 * work went), or a level-3 name that merely repeats the project name or goal.
 */
import { defineRule } from '../define';
import { categoryOf, indicatorField, isProject, tables } from '../indicator-kinds';
import { squeeze } from '../../normalize/text';
import { VAGUE_WORDS } from './indicator-vague';

const UNCOUNTABLE = /顺利开展|正常运转|顺利进行|有序开展|正常开展|有序推进|工作开展|保障程度|开展程度|稳定运行|发挥作用|顺利实施/;
/** A benefit valued with a slogan: one verb of improvement and nothing to check ("增强", "持续保障", "健全"). */
const SLOGAN = /^(持续|不断|进一步)?(保障|增强|优化|健全|提升|提高|改善|加强|促进|推动|完善|巩固|强化)$/;

/**
 * A benefit named as an aim, with nothing to count ("维护社会稳定", "促进村集体经济发展", "促进学校教育事业健康发展"):
 * valued in percent, the percentage is of nothing.
 */
const AIM = /^(有效|进一步|持续)?(促进|维护|保护|推动|推进|提升|提高|改善|加强|保障|增强|带动|助力|巩固|实现|营造|丰富)|(发展|稳定|和谐|进步|繁荣)$/;
/** What makes a name countable: a rate, a number, an amount, a change. */
const MEASURE = /率|度|数|量|比例|占比|比重|收入|面积|次|天|指数|浓度|人|户|元|亩|增收|增长|增加|减少|下降|降低|达标|覆盖|合格|时间|时长|周期|期限/;

function aimWithoutMeasure(name: string): boolean {
  const n = squeeze(name);
  return n.length >= 4 && AIM.test(n) && !MEASURE.test(n);
}

function stripNumbering(text: string): string {
  return squeeze(text).replace(/^\d+[.、．]/, '');
}

export default defineRule({
  meta: {
    id: 'indicator/unmeasurable',
    category: 'values',
    severity: 'info',
    description: {
      'zh-CN': '不可衡量的指标：如“保障工作顺利开展 ≥90%”、效益指标值“保持稳定”，或三级指标只是重复项目名称、绩效目标',
      'en-US': 'Unmeasurable indicators: "保障工作顺利开展 ≥90%", a benefit valued "保持稳定", or a name that merely repeats the project name or goal',
    },
    messages: {
      uncountable: {
        'zh-CN': '效益指标“{indicator}”（{value}）难以衡量：“{phrase}”无法统计，建议改为可核实的结果，如受益人数、问题解决率',
        'en-US': 'The benefit "{indicator}" ({value}) cannot be measured: nobody can count "{phrase}"; use a verifiable result such as people served or issues resolved',
      },
      vagueBenefit: {
        'zh-CN': '效益指标“{indicator}”的指标值“{value}”是模糊表述（“{word}”），难以衡量：建议改为可核实的数值目标',
        'en-US': 'The benefit "{indicator}" has the vague value "{value}" ("{word}") and cannot be measured: give a verifiable target',
      },
      repeatsProject: {
        'zh-CN': '三级指标“{indicator}”只是重复了{what}，没有说明衡量什么',
        'en-US': 'Indicator "{indicator}" merely repeats the {whatEn} and does not say what is measured',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      const name = isProject(table) ? stripNumbering(table.name ?? '') : '';
      const goal = isProject(table) ? stripNumbering(table.goal ?? '') : '';
      for (const indicator of table.indicators) {
        const field = indicatorField(indicator);
        const level3 = stripNumbering(indicator.level3);
        if (level3 !== '' && indicator.cells.level3 && (level3 === name || level3 === goal)) {
          const repeatsName = level3 === name;
          report({
            table,
            cell: indicator.cells.level3,
            messageId: 'repeatsProject',
            data: { indicator: indicator.level3, what: repeatsName ? '项目名称' : '绩效目标', whatEn: repeatsName ? 'project name' : 'goal' },
            field: `${field}#repeats`,
          });
          continue;
        }
        if (categoryOf(indicator) !== 'benefit') continue;
        const qualitative = indicator.parsed.kind === 'qualitative';
        const vague = qualitative ? (VAGUE_WORDS.exec(indicator.value)?.[0] ?? SLOGAN.exec(squeeze(indicator.value))?.[0]) : undefined;
        if (vague && indicator.cells.value) {
          report({
            table,
            cell: indicator.cells.value,
            messageId: 'vagueBenefit',
            data: { indicator: indicator.level3 || indicator.description, value: indicator.value, word: vague },
            field: `${field}#unmeasurable`,
          });
          continue;
        }
        if (indicator.parsed.normalized.unit !== '%' && !qualitative) continue;
        const phrase =
          UNCOUNTABLE.exec(`${indicator.level3}|${indicator.description}`)?.[0] ??
          (indicator.parsed.normalized.unit === '%' && aimWithoutMeasure(stripNumbering(indicator.level3)) && !MEASURE.test(indicator.description)
            ? stripNumbering(indicator.level3)
            : undefined);
        if (!phrase || !indicator.cells.level3) continue;
        report({
          table,
          cell: indicator.cells.level3,
          messageId: 'uncountable',
          data: { indicator: indicator.level3 || indicator.description, value: indicator.value, phrase },
          field: `${field}#unmeasurable`,
        });
      }
    }
  },
});
