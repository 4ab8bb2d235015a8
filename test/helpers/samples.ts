/** The sample workbooks and the seed facts they were built from. */
import * as fs from 'fs';
import * as path from 'path';
import { readXlsx } from '../../src/hosts/file/xlsx/read-xlsx';
import type { WorkbookGrid } from '../../src/core/grid';
import { loadSeedFacts, type SeedFacts } from '../../scripts/seed-facts';

export const REPO = path.resolve(__dirname, '..', '..');
export const SAMPLE_PER_SHEET = path.join(REPO, 'samples', 'caofeidian-2024.xlsx');
export const SAMPLE_STACKED = path.join(REPO, 'samples', 'caofeidian-2024-stacked.xlsx');
export const SHARED = path.resolve(REPO, '..', 'shared');
export const SEED_TEXT = path.join(SHARED, 'seed', '000_525f63ac33b99e0b.txt');
export const REALWORLD = path.join(SHARED, 'realworld');

export function seedFacts(): SeedFacts {
  return loadSeedFacts(REPO);
}

export function readGrid(file: string): WorkbookGrid {
  return readXlsx(fs.readFileSync(file));
}

/**
 * `it` where the file in ../shared is there, `it.skip` where it is not: jest then reports those tests as skipped
 * (never as passed), and the reason is printed once.
 */
export function sharedIt(file: string, what: string): jest.It {
  return sharedAvailable(file, what) ? it : it.skip;
}

/** Tests that need ../shared say so plainly when it is not there, instead of passing silently. */
export function sharedAvailable(file: string, what: string): boolean {
  if (fs.existsSync(file)) return true;
  // eslint-disable-next-line no-console
  console.warn(`SKIPPED: ${what} — ${file} is not present on this machine`);
  return false;
}
