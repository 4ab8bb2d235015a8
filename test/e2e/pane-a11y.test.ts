/**
 * The task pane for keyboard and screen-reader users, in Chromium on the preview page: the findings list is one Tab
 * stop with arrow keys inside, focus comes back after the waiver dialog, every text is readable (contrast, light and
 * dark), headings go in order, and axe-core finds nothing serious (when axe-core is installed).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { check, DIALOG, dialogShown, launchChromium } from './browser';
import { REPO } from '../helpers/samples';
import { contrastProblems, headingLevels, headingsInOrder } from './page-checks';

const BASE = process.env.PREVIEW_URL ?? 'http://localhost:3000/';
const SHOTS = path.join(REPO, 'test-results');
const PANE = 'aside.pane-area';

let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(query = '', options: { bypassCSP?: boolean } = {}): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 1400, height: 900 }, ...options });
  p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await p.goto(`${BASE}preview.html${query}`);
  await p.waitForSelector('[data-testid=grid]');
  return p;
}

/** The finding that has the focus (its id), '' when the focus is elsewhere. */
function focusedFinding(p: Page): Promise<string> {
  return p.evaluate(() => document.activeElement?.getAttribute('data-finding-id') ?? '');
}

function findingIds(p: Page): Promise<string[]> {
  return p.locator('[data-testid=finding]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-finding-id') ?? ''));
}

/** From a focused finding, the Right arrow until the button with this test id has the focus. */
async function keyToButton(p: Page, testId: string): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await p.keyboard.press('ArrowRight');
    if ((await p.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === testId) return;
  }
  throw new Error(`no ${testId} button reached with the Right arrow`);
}

async function waive(p: Page, rule: string, reason: string): Promise<void> {
  await p.locator(`[data-testid=finding][data-rule="${rule}"] [data-testid=waive]`).first().click();
  await p.getByTestId('waive-reason').fill(reason);
  await p.getByTestId('waive-confirm').click();
  await p.waitForSelector(`[data-testid=finding][data-rule="${rule}"][data-waived=true]`);
  await p.waitForSelector('main[data-busy=""]');
}

describe('the findings list from the keyboard', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open();
    await check(page);
  });
  afterAll(async () => {
    await page.close();
  });

  it('is one Tab stop: Tab enters it on a finding, the arrows move inside, Tab leaves it, Shift+Tab comes back', async () => {
    const ids = await findingIds(page);
    // The last control before the list: the order of the findings (a radio group is one Tab stop too).
    await page.locator('[data-testid=order-severity]').focus();
    await page.keyboard.press('Tab');
    expect(await focusedFinding(page)).toBe(ids[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedFinding(page)).toBe(ids[2]);
    await page.keyboard.press('ArrowUp');
    expect(await focusedFinding(page)).toBe(ids[1]);
    await page.keyboard.press('End');
    expect(await focusedFinding(page)).toBe(ids[ids.length - 1]);
    await page.keyboard.press('Home');
    expect(await focusedFinding(page)).toBe(ids[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await focusedFinding(page)).toBe('');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid=finding-list]'))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedFinding(page)).toBe(ids[1]);
    // The focused finding shows it: Fluent's focus outline, drawn over the row.
    const ring = await page.evaluate(() => {
      const row = document.activeElement!;
      const after = getComputedStyle(row, '::after');
      const box = row.getBoundingClientRect();
      return { width: after.borderTopWidth, style: after.borderTopStyle, height: box.height, afterHeight: parseFloat(after.height) };
    });
    expect(ring.width).toBe('2px');
    expect(ring.style).toBe('solid');
    expect(Math.abs(ring.afterHeight - ring.height)).toBeLessThan(8);
    await page.screenshot({ path: path.join(SHOTS, 'pane-keyboard-focus.png') });
  });

  it('Right reaches a finding\'s buttons, Left and Right move among them, Escape comes back; Enter on a finding selects its cell', async () => {
    const row = page.locator('[data-testid=finding][data-rule="indicator/direction"]').first();
    await row.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('apply');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('waive');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('apply');
    await page.keyboard.press('Escape');
    expect(await focusedFinding(page)).toBe(await row.getAttribute('data-finding-id'));
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=sheet-tab][aria-selected=true]:text("8.人防宣教、防空专业组训练、人防警报设备维保经费")');
    await page.waitForSelector('td[data-cell="E10"][data-selected="true"]');
  });

  it('puts the focus back on the finding when the waiver dialog closes, cancelled or saved', async () => {
    const row = page.locator('[data-testid=finding][data-rule="year/mismatch"]').first();
    const id = await row.getAttribute('data-finding-id');
    await row.focus();
    await keyToButton(page, 'waive');
    await page.keyboard.press('Enter');
    await page.waitForSelector(DIALOG);
    await page.keyboard.press('Escape');
    await page.waitForSelector(DIALOG, { state: 'detached' });
    await page.waitForFunction((want) => document.activeElement?.getAttribute('data-finding-id') === want, id);

    await keyToButton(page, 'waive');
    await page.keyboard.press('Enter');
    await page.waitForSelector(DIALOG);
    await page.keyboard.type('经科室确认');
    await page.getByTestId('waive-confirm').press('Enter');
    await page.waitForSelector('[data-testid=finding][data-rule="year/mismatch"][data-waived=true]');
    await page.waitForFunction((want) => document.activeElement?.getAttribute('data-finding-id') === want, id);
  });

  it('raised no error', () => {
    expect(problems).toEqual([]);
  });
});

describe('every text readable, headings in order', () => {
  it('(the contrast check itself finds faded text)', async () => {
    const p = await open();
    await p.evaluate(() => {
      const faded = document.createElement('p');
      faded.textContent = '已忽略的问题';
      faded.style.opacity = '0.65';
      faded.style.color = '#707070';
      document.querySelector('aside.pane-area')!.appendChild(faded);
    });
    expect((await contrastProblems(p, PANE)).map((c) => c.text)).toEqual(['已忽略的问题']);
    await p.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`in the ${theme} theme: after a check, with a waived finding, a filter off and the waiver dialog open`, async () => {
      const p = await open(theme === 'dark' ? '?theme=dark' : '');
      await check(p);
      await waive(p, 'year/mismatch', '经科室确认');
      await p.locator('[data-testid=finding][data-rule="indicator/direction"] [data-testid=apply]').first().click();
      await p.waitForSelector('[data-testid=finding][data-rule="indicator/direction"][data-applied=true]');
      await p.getByTestId('filter-info').click();
      await p.waitForSelector('[data-testid=hidden-by-filters]');
      // Colours are read once hover effects and transitions are over.
      await p.mouse.move(0, 0);
      await p.waitForTimeout(400);
      expect(await contrastProblems(p, PANE)).toEqual([]);
      const levels = await headingLevels(p, PANE);
      expect(levels.slice(0, 3)).toEqual([1, 2, 3]);
      expect(headingsInOrder(levels)).toBe(true);
      await p.screenshot({ path: path.join(SHOTS, `pane-${theme}-filtered.png`) });

      await p.locator('[data-testid=finding][data-rule="cost/exceeds-budget"] [data-testid=waive]').click();
      await dialogShown(p);
      await p.getByTestId('waive-confirm').click();
      await p.waitForSelector(`${DIALOG} >> text=请填写忽略原因`);
      await p.mouse.move(0, 0);
      await dialogShown(p);
      expect(await contrastProblems(p, DIALOG)).toEqual([]);
      await p.screenshot({ path: path.join(SHOTS, `pane-${theme}-dialog.png`) });
      await p.close();
    });
  }
});

/** axe-core's own file (a development dependency, so always there after npm ci). */
const AXE = require.resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations in these parts of the page. */
async function axeViolations(p: Page, include: string[]): Promise<string[]> {
  await p.addScriptTag({ path: AXE });
  const violations = await p.evaluate(async (selectors) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    // Tabster's focus guards (<i data-tabster-dummy tabindex=0 aria-hidden>) are focusable and hidden on purpose: they
    // pass the focus on at once and must stay silent (microsoft/tabster#288, a known false positive of Fluent v9).
    const context = { include: selectors.filter((s) => document.querySelector(s)).map((s) => [s]), exclude: [['[data-tabster-dummy]']] };
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations;
  }, include);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe('axe-core', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`finds nothing serious in the pane (${theme}): before and after a check, filtered, with the dialog open`, async () => {
      // axe is injected as an inline script, which the page's Content-Security-Policy refuses (as it should): this
      // page alone bypasses the policy, which security.test.ts checks on its own.
      const p = await open(theme === 'dark' ? '?theme=dark' : '', { bypassCSP: true });
      expect(await axeViolations(p, [PANE])).toEqual([]);
      await check(p);
      await waive(p, 'year/mismatch', '经科室确认');
      expect(await axeViolations(p, [PANE])).toEqual([]);
      await p.getByTestId('filter-info').click();
      await p.getByTestId('mark').click();
      await p.waitForSelector('[data-testid=notice]');
      expect(await axeViolations(p, [PANE])).toEqual([]);
      await p.locator('[data-testid=finding][data-rule="cost/exceeds-budget"] [data-testid=waive]').click();
      await dialogShown(p);
      expect(await axeViolations(p, [DIALOG])).toEqual([]);
      await p.close();
    });
  }
});
