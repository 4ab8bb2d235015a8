/**
 * The 计量单位 column against the value: "-" all down the column while each value carries its unit (one hint per
 * table), or a unit that contradicts the value ("%" beside "应保尽保" or beside "28.8万元").
 */
import { defineRule } from '../define';
import { indicatorField, tables } from '../indicator-kinds';
import { squeeze, matchingForm } from '../../normalize/text';
import { standardUnit } from '../../normalize/units';

const NO_UNIT = /^[-—–/／\\无*＊]$|^(无|空)$/;

function sameUnit(a: string, b: string): boolean {
  const norm = (u: string): string => {
    // "%(百分比)": the unit and its gloss in brackets are one unit.
    const half = squeeze(matchingForm(u)).replace(/\([^()]*\)$/, '') || squeeze(matchingForm(u));
    return standardUnit(half, true) ?? half;
  };
  return norm(a) === norm(b);
}

export default defineRule({
  meta: {
    id: 'indicator/unit-column',
    category: 'values',
    severity: 'warning',
    description: {
      'zh-CN': '计量单位一栏与指标值不符（如定性指标填了“%”），或整栏只写“-”而单位写在指标值里',
      'en-US': 'The unit column contradicts the value ("%" beside a qualitative value), or holds only "-" while the values carry their units',
    },
    messages: {
      clash: {
        'zh-CN': '计量单位一栏写“{unit}”，指标值却是“{value}”：{hint}',
        'en-US': 'The unit column says "{unit}", but the value is "{value}": {hintEn}',
      },
      dashes: {
        'zh-CN': '计量单位一栏只写“-”（{count} 行），单位都写在了指标值里：建议把单位填入计量单位一栏',
        'en-US': 'The unit column holds only "-" ({count} rows) while the values carry their units: put the units in the unit column',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      const dashes: string[] = [];
      for (const indicator of table.indicators) {
        const unit = indicator.unitColumn?.trim() ?? '';
        if (unit === '' || !indicator.cells.unit || !indicator.cells.value) continue;
        const p = indicator.parsed;
        if (NO_UNIT.test(unit)) {
          if (p.kind === 'quantitative' && p.unit !== null) dashes.push(indicator.cells.unit);
          continue;
        }
        const field = `${indicatorField(indicator)}#unit-column`;
        if (p.kind === 'qualitative') {
          report({
            table,
            cell: indicator.cells.unit,
            cells: [indicator.cells.value],
            messageId: 'clash',
            data: { unit, value: indicator.value, hint: '定性指标不需要计量单位，请留空或改为数值目标', hintEn: 'a qualitative target needs no unit: leave it blank or give a number' },
            field,
          });
        } else if (p.kind === 'quantitative' && p.unit !== null && p.unitSource === 'value' && !sameUnit(p.unit, unit) && !p.unit.includes(unit)) {
          report({
            table,
            cell: indicator.cells.unit,
            cells: [indicator.cells.value],
            messageId: 'clash',
            data: { unit, value: indicator.value, hint: `两处单位不同，请统一为同一单位`, hintEn: 'the two units differ: use one' },
            field,
          });
        }
      }
      if (dashes.length >= 2) {
        report({ table, cell: dashes[0], cells: dashes, messageId: 'dashes', data: { count: dashes.length }, field: 'unit-column-dashes', evidence: 'weak' });
      }
    }
  },
});
