/**
 * A time target that runs past the budget year ("服务周期 2023.07-2024.01", "截至2026年12月底" in a 2025 table): the
 * money would be spent, or the target met, after the year it is budgeted for. The implementation period (实施期,
 * 建设周期) of a multi-year project may rightly run on, so a period is only mentioned at info.
 */
import { defineRule } from '../define';
import { budgetYear, categoryOf, indicatorField, isProject, tables } from '../indicator-kinds';
import { matchesNotAfterDigit, matchingForm } from '../../normalize/text';

/** The latest year a text names as a date or the end of a span: "2023.07-2024.01" → 2024, "2024年2月" → 2024. */
export function latestYear(text: string): number | null {
  const half = matchingForm(text);
  let latest: number | null = null;
  const consider = (year: number): void => {
    if (year >= 2000 && year <= 2100 && (latest === null || year > latest)) latest = year;
  };
  // 2024年, 2024.01, 2024-01, 2024/01, 202401 (six digits: year and month)
  for (const m of matchesNotAfterDigit(half, /(20\d{2})\s*(?:年|[.\-/](?:0?[1-9]|1[0-2])(?!\d)|(?:0[1-9]|1[0-2])(?!\d))/g)) consider(Number(m[1]));
  return latest;
}

export default defineRule({
  meta: {
    id: 'year/beyond-budget-year',
    category: 'years',
    severity: 'warning',
    description: {
      'zh-CN': '时效目标的完成时间跨出了预算年度（实施期跨年的多年项目只作提示）',
      'en-US': 'A time target ends after the budget year (a multi-year implementation period is only mentioned)',
    },
    messages: {
      target: {
        'zh-CN': '时效目标“{text}”到 {found} 年，本表是 {year} 年预算：年度目标应在 {year} 年内完成；如确需跨年，请说明原因并相应安排支出',
        'en-US': 'The time target "{text}" runs into {found}, but this is the {year} budget: an annual target is met within {year}; if it must run on, say why',
      },
      period: {
        'zh-CN': '实施期“{text}”延续到 {found} 年，超出 {year} 预算年度：请确认年度目标和支出计划只包含 {year} 年的部分',
        'en-US': 'The implementation period "{text}" runs into {found}, beyond the {year} budget year: make sure the annual targets and plan cover {year} only',
      },
    },
  },
  check({ model, settings, report }) {
    for (const table of tables(model)) {
      const year = budgetYear(table, settings);
      if (year === null) continue;
      for (const indicator of table.indicators) {
        if (!/20\d\d/.test(indicator.value + indicator.level3)) continue;
        if (categoryOf(indicator) !== 'timeliness' && !/时间|期限|时限|周期/.test(indicator.level3)) continue;
        for (const [text, cell] of [
          [indicator.value, indicator.cells.value],
          [indicator.level3, indicator.cells.level3],
        ] as const) {
          const found = cell ? latestYear(text) : null;
          if (found === null || found <= year) continue;
          report({ table, cell: cell!, messageId: 'target', data: { text, found, year }, field: `${indicatorField(indicator)}#beyond` });
          break;
        }
      }
      if (isProject(table) && table.period && table.cells.period) {
        const found = latestYear(table.period);
        if (found !== null && found > year) {
          report({ table, cell: table.cells.period, messageId: 'period', data: { text: table.period, found, year }, field: 'period', evidence: 'weak' });
        }
      }
    }
  },
});
