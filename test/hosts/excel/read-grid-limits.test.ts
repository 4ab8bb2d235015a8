/**
 * The Excel host within the read limits: a used range spread to XFD1048576 by one stray value is refused before a
 * single cell is read (no chunk of it is requested), and the cells, text and merged areas that come back are counted.
 */
import { ExcelWorkbookHost } from '../../../src/hosts/excel/excel-host';
import { detectFeatures, type ExcelEnvironment } from '../../../src/hosts/excel/environment';
import { readWorkbookGrid } from '../../../src/hosts/excel/read-grid';
import { FakeExcel } from '../../../src/hosts/memory/fake-excel';
import { cellKey, emptyWorkbook, newSheet, type WorkbookData } from '../../../src/hosts/memory/workbook-data';
import type { ReadLimits } from '../../../src/hosts/read-limits';
import { ReadLimitError } from '../../../src/hosts/read-limit-error';

function workbook(cells: [number, number, string | number][], merges: WorkbookData['sheets'][number]['merges'] = []): WorkbookData {
  const data = emptyWorkbook();
  const sheet = newSheet('表');
  for (const [row, col, value] of cells) sheet.cells[cellKey(row, col)] = { value };
  sheet.merges = merges;
  data.sheets.push(sheet);
  data.activeSheet = sheet.name;
  return data;
}

async function readWith(data: WorkbookData, limits: Partial<ReadLimits>): Promise<unknown> {
  const env: ExcelEnvironment = new FakeExcel(data, '1.18').environment;
  return env.run((context) => readWorkbookGrid(context, detectFeatures(env.supports), undefined, limits));
}

describe('the Excel host within the read limits', () => {
  it('refuses a used range reaching XFD1048576 before reading any of it', async () => {
    const fake = new FakeExcel(workbook([[0, 0, '项目名称'], [1_048_575, 16_383, 'x']]), '1.18');
    const host = new ExcelWorkbookHost(fake.environment);
    const started = Date.now();
    const error = await host.readGrid().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadLimitError);
    expect(error).toMatchObject({
      code: 'area-too-large',
      messages: {
        'zh-CN':
          '工作表“表”的内容分布在 A1:XFD1048576（1,048,576 行 × 16,384 列），超过了 1,000,000 个单元格的读取上限；可能有零散内容写在很远的单元格里，删除后再检查',
        'en-US':
          'The content of sheet "表" spans A1:XFD1048576 (1,048,576 rows × 16,384 columns), over the limit of 1,000,000 cells; stray content far away may be the cause: delete it and check again',
      },
    });
    // The pane shows the message as it is: both languages.
    expect((error as Error).message).toMatch(/^工作表“表”的内容分布在 .+ \/ The content of sheet "表" spans/);
    // Sheet names and used ranges only: no chunk of cells was requested.
    expect(fake.syncs).toBe(2);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('counts the cells and the text that come back', async () => {
    const cells: [number, number, string | number][] = Array.from({ length: 20 }, (_, i) => [i, 0, i]);
    await expect(readWith(workbook(cells), { maxCells: 19 })).rejects.toMatchObject({ code: 'too-many-cells' });
    await expect(readWith(workbook(cells), { maxCells: 20 })).resolves.toBeDefined();
    await expect(readWith(workbook([[0, 0, '长'.repeat(40)]]), { maxCellText: 39 })).rejects.toMatchObject({
      code: 'text-too-long',
      messages: { 'zh-CN': '工作表“表”单元格 A1 中的文字长达 40 个字符，超过了每个单元格 39 个字符的上限' },
    });
    await expect(readWith(workbook([[0, 0, 'abc'], [1, 0, 'def']]), { maxTotalText: 5 })).rejects.toMatchObject({ code: 'too-much-text' });
  });

  it('counts the merged areas and the cells they cover within the used range', async () => {
    const data = workbook([[0, 0, '项目名称'], [9, 9, 'x']], [
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 2, left: 0, bottom: 2, right: 3 },
    ]);
    await expect(readWith(data, { maxMerges: 1 })).rejects.toMatchObject({ code: 'too-many-merges' });
    await expect(readWith(data, { maxMergedCells: 7 })).rejects.toMatchObject({ code: 'too-many-merges' });
    await expect(readWith(data, { maxMergedCells: 8 })).resolves.toBeDefined();
  });

  it('counts the sheets', async () => {
    const data = workbook([[0, 0, 1]]);
    data.sheets.push(newSheet('二'), newSheet('三'));
    await expect(readWith(data, { maxSheets: 2 })).rejects.toMatchObject({ code: 'too-many-sheets' });
  });
});
