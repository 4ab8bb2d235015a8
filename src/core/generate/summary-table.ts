/**
 * The 指标汇总表: one flat table for the workbook, one row per indicator, with filter buttons — ready for a pivot
 * table or an import into a budget system. It is the add-in's own output: the reader recognizes it by its title and
 * headings and does not read it back as tables.
 */
import type { Locale } from '../i18n/messages';
import type { Model } from '../model';
import { parseValueText } from '../normalize/value';
import type { SheetSpec } from './sheet-spec';
import { standardValue, tidy } from './standard-content';
import { INDICATOR_SUMMARY } from '../vocabulary/own-sheets';

/** Its title and headings are how the reader tells this sheet from a user's table (src/core/read/own-output.ts). */
const WORDS = INDICATOR_SUMMARY;

const WIDTHS = [24, 30, 10, 8, 12, 16, 24, 28, 7, 10, 9, 20, 18];

export function summarySheet(model: Model, locale: Locale, name: string): SheetSpec {
  const words = WORDS[locale];
  const rows: (string | number | null)[][] = [];
  for (const project of model.projects) {
    for (const indicator of project.indicators) {
      const value = standardValue(indicator);
      const parsed = parseValueText(value, { money: /成本/.test(`${indicator.level1}${indicator.level2}`) });
      const quantitative = parsed.kind === 'quantitative' && !parsed.inSentence && parsed.range === null;
      rows.push([
        tidy(project.code),
        tidy(project.name),
        project.budget,
        project.budgetUnit,
        tidy(indicator.level1),
        tidy(indicator.level2),
        tidy(indicator.level3),
        tidy(indicator.description),
        quantitative ? parsed.comparator : '',
        // One scale for the number and its unit: "5.5万人次" gives 55000 人次.
        quantitative ? (parsed.normalized.number ?? parsed.number) : value,
        quantitative ? (parsed.normalized.unit ?? '') : '',
        tidy(indicator.basis),
        project.sheet,
      ]);
    }
  }
  return {
    name,
    columnWidths: WIDTHS,
    cells: [{ row: 0, col: 0, value: words.title, style: 'title' }],
    merges: [{ top: 0, left: 0, bottom: 0, right: 6 }],
    bordered: [],
    rowHeights: { 0: 28 },
    table: { name: 'IndicatorSummary', top: 1, headers: [...words.headers], rows },
    frozenRows: 2,
    landscape: true,
  };
}
