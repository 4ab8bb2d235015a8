/**
 * An indicator filed under the wrong level 2 by what it measures: a rate (覆盖率, 合格率) under 数量指标, a count or a
 * duration where the other belongs, a 成本指标 that is no amount of money (成本控制率 100%), a satisfaction measure
 * under 社会效益指标 or 质量指标. Whether an 经济效益 measure is economic at all is a guess from its words: at info.
 *
 * Rates under 数量指标: coverage and fulfilment rates (覆盖率, 参保率, 普及率, 到位率, 完成率, 发放率 …) are common accepted
 * practice there (they say how much of the planned quantity was delivered): at most info. Rates of quality (合格率,
 * 达标率, 优良率 …) and other rates keep the warning: they belong under 质量指标.
 */
import { defineRule } from '../define';
import { categoryOf, indicatorField, moneyUnitOf, nameOf, tables, valueIsTime } from '../indicator-kinds';
import { memoize, squeeze } from '../../normalize/text';
import type { Indicator } from '../../model';

const COUNT_UNITS = new Set(['个', '人', '人次', '户', '次', '件', '台', '套', '家', '所', '张', '辆', '项', '批', '场', '期', '篇', '册', '名', '座', '条', '处', '株', '头', '只', '万人', '万人次', '户次', '份']);
const TIME_UNITS = new Set(['年', '月', '个月', '天', '日', '工作日', '小时', '周', '季度']);
const TIME_WORDS = /时间|时限|期限|及时|按时|按期|准时|进度|周期|完成率|开工率|完工率|办结|天|日|月|季度|年底|之前|以前|前完成/;
/** Rates of quality: under 数量指标 they stay a warning whatever else the name says. */
const QUALITY_RATE = /合格率|达标率|优良率|优秀率|准确率|正确率|达标|合格/;
const ECONOMIC_WORDS = /经济|收入|增收|产值|效益|成本|节约|节省|节支|利润|税|投资|融资|就业|带动|价格|金额|元|GDP|产业|消费|营收|销售|贷款|资金|收益|创收|增加值|生产|产量|降本/;

/** What an indicator's name says about it, worked out once per name (the same names recur in every table). */
const traitsOf = memoize((name: string) => {
  const squeezed = squeeze(name);
  return {
    satisfaction: name.includes('满意'),
    share: /率$|率[(（]|覆盖率|比例|占比|比重/.test(squeezed),
    counted: /数量|个数|人数|次数|户数|件数|台数/.test(squeezed),
    money: /金额|资金|经费|支出|费用|预算/.test(name),
    countsTime: /天数|日数|时长|月数|年数|工期|时间|期限|周期|课时|学时|时数/.test(name),
    timeWords: TIME_WORDS.test(name),
    completion: /(合同|任务|工作|项目|结算|计划)?(完成率|执行率|到位率|拨付率|支付率|开工率|完工率|结算率)/.test(squeezed),
    coverageOrFulfilment: /覆盖率|覆盖面|参保率|参合率|普及率|到位率|完成率|发放率|兑付率|兑现率|落实率/.test(squeezed) && !QUALITY_RATE.test(squeezed),
  };
});

/**
 * A cost-control indicator, by its name and its value: 成本节约率, 成本控制率, 控制在预算内, 不超预算 — with a value
 * that is a share, money or words, never a date or a period (then it is a time target, whatever its name holds).
 * Energy, emission and pollution savings (节能, 减排) are ecological effects and are not cost control.
 */
function isCostControl(indicator: Indicator): boolean {
  const name = squeeze(indicator.level3);
  if (!/成本(节约|控制)|项目成本|控制在预算|预算(内|以内)|不超预算|未超预算|不超过预算|资金节约率|预算控制/.test(name)) return false;
  // Savings for the people served (群众出行成本, 企业成本) are effects; so are energy and emission savings.
  if (/群众|企业|农户|居民|用户|百姓|出行|社会成本|能耗|能源|节能|节水|排放|减排|碳|污染|生态(环境)?成本|环境成本/.test(name)) return false;
  return !valueIsTime(indicator);
}

export default defineRule({
  meta: {
    id: 'taxonomy/misfiled',
    category: 'taxonomy',
    severity: 'warning',
    description: {
      'zh-CN': '指标放错了二级指标：比率放在数量指标下（覆盖率、参保率、普及率、到位率、完成率等覆盖或完成比率是通行做法，只作提示；合格率、达标率、优良率等质量比率仍为警告）、时效指标不是时间、成本指标不是金额、满意度放在效益或质量指标下',
      'en-US': 'An indicator under the wrong level 2: a rate under 数量指标 (coverage and fulfilment rates such as 覆盖率, 参保率, 普及率, 到位率, 完成率 are accepted practice there and only hinted at; quality rates such as 合格率, 达标率, 优良率 stay a warning), a timeliness target that is no time, a cost that is no amount, satisfaction under a benefit or quality heading',
    },
    messages: {
      shareAsQuantity: {
        'zh-CN': '“{indicator}”（{value}）是比率，却放在数量指标下：数量指标应是个数、人数、次数等，比率可放在质量指标下',
        'en-US': '"{indicator}" ({value}) is a rate filed under 数量指标: quantity indicators count things (个, 人, 次); put rates under 质量指标',
      },
      timeAsQuantity: {
        'zh-CN': '“{indicator}”是数量指标，指标值“{value}”的单位却是时间：数量指标应写做多少（条、块、个）',
        'en-US': '"{indicator}" is a quantity indicator, but its value "{value}" is in units of time: say how many (条, 块, 个)',
      },
      countAsTimeliness: {
        'zh-CN': '“{indicator}”（{value}）是数量，不是时限，却放在时效指标下：时效指标应写完成时间或期限，如“12月底前完成”“≤30天”',
        'en-US': '"{indicator}" ({value}) is a count, not a time limit, filed under 时效指标: give a deadline or duration such as "12月底前完成" or "≤30天"',
      },
      costNotMoney: {
        'zh-CN': '成本指标“{indicator}”的指标值“{value}”不是金额：成本指标应写成本或单价，如“≤20万元”“≤500元/人”',
        'en-US': 'The cost indicator "{indicator}" has the value "{value}", which is no amount of money: give a cost or unit price such as "≤20万元"',
      },
      satisfactionElsewhere: {
        'zh-CN': '“{indicator}”是满意度，却放在“{level2}”下：满意度应放在满意度指标（服务对象满意度指标）下',
        'en-US': '"{indicator}" measures satisfaction but is filed under "{level2}"; it belongs under 满意度指标 (服务对象满意度指标)',
      },
      moneyAsQuantity: {
        'zh-CN': '“{indicator}”（{value}）是资金投入，不是产出数量：数量指标应写完成了多少（件、人次、个）',
        'en-US': '"{indicator}" ({value}) is money put in, not an output counted: quantity indicators say how much was delivered',
      },
      outputAsBenefit: {
        'zh-CN': '“{indicator}”衡量的是完成或执行情况（产出），却放在“{level2}”下：效益指标应写项目带来的效果',
        'en-US': '"{indicator}" measures completion or execution (an output) but is filed under "{level2}": benefits describe the effect',
      },
      costAsBenefit: {
        'zh-CN': '“{indicator}”（{value}）衡量的是成本控制，却放在“{level2}”下：成本控制应放在成本指标下（如“≤预算数”“成本节约率”），{level2}应写项目带来的{effect}',
        'en-US': '"{indicator}" ({value}) measures cost control but is filed under "{level2}": put it under 成本指标; {level2} describes the {effectEn} the project brings',
      },
      notEconomic: {
        'zh-CN': '“{indicator}”放在经济效益指标下，但看不出经济效益（收入、成本节约、带动投资等），可能应放在社会效益或产出指标下',
        'en-US': '"{indicator}" is filed under 经济效益指标 but shows no economic effect (income, savings, investment); it may belong under social benefit or output',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        const cell = indicator.cells.level3 ?? indicator.cells.value;
        if (!cell) continue;
        const say = (messageId: string, weak = false, extra: Record<string, string> = {}): void =>
          report({
            table,
            cell,
            cells: [indicator.cells.value, indicator.cells.level2].filter((c): c is string => c !== undefined && c !== cell),
            messageId,
            data: { indicator: indicator.level3 || indicator.description, value: indicator.value, level2: indicator.level2, ...extra },
            field: `${indicatorField(indicator)}#misfiled`,
            ...(weak ? { evidence: 'weak' as const } : {}),
          });
        const category = categoryOf(indicator);
        const unit = indicator.parsed.kind === 'quantitative' ? indicator.parsed.unit : null;
        const name = traitsOf(nameOf(indicator));
        if (category !== 'quantity' && category !== 'timeliness' && category !== 'cost' && category !== 'benefit' && !name.satisfaction) continue;
        const level2 = squeeze(indicator.level2);
        if (name.satisfaction && !/满意/.test(level2) && level2 !== '' && !/服务对象|社会公众/.test(level2)) {
          // Satisfaction written under a benefit or quality heading (the oldest template's 社会公众或服务对象满意度指标
          // under 效益 is a satisfaction heading and stays quiet).
          if (/效益|质量|影响/.test(level2)) say('satisfactionElsewhere');
          continue;
        }
        if (category === 'quantity' && indicator.parsed.kind === 'quantitative') {
          if (moneyUnitOf(indicator) !== null && name.money) say('moneyAsQuantity');
          // A rate's name with a count for its value ("肥料利用率 ≧5组": five trials of it) counts trials, not a share.
          else if ((unit === '%' || (name.share && unit === null)) && !traitsOf(indicator.level3).counted) say('shareAsQuantity', name.coverageOrFulfilment);
          else if (unit !== null && TIME_UNITS.has(unit) && !name.countsTime) say('timeAsQuantity');
          continue;
        }
        if (category === 'timeliness' && indicator.parsed.kind === 'quantitative' && unit !== null && COUNT_UNITS.has(unit) && !name.timeWords) {
          say('countAsTimeliness');
          continue;
        }
        // "≤620万/月": 万 written for 万元, per month, is money.
        if (category === 'cost' && indicator.parsed.kind === 'quantitative' && unit !== null && moneyUnitOf(indicator) === null && !/元|^(万|亿|千|百万)(\/|$)/.test(unit)) {
          say('costNotMoney');
          continue;
        }
        if (category === 'benefit' && /^(社会|生态|环境)/.test(level2) && isCostControl(indicator)) {
          const ecological = /^(生态|环境)/.test(level2);
          say('costAsBenefit', false, { effect: ecological ? '生态环境效果' : '社会效果', effectEn: ecological ? 'ecological effect' : 'social effect' });
          continue;
        }
        if (category === 'benefit' && traitsOf(indicator.level3).completion) {
          say('outputAsBenefit', true);
          continue;
        }
        // Only a heading that is economic alone: "社会、经济、生态效益指标" combines them.
        if (category === 'benefit' && /^经济效益/.test(level2) && !ECONOMIC_WORDS.test(nameOf(indicator) + indicator.value)) say('notEconomic', true);
      }
    }
  },
});
