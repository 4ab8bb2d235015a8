/**
 * Write-back escaping, as a property: whatever text 应用建议 (or a generated sheet) writes — formula signs in front,
 * behind spaces, tabs or line breaks, full-width signs, apostrophes, numbers, dates, booleans — the cell ends up holding
 * exactly that text, never a formula, a number or a date; and 撤销 puts the old content back.
 */
import fc from 'fast-check';
import { ExcelWorkbookHost } from '../../../src/hosts/excel/excel-host';
import { FakeExcel } from '../../../src/hosts/memory/fake-excel';
import { cellKey, emptyWorkbook, newSheet } from '../../../src/hosts/memory/workbook-data';

const PREFIXES = ['', '=', '+', '-', '@', ' =', '\t+', '\r\n-', '\u3000@', '＝', '＋', '－', '＠', "'", "''", '\u0000=', ' '];
const BODIES = ['SUM(A1:A9)', 'HYPERLINK("http://x")', '1', '1.5', '1e5', '50%', '2024-01-02', '2024年3月', 'TRUE', 'false', '≥90%', '年度目标', '', 'cmd|\' /C calc\'!A0'];

const text = fc.oneof(
  fc.tuple(fc.constantFrom(...PREFIXES), fc.constantFrom(...BODIES)).map(([p, b]) => `${p}${b}`),
  fc.string({ maxLength: 20 }),
);

function host(): { fake: FakeExcel; host: ExcelWorkbookHost } {
  const data = emptyWorkbook();
  const sheet = newSheet('表1');
  sheet.cells[cellKey(0, 0)] = { value: '原值' };
  data.sheets.push(sheet);
  data.activeSheet = '表1';
  const fake = new FakeExcel(data);
  return { fake, host: new ExcelWorkbookHost(fake.environment) };
}

describe('writing text back into a cell', () => {
  it('leaves exactly the text in the cell, never a formula or a number, and 撤销 restores the original', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (written) => {
        const { fake, host: h } = host();
        const undo = await h.writeCell('表1', 'A1', written);
        const cell = fake.data.sheets[0].cells[cellKey(0, 0)];
        expect(cell.formula).toBeUndefined();
        expect(cell.value ?? '').toBe(written); // an empty text leaves the cell empty
        await h.undo(undo);
        expect(fake.data.sheets[0].cells[cellKey(0, 0)].value).toBe('原值');
      }),
      { numRuns: 300 },
    );
  });
});
