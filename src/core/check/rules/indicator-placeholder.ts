/** Rules 1 and 10: an indicator without a value, or with a placeholder ("无", "/", "-", "不涉及") as its name or value. */
import type { Indicator } from '../../model';
import { defineRule } from '../define';
import { indicatorField, tables } from '../indicator-kinds';
import { isPlaceholder } from '../../normalize/value';
import { isLocalLevel1 } from '../taxonomy';

/**
 * A self-evaluation's 决策 and 过程/管理 rows (项目立项 可行性, 财务管理制度有效性) are scored against the scoring rubric:
 * their 指标值 is often left blank or "-", and what was done is written as the actual.
 */
function scoredByRubric(indicator: Indicator): boolean {
  return isLocalLevel1(indicator.level1) && ((indicator.actual ?? '') !== '' || indicator.score != null);
}

export default defineRule({
  meta: {
    id: 'indicator/placeholder',
    category: 'values',
    severity: 'error',
    description: {
      'zh-CN': '指标名称或指标值为空，或只写了“无”“/”“-”“不涉及”等占位内容',
      'en-US': 'An indicator name or value is empty, or holds a placeholder such as 无, /, - or 不涉及',
    },
    messages: {
      emptyValue: {
        'zh-CN': '指标“{indicator}”没有指标值：请填写可衡量的目标值，如“≥95%”“≥10个”',
        'en-US': 'Indicator "{indicator}" has no value: fill in a measurable target such as "≥95%" or "≥10个"',
      },
      placeholderValue: {
        'zh-CN': '指标“{indicator}”的指标值是占位内容“{value}”：请填写具体目标值；确不涉及的指标应删除该行',
        'en-US': 'Indicator "{indicator}" has the placeholder "{value}" as its value: give a real target, or delete the row if it does not apply',
      },
      emptyName: {
        'zh-CN': '指标值“{value}”所在行没有三级指标名称：请写明衡量的是什么',
        'en-US': 'The row with value "{value}" has no indicator name: say what is measured',
      },
      placeholderName: {
        'zh-CN': '三级指标名称是占位内容“{name}”：请写明具体指标，确不涉及的应删除该行',
        'en-US': 'The indicator name is the placeholder "{name}": name a real indicator, or delete the row',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        const field = indicatorField(indicator);
        const label = indicator.level3 || indicator.description || indicator.level2;
        if (indicator.cells.level3 && indicator.level3 === '' && indicator.description === '') {
          report({ table, cell: indicator.cells.level3, messageId: 'emptyName', data: { value: indicator.value }, field: `${field}#level3` });
        } else if (indicator.cells.level3 && isPlaceholder(indicator.level3)) {
          report({ table, cell: indicator.cells.level3, messageId: 'placeholderName', data: { name: indicator.level3 }, field: `${field}#level3` });
        }
        const cell = indicator.cells.value;
        if (!cell || scoredByRubric(indicator)) continue;
        if (indicator.parsed.kind === 'empty') report({ table, cell, messageId: 'emptyValue', data: { indicator: label }, field });
        else if (indicator.parsed.kind === 'placeholder') {
          report({ table, cell, messageId: 'placeholderValue', data: { indicator: label, value: indicator.value }, field });
        }
      }
    }
  },
});
