/**
 * The real-world corpus (test/realworld, README there): published tables from many provinces, judged by reviewers
 * before the tool ran. These are the acceptance figures; `npm run eval` prints the detail. Entries whose workbook is
 * in ../shared are skipped (and reported as skipped) where that folder is absent.
 */
import * as path from 'path';
import { evaluateCorpus } from '../../scripts/realworld/evaluate';

const REPO = path.resolve(__dirname, '..', '..');
const result = evaluateCorpus(REPO);
const counted = result.entries.filter((e) => !e.skipped);

describe('the real-world corpus', () => {
  for (const entry of result.entries.filter((e) => e.skipped)) {
    it.skip(`${entry.id} (its workbook ${entry.skipped} is not on this machine)`, () => undefined);
  }

  it('spans at least 25 tables from at least 8 provinces and every family of forms', () => {
    expect(counted.length).toBeGreaterThanOrEqual(25);
    expect(result.totals.provinces.length).toBeGreaterThanOrEqual(8);
    for (const family of ['application', 'target', 'side-by-side', 'flat-export', 'self-evaluation', 'department']) {
      expect(result.totals.families).toContain(family);
    }
  });

  it('reads at least 98% of the indicator rows and invents none', () => {
    const { rowsRead, rowsExpected, spuriousRows, spuriousTables } = result.totals;
    expect(rowsRead / rowsExpected).toBeGreaterThanOrEqual(0.98);
    expect(result.entries.flatMap((e) => e.spuriousRows.map((r) => `${e.id} ${r.sheet}!${r.cell} ${r.read}`))).toEqual([]);
    expect(spuriousRows + spuriousTables).toBe(0);
  });

  it('raises no false alarm (error or warning on a cell that must stay quiet)', () => {
    expect(result.entries.flatMap((e) => e.falseAlarms.map((f) => `${e.id} ${f.sheet}!${f.cell} ${f.rule}: ${f.message['zh-CN']}`))).toEqual([]);
  });

  // A problem counts as found when an error or a warning points at it: a hint at info on the cell is not something a
  // reviewer filtering on errors and warnings sees. Measured so when the measure changed: 114/225 (50.7%) at
  // error/warning, 78 more only at info, 33 missed (the former figure, any severity, was 192/225, 85.3%). Then two
  // problems re-judged as accepted practice (rates under 数量指标, issue #14 item 8) and the rules for execution
  // figures, scored rows without actuals and actuals that cannot be compared: 114/223 (51.1%), 78 at info, 31 missed.
  // Then 36 tables of two blind hold-out batches joined (2026-12-08), many of whose problems are of judgement (a target
  // far below a known scale, money per person that cannot cover the target, a narrative for a target) that no rule
  // catches: 175/372 (47.0%) at error/warning, 99 more only at info, 98 missed; without ../shared, 154/329 (46.8%)
  // and 82 more at info (71.7% any severity). The floors follow the measure, and hold with or without ../shared.
  it('finds at least 46% of the problems reviewers flagged by an error or a warning', () => {
    const { problemsFound, problemsExpected } = result.totals;
    expect(problemsFound / problemsExpected).toBeGreaterThanOrEqual(0.46);
  });

  it('points at least 71% of the problems reviewers flagged with a finding of any severity', () => {
    const { problemsFound, problemsFoundAtInfo, problemsExpected } = result.totals;
    expect((problemsFound + problemsFoundAtInfo) / problemsExpected).toBeGreaterThanOrEqual(0.71);
  });

  it('leaves no error or warning unjudged (every one is a problem, a quiet cell, or about a truncated page)', () => {
    expect(result.entries.flatMap((e) => e.unjudged.filter((f) => f.severity !== 'info').map((f) => `${e.id} ${f.sheet}!${f.cell} ${f.rule}`))).toEqual([]);
  });
});
