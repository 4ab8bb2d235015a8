/** The ribbon's 检查并标记 and 清除标记, which run without the pane, on the fake Excel. */
import { checkAndMarkWorkbook, checkOutcome, clearWorkbookMarks, failureOutcome, NeedsNewerExcel, noticeQuery } from '../../src/commands/commands';
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

  it('tell the user what they did: counts by severity and tables for the notice', async () => {
    const fake = new FakeExcel(workbookFromGrid(readGrid(SAMPLE_PER_SHEET)));
    const result = await checkAndMarkWorkbook(fake.environment, 'zh-CN');
    expect(result.tables).toBe(14); // 13 project tables and the department's overall targets
    expect(result.errors + result.warnings + result.infos).toBe(28);
    expect(result.errors).toBeGreaterThan(0);
    const outcome = checkOutcome(result);
    expect(outcome.message).toBe('marked');
    expect(noticeQuery(outcome, 'zh-CN')).toBe(
      `m=marked&lang=zh-CN&t=14&e=${result.errors}&w=${result.warnings}&i=${result.infos}&c=${result.cells}&u=0`,
    );
  });

  it('say so when the workbook holds no table, or nothing was found', () => {
    const base = { cells: 0, annotated: 0, skippedAnnotations: 0, unmarkedSheets: [], protectedSheets: [], errors: 0, warnings: 0, infos: 0, unread: 0 };
    expect(checkOutcome({ ...base, tables: 0 }).message).toBe('no-tables');
    expect(checkOutcome({ ...base, tables: 3 }).message).toBe('marked-none');
    // A block of indicators not read: never "nothing found", and the notice says the result is incomplete.
    const incomplete = checkOutcome({ ...base, tables: 3, unread: 1 });
    expect(incomplete.message).toBe('marked');
    expect(noticeQuery(incomplete, 'zh-CN')).toMatch(/&x=1$/);
    expect(checkOutcome({ ...base, tables: 0, unread: 2 }).message).toBe('marked');
    expect(checkOutcome({ ...base, tables: 3, infos: 1, unmarkedSheets: ['a', 'b'] }).figures?.unmarkedSheets).toBe(2);
  });

  it('refuse in an Excel without ExcelApi 1.4, touching nothing, and name what is needed', async () => {
    const data = workbookFromGrid(readGrid(SAMPLE_PER_SHEET));
    const original = saveWorkbook(data);
    const fake = new FakeExcel(data, '1.3');
    await expect(checkAndMarkWorkbook(fake.environment, 'zh-CN')).rejects.toBeInstanceOf(NeedsNewerExcel);
    await expect(clearWorkbookMarks(fake.environment)).rejects.toBeInstanceOf(NeedsNewerExcel);
    expect(fake.runs).toBe(0);
    expect(saveWorkbook(fake.data)).toBe(original);
    expect(failureOutcome(new NeedsNewerExcel()).message).toBe('needs-api');
    expect(failureOutcome(new Error('GeneralException')).message).toBe('failed');
  });

  it('the notice has a message for every outcome, in both languages', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const messages = require('../../src/pages/fallback-messages.js') as Record<string, { zh: string; en: string }>;
    for (const key of ['marked', 'marked-none', 'no-tables', 'cleared', 'needs-api', 'failed', 'old-webview', 'start-failed', 'unmarked', 'incomplete']) {
      expect(messages[key].zh).toMatch(/[\u4e00-\u9fff]/);
      expect(messages[key].en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
