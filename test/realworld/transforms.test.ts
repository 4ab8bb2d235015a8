/**
 * The robustness harness's transformations (scripts/realworld/transforms), each on a tiny invented table: what it
 * writes, where the merges go, and where the cells of the original grid end up.
 */
import { parseTableFile } from '../../scripts/realworld/table-format';
import { insertCols, insertRows, repeatSheet, swapColumns, toDense, unmergeAll, fromDense, type Dense } from '../../scripts/realworld/transforms/grid-ops';
import { headerRemoved, headerSynonyms, levelHeadingsSwapped, nameHeadedLevel2 } from '../../scripts/realworld/transforms/headers';
import { basisInserted, comparatorColumn, explanationInserted, remarkInserted, splitTarget, valueColumnSwapped } from '../../scripts/realworld/transforms/columns';
import { mergesBlankBelow, mergesRepeated } from '../../scripts/realworld/transforms/merges';
import { letterO, spacesInLabels, spaced, widthInLabels, widthSwapped, zerosAsO } from '../../scripts/realworld/transforms/noise';
import { moved, sideBySide, stacked, usedRangeMoved } from '../../scripts/realworld/transforms/placement';
import { levelNamesMissing } from '../../scripts/realworld/transforms/levels';
import { layoutsOf, mappedTruth } from '../../scripts/realworld/robust';
import type { Applied, TableLayout } from '../../scripts/realworld/transforms/types';
import { STRICT } from '../../scripts/realworld/transforms/types';
import { readWorkbook } from '../../src/core/read';
import { parseA1, toA1, type CellValue, type MergeArea, type WorkbookGrid } from '../../src/core/grid';
import type { TruthFile } from '../../scripts/realworld/truth';

// Rows 0-7: title, name, budget, header, and four indicators; 产出指标 merged over three rows, 数量指标 over two,
// and one target (100%) merged over the last two rows, which share it.
const TABLE = `sheet: 表
| {c5} 2024年项目支出绩效目标表 |
| 项目名称 | {c4} 测试项目 |
| 预算数 | {c4} 10 |
| 一级指标 | 二级指标 | 三级指标 | 指标值 | 权重 |
| {r3} 产出指标 | {r2} 数量指标 | 培训人数 | ≥90人 | 10 |
| 培训场次 | ≥3场 | 10 |
| 质量指标 | 合格率 | {r2} 100% | 10 |
| 效益指标 | 社会效益指标 | 覆盖率 | 5 |
`;

const workbook = (): WorkbookGrid => parseTableFile(TABLE).workbook;

const LAYOUT: TableLayout = {
  index: 0,
  sheet: '表',
  header: [3],
  body: { first: 4, last: 7 },
  cols: { level1: 0, level2: 1, level3: 2, value: 3, comparator: null, unit: null, actual: null, weight: 4, score: null },
  left: 0,
  right: 4,
  rows: [4, 5, 6, 7],
};

const TRUTH: TruthFile = {
  input: 'tiny.table',
  source: { url: 'https://example.invalid', title: 't', province: '测试', year: 2024, family: 'target' },
  tables: [
    {
      sheet: '表',
      kind: 'project',
      indicators: [
        { cell: 'D5', level1: '产出指标', level2: '数量指标', level3: '培训人数', value: '≥90人' },
        { cell: 'D6', level1: '产出指标', level2: '数量指标', level3: '培训场次', value: '≥3场' },
        { cell: 'D7', level1: '产出指标', level2: '质量指标', level3: '合格率', value: '100%' },
        { cell: 'D7', level1: '效益指标', level2: '社会效益指标', level3: '覆盖率', value: '100%' },
      ],
    },
  ],
  problems: [],
  quiet: [],
};

function at(grid: WorkbookGrid, address: string): CellValue {
  const { row, col } = parseA1(address)!;
  const sheet = grid.sheets[0];
  return sheet.values[row - sheet.top]?.[col - sheet.left] ?? null;
}

function merges(grid: WorkbookGrid): string[] {
  return (grid.sheets[0].merges ?? []).map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`).sort();
}

function apply(t: { apply: (w: WorkbookGrid, l: TableLayout[]) => Applied | null }): Applied {
  const applied = t.apply(workbook(), [LAYOUT]);
  expect(applied).not.toBeNull();
  return applied!;
}

/** Where an address of the original grid went, by the copy's mapper. */
function mapped(applied: Applied, address: string, copy = 0): string {
  const { row, col } = parseA1(address)!;
  const out = applied.copies[copy]({ sheet: '表', row, col });
  return out ? toA1(out.row, out.col) : '(gone)';
}

const ORIGINAL_MERGES = ['A1:E1', 'A5:A7', 'B2:E2', 'B3:E3', 'B5:B6', 'D7:D8'];

describe('grid operations', () => {
  const dense = (): Dense => toDense(workbook().sheets[0]);
  const areas = (d: Dense): string[] => d.merges.map((m: MergeArea) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`).sort();

  it('keeps the grid as it was when only copied', () => {
    expect(merges({ sheets: [fromDense(dense())] })).toEqual(ORIGINAL_MERGES);
    expect(at({ sheets: [fromDense(dense())] }, 'D5')).toBe('≥90人');
  });

  it('reads a sheet whose used range starts below A1 at its absolute addresses', () => {
    const d = toDense({ name: 's', top: 2, left: 1, values: [['a', 'b']], merges: [{ top: 2, left: 1, bottom: 3, right: 1 }] });
    expect(d.values[2][1]).toBe('a');
    expect(d.values[2][2]).toBe('b');
    expect(d.values[0][0]).toBeNull();
    expect(areas(d)).toEqual(['B3:B4']);
  });

  it('inserts rows: merges below move down, a merge straddling the insertion grows', () => {
    const d = dense();
    insertRows(d, 5, 2);
    expect(areas(d)).toEqual(['A1:E1', 'A5:A9', 'B2:E2', 'B3:E3', 'B5:B8', 'D9:D10']);
    expect(d.values[7][2]).toBe('培训场次');
  });

  it('inserts columns: merges to the right move, a merge straddling the insertion grows', () => {
    const d = dense();
    insertCols(d, 3, 1);
    expect(areas(d)).toEqual(['A1:F1', 'A5:A7', 'B2:F2', 'B3:F3', 'B5:B6', 'E7:E8']);
    expect(d.values[4][4]).toBe('≥90人');
    expect(d.values[4][3]).toBeNull();
  });

  it('swaps two columns over a band of rows, their merges with them, and refuses a merge that crosses', () => {
    const d = dense();
    expect(swapColumns(d, 3, 4, 3, 7)).toBe(true);
    expect(areas(d)).toEqual(['A1:E1', 'A5:A7', 'B2:E2', 'B3:E3', 'B5:B6', 'E7:E8']);
    expect(d.values[4][4]).toBe('≥90人');
    expect(d.values[4][3]).toBe(10);
    expect(d.values[1][1]).toBe('测试项目'); // outside the band: untouched
    expect(swapColumns(dense(), 3, 4, 0, 7)).toBe(false); // the title's merge crosses both
  });

  it('splits merges, repeating the value or leaving it in the first cell', () => {
    const repeated = dense();
    unmergeAll(repeated, () => true);
    expect(repeated.merges).toEqual([]);
    expect(repeated.values[6][0]).toBe('产出指标');
    expect(repeated.values[7][3]).toBe('100%');
    const blank = dense();
    unmergeAll(blank, (m) => m.left === 3);
    expect(blank.values[6][0]).toBeNull();
    expect(blank.values[7][3]).toBe('100%');
  });

  it('repeats a sheet below itself after a blank row and beside itself after blank columns, merges copied', () => {
    const down = dense();
    expect(repeatSheet(down, 'down', 1)).toEqual({ rows: 9, cols: 0 });
    expect(down.values[13][3]).toBe('≥90人');
    expect(down.values[8].every((v) => v === null)).toBe(true);
    expect(areas(down)).toContain('D16:D17');
    const right = dense();
    expect(repeatSheet(right, 'right', 2)).toEqual({ rows: 0, cols: 7 });
    expect(right.values[4][10]).toBe('≥90人');
    expect(areas(right)).toContain('H1:L1');
  });
});

describe('header transformations', () => {
  it('swaps labels for their synonyms, one variant at a time', () => {
    const a = apply(headerSynonyms(0)).workbook;
    expect([at(a, 'D4'), at(a, 'C4'), at(a, 'A3')]).toEqual(['指标值（含单位）', '指标名称', '年度预算数']);
    const b = apply(headerSynonyms(1)).workbook;
    expect([at(b, 'D4'), at(b, 'C4'), at(b, 'A3')]).toEqual(['目标值', '指标内容', '预算金额']);
    expect(merges(b)).toEqual(ORIGINAL_MERGES);
  });

  it('blanks the header row and compares levels leniently without the evaluation', () => {
    const applied = apply(headerRemoved);
    expect(['A4', 'B4', 'C4', 'D4', 'E4'].map((a) => at(applied.workbook, a))).toEqual([null, null, null, null, null]);
    expect(at(applied.workbook, 'A3')).toBe('预算数');
    // A section label merged down beside the grid from the header row stays.
    const grid = parseTableFile(TABLE.replace('| 一级指标 |', '| {r5} 绩效指标 | 一级指标 |')).workbook;
    const sectioned = headerRemoved.apply(grid, [{ ...LAYOUT, cols: { ...LAYOUT.cols, level1: 1, level2: 2, level3: 3, value: 4, weight: 5 } }])!;
    expect([at(sectioned.workbook, 'A4'), at(sectioned.workbook, 'B4')]).toEqual(['绩效指标', null]);
    expect(headerRemoved.compared).toEqual({ levels: 'empty-or-right', evaluation: false });
  });

  it('swaps the level-1 and level-2 headings, or heads the names 二级指标', () => {
    const swapped = apply(levelHeadingsSwapped).workbook;
    expect([at(swapped, 'A4'), at(swapped, 'B4')]).toEqual(['二级指标', '一级指标']);
    expect(at(apply(nameHeadedLevel2).workbook, 'C4')).toBe('二级指标');
  });
});

describe('column transformations', () => {
  it('swaps the value column with the weight column over the grid only, the merged target moving along', () => {
    const applied = apply(valueColumnSwapped);
    expect([at(applied.workbook, 'D4'), at(applied.workbook, 'E4'), at(applied.workbook, 'E5')]).toEqual(['权重', '指标值', '≥90人']);
    expect(merges(applied.workbook)).toContain('E7:E8');
    expect([mapped(applied, 'D5'), mapped(applied, 'E5'), mapped(applied, 'D3')]).toEqual(['E5', 'D5', 'D3']);
  });

  it('edits a header shared by several tables (the projects of a flat export) once, and counts it for each', () => {
    const first: TableLayout = { ...LAYOUT, body: { first: 4, last: 5 }, rows: [4, 5] };
    const second: TableLayout = { ...LAYOUT, index: 1, body: { first: 6, last: 7 }, rows: [6, 7] };
    const headings = levelHeadingsSwapped.apply(workbook(), [first, second])!;
    expect([at(headings.workbook, 'A4'), at(headings.workbook, 'B4'), headings.tables]).toEqual(['二级指标', '一级指标', [0, 1]]);
    const swapped = valueColumnSwapped.apply(workbook(), [first, second])!;
    expect([at(swapped.workbook, 'E5'), at(swapped.workbook, 'E7'), swapped.tables]).toEqual(['≥90人', '100%', [0, 1]]);
  });

  it('inserts a headed column of notes after the names, widening the merges across it', () => {
    const applied = apply(explanationInserted);
    expect([at(applied.workbook, 'D4'), at(applied.workbook, 'D5'), at(applied.workbook, 'E5')]).toEqual(['指标解释', '反映培训人数情况', '≥90人']);
    expect(merges(applied.workbook)).toEqual(['A1:F1', 'A5:A7', 'B2:F2', 'B3:F3', 'B5:B6', 'E7:E8']);
    expect([mapped(applied, 'D7'), mapped(applied, 'C5')]).toEqual(['E7', 'C5']);
  });

  it('inserts 指标值确定依据 after the value and 备注 at the end', () => {
    const basis = apply(basisInserted);
    expect([at(basis.workbook, 'E4'), at(basis.workbook, 'E5'), at(basis.workbook, 'F4')]).toEqual(['指标值确定依据', '根据年度工作计划确定', '权重']);
    expect(mapped(basis, 'D5')).toBe('D5');
    const remark = apply(remarkInserted);
    expect([at(remark.workbook, 'F4'), at(remark.workbook, 'F8')]).toEqual(['备注', '无']);
  });

  it('takes targets apart into comparator, number and unit', () => {
    expect(splitTarget('≥90人')).toEqual(['≥', 90, '人', null]);
    expect(splitTarget('100%')).toEqual([null, 100, '%', null]);
    expect(splitTarget('≤2.50万元')).toEqual(['≤', 2.5, '万元', '0.00']);
    expect(splitTarget('及时')).toBeNull();
  });

  it('splits a single value column into 比较符 | 指标值 | 计量单位, merged like the target', () => {
    const applied = apply(comparatorColumn);
    const w = applied.workbook;
    expect(['D4', 'E4', 'F4', 'G4'].map((a) => at(w, a))).toEqual(['比较符', '指标值', '计量单位', '权重']);
    expect(['D5', 'E5', 'F5'].map((a) => at(w, a))).toEqual(['≥', 90, '人']);
    expect(['D7', 'E7', 'F7'].map((a) => at(w, a))).toEqual([null, 100, '%']);
    expect(merges(w)).toEqual(expect.arrayContaining(['D7:D8', 'E7:E8', 'F7:F8']));
    expect([mapped(applied, 'D5'), mapped(applied, 'E5'), mapped(applied, 'C5')]).toEqual(['E5', 'G5', 'C5']);
  });

  it('leaves a table that already has a unit column alone', () => {
    expect(comparatorColumn.apply(workbook(), [{ ...LAYOUT, cols: { ...LAYOUT.cols, unit: 4 } }])).toBeNull();
  });
});

describe('merges, noise, placement and levels', () => {
  it('splits merges with the value repeated, or blank below except a shared target', () => {
    const repeated = apply(mergesRepeated);
    expect(repeated.ownRows).toBe(true);
    expect([at(repeated.workbook, 'A7'), at(repeated.workbook, 'B6'), at(repeated.workbook, 'D8'), at(repeated.workbook, 'C1')]).toEqual(['产出指标', '数量指标', '100%', '2024年项目支出绩效目标表']);
    expect(merges(repeated.workbook)).toEqual([]);
    const blank = apply(mergesBlankBelow);
    expect([at(blank.workbook, 'A7'), at(blank.workbook, 'B6'), at(blank.workbook, 'D8'), at(blank.workbook, 'C1')]).toEqual([null, null, '100%', null]);
  });

  it('expects a shared target in the own cell of each row once its merge is split', () => {
    const applied = apply(mergesRepeated);
    const { tables } = mappedTruth(TRUTH, [LAYOUT], applied, STRICT, 'changed');
    expect(tables[0].indicators.map((i) => i.cell)).toEqual(['D5', 'D6', 'D7', 'D8']);
  });

  it('writes noise into labels and targets', () => {
    expect(spaced('一级指标')).toBe('一级 指标');
    expect(widthSwapped('预算数(万元)')).toBe('预算数（万元）');
    expect(widthSwapped('≥９０％')).toBe('≥90%');
    expect(zerosAsO('≥90%，2021年，5')).toBe('≥9O%，2O21年，5');
    const spaces = apply(spacesInLabels).workbook;
    expect([at(spaces, 'A4'), at(spaces, 'A5'), at(spaces, 'B8'), at(spaces, 'C5')]).toEqual(['一级 指标', '产出 指标', '社会效 益指标', '培训人数']);
    expect(at(apply(widthInLabels).workbook, 'D5')).toBe('≥９０人');
    const o = apply(letterO).workbook;
    expect([at(o, 'D5'), at(o, 'D7'), at(o, 'D6')]).toEqual(['≥9O人', '1OO%', '≥3场']);
  });

  it('moves the table down three rows and right two columns', () => {
    const applied = apply(moved);
    expect(at(applied.workbook, 'F8')).toBe('≥90人');
    expect(merges(applied.workbook)).toContain('F10:F11');
    expect(mapped(applied, 'D5')).toBe('F8');
  });

  it('moves the table as a used range starting at D4, its merges and cells with it', () => {
    const applied = apply(usedRangeMoved);
    const sheet = applied.workbook.sheets[0];
    expect([sheet.top, sheet.left, sheet.values[4][3]]).toEqual([3, 3, '≥90人']);
    expect(merges(applied.workbook)).toContain('G10:G11');
    expect(mapped(applied, 'D5')).toBe('G8');
  });

  it('stacks the sheet below itself, or beside itself, with one mapper per copy', () => {
    const down = apply(stacked);
    expect(down.copies.length).toBe(2);
    expect([mapped(down, 'D5', 0), mapped(down, 'D5', 1)]).toEqual(['D5', 'D14']);
    expect(at(down.workbook, 'D14')).toBe('≥90人');
    const right = apply(sideBySide);
    expect(mapped(right, 'D5', 1)).toBe('K5');
    expect(at(right.workbook, 'K5')).toBe('≥90人');
    const { tables } = mappedTruth(TRUTH, [LAYOUT], right, STRICT, 'changed');
    expect(tables.map((t) => t.indicators[0].cell)).toEqual(['D5', 'K5']);
  });

  it('blanks the level-1 and level-2 names of the indicator rows only', () => {
    const w = apply(levelNamesMissing).workbook;
    expect(['A5', 'B5', 'A8', 'B8'].map((a) => at(w, a))).toEqual([null, null, null, null]);
    expect([at(w, 'A4'), at(w, 'C5')]).toEqual(['一级指标', '培训人数']);
  });
});

describe('the layout of a table', () => {
  it('is found from the untouched grid and its reading', () => {
    const grid = workbook();
    const [layout] = layoutsOf(TRUTH, grid, readWorkbook(grid));
    expect(layout.header).toEqual([3]);
    expect(layout.body).toEqual({ first: 4, last: 7 });
    expect(layout.cols).toMatchObject({ level1: 0, level2: 1, level3: 2, value: 3 });
    expect(layout.rows).toEqual([4, 5, 6, 7]);
  });
});
