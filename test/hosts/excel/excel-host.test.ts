/**
 * The Excel host against a fake Excel that counts context.sync() round trips: a whole-workbook scan takes the same
 * number whatever the number of sheets; highlights and notes are batched; clearing restores the user's own look
 * exactly, also after the workbook was saved and reopened.
 */
import { ExcelWorkbookHost, WAIVER_SETTING } from '../../../src/hosts/excel/excel-host';
import { FakeExcel } from '../../../src/hosts/memory/fake-excel';
import {
  cellKey,
  emptyWorkbook,
  newSheet,
  reopenWorkbook,
  saveWorkbook,
  workbookFromGrid,
  type WorkbookData,
} from '../../../src/hosts/memory/workbook-data';
import { readWorkbook } from '../../../src/core/read';
import { runChecks } from '../../../src/core/check/engine';
import { CellChangedError, type Mark } from '../../../src/hosts/workbook-host';
import { readGrid, SAMPLE_PER_SHEET } from '../../helpers/samples';
import { tableRows } from '../../helpers/table-builder';
import type { ReportTable } from '../../../src/core/review/report';
import { HIGHLIGHT_MARKER, NOTE_MARKER } from '../../../src/hosts/excel/marks';
import { WAIVER_NAMESPACE, waiversFromXml, waiversToXml } from '../../../src/core/review/waiver-store';
import { generate } from '../../../src/core/generate/templates';
import { CELLS_PER_CHUNK } from '../../../src/hosts/excel/read-grid';

/** Sheets of one table each; with defects, each table has findings (a plan short of 100%, a low satisfaction target). */
function workbookWithTables(sheets: number, defects = false): WorkbookData {
  const data = emptyWorkbook();
  for (let s = 0; s < sheets; s++) {
    const sheet = newSheet(`表${s + 1}`);
    const facts = defects ? { plan: ['25%', '50%', '75%', '90%'], budget: 25 } : {};
    tableRows({ code: `13020924P0007131${String(s).padStart(4, '0')}A`, ...facts }).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) sheet.cells[cellKey(r, c)] = { value };
      }),
    );
    sheet.merges = [{ top: 0, left: 0, bottom: 0, right: 6 }];
    data.sheets.push(sheet);
  }
  data.activeSheet = data.sheets[0].name;
  return data;
}

function hostOn(data: WorkbookData, version = '1.18', missingApis: string[] = []): { fake: FakeExcel; host: ExcelWorkbookHost } {
  const fake = new FakeExcel(data, version, missingApis);
  return { fake, host: new ExcelWorkbookHost(fake.environment) };
}

/** Every finding of the workbook as marks, the way the pane builds them. */
async function marksOf(host: ExcelWorkbookHost): Promise<Mark[]> {
  const { findings } = runChecks(readWorkbook(await host.readGrid()));
  return findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity, note: `${NOTE_MARKER}·${f.severity}】${f.message['zh-CN']}` }));
}

describe('reading the workbook', () => {
  it('takes the same number of round trips for 1 sheet and for 50', async () => {
    const one = hostOn(workbookWithTables(1));
    const fifty = hostOn(workbookWithTables(50));
    const gridOne = await one.host.readGrid();
    const gridFifty = await fifty.host.readGrid();
    expect(gridOne.sheets).toHaveLength(1);
    expect(gridFifty.sheets).toHaveLength(50);
    // Sheet names, used ranges, cells, merged areas.
    expect(one.fake.syncs).toBe(4);
    expect(fifty.fake.syncs).toBe(one.fake.syncs);
  });

  it('reads what the file reader reads: the same model from the sample workbook', async () => {
    const grid = readGrid(SAMPLE_PER_SHEET);
    const { host } = hostOn(workbookFromGrid(grid));
    const viaExcel = readWorkbook(await host.readGrid());
    const viaFile = readWorkbook(grid);
    expect(viaExcel).toEqual(viaFile);
    expect(viaExcel.projects).toHaveLength(13);
  });

  it('forward-fills when merged areas cannot be read (ExcelApi before 1.13)', async () => {
    const { host } = hostOn(workbookWithTables(1), '1.12');
    const grid = await host.readGrid();
    expect(grid.sheets[0].merges).toBeUndefined();
    const model = readWorkbook(grid);
    expect(model.projects[0].indicators.map((i) => i.level1)).toEqual(['产出指标', '产出指标', '产出指标', '产出指标', '效益指标', '满意度指标']);
  });

  it('reads a big used range in row chunks, with more round trips only as the data grows', async () => {
    const data = emptyWorkbook();
    const sheet = newSheet('大表');
    const rows = Math.ceil((CELLS_PER_CHUNK * 3) / 20);
    for (let r = 0; r < rows; r++) for (let c = 0; c < 20; c++) sheet.cells[cellKey(r, c)] = { value: r * 20 + c };
    data.sheets.push(sheet);
    const { fake, host } = hostOn(data);
    const grid = await host.readGrid();
    expect(grid.sheets[0].values).toHaveLength(rows);
    expect(grid.sheets[0].values[rows - 1][19]).toBe(rows * 20 - 1);
    expect(fake.syncs).toBeGreaterThan(4);
    expect(fake.syncs).toBeLessThanOrEqual(4 + Math.ceil((rows * 20 * 40) / 4_000_000));
  });

  it('sends less per round trip when Excel says the response is too large, and still reads every cell', async () => {
    const data = workbookWithTables(6);
    const { fake, host } = hostOn(data);
    const cellsPerSheet = (await hostOn(workbookWithTables(1)).host.readGrid()).sheets[0].values.flat().length;
    fake.responseCellLimit = cellsPerSheet * 2;
    const grid = await host.readGrid();
    expect(readWorkbook(grid)).toEqual(readWorkbook(await hostOn(workbookWithTables(6)).host.readGrid()));
    expect(fake.syncs).toBeGreaterThan(4);
  });

  it('splits a single chunk that is still too large', async () => {
    const { fake, host } = hostOn(workbookWithTables(1));
    fake.responseCellLimit = 30;
    const grid = await host.readGrid();
    expect(readWorkbook(grid).projects).toHaveLength(1);
  });

  it('reads the merges of the other sheets when one sheet refuses them, and forward-fills that one', async () => {
    const { fake, host } = hostOn(workbookWithTables(3));
    fake.fault = (operation, sheet) => {
      if (operation === 'mergedAreas' && sheet === '表2') throw new Error('GeneralException');
    };
    const grid = await host.readGrid();
    expect(grid.sheets.map((s) => s.merges)).toEqual([[{ top: 0, left: 0, bottom: 0, right: 6 }], undefined, [{ top: 0, left: 0, bottom: 0, right: 6 }]]);
    expect(readWorkbook(grid).projects).toHaveLength(3);
  });

  it('reads whole merged areas, not only their top-left cells', async () => {
    const data = workbookWithTables(1);
    data.sheets[0].merges.push({ top: 4, left: 0, bottom: 7, right: 0 });
    const { host } = hostOn(data);
    const grid = await host.readGrid();
    expect(grid.sheets[0].merges).toContainEqual({ top: 4, left: 0, bottom: 7, right: 0 });
  });

  it('reports progress', async () => {
    const { host } = hostOn(workbookWithTables(3));
    const seen: string[] = [];
    await host.readGrid((p) => seen.push(`${p.phase}:${p.done}/${p.total}`));
    expect(seen[0]).toBe('sheets:0/3');
    expect(seen[seen.length - 1]).toMatch(/^cells:(\d+)\/\1$/);
  });
});

describe('highlights and notes', () => {
  it('are written in a constant number of round trips, for few marks or many', async () => {
    const small = hostOn(workbookWithTables(1, true));
    const large = hostOn(workbookWithTables(40, true));
    const smallMarks = await marksOf(small.host);
    const largeMarks = await marksOf(large.host);
    expect(largeMarks.length).toBeGreaterThan(smallMarks.length * 10);
    small.fake.syncs = 0;
    large.fake.syncs = 0;
    await small.host.mark(smallMarks);
    await large.host.mark(largeMarks);
    expect(large.fake.syncs).toBe(small.fake.syncs);
    expect(small.fake.syncs).toBeLessThanOrEqual(5);
    small.fake.syncs = 0;
    large.fake.syncs = 0;
    await small.host.clearMarks();
    await large.host.clearMarks();
    expect(large.fake.syncs).toBe(small.fake.syncs);
  });

  it('use one conditional format per sheet and severity (ExcelApi 1.9), with a note on each cell (1.18)', async () => {
    const { fake, host } = hostOn(workbookWithTables(1));
    const marks: Mark[] = [
      { sheet: '表1', cell: 'E10', severity: 'error', note: `${NOTE_MARKER}·错误】甲` },
      { sheet: '表1', cell: 'E11', severity: 'error', note: `${NOTE_MARKER}·错误】乙` },
      { sheet: '表1', cell: 'E12', severity: 'warning', note: `${NOTE_MARKER}·警告】丙` },
      { sheet: '表1', cell: 'E12', severity: 'error', note: `${NOTE_MARKER}·错误】丁` },
    ];
    const result = await host.mark(marks);
    expect(result).toEqual({ cells: 3, annotated: 3, skippedAnnotations: 0, unmarkedSheets: [], protectedSheets: [] });
    const formats = fake.data.sheets[0].conditionalFormats;
    expect(formats).toHaveLength(1); // the warning cell also has an error: the error wins
    expect(formats[0].formula).toContain(`${HIGHLIGHT_MARKER}:error`);
    expect(formats[0].areas.map((a) => `${a.top},${a.left}`)).toEqual(['9,4', '10,4', '11,4']);
    expect(fake.data.notes.find((n) => n.cell === 'E12')!.content).toContain('丙\n【绩效审核·错误】丁');
  });

  it('write one conditional format per cell where RangeAreas is missing (ExcelApi 1.6), and comments before 1.18', async () => {
    const { fake, host } = hostOn(workbookWithTables(1), '1.10');
    await host.mark([
      { sheet: '表1', cell: 'E10', severity: 'warning', note: `${NOTE_MARKER}】甲` },
      { sheet: '表1', cell: 'E11', severity: 'warning', note: `${NOTE_MARKER}】乙` },
    ]);
    expect(fake.data.sheets[0].conditionalFormats).toHaveLength(1); // 1.10 has RangeAreas
    const old = hostOn(workbookWithTables(1), '1.6');
    await old.host.mark([
      { sheet: '表1', cell: 'E10', severity: 'warning', note: 'x' },
      { sheet: '表1', cell: 'E11', severity: 'warning', note: 'y' },
    ]);
    expect(old.fake.data.sheets[0].conditionalFormats).toHaveLength(2);
    expect(old.fake.data.notes).toEqual([]);
    expect(fake.data.comments.map((c) => c.cell)).toEqual(['E10', 'E11']);
  });

  it('leave the user\'s own notes and comments in place', async () => {
    const data = workbookWithTables(1);
    data.notes.push({ id: 99, sheet: '表1', cell: 'E10', content: '审核人张三：已核实' });
    const { fake, host } = hostOn(data);
    const result = await host.mark([{ sheet: '表1', cell: 'E10', severity: 'error', note: `${NOTE_MARKER}】甲` }]);
    expect(result.skippedAnnotations).toBe(1);
    await host.clearMarks();
    expect(fake.data.notes).toEqual([{ id: 99, sheet: '表1', cell: 'E10', content: '审核人张三：已核实' }]);
  });

  it('mark the other sheets when Excel refuses changes to one (a protected sheet), and say which', async () => {
    const { fake, host } = hostOn(workbookWithTables(3, true));
    const marks = await marksOf(host);
    fake.fault = (operation, sheet) => {
      if (sheet === '表2' && /^(add|delete)/.test(operation)) throw new Error('AccessDenied');
    };
    const result = await host.mark(marks);
    expect(result.unmarkedSheets).toEqual(['表2']);
    const cellsOf = (sheet: string): number => new Set(marks.filter((m) => m.sheet === sheet).map((m) => m.cell)).size;
    expect(cellsOf('表1')).toBeGreaterThan(0);
    expect(result.cells).toBe(cellsOf('表1') + cellsOf('表3'));
    expect(fake.data.sheets.map((s) => s.conditionalFormats.length > 0)).toEqual([true, false, true]);
    expect(fake.data.notes.filter((n) => n.sheet === '表1')).toHaveLength(cellsOf('表1'));
    expect(fake.data.notes.filter((n) => n.sheet === '表2')).toEqual([]);
    // Marking again once the protection is lifted marks every sheet alike and never doubles a mark.
    fake.fault = undefined;
    await host.mark(marks);
    await host.mark(marks);
    const formats = fake.data.sheets[0].conditionalFormats.length;
    expect(fake.data.sheets.map((s) => s.conditionalFormats.length)).toEqual([formats, formats, formats]);
    expect(fake.data.notes).toHaveLength(cellsOf('表1') + cellsOf('表2') + cellsOf('表3'));
    await host.clearMarks();
    expect(fake.data.notes).toEqual([]);
    expect(fake.data.sheets.every((s) => s.conditionalFormats.length === 0)).toBe(true);
  });

  it('leave a sheet whose conditional formats cannot be read alone, and mark the others', async () => {
    const { fake, host } = hostOn(workbookWithTables(2, true));
    const marks = await marksOf(host);
    fake.fault = (operation, sheet) => {
      if (operation === 'loadConditionalFormats' && sheet === '表1') throw new Error('GeneralException');
    };
    const result = await host.mark(marks);
    expect(result.unmarkedSheets).toEqual(['表1']);
    expect(fake.data.sheets.map((s) => s.conditionalFormats.length > 0)).toEqual([false, true]);
  });

  it('use comments where office.js has no Notes API although Excel reports ExcelApi 1.18 (an intranet copy), never half-marking', async () => {
    const { fake, host } = hostOn(workbookWithTables(2, true), '1.18', ['notes']);
    const marks = await marksOf(host);
    const result = await host.mark(marks);
    expect(result.unmarkedSheets).toEqual([]);
    expect(fake.data.notes).toEqual([]);
    expect(fake.data.comments.length).toBe(result.annotated);
    expect(result.annotated).toBe(new Set(marks.map((m) => `${m.sheet}!${m.cell}`)).size);
    await host.clearMarks();
    expect(fake.data.comments).toEqual([]);
    expect(fake.data.sheets.every((s) => s.conditionalFormats.length === 0)).toBe(true);
  });

  it('treat comments from a run on an older Excel (1.10–1.17) as its own on 1.18: replaced by notes, cleared by 清除标记', async () => {
    const data = workbookWithTables(1);
    const older = hostOn(data, '1.10');
    await older.host.mark([
      { sheet: '表1', cell: 'E10', severity: 'error', note: `${NOTE_MARKER}】旧` },
      { sheet: '表1', cell: 'E11', severity: 'error', note: `${NOTE_MARKER}】旧` },
    ]);
    expect(older.fake.data.comments).toHaveLength(2);
    const newer = hostOn(older.fake.data, '1.18');
    const result = await newer.host.mark([{ sheet: '表1', cell: 'E10', severity: 'error', note: `${NOTE_MARKER}】新` }]);
    expect(result).toMatchObject({ annotated: 1, skippedAnnotations: 0, unmarkedSheets: [], protectedSheets: [] });
    expect(newer.fake.data.comments).toEqual([]);
    expect(newer.fake.data.notes.map((n) => [n.cell, n.content])).toEqual([['E10', `${NOTE_MARKER}】新`]]);
    // Comments left behind by the older run go with 清除标记 too.
    const again = hostOn(older.fake.data, '1.10');
    await again.host.mark([{ sheet: '表1', cell: 'E12', severity: 'error', note: `${NOTE_MARKER}】旧` }]);
    await hostOn(again.fake.data, '1.18').host.clearMarks();
    expect(again.fake.data.comments).toEqual([]);
    expect(again.fake.data.notes).toEqual([]);
  });

  it('name a protected sheet as protected, and mark the others', async () => {
    const data = workbookWithTables(2, true);
    data.sheets[1].protected = true;
    const { fake, host } = hostOn(data);
    const result = await host.mark(await marksOf(host));
    expect(result.unmarkedSheets).toEqual(['表2']);
    expect(result.protectedSheets).toEqual(['表2']);
    expect(fake.data.sheets.map((s) => s.conditionalFormats.length > 0)).toEqual([true, false]);
  });

  it('take a sheet\'s highlights back where Excel refuses its notes for another reason, and not call it protected', async () => {
    const { fake, host } = hostOn(workbookWithTables(2, true));
    const marks = await marksOf(host);
    fake.fault = (operation, sheet) => {
      if (sheet === '表2' && operation === 'addNote') throw new Error('GeneralException');
    };
    const result = await host.mark(marks);
    expect(result.unmarkedSheets).toEqual(['表2']);
    expect(result.protectedSheets).toEqual([]);
    expect(fake.data.sheets.map((s) => s.conditionalFormats.length > 0)).toEqual([true, false]);
    expect(fake.data.notes.every((n) => n.sheet === '表1')).toBe(true);
    expect(result.cells).toBe(new Set(marks.filter((m) => m.sheet === '表1').map((m) => m.cell)).size);
  });

  it('put no note where someone left a threaded comment (a cell holds one or the other)', async () => {
    const data = workbookWithTables(1);
    data.comments.push({ id: 98, sheet: '表1', cell: 'E10', content: '请核实' });
    const { fake, host } = hostOn(data);
    const result = await host.mark([
      { sheet: '表1', cell: 'E10', severity: 'error', note: `${NOTE_MARKER}】甲` },
      { sheet: '表1', cell: 'E11', severity: 'error', note: `${NOTE_MARKER}】乙` },
    ]);
    expect(result).toEqual({ cells: 2, annotated: 1, skippedAnnotations: 1, unmarkedSheets: [], protectedSheets: [] });
    expect(fake.data.notes.map((n) => n.cell)).toEqual(['E11']);
    expect(fake.data.comments).toEqual([{ id: 98, sheet: '表1', cell: 'E10', content: '请核实' }]);
  });

  it('clear to exactly the user\'s own formats, conditional formats and notes, also after save and reopen', async () => {
    const data = workbookWithTables(2, true);
    const sheet = data.sheets[0];
    sheet.cells[cellKey(9, 4)].format = { fill: '#00FF00', fontColor: '#123456', bold: true, border: 'thin' };
    sheet.cells[cellKey(12, 4)].format = { fill: '#FFFF00' };
    sheet.conditionalFormats.push({ id: 500, areas: [{ top: 9, left: 0, bottom: 20, right: 6 }], type: 'CellValue', formula: null, fill: '#EEEEEE', fontColor: null });
    data.notes.push({ id: 501, sheet: '表2', cell: 'A1', content: '用户自己的批注' });
    const before = saveWorkbook(data);

    const first = hostOn(data);
    await first.host.mark(await marksOf(first.host));
    expect(first.fake.data.sheets[0].conditionalFormats.length).toBeGreaterThan(1);
    expect(first.fake.data.notes.length).toBeGreaterThan(1);

    // Save, close, reopen in a new session, then clear.
    const reopened = hostOn(reopenWorkbook(saveWorkbook(first.fake.data)));
    await reopened.host.clearMarks();
    expect(saveWorkbook(reopened.fake.data).replace(/"nextId":\d+/, '')).toBe(before.replace(/"nextId":\d+/, ''));
  });
});

describe('waivers, suggestions, the report sheet', () => {
  it('keeps waivers in the workbook, so a second reviewer sees them after reopening', async () => {
    const { fake, host } = hostOn(workbookWithTables(1));
    expect(await host.loadWaivers()).toEqual([]);
    const waiver = { key: 'r|P|f', rule: 'r', project: 'P', field: 'f', reason: '经科室确认', at: '2024-03-01T00:00:00.000Z' };
    await host.saveWaivers([waiver]);
    const second = hostOn(reopenWorkbook(saveWorkbook(fake.data)));
    expect(await second.host.loadWaivers()).toEqual([waiver]);
    expect(second.fake.data.customXmlParts).toHaveLength(1);
    expect(second.fake.data.customXmlParts![0].xml).toContain(`xmlns="${WAIVER_NAMESPACE}"`);
  });

  it('keep waivers where an add-in deployed under another manifest Id still sees them (settings are scoped by Id)', async () => {
    const data = workbookWithTables(1);
    const pilot = new FakeExcel(data, '1.18', [], 'pilot-sideloaded-id');
    const waiver = { key: 'r|P|f', rule: 'r', project: 'P', field: 'f', reason: '试点时已核实', at: '2024-03-01T00:00:00.000Z' };
    await new ExcelWorkbookHost(pilot.environment).saveWaivers([waiver]);
    const central = new FakeExcel(reopenWorkbook(saveWorkbook(pilot.data)), '1.18', [], 'it-central-id');
    expect(await new ExcelWorkbookHost(central.environment).loadWaivers()).toEqual([waiver]);
  });

  it('read waivers older versions left in the settings, and move them into the XML part at the next save', async () => {
    const data = workbookWithTables(1);
    const old = { key: 'a|P|f', rule: 'a', project: 'P', field: 'f', reason: '旧版本保存的', at: '2023-01-01T00:00:00.000Z' };
    data.settings[WAIVER_SETTING] = JSON.stringify([old]);
    const { fake, host } = hostOn(data);
    fake.syncs = 0;
    expect(await host.loadWaivers()).toEqual([old]);
    expect(fake.syncs).toBe(1); // no part yet: one round trip
    expect(fake.data.customXmlParts ?? []).toEqual([]); // reading changes nothing
    const added = { ...old, key: 'b|P|f', rule: 'b', reason: '新增' };
    fake.syncs = 0;
    await host.saveWaivers([old, added]);
    expect(fake.syncs).toBe(2);
    expect(fake.data.settings[WAIVER_SETTING]).toBeUndefined();
    expect(waiversFromXml(fake.data.customXmlParts![0].xml)).toEqual([old, added]);
    fake.syncs = 0;
    expect(await host.loadWaivers()).toEqual([old, added]);
    expect(fake.syncs).toBe(2);
    // Saving again replaces the part: never two.
    await host.saveWaivers([added]);
    expect(fake.data.customXmlParts).toHaveLength(1);
    expect(await host.loadWaivers()).toEqual([added]);
  });

  it('use the settings where Excel has no custom XML parts (ExcelApi 1.4)', async () => {
    const { fake, host } = hostOn(workbookWithTables(1), '1.4');
    const waiver = { key: 'r|P|f', rule: 'r', project: 'P', field: 'f', reason: '核实', at: '2024-03-01T00:00:00.000Z' };
    await host.saveWaivers([waiver]);
    expect(fake.data.customXmlParts ?? []).toEqual([]);
    expect(await host.loadWaivers()).toEqual([waiver]);
  });

  it('keep any reason text intact through the XML: markup, entities, quotes, CDATA ends, emoji', () => {
    const reason = '<b>已核实</b> & "引号" \'单引号\' ]]> &amp; 😀 =SUM(A1)';
    const waiver = { key: 'k<&>|P|f', rule: 'r', project: 'P', field: 'f', reason, at: '2024-03-01T00:00:00.000Z' };
    const xml = waiversToXml([waiver]);
    expect(xml).not.toContain('<b>');
    expect(waiversFromXml(xml)).toEqual([waiver]);
    expect(waiversFromXml('<waivers xmlns="x">not json</waivers>')).toEqual([]);
    expect(waiversFromXml('garbage')).toEqual([]);
  });

  it('writes a suggestion and puts the old value and format back on undo', async () => {
    const data = workbookWithTables(1);
    data.sheets[0].cells[cellKey(9, 4)] = { value: 3, formula: '=1+2', numberFormat: '0.00' };
    const { fake, host } = hostOn(data);
    const undo = await host.writeCell('表1', 'E10', '≥9处');
    expect(fake.data.sheets[0].cells[cellKey(9, 4)]).toMatchObject({ value: '≥9处' });
    expect(fake.data.sheets[0].cells[cellKey(9, 4)].formula).toBeUndefined();
    await host.undo(undo);
    expect(fake.data.sheets[0].cells[cellKey(9, 4)]).toMatchObject({ value: null, formula: '=1+2', numberFormat: '0.00' });
  });

  it('writes over the value the finding was computed from, an empty cell read as null included, in the same syncs', async () => {
    const data = workbookWithTables(1);
    data.sheets[0].cells[cellKey(9, 4)] = { value: '≤9处' };
    data.sheets[0].cells[cellKey(9, 5)] = { value: null };
    const plain = hostOn(data);
    await plain.host.writeCell('表1', 'E10', '≥9处');
    const guarded = hostOn(workbookWithTables(1));
    guarded.fake.data.sheets[0].cells[cellKey(9, 4)] = { value: '≤9处' };
    guarded.fake.data.sheets[0].cells[cellKey(9, 5)] = { value: null };
    await guarded.host.writeCell('表1', 'E10', '≥9处', '≤9处');
    await guarded.host.writeCell('表1', 'F10', '处', null);
    expect(guarded.fake.data.sheets[0].cells[cellKey(9, 4)].value).toBe('≥9处');
    expect(guarded.fake.data.sheets[0].cells[cellKey(9, 5)].value).toBe('处');
    expect(guarded.fake.syncs).toBe(plain.fake.syncs * 2);
  });

  it.each([
    ['≤9处', '≥12处'],
    ['≤9处', null],
    [95, 0.95],
  ] as const)('refuses to write when the cell held %j at the check and holds %j now, and writes nothing', async (expected, now) => {
    const { fake, host } = hostOn(workbookWithTables(1));
    fake.data.sheets[0].cells[cellKey(9, 4)] = { value: now };
    const attempt = host.writeCell('表1', 'E10', '≥9处', expected);
    await expect(attempt).rejects.toBeInstanceOf(CellChangedError);
    await expect(attempt).rejects.toMatchObject({ cell: 'E10', current: now ?? '' }); // Excel reads an empty cell as ''
    expect(fake.data.sheets[0].cells[cellKey(9, 4)].value).toBe(now);
  });

  it.each(['=SUM(A1:A9)', '+5%', '-项目', '@用户'])('writes %s as text, never as a formula, and keeps the cell format', async (text) => {
    const { fake, host } = hostOn(workbookWithTables(1));
    fake.data.sheets[0].cells[cellKey(9, 4)] = { value: 1, numberFormat: '0.0' };
    await host.writeCell('表1', 'E10', text);
    expect(fake.data.sheets[0].cells[cellKey(9, 4)]).toMatchObject({ value: text, numberFormat: '0.0' });
    expect(fake.data.sheets[0].cells[cellKey(9, 4)].formula).toBeUndefined();
  });

  it.each([
    ['=SUM(A1:A9)', '@'],
    ['+5%', '@'],
    [' =1+1', 'General'],
    ['\t@用户', 'General'],
    ['＝A1', 'General'],
  ])('writes %j with the quote prefix in a %s cell too (the API makes no exception for text-formatted cells)', async (text, numberFormat) => {
    const { fake, host } = hostOn(workbookWithTables(1));
    fake.data.sheets[0].cells[cellKey(9, 4)] = { value: null, numberFormat };
    await host.writeCell('表1', 'E10', text);
    expect(fake.data.sheets[0].cells[cellKey(9, 4)]).toMatchObject({ value: text, numberFormat, quotePrefix: true });
    expect(fake.data.sheets[0].cells[cellKey(9, 4)].formula).toBeUndefined();
  });

  it.each([
    { before: { value: '-5%', quotePrefix: true }, label: 'quote-prefixed text that looks like a number' },
    { before: { value: '001', quotePrefix: true }, label: 'a code with leading zeros' },
    { before: { value: '=不是公式', numberFormat: '@' }, label: 'formula-like text in a text-formatted cell' },
    { before: { value: '≥95%' }, label: 'plain text' },
    { before: { value: null, formula: '=1+2' }, label: 'a formula' },
  ])('undo puts back $label exactly', async ({ before }) => {
    const data = workbookWithTables(1);
    data.sheets[0].cells[cellKey(9, 4)] = { ...before };
    const { fake, host } = hostOn(data);
    const undo = await host.writeCell('表1', 'E10', '≥9处');
    expect(fake.data.sheets[0].cells[cellKey(9, 4)].value).toBe('≥9处');
    await host.undo(undo);
    const cell = fake.data.sheets[0].cells[cellKey(9, 4)];
    expect(cell.value).toBe(before.value);
    expect(cell.formula).toBe(before.formula);
    expect(cell.numberFormat ?? 'General').toBe(before.numberFormat ?? 'General');
  });

  it('adds the report in a new sheet, never over an existing one, with links to the cells', async () => {
    const data = workbookWithTables(1);
    data.sheets.push(newSheet('审核报告'));
    const { fake, host } = hostOn(data);
    const report: ReportTable = {
      title: '绩效目标表审核报告',
      subtitle: '生成时间：2024-03-01 10:00',
      headers: ['序号', '工作表', '单元格', '项目编码', '项目名称', '级别', '问题', '建议', '规则', '忽略原因'],
      linkColumn: 2,
      columnWidths: [6, 18, 8, 24, 28, 8, 60, 18, 26, 20],
      rows: [
        { cells: ['1', '表1', 'E10', '00120', '甲', '错误', '=不是公式', '', 'r', ''], link: { sheet: '表1', cell: 'E10' }, severity: 'error' },
      ],
    };
    const name = await host.addReportSheet(report, '审核报告');
    expect(name).toBe('审核报告 (2)');
    expect(fake.data.sheets.map((s) => s.name)).toEqual(['表1', '审核报告', '审核报告 (2)']);
    expect(fake.data.sheets[1].cells).toEqual({});
    const sheet = fake.data.sheets[2];
    expect(sheet.cells[cellKey(4, 2)]).toMatchObject({ formula: `=HYPERLINK("#'表1'!E10","E10")`, value: 'E10' });
    expect(sheet.cells[cellKey(4, 6)]).toMatchObject({ value: '=不是公式', quotePrefix: true });
    expect(sheet.cells[cellKey(4, 6)].formula).toBeUndefined();
    expect(sheet.cells[cellKey(4, 0)].value).toBe(1);
    expect(sheet.cells[cellKey(4, 3)]).toMatchObject({ value: '00120', quotePrefix: true });
    expect(sheet.columnWidths[6]).toBe(60 * 6);
    // The findings wrap in their columns; the title does not (the preview draws both as Excel does).
    expect(sheet.cells[cellKey(4, 6)].format?.wrap).toBe(true);
    expect(sheet.cells[cellKey(0, 0)].format?.wrap).toBeUndefined();
    expect(fake.data.activeSheet).toBe('审核报告 (2)');
  });
});

describe('writes under the request size limit (5 MB on Excel on the web)', () => {
  const LONG = '预算数与资金来源合计不一致，请核对财政拨款、其他资金与上年结转三项之和是否等于预算数。'.repeat(6);

  it('adds thousands of long notes in several round trips, where one request would be refused', async () => {
    const data = workbookWithTables(1);
    const marks: Mark[] = [];
    for (let r = 0; r < 7000; r++) marks.push({ sheet: '表1', cell: `H${r + 1}`, severity: 'warning', note: `${NOTE_MARKER}·警告】${r} ${LONG}` });
    const bytes = marks.reduce((n, m) => n + Buffer.byteLength(m.note), 0);
    expect(bytes).toBeGreaterThan(5_000_000); // one request would carry more than the web allows
    const { fake, host } = hostOn(data);
    fake.requestByteLimit = 5_000_000;
    fake.syncs = 0;
    const result = await host.mark(marks);
    expect(result).toMatchObject({ unmarkedSheets: [], annotated: 7000 });
    expect(fake.data.notes).toHaveLength(7000);
    expect(fake.syncs).toBeGreaterThan(5); // the notes went in pieces
    await host.clearMarks();
    expect(fake.data.notes).toEqual([]);
  });

  it('writes a report of thousands of long rows in several round trips, its severity column coloured by blocks', async () => {
    const { fake, host } = hostOn(workbookWithTables(1));
    fake.requestByteLimit = 5_000_000;
    const rows = Array.from({ length: 6000 }, (_, i) => ({
      cells: [String(i + 1), '表1', 'E10', 'P', '项目', i < 3000 ? '错误' : '警告', LONG, '', 'r', ''],
      link: { sheet: '表1', cell: 'E10' },
      severity: (i < 3000 ? 'error' : 'warning') as 'error' | 'warning',
    }));
    const report: ReportTable = { title: 't', subtitle: 's', headers: ['序号', '工作表', '单元格', '项目编码', '项目名称', '级别', '问题', '建议', '规则', '忽略原因'], linkColumn: 2, columnWidths: [6, 18, 8, 24, 28, 8, 60, 18, 26, 20], rows };
    const name = await host.addReportSheet(report, '审核报告');
    const sheet = fake.data.sheets.find((s) => s.name === name)!;
    expect(sheet.cells[cellKey(4 + 5999, 6)].value).toBe(LONG);
    expect(sheet.cells[cellKey(4, 5)].format?.fill).toBe('#FFC7CE');
    expect(sheet.cells[cellKey(4 + 5999, 5)].format?.fill).toBe('#FFEB9C');
  });
});

describe('generated sheets written into the open workbook', () => {
  it('adds the standard tables as new sheets, reading back as the same projects, in a constant number of round trips', async () => {
    const data = workbookFromGrid(readGrid(SAMPLE_PER_SHEET));
    const { fake, host } = hostOn(data);
    const model = readWorkbook(await host.readGrid());
    const { sheets } = generate(model, 'standard', { locale: 'zh-CN', existingSheets: fake.data.sheets.map((s) => s.name) });
    fake.syncs = 0;
    const names = await host.addSheets(sheets);
    expect(fake.syncs).toBeLessThanOrEqual(4);
    expect(names).toHaveLength(14); // 13 tables and the 生成说明 (the department-wide section has no template)
    expect(names[13]).toBe('生成说明');
    expect(fake.data.sheets).toHaveLength(14 + 14);
    const written = { sheets: (await host.readGrid()).sheets.filter((s) => names.includes(s.name)) };
    const again = readWorkbook(written);
    expect(again.projects.map((p) => [p.code, p.budget, p.indicators.length])).toEqual(model.projects.map((p) => [p.code, p.budget, p.indicators.length]));
    const first = fake.data.sheets.find((s) => s.name === names[0])!;
    expect(first.merges.length).toBeGreaterThan(5);
    expect(first.columnWidths[2]).toBe(20 * 6);
    expect(Object.values(first.cells).some((c) => c.format?.border === 'thin')).toBe(true);
    expect(fake.data.activeSheet).toBe(names[0]);
  });

  it('never writes over a sheet, writes formula-like text as text, and makes the summary an Excel table', async () => {
    const data = workbookFromGrid(readGrid(SAMPLE_PER_SHEET));
    data.sheets.push(newSheet('指标汇总表'));
    const { fake, host } = hostOn(data);
    const model = readWorkbook(await host.readGrid());
    model.projects[0].goal = '=HYPERLINK("http://x")';
    const summary = generate(model, 'summary', { locale: 'zh-CN' }).sheets;
    const [name] = await host.addSheets(summary.slice(0, 1));
    expect(name).toBe('指标汇总表 (2)');
    const sheet = fake.data.sheets.find((s) => s.name === name)!;
    expect(sheet.tables).toEqual([expect.objectContaining({ hasHeaders: true, area: expect.objectContaining({ top: 1, left: 0 }) })]);
    const standard = generate(model, 'standard', { locale: 'zh-CN' }).sheets;
    const [tableName] = await host.addSheets(standard.slice(0, 1));
    const goal = Object.values(fake.data.sheets.find((s) => s.name === tableName)!.cells).find((c) => String(c.value).includes('HYPERLINK'))!;
    expect(goal).toMatchObject({ value: '=HYPERLINK("http://x")', quotePrefix: true });
    expect(goal.formula).toBeUndefined();
  });

  it('takes the same number of round trips for the pane\'s whole generation path, whatever the number of projects', async () => {
    // What 生成标准表 does in the pane when no check ran: the sheet names, the workbook read, then the new sheets.
    const syncsFor = async (tables: number, template: 'standard' | 'summary', arrangement: 'per-project' | 'stacked'): Promise<{ syncs: number; added: number }> => {
      const { fake, host } = hostOn(workbookWithTables(tables, true));
      const existingSheets = await host.sheetNames();
      const model = readWorkbook(await host.readGrid());
      expect(model.projects).toHaveLength(tables);
      const { sheets } = generate(model, template, { locale: 'zh-CN', findings: runChecks(model).findings, arrangement, existingSheets });
      const names = await host.addSheets(sheets);
      expect(fake.data.sheets.map((s) => s.name)).toEqual([...existingSheets, ...names]);
      return { syncs: fake.syncs, added: names.length };
    };
    for (const [template, arrangement] of [['standard', 'per-project'], ['standard', 'stacked'], ['summary', 'per-project']] as const) {
      const one = await syncsFor(1, template, arrangement);
      const forty = await syncsFor(40, template, arrangement);
      if (template === 'standard' && arrangement === 'per-project') expect(forty.added).toBe(41); // 40 tables and the notes
      expect(forty.syncs).toBe(one.syncs);
      expect(one.syncs).toBeLessThanOrEqual(1 + 4 + 3); // names; the read; names, new sheets, content
    }
  });

  it('lists the sheet names in one round trip', async () => {
    const { fake, host } = hostOn(workbookWithTables(3));
    expect(await host.sheetNames()).toEqual(['表1', '表2', '表3']);
    expect(fake.syncs).toBe(1);
  });

  it('cannot write generated sheets below ExcelApi 1.2, and says so in its capabilities', async () => {
    expect(hostOn(emptyWorkbook(), '1.1').host.capabilities.sheetWriting).toBe(false);
    expect(hostOn(emptyWorkbook(), '1.2').host.capabilities.sheetWriting).toBe(true);
    const { host } = hostOn(workbookWithTables(1), '1.1');
    const { sheets } = generate(readWorkbook(readGrid(SAMPLE_PER_SHEET)), 'standard', { locale: 'zh-CN' });
    await expect(host.addSheets(sheets.slice(0, 1))).rejects.toThrow(/ExcelApi 1\.2/);
  });

  it('does not take its own new sheets for the user\'s changes', async () => {
    const { host } = hostOn(workbookFromGrid(readGrid(SAMPLE_PER_SHEET)));
    const changes: number[] = [];
    const stop = await host.onChange(() => changes.push(1));
    await host.addSheets(generate(readWorkbook(await host.readGrid()), 'summary', { locale: 'zh-CN' }).sheets);
    await new Promise((r) => setTimeout(r, 20));
    expect(changes).toEqual([]);
    stop();
  });
});

describe('selection and change events', () => {
  it('activates the sheet and selects the cells', async () => {
    const { fake, host } = hostOn(workbookWithTables(2));
    await host.select('表2', ['E13', 'C4']);
    expect(fake.data.activeSheet).toBe('表2');
    expect(fake.data.selection).toEqual({ sheet: '表2', areas: [{ top: 12, left: 4, bottom: 12, right: 4 }, { top: 3, left: 2, bottom: 3, right: 2 }] });
  });

  it('tells the pane about the user\'s changes, not about its own', async () => {
    const { fake, host } = hostOn(workbookWithTables(1));
    const changes: number[] = [];
    const stop = await host.onChange(() => changes.push(1));
    await host.writeCell('表1', 'E10', '≥9处');
    const report = await host.addReportSheet({ title: 't', subtitle: 's', headers: ['a', 'b', 'c'], linkColumn: 2, columnWidths: [5, 5, 5], rows: [] }, '审核报告');
    await new Promise((r) => setTimeout(r, 20));
    expect(report).toBe('审核报告');
    expect(changes).toEqual([]);
    fake.userEdit('表1', 9, 4, '≥10处');
    await new Promise((r) => setTimeout(r, 20));
    expect(changes).toEqual([1]);
    stop();
    await new Promise((r) => setTimeout(r, 20));
    fake.userEdit('表1', 9, 4, '≥11处');
    await new Promise((r) => setTimeout(r, 20));
    expect(changes).toEqual([1]);
  });

  it('says what an old Excel cannot do', () => {
    expect(hostOn(emptyWorkbook(), '1.5').host.capabilities).toMatchObject({ highlights: false, annotations: null, mergedAreas: false, changeEvents: false, workbookSettings: true });
    expect(hostOn(emptyWorkbook(), '1.18').host.capabilities).toMatchObject({ highlights: true, annotations: 'notes', mergedAreas: true, changeEvents: true });
  });
});
