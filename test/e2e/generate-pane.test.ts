/**
 * 生成标准表 and 新建绩效目标表 in Chromium, on the preview's in-memory workbook: the dialog, the new sheet tabs and
 * their cells, a check afterwards, a table from the library; and both dialogs at the pane's narrow width, light and
 * dark, readable and from the keyboard.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { check, DIALOG, dialogGone, dialogShown, launchChromium } from './browser';
import ExcelJS from 'exceljs';
import { REPO, SAMPLE_PER_SHEET } from '../helpers/samples';
import { contrastProblems } from './page-checks';

const BASE = process.env.PREVIEW_URL ?? 'http://localhost:3000/';
const SHOTS = path.join(REPO, 'test-results');

let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  expect(problems.splice(0)).toEqual([]);
});

async function open(query = '', viewport = { width: 1400, height: 900 }): Promise<Page> {
  const p = await browser.newPage({ viewport });
  p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  p.on('request', (r) => {
    if (!r.url().startsWith(BASE)) problems.push(`request outside the page's own files: ${r.url()}`);
  });
  await p.goto(`${BASE}preview.html${query}`);
  await p.waitForSelector('[data-testid=grid]');
  return p;
}

function tabs(p: Page): Promise<string[]> {
  return p.getByTestId('sheet-tab').allTextContents();
}

function activeTab(p: Page): Promise<string | null> {
  return p.locator('[data-testid=sheet-tab][aria-selected=true]').textContent();
}

function cellText(p: Page, address: string): Promise<string | null> {
  return p.locator(`[data-testid=grid] td[data-cell="${address}"]`).textContent();
}

/** The dialog fits the page's width: nothing sticks out sideways, nothing needs a horizontal scroll. */
async function fitsWidth(p: Page): Promise<{ right: number; width: number; overflowing: string[] }> {
  return p.locator(DIALOG).evaluate((surface) => ({
    right: surface.getBoundingClientRect().right,
    width: window.innerWidth,
    overflowing: [surface, ...surface.querySelectorAll('*')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth}>${el.clientWidth}`),
  }));
}

describe('生成标准表 and 新建 in the preview', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open();
  });
  afterAll(async () => {
    await page.close();
  });

  it('previews the standard tables, writes them as new sheets and shows the first', async () => {
    const before = await tabs(page);
    expect(before).toHaveLength(14);
    await page.getByTestId('generate').click();
    await dialogShown(page);
    await page.waitForSelector('[data-testid=generation-preview]');
    const names = await page.locator('[data-testid=generation-sheets] li').allTextContents();
    expect(names).toHaveLength(14);
    expect(names[13]).toBe('生成说明');
    await expect(page.getByTestId('generation-counts').textContent()).resolves.toMatch(/^13 个项目，\d+ 个指标$/);
    expect(await page.locator('[data-testid=generation-notes] li').count()).toBeGreaterThan(0);
    // The lists are reachable for screen readers (the dialog is not hidden from them).
    expect(await page.getByRole('list', { name: /将添加 14 个新工作表/ }).getByRole('listitem').count()).toBe(14);
    await page.screenshot({ path: path.join(SHOTS, 'generate-dialog.png') });

    await page.getByTestId('generate-confirm').click();
    await dialogGone(page);
    await page.waitForSelector('[data-testid=notice]:has-text("已添加 14 个工作表")');
    expect(await tabs(page)).toEqual([...before, ...names]);
    expect(await activeTab(page)).toBe(names[0]);
    expect(await cellText(page, 'A1')).toBe('2024年国动办机构运行费绩效目标表');
    expect(await cellText(page, 'A3')).toBe('项目编码');
    await page.screenshot({ path: path.join(SHOTS, 'generate-done.png') });

    await page.getByTestId('sheet-tab').first().click();
    await page.getByTestId('go-to-sheet').click();
    await page.waitForFunction((name) => document.querySelector('[data-testid=sheet-tab][aria-selected=true]')?.textContent === name, names[0]);
  });

  it('checks the generated tables like any other on the next check, and nothing on the notes sheet', async () => {
    await check(page);
    await expect(page.getByTestId('summary').textContent()).resolves.toContain('找到 26 个项目表、1 个部门整体目标');
    const sheets = await page.locator('[data-testid=finding]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-sheet')));
    expect(sheets).not.toContain('生成说明');
  });

  it('makes a new table from the library, with the values to fill marked', async () => {
    await page.getByTestId('new-table').click();
    await dialogShown(page);
    await page.getByTestId('new-kind').selectOption('equipment');
    await page.getByLabel('项目名称').fill('2025年警报设备维护经费');
    await page.getByTestId('new-budget').fill('12');
    await page.getByTestId('new-fiscal').fill('12');
    await page.getByTestId('new-year').fill('2025');
    for (const [i, share] of ['25', '50', '75', '100'].entries()) await page.getByTestId(`new-plan-${i}`).fill(share);
    await page.getByTestId('new-goal').fill('按计划完成警报设备维护，保障设备完好');
    await page.getByTestId('new-table-confirm').click();
    await dialogGone(page);
    await page.waitForSelector('[data-testid=notice]:has-text("已新建工作表“2025年警报设备维护经费”")');
    await expect(page.getByTestId('notice').textContent()).resolves.toContain('个指标值标为“**”');
    expect(await activeTab(page)).toBe('2025年警报设备维护经费');
    expect(await cellText(page, 'A1')).toBe('2025年警报设备维护经费绩效目标表');
    expect(await cellText(page, 'C4')).toBe('12');
    await page.screenshot({ path: path.join(SHOTS, 'new-table-done.png') });
    await check(page);
    await expect(page.getByTestId('summary').textContent()).resolves.toContain('找到 27 个项目表');
    expect(await page.locator('[data-testid=finding][data-sheet="2025年警报设备维护经费"][data-rule="text/template-prompt"]').count()).toBeGreaterThan(0);
  });
});

/** The sample workbook with a template sheet of its own: a yellow title and the indicator block. */
async function sampleWithTemplateSheet(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE_PER_SHEET);
  const sheet = workbook.addWorksheet('我的模板');
  sheet.addRows([['{{项目名称}}'], ['预算数', '{{预算数}}'], ['{{#指标}}'], ['{{三级指标}}', '{{指标值}}'], ['{{/指标}}']]);
  sheet.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  sheet.getCell('B2').numFmt = '0.00';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('a sheet of the workbook as the template, in the preview', () => {
  it('is offered, previewed and written, its code loaded on demand from the page’s own files', async () => {
    const p = await open();
    await p.getByTestId('workbook-file').setInputFiles({ name: 'template.xlsx', mimeType: 'application/octet-stream', buffer: await sampleWithTemplateSheet() });
    await p.waitForFunction(() => document.querySelector('[data-testid=workbook-name]')?.textContent === 'template.xlsx');
    const before = await tabs(p);
    await p.getByTestId('generate').click();
    await dialogShown(p);
    await p.waitForSelector('[data-testid=generation-preview]');
    await p.getByTestId('template-sheet-我的模板').check();
    await p.waitForSelector('[data-testid=generation-sheets] li:has-text("1.2024年国动办机构运行费")');
    const names = await p.locator('[data-testid=generation-sheets] li').allTextContents();
    expect(names).toHaveLength(14); // 13 projects and the 生成说明
    await p.screenshot({ path: path.join(SHOTS, 'generate-template-sheet.png') });
    await p.getByTestId('generate-confirm').click();
    await dialogGone(p);
    await p.waitForSelector('[data-testid=notice]:has-text("已添加 14 个工作表")');
    expect(await tabs(p)).toEqual([...before, ...names]);
    expect(await activeTab(p)).toBe(names[0]);
    expect(await cellText(p, 'A1')).toBe('2024年国动办机构运行费');
    expect(await cellText(p, 'A2')).toBe('预算数');
    await p.close();
  });
});

describe('the dialogs at the pane\'s width', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`fit 350 px and read well (${theme}), from the keyboard`, async () => {
      const p = await open(`?theme=${theme}`, { width: 350, height: 760 });
      const generate = p.getByTestId('generate');
      await generate.focus();
      await p.keyboard.press('Enter');
      await dialogShown(p);
      await p.waitForSelector('[data-testid=generation-preview]');
      await p.getByTestId('template-summary').check();
      await p.waitForFunction(() => document.querySelectorAll('[data-testid=generation-sheets] li').length === 2);
      await p.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      await p.screenshot({ path: path.join(SHOTS, `generate-dialog-narrow-${theme}.png`) });
      const fit = await fitsWidth(p);
      expect(fit.right).toBeLessThanOrEqual(fit.width);
      expect(fit.overflowing).toEqual([]);
      expect(await contrastProblems(p, DIALOG)).toEqual([]);
      await p.keyboard.press('Escape');
      await dialogGone(p);
      await p.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'generate');

      await p.getByTestId('new-table').click();
      await dialogShown(p);
      await p.getByTestId('new-budget').fill('二十');
      await p.getByTestId('new-plan-3').fill('120');
      await p.getByTestId('new-table-confirm').click();
      await p.waitForSelector(`${DIALOG} :text("请填写项目名称")`);
      await p.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'new-name');
      expect(await p.locator(DIALOG).getByText('累计支出超过预算：不能超过 100%').isVisible()).toBe(true);
      await p.screenshot({ path: path.join(SHOTS, `new-table-narrow-${theme}.png`) });
      const narrow = await fitsWidth(p);
      expect(narrow.right).toBeLessThanOrEqual(narrow.width);
      expect(narrow.overflowing).toEqual([]);
      expect(await contrastProblems(p, DIALOG)).toEqual([]);
      await p.keyboard.press('Escape');
      await dialogGone(p);
      await p.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'new-table');
      await p.close();
    });
  }
});
