/**
 * What the read limits promise (10 s, 1 GB at every limit at once) rests on the reader doing a bounded amount of work
 * per cell, however many of its stages ask about the cell. Timing is the benchmark's; this counts work instead, on the
 * hostile workbook at every limit (distinct texts), scaled down: how often a text is brought to its matching form,
 * the first step of every classifier that computes rather than remembers. 2.8 times per cell today; when the
 * classifiers forgot their answers between stages (20,000 kept) it was 5.6, and the full-size file took 21–26 s.
 */
import * as text from '../../../src/core/normalize/text';
import { readXlsx } from '../../../src/hosts/file/xlsx/read-xlsx';
import { reviewWorkbook } from '../../../src/core/workflow/review';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../../../src/hosts/read-limits';
import { everyLimitReached } from '../../../scripts/hostile-workbooks';

describe('the work the reader does per cell', () => {
  it('classifies each distinct text a bounded number of times, whatever the number of stages asking', () => {
    // 40,000 distinct texts: more than the 20,000 answers the classifiers used to keep.
    const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, maxCells: 40_000, maxGridCells: 120_000, maxTotalText: 800_000, maxMerges: 4_000, maxMergedCells: 40_000 };
    const grid = readXlsx(everyLimitReached('text', limits), limits);
    const cells = grid.sheets.reduce((n, s) => n + s.values.reduce((m, row) => m + (row ?? []).filter((v) => v !== null && v !== '').length, 0), 0);
    expect(cells).toBeGreaterThan(30_000);
    const matchingForm = jest.spyOn(text, 'matchingForm');
    try {
      reviewWorkbook(grid);
      expect(matchingForm.mock.calls.length).toBeGreaterThan(cells); // it is what the classifiers call
      expect(matchingForm.mock.calls.length).toBeLessThanOrEqual(4 * cells);
    } finally {
      matchingForm.mockRestore();
    }
  });
});
