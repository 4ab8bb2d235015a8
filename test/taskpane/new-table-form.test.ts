/**
 * The 新建绩效目标表 form as data: what people type (full-width digits, "25%", "1,200"), the messages per field, and
 * the table it makes — checked by the same rules as any table, pointing at the values still to fill.
 */
import { emptyNewTableForm, likelyBudgetYear, readNewTableForm, type NewTableForm } from '../../src/taskpane/new-table-form';
import { stringsFor } from '../../src/taskpane/strings';
import { newTableSheet } from '../../src/core/generate/new-table-sheet';
import { projectKind } from '../../src/core/generate/indicator-library';
import { readWorkbook } from '../../src/core/read';
import { runChecks } from '../../src/core/check/engine';
import type { CellValue, WorkbookGrid } from '../../src/core/grid';
import type { SheetSpec } from '../../src/core/generate/sheet-spec';

const zh = stringsFor('zh-CN');
const en = stringsFor('en-US');

function form(change: Partial<NewTableForm>): NewTableForm {
  return { ...emptyNewTableForm(2025), name: '2025年示例项目', ...change };
}

function gridOf(sheet: SheetSpec): WorkbookGrid {
  const rows = Math.max(...sheet.cells.map((c) => c.row)) + 1;
  const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(7).fill(null));
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(7).fill('General'));
  for (const c of sheet.cells) {
    values[c.row][c.col] = c.value;
    if (c.numberFormat) formats[c.row][c.col] = c.numberFormat;
  }
  return { sheets: [{ name: sheet.name, top: 0, left: 0, values, numberFormats: formats, merges: sheet.merges }] };
}

describe('the new-table form', () => {
  it('reads numbers as people type them', () => {
    const read = readNewTableForm(form({ budget: '１,200.5', fiscal: '1200.5万元', other: '', plan: ['25%', '５０', ' 75 ', '100％'], year: '2026' }), zh);
    expect(read).toEqual({
      kind: 'operations',
      facts: expect.objectContaining({ name: '2025年示例项目', budget: 1200.5, fiscal: 1200.5, other: null, plan: [25, 50, 75, 100], year: 2026, framework: '2021' }),
    });
  });

  it('leaves blank amounts and plan shares blank', () => {
    const read = readNewTableForm(form({}), zh);
    expect(read).toMatchObject({ facts: { budget: null, fiscal: null, other: null, plan: [null, null, null, null] } });
  });

  it('says what is wrong, field by field, in either language', () => {
    const wrong = form({ name: ' ', code: '130209-24', budget: 'abc', fiscal: '-1', year: '25', plan: ['30', '20', 'x', '101'] });
    expect(readNewTableForm(wrong, zh)).toEqual({
      errors: {
        name: '请填写项目名称',
        code: '项目编码只能包含字母和数字',
        budget: '应为数字，如 20 或 20.5',
        fiscal: '不能为负数',
        year: '应为四位数年份，如 2025',
        plan1: '累计比例不应小于前一期',
        plan2: '应为 0 到 100 之间的数字',
        plan3: '累计支出超过预算：不能超过 100%',
      },
    });
    expect(readNewTableForm(wrong, en)).toMatchObject({ errors: { name: 'Please give the project name', plan3: 'Spends more than the budget: at most 100%' } });
  });

  it('checks the sources of the money against the budget, in cents', () => {
    expect(readNewTableForm(form({ budget: '0.3', fiscal: '0.1', other: '0.2' }), zh)).toHaveProperty('facts');
    expect(readNewTableForm(form({ budget: '20', fiscal: '25' }), zh)).toEqual({ errors: { fiscal: '财政资金不能超过预算数' } });
    expect(readNewTableForm(form({ budget: '20', fiscal: '15', other: '4' }), zh)).toEqual({ errors: { fiscal: '财政资金与其他资金之和（19.00）应等于预算数（20.00）' } });
    expect(readNewTableForm(form({ fiscal: '15' }), zh)).toEqual({ errors: { budget: '填写资金构成前请先填写预算数' } });
    expect(readNewTableForm(form({ budget: '0' }), zh)).toEqual({ errors: { budget: '应大于 0' } });
  });
});

describe('the new table sheet', () => {
  it('is named after the project under a free name, and counts the values left to fill', () => {
    const read = readNewTableForm(form({ budget: '20', fiscal: '20', plan: ['25', '50', '75', '100'], goal: '完成示例' }), zh);
    if (!('facts' in read)) throw new Error('the form should read');
    const table = newTableSheet(projectKind('operations')!, read.facts, ['2025年示例项目']);
    expect(table.sheet.name).toBe('2025年示例项目 (2)');
    expect(table.toFill).toBe(1); // 保障在编人员数 =**人
    const model = readWorkbook(gridOf(table.sheet));
    expect(model.projects).toHaveLength(1);
    expect(model.projects[0]).toMatchObject({ name: '2025年示例项目', budget: 20, framework: '2021' });
    expect(model.projects[0].indicators).toHaveLength(table.indicators);
    const prompts = runChecks(model).findings.filter((f) => f.rule === 'text/template-prompt');
    expect(prompts).toHaveLength(1);
  });

  it('leaves the cost for the unit to set when no budget is given', () => {
    const read = readNewTableForm(form({}), zh);
    if (!('facts' in read)) throw new Error('the form should read');
    const table = newTableSheet(projectKind('operations')!, read.facts, []);
    expect(table.toFill).toBe(2);
    expect(table.sheet.cells.some((c) => c.value === '≤**万元')).toBe(true);
  });
});

describe('the year a new table starts with', () => {
  it('is next year from July, when next year\'s budget is drawn up, and this year before', () => {
    expect(likelyBudgetYear(new Date(2026, 10, 29))).toBe(2027);
    expect(likelyBudgetYear(new Date(2026, 6, 1))).toBe(2027);
    expect(likelyBudgetYear(new Date(2026, 5, 30))).toBe(2026);
    expect(likelyBudgetYear(new Date(2027, 0, 15))).toBe(2027);
  });
});
