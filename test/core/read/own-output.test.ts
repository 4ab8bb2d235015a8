/** The add-in's own 审核报告 sheet is never read back as the user's tables (it would make projects of its rows). */
import { reportTable } from '../../../src/core/review/report';
import { runChecks } from '../../../src/core/check/engine';
import { read, sheet } from '../../helpers/grid';
import { tableRows } from '../../helpers/table-builder';
import type { CellValue } from '../../../src/core/grid';

function reportSheetRows(locale: 'zh-CN' | 'en-US'): CellValue[][] {
  const table = read(sheet('项目', tableRows({ budget: 30 })));
  const findings = runChecks(table).findings;
  const report = reportTable(findings, locale, new Date(2024, 2, 1));
  // As the Excel host lays it out: title, subtitle, a blank row, the headings, one row per finding.
  return [[report.title], [report.subtitle], [], report.headers, ...report.rows.map((r) => r.cells)];
}

describe('sheets the add-in writes', () => {
  it.each(['zh-CN', 'en-US'] as const)('skips its own review report (%s) and says so', (locale) => {
    const rows = reportSheetRows(locale);
    expect(rows.length).toBeGreaterThan(4); // the table above has findings, so the report has rows
    const model = read(sheet('项目', tableRows({ budget: 30 })), sheet('审核报告', rows));
    expect(model.projects.map((p) => p.sheet)).toEqual(['项目']);
    expect(model.notes.filter((n) => n.code === 'own-output').map((n) => n.sheet)).toEqual(['审核报告']);
    expect(runChecks(model).findings.filter((f) => f.sheet === '审核报告')).toEqual([]);
  });

  it('reads a user sheet that merely shares the title', () => {
    const rows: CellValue[][] = [['绩效目标表审核报告'], ...tableRows()];
    const model = read(sheet('抄来的', rows));
    expect(model.projects).toHaveLength(1);
    expect(model.notes.some((n) => n.code === 'own-output')).toBe(false);
  });
});
