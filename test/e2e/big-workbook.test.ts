/**
 * The pane on the benchmark's workbook (1,000 tables, over 2,000 findings) in Chromium: the progress bar is painted at
 * once, the list draws only what is in view, and no interaction blocks the page for more than 200 ms (no long task
 * over 200 ms while it runs). A one-cell sheet is in front so that the preview's own view of the active sheet, which
 * redraws a whole 2,000-row sheet after every change, does not count as the pane's time (its cost is printed apart).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { REPO } from '../helpers/samples';
import { bigWorkbookSheets, withCoverSheet } from '../../scripts/big-workbook';
import { writeSheetsToFile } from '../../src/hosts/file/write-xlsx';
import { readXlsx } from '../../src/hosts/file/xlsx/read-xlsx';
import { readWorkbook } from '../../src/core/read';
import { runChecks } from '../../src/core/check/engine';

interface Interaction {
  name: string;
  wallMs: number;
  longTasks: number[];
  longestMs: number;
}

interface PaneTimings {
  progressPaintedMs: number;
  elements: { page: number; pane: number; findingRows: number; findings: number; summary: string };
  afterKeys: { page: number; pane: number; findingRows: number; findings: number; summary: string };
  interactions: Interaction[];
  errors: string[];
}

// A plain JavaScript module shared with `npm run bench`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { timePane, describeTimings } = require('../../scripts/pane-timings') as {
  timePane(browser: Browser, options: { baseUrl: string; file: string; withReport?: boolean; screenshot?: string }): Promise<PaneTimings>;
  describeTimings(result: PaneTimings): string[];
};

const BASE = process.env.PREVIEW_URL ?? 'http://localhost:3000/';
const SHOTS = path.join(REPO, 'test-results');
const FILE = path.join(os.tmpdir(), `ptcheck-pane-1000-${process.pid}.xlsx`);
const BLOCKING_MS = 200;

let browser: Browser;
let expectedFindings: number;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await writeSheetsToFile(withCoverSheet(bigWorkbookSheets(REPO)), FILE);
  expectedFindings = runChecks(readWorkbook(readXlsx(fs.readFileSync(FILE)))).findings.length;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  fs.rmSync(FILE, { force: true });
});

describe('a workbook of 1,000 tables', () => {
  let timings: PaneTimings;

  beforeAll(async () => {
    timings = await timePane(browser, { baseUrl: BASE, file: FILE, screenshot: path.join(SHOTS, 'big-workbook-checked.png') });
    // eslint-disable-next-line no-console
    console.log(['the pane on 1,000 tables:', ...describeTimings(timings)].join('\n  '));
  }, 240_000);

  it('lists every finding, drawing only those in view', () => {
    expect(timings.elements.summary).toContain('找到 1000 个项目表');
    expect(expectedFindings).toBeGreaterThan(2000);
    expect(timings.elements.findings).toBe(expectedFindings);
    expect(timings.elements.findingRows).toBeGreaterThan(3);
    expect(timings.elements.findingRows).toBeLessThan(60);
    // Before windowing the pane held some 31,000 elements for this workbook.
    expect(timings.elements.pane).toBeLessThan(1500);
    expect(timings.afterKeys.findingRows).toBeLessThan(60);
  });

  it('paints the progress bar as soon as 检查 is clicked', () => {
    expect(timings.progressPaintedMs).toBeGreaterThanOrEqual(0);
    expect(timings.progressPaintedMs).toBeLessThan(BLOCKING_MS);
  });

  it(`blocks the page for no more than ${BLOCKING_MS} ms at a time while filtering, ordering, waiving, marking and moving through the list`, () => {
    const interactions = timings.interactions.filter((i) => !i.name.startsWith('检查'));
    expect(interactions.map((i) => i.name)).toEqual([
      'filter: info off',
      'filter: info on',
      'order: cell order',
      '忽略 waive (dialog, reason, save)',
      '取消忽略 unwaive',
      '标记 mark',
      '清除标记 clear marks',
      'End, then Home, in the list',
    ]);
    expect(interactions.filter((i) => i.longestMs > BLOCKING_MS).map((i) => `${i.name}: ${i.longTasks.join(', ')} ms`)).toEqual([]);
  });

  it('raised no error', () => {
    expect(timings.errors).toEqual([]);
  });
});
