/**
 * The robustness harness on the corpus (`npm run eval -- --robust`; scripts/realworld/robust.ts): after each
 * meaning-preserving transformation of the grids, the share of the truth's indicator rows still read right may not
 * fall below what today's reader achieves, and the rows it invents may not grow. The target is 98% under every
 * transformation; the floors below are measured (2026-12-07), not wished for: raise them as the reader improves.
 * Entries whose workbook is in ../shared are skipped where that folder is absent (the second set of floors).
 */
import * as path from 'path';
import { evaluateCorpus } from '../../scripts/realworld/evaluate';
import { robustness } from '../../scripts/realworld/robust';

const REPO = path.resolve(__dirname, '..', '..');

/** Per transformation: rows read right, rows compared, rows invented — with ../shared (47 entries). */
const WITH_SHARED: Record<string, [number, number, number]> = {
  'none (grid copied)': [597, 597, 0],
  'header synonyms A': [536, 536, 0],
  'header synonyms B': [536, 536, 0],
  'header synonyms C': [536, 536, 0],
  'header row removed': [453, 584, 51],
  'header: level-1/level-2 swapped': [495, 502, 0],
  'header: 二级指标 over the names': [555, 560, 1],
  'columns reordered': [405, 405, 0],
  'column inserted: 指标解释': [577, 577, 0],
  'column inserted: 指标值确定依据': [577, 577, 0],
  'column inserted: 备注': [577, 577, 0],
  'merges split, value repeated': [554, 558, 4],
  'merges split, blank below': [550, 558, 5],
  'noise: spaces in labels': [591, 597, 0],
  'noise: full/half width': [575, 581, 0],
  'noise: O for 0 in targets': [498, 503, 0],
  'moved down and right': [597, 597, 0],
  'moved, used range from D4': [597, 597, 0],
  'two tables stacked': [1194, 1194, 0],
  'two tables side by side': [1194, 1194, 0],
  'comparators in their own column': [427, 427, 0],
  'level names missing': [550, 557, 0],
};

/** The same without ../shared (the 40 tables of the repository). */
const REPOSITORY_ONLY: Record<string, [number, number, number]> = {
  'none (grid copied)': [534, 534, 0],
  'header synonyms A': [473, 473, 0],
  'header synonyms B': [473, 473, 0],
  'header synonyms C': [473, 473, 0],
  'header row removed': [395, 521, 46],
  'header: level-1/level-2 swapped': [432, 439, 0],
  'header: 二级指标 over the names': [493, 497, 1],
  'columns reordered': [373, 373, 0],
  'column inserted: 指标解释': [514, 514, 0],
  'column inserted: 指标值确定依据': [514, 514, 0],
  'column inserted: 备注': [514, 514, 0],
  'merges split, value repeated': [498, 502, 4],
  'merges split, blank below': [494, 502, 5],
  'noise: spaces in labels': [528, 534, 0],
  'noise: full/half width': [512, 518, 0],
  'noise: O for 0 in targets': [439, 442, 0],
  'moved down and right': [534, 534, 0],
  'moved, used range from D4': [534, 534, 0],
  'two tables stacked': [1068, 1068, 0],
  'two tables side by side': [1068, 1068, 0],
  'comparators in their own column': [376, 376, 0],
  'level names missing': [487, 494, 0],
};

/** The issue's target: where a floor is below it, the run says so (npm run eval -- --robust shows the rows). */
const TARGET = 0.98;

const result = robustness(REPO);
for (const s of result.skipped) console.log(`SKIPPED: ${s.id} — ${s.missing} is not on this machine`);
const floors = result.skipped.length ? REPOSITORY_ONLY : WITH_SHARED;
const below = Object.entries(floors).filter(([, [read, compared]]) => read / compared < TARGET);
if (below.length) console.log(`Below the ${TARGET * 100}% target: ${below.map(([name, [r, c]]) => `${name} ${((r / c) * 100).toFixed(1)}%`).join('; ')}`);

describe('the reader under meaning-preserving transformations of the corpus', () => {
  it('has a measured floor for every transformation', () => {
    expect(result.rows.map((r) => r.transformation).filter((name) => !(name in floors))).toEqual([]);
  });

  it('reads the untouched copy (the reference line) exactly as npm run eval reads the corpus', () => {
    const { rowsRead, rowsExpected } = evaluateCorpus(REPO).totals;
    expect([result.rows[0].rowsRead, result.rows[0].rowsCompared]).toEqual([rowsRead, rowsExpected]);
  });

  for (const row of result.rows) {
    const floor = floors[row.transformation];
    if (!floor) continue;
    const [read, compared, invented] = floor;
    it(`${row.transformation}: at least ${read}/${compared} rows read right (${((read / compared) * 100).toFixed(1)}%), at most ${invented} invented`, () => {
      const kept = row.rowsRead / row.rowsCompared >= read / compared - 1e-9;
      // On a fall: the count, and the first rows that went wrong (npm run eval -- --robust --verbose lists them all).
      const wrong = row.wrong.slice(0, 5).map((w) => `${w.entry} ${w.sheet}!${w.truthCell}: read ${w.read ?? '(nothing)'}`);
      expect(kept ? [] : [`fell to ${row.rowsRead}/${row.rowsCompared}`, ...wrong]).toEqual([]);
      expect(row.spurious).toBeLessThanOrEqual(invented);
    });
  }
});
