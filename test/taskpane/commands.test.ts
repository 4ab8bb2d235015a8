/** The ribbon's 检查并标记 and 清除标记, which run without the pane, on the fake Excel. */
import { checkAndMarkWorkbook, clearWorkbookMarks } from '../../src/commands/commands';
import { FakeExcel } from '../../src/hosts/memory/fake-excel';
import { saveWorkbook, workbookFromGrid } from '../../src/hosts/memory/workbook-data';
import { readGrid, SAMPLE_PER_SHEET } from '../helpers/samples';
import { WAIVER_SETTING } from '../../src/hosts/excel/excel-host';

describe('ribbon commands', () => {
  it('check and mark every finding except waived ones, then clear back to the original', async () => {
    const data = workbookFromGrid(readGrid(SAMPLE_PER_SHEET));
    const original = saveWorkbook(data);
    data.settings[WAIVER_SETTING] = JSON.stringify([
      { key: 'cost/exceeds-budget|13020923P00042110011E|cost', rule: 'cost/exceeds-budget', project: '13020923P00042110011E', field: 'cost', reason: '已调整', at: '2024-01-01T00:00:00Z' },
    ]);
    const fake = new FakeExcel(data);
    const env = fake.environment;
    const result = await checkAndMarkWorkbook(env, 'zh-CN');
    expect(result.cells).toBe(26); // 28 findings, one waived, two on the same cell (E11 of table 4)
    const costSheet = fake.data.sheets.find((s) => s.name.startsWith('11.'))!;
    expect(costSheet.conditionalFormats.flatMap((f) => f.areas).some((a) => a.top === 12 && a.left === 4)).toBe(false);
    expect(fake.data.notes[0].content).toMatch(/^【绩效审核·提示】/);
    await clearWorkbookMarks(env);
    delete fake.data.settings[WAIVER_SETTING];
    expect(saveWorkbook(fake.data).replace(/"nextId":\d+/, '')).toBe(original.replace(/"nextId":\d+/, ''));
  });

  it('write notes in English when Office speaks English', async () => {
    const fake = new FakeExcel(workbookFromGrid(readGrid(SAMPLE_PER_SHEET)));
    await checkAndMarkWorkbook(fake.environment, 'en-GB');
    expect(fake.data.notes.some((n) => n.content.includes('exceeds the budget'))).toBe(true);
  });
});
