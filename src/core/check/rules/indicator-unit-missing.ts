/**
 * Rule 12: a number without a unit, where nothing tells the unit. Where the name does ("扶持企业个数: 350" means 个,
 * "合格率: ≥95" means %), indicator/unit-implied adds the unit; bare fractions for rates are indicator/decimal-rate's.
 */
import { defineRule } from '../define';
import { matchingForm } from '../../normalize/text';
import { indicatorField, isRate, tables } from '../indicator-kinds';
import type { Indicator } from '../../model';

const IMPLIED: [RegExp, string][] = [
  [/人次$/, '人次'],
  [/场次$/, '场'],
  [/批次$/, '批'],
  [/课时数?$/, '课时'],
  [/人数$/, '人'],
  [/个数$/, '个'],
  [/次数$/, '次'],
  [/户数$/, '户'],
  [/件数$/, '件'],
  [/天数$/, '天'],
  [/台数$/, '台'],
  [/项数$/, '项'],
  [/家数$/, '家'],
  [/套数$/, '套'],
  [/处数$/, '处'],
  [/率$|覆盖率|满意度$|占比$|比例$/, '%'],
  // "配备车辆数", "新建校舍栋数": a count whose classifier stands before 数.
  [/辆数$/, '辆'],
  [/座数$/, '座'],
  [/所数$/, '所'],
  [/间数$/, '间'],
  [/栋数$/, '栋'],
  [/名数$/, '名'],
  [/株数$/, '株'],
  [/头数$/, '头'],
  [/条数$/, '条'],
  [/册数$/, '册'],
  // "每千人托位", "每万人床位数": places per so many people, counted.
  [/^每[十百千万]?[人户]/, '个'],
];

/** A number written without a unit, that is not a rate written as a bare fraction (indicator/decimal-rate's matter). */
export function unitlessNumber(indicator: Indicator): number | null {
  const p = indicator.parsed;
  if (p.kind !== 'quantitative' || p.unit !== null || !indicator.cells.value || p.number === null) return null;
  if (isRate(indicator) && p.number > 0 && p.number <= 1) return null;
  return p.number;
}

export function impliedUnit(name: string): string | null {
  const clean = matchingForm(name).replace(/[（(][^（）()]*[)）]/g, '').trim();
  return IMPLIED.find(([pattern]) => pattern.test(clean))?.[1] ?? null;
}

export default defineRule({
  meta: {
    id: 'indicator/unit-missing',
    category: 'values',
    severity: 'warning',
    description: { 'zh-CN': '数值型指标值没有计量单位，名称也看不出单位', 'en-US': 'A numeric value has no unit, and its name does not tell one' },
    messages: {
      missing: {
        'zh-CN': '指标“{indicator}”的指标值“{value}”没有计量单位，无法判断是人、个、次还是%：请补上单位',
        'en-US': 'The value "{value}" of "{indicator}" has no unit (people, items, times, %?): add the unit',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        if (unitlessNumber(indicator) === null) continue;
        if (impliedUnit(indicator.level3) ?? impliedUnit(indicator.description)) continue; // indicator/unit-implied
        const name = indicator.level3 || indicator.description;
        report({ table, cell: indicator.cells.value!, messageId: 'missing', data: { indicator: name, value: indicator.value }, field: indicatorField(indicator) });
      }
    }
  },
});
