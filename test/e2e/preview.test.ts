/**
 * The real task pane in Chromium, on the preview's in-memory workbook: what a reviewer does, click by click.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { check, launchChromium } from './browser';
import { REALWORLD, REPO, SAMPLE_STACKED, sharedIt } from '../helpers/samples';
import * as zlib from 'zlib';

const BASE = process.env.PREVIEW_URL ?? 'http://localhost:3000/';
const SHOTS = path.join(REPO, 'test-results');
const ERROR_FILL = 'rgb(255, 199, 206)';

let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(query = ''): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  p.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  p.on('request', (r) => {
    if (!r.url().startsWith(BASE)) problems.push(`request outside the page's own files: ${r.url()}`);
  });
  await p.goto(`${BASE}preview.html${query}`);
  await p.waitForSelector('[data-testid=grid]');
  return p;
}

/**
 * How many findings the list holds. A long list draws only the findings in view, so the list says how many it has
 * (data-count) rather than the rows in the DOM being counted.
 */
async function findingCount(p: Page): Promise<number> {
  return Number(await p.getByTestId('finding-list').getAttribute('data-count'));
}

function finding(p: Page, rule: string) {
  return p.locator(`[data-testid=finding][data-rule="${rule}"]`).first();
}

function cell(p: Page, address: string) {
  return p.locator(`[data-testid=grid] td[data-cell="${address}"]`);
}

async function background(p: Page, address: string): Promise<string> {
  return cell(p, address).evaluate((td) => getComputedStyle(td).backgroundColor);
}

/** WCAG relative luminance of a computed colour ("rgb(…)" / "rgba(…)"); NaN for anything else, which fails every bound. */
function luminance(css: string): number {
  const match = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(css);
  if (!match || (match[4] !== undefined && Number(match[4]) < 1)) return Number.NaN;
  const [r, g, b] = match.slice(1, 4).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Computed background and text colour of the first element matching selector. */
async function colours(p: Page, selector: string): Promise<{ background: string; text: string }> {
  return p.locator(selector).first().evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, text: getComputedStyle(el).color }));
}

/** A sheet whose table starts at T150, far below and right of what the grid first shows (its finding is in W154). */
async function farTableWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('远处的表');
  for (let c = 1; c <= 19; c++) sheet.getCell(1, c).value = `说明${c}：本列留作备注`;
  const rows = [
    ['项目名称', '2024年远处项目', '项目编码', '13020924P00071310099A'],
    ['预算数', 10, '其中：财政资金', 10],
    ['绩效目标', '按计划完成采购'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '采购数量', '≤9处'],
  ];
  rows.forEach((row, r) => row.forEach((value, c) => (sheet.getCell(150 + r, 20 + c).value = value)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Where a cell lies against the grid's visible area: below the sticky column letters, right of the row numbers. */
async function placeInGrid(p: Page, address: string): Promise<{ inside: boolean; scrollTop: number; scrollLeft: number }> {
  return cell(p, address).evaluate((td) => {
    const scroller = td.closest('.grid-scroll') as HTMLElement;
    const outer = scroller.getBoundingClientRect();
    const header = scroller.querySelector('thead')!.getBoundingClientRect();
    const corner = scroller.querySelector('th.corner')!.getBoundingClientRect();
    const box = td.getBoundingClientRect();
    const inside =
      box.top >= header.bottom - 1 &&
      box.left >= corner.right - 1 &&
      box.bottom <= outer.top + scroller.clientTop + scroller.clientHeight + 1 &&
      box.right <= outer.left + scroller.clientLeft + scroller.clientWidth + 1;
    return { inside, scrollTop: scroller.scrollTop, scrollLeft: scroller.scrollLeft };
  });
}

describe('the preview page', () => {
  beforeAll(async () => {
    page = await open();
  });
  afterAll(async () => {
    await page.close();
  });

  it('opens the bundled sample without calling anything but its own files', async () => {
    await expect(page.getByTestId('workbook-name').textContent()).resolves.toBe('caofeidian-2024.xlsx');
    expect(await page.getByTestId('sheet-tab').count()).toBe(14);
    expect(await page.getByRole('button', { name: '检查' }).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('检查 lists every finding, grouped by sheet and project', async () => {
    await check(page);
    await expect(page.getByTestId('summary').textContent()).resolves.toContain('找到 13 个项目表');
    expect(await findingCount(page)).toBe(28);
    await expect(finding(page, 'cost/exceeds-budget').textContent()).resolves.toContain('成本指标 ≤64万元 超过预算数 27.01万元');
    await page.screenshot({ path: path.join(SHOTS, 'preview-checked.png') });
  });

  it('a click on a finding activates its sheet and selects its cell', async () => {
    await finding(page, 'cost/exceeds-budget').getByTestId('go-to-cell').click();
    await expect(page.locator('[data-testid=sheet-tab][aria-selected=true]').textContent()).resolves.toBe('11.唐财建【2023】41号调整2022年产粮大县奖励资金（');
    await page.waitForSelector('td[data-cell="E13"][data-selected="true"]');
    expect(await page.locator('td[data-selected="true"]').count()).toBe(1);
  });

  it('标记 colours the flagged cells, 清除标记 brings the original look back', async () => {
    const before = await background(page, 'E13');
    const untouched = await background(page, 'E12');
    await page.getByRole('button', { name: '标记', exact: true }).click();
    await page.waitForSelector('td[data-cell="E13"][data-highlighted="true"]');
    expect(await background(page, 'E13')).toBe(ERROR_FILL);
    expect(await background(page, 'E12')).toBe(untouched);
    await expect(page.getByTestId('notice').textContent()).resolves.toMatch(/已标记 \d+ 个单元格/);
    await page.screenshot({ path: path.join(SHOTS, 'preview-marked.png') });
    await page.getByRole('button', { name: '清除标记' }).click();
    await page.waitForSelector('td[data-cell="E13"]:not([data-highlighted])');
    expect(await background(page, 'E13')).toBe(before);
  });

  it('忽略 asks for a reason and shows the finding as waived, also after checking again', async () => {
    const target = finding(page, 'year/mismatch');
    await target.getByTestId('waive').click();
    await page.getByTestId('waive-confirm').click();
    await expect(page.getByText('请填写忽略原因').count()).resolves.toBe(1);
    await page.getByTestId('waive-reason').fill('经科室确认，为上年延续事项');
    await page.getByTestId('waive-confirm').click();
    await page.waitForSelector('[data-testid=finding][data-rule="year/mismatch"][data-waived="true"]');
    await expect(finding(page, 'year/mismatch').getByTestId('waiver-reason').textContent()).resolves.toContain('经科室确认');
    await check(page);
    await page.waitForSelector('[data-testid=finding][data-rule="year/mismatch"][data-waived="true"]');
    expect(await findingCount(page)).toBe(28);
  });

  it('应用建议 writes the fix and says so on the finding without making the results stale; 撤销 puts the old value back', async () => {
    const direction = finding(page, 'indicator/direction');
    await direction.getByTestId('apply').click();
    await page.waitForSelector('[data-testid=undo]');
    await expect(page.locator('[data-testid=sheet-tab][aria-selected=true]').textContent()).resolves.toBe('8.人防宣教、防空专业组训练、人防警报设备维保经费');
    await expect(cell(page, 'E10').textContent()).resolves.toBe('≥9处');
    await expect(finding(page, 'indicator/direction').getByTestId('applied').textContent()).resolves.toBe('已应用建议');
    expect(await finding(page, 'indicator/direction').getByTestId('apply').count()).toBe(0);
    // The change event of the add-in's own write comes after its batch: give it time to arrive, then look.
    await page.waitForTimeout(200);
    expect(await page.getByTestId('stale').count()).toBe(0);
    await page.getByTestId('undo').click();
    await page.waitForFunction(() => document.querySelector('td[data-cell="E10"]')?.textContent === '≤9处');
    await page.waitForSelector('[data-testid=finding][data-rule="indicator/direction"] [data-testid=apply]');
    await page.waitForTimeout(200);
    expect(await page.getByTestId('stale').count()).toBe(0);
  });

  it('生成审核报告 writes a new sheet and never overwrites one', async () => {
    await page.getByRole('button', { name: '生成审核报告' }).click();
    await page.waitForSelector('[data-testid=sheet-tab][aria-selected=true]:text("审核报告")');
    await expect(cell(page, 'A4').textContent()).resolves.toBe('序号');
    await expect(cell(page, 'C5').textContent()).resolves.toMatch(/^[A-Z]+\d+$/);
    await page.getByRole('button', { name: '生成审核报告' }).click();
    await page.waitForSelector('[data-testid=sheet-tab]:text("审核报告 (2)")');
    await page.screenshot({ path: path.join(SHOTS, 'preview-report.png') });
  });

  it('draws the report sheet at the column widths it was given', async () => {
    await page.waitForSelector('[data-testid=sheet-tab][aria-selected=true]:text("审核报告 (2)")');
    // The report's widths in characters (src/core/review/report.ts), 6 points each; a point is 4/3 of a pixel.
    const expected = [6, 18, 8, 24, 28, 8, 60, 18, 26, 20].map((chars) => chars * 8);
    const widths = await page.locator('[data-testid=grid] thead th[scope=col]').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
    expected.forEach((width, c) => expect(Math.abs(widths[c] - width)).toBeLessThanOrEqual(1.5));
    // The message column (G) is the widest, and its cells wrap inside it.
    expect(Math.max(...widths)).toBe(widths[6]);
    const message = cell(page, 'G5');
    expect(Math.abs((await message.boundingBox())!.width - widths[6])).toBeLessThanOrEqual(1.5);
    expect(await message.evaluate((td) => td.scrollWidth <= td.clientWidth && td.getBoundingClientRect().height > 30)).toBe(true);
    // The title does not wrap: it runs on over the empty cells to its right, on one line, as in Excel.
    const title = (await cell(page, 'A1').boundingBox())!;
    expect(title.height).toBeLessThan(30);
    expect(await cell(page, 'A1').evaluate((td) => td.scrollWidth > td.clientWidth)).toBe(true);
  });

  it('marks the results stale when the user edits a cell', async () => {
    await check(page);
    expect(await page.getByTestId('stale').count()).toBe(0);
    await page.locator('[data-testid=sheet-tab]').nth(1).click();
    await cell(page, 'E10').dblclick();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('≥2批');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=stale]');
  });

  it('made no request outside its own files and raised no error', () => {
    expect(problems).toEqual([]);
  });
});

describe('other workbooks', () => {
  it('reads a workbook chosen in the file input', async () => {
    const p = await open();
    await p.getByTestId('workbook-file').setInputFiles(SAMPLE_STACKED);
    await p.waitForFunction(() => document.querySelector('[data-testid=workbook-name]')?.textContent === 'caofeidian-2024-stacked.xlsx');
    await check(p);
    expect(await findingCount(p)).toBe(28);
    await p.close();
  });

  for (const [name, rule] of [
    ['wuhan-2020-project-application.xlsx', 'taxonomy/output-categories'],
    ['zhanjiang-2024-department-targets.xlsx', 'taxonomy/level2-mismatch'],
  ]) {
    const file = path.join(REALWORLD, name);
    sharedIt(file, `browser test on ${name}`)(`reads the real published workbook ${name}`, async () => {
      const p = await open();
      await p.getByTestId('workbook-file').setInputFiles(file);
      await p.waitForFunction((n) => document.querySelector('[data-testid=workbook-name]')?.textContent === n, name);
      await check(p);
      // A long list draws only what is in view: the rule is picked in the rule filter, then its findings are all drawn.
      await p.getByTestId('filter-rule').click();
      await p.locator(`[role=option][data-rule="${rule}"]`).click();
      await p.waitForSelector(`[data-testid=finding][data-rule="${rule}"]`);
      expect(await p.locator('[data-testid=finding]').evaluateAll((rows) => rows.every((r) => r.getAttribute('data-rule') === rows[0].getAttribute('data-rule')))).toBe(true);
      expect(await findingCount(p)).toBeGreaterThan(0);
      await p.screenshot({ path: path.join(SHOTS, `preview-${name.replace('.xlsx', '')}.png`) });
      await p.close();
    });
  }

  it('says plainly when the file is not a workbook, and keeps working', async () => {
    const p = await open();
    await p.getByTestId('workbook-file').setInputFiles({ name: 'notes.xlsx', mimeType: 'text/plain', buffer: Buffer.from('项目名称,预算数\n甲,1\n') });
    await p.waitForSelector('[data-testid=load-error]');
    await expect(p.getByTestId('load-error').textContent()).resolves.toContain('不是 .xlsx 工作簿文件');
    await expect(p.getByTestId('workbook-name').textContent()).resolves.toBe('caofeidian-2024.xlsx');
    await p.close();
  });

  it('says so when a workbook holds no target table', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('杂项').getCell('A1').value = '会议纪要';
    const p = await open();
    await p.getByTestId('workbook-file').setInputFiles({ name: 'noise.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await workbook.xlsx.writeBuffer()) });
    await p.waitForFunction(() => document.querySelector('[data-testid=workbook-name]')?.textContent === 'noise.xlsx');
    await check(p);
    expect(await p.getByTestId('no-tables').count()).toBe(1);
    await p.close();
  });

  it('shows HTML in cells as text and never runs it', async () => {
    const html = '<img src=x onerror=alert(1)>';
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('注入');
    const rows = [
      ['项目名称', html, '项目编码', '13020924P00071310099A'],
      ['预算数', 10, '其中：财政资金', 10],
      ['绩效目标', html],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', html, html],
    ];
    rows.forEach((row, r) => row.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value)));
    const p = await open();
    await p.getByTestId('workbook-file').setInputFiles({ name: 'xss.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await workbook.xlsx.writeBuffer()) });
    await p.waitForFunction(() => document.querySelector('[data-testid=workbook-name]')?.textContent === 'xss.xlsx');
    await expect(cell(p, 'B1').textContent()).resolves.toBe(html);
    await check(p);
    await p.waitForSelector('[data-testid=finding]');
    const texts = await p.getByTestId('finding').allTextContents();
    expect(texts.some((t) => t.includes(html))).toBe(true);
    expect(await p.locator('img[src="x"]').count()).toBe(0);
    await p.waitForTimeout(300);
    expect(problems.filter((m) => m.startsWith('dialog'))).toEqual([]);
    await p.close();
  });
});

describe('the grid follows the selection', () => {
  it('scrolls a selected cell far down and right into view, and lets the user scroll away again', async () => {
    const p = await open();
    await p.getByTestId('workbook-file').setInputFiles({ name: 'far.xlsx', mimeType: 'application/octet-stream', buffer: await farTableWorkbook() });
    await p.waitForFunction(() => document.querySelector('[data-testid=workbook-name]')?.textContent === 'far.xlsx');
    await check(p);
    const before = await placeInGrid(p, 'W154');
    expect(before).toEqual({ inside: false, scrollTop: 0, scrollLeft: 0 });
    await finding(p, 'indicator/direction').getByTestId('go-to-cell').click();
    await p.waitForSelector('td[data-cell="W154"][data-selected="true"]');
    const after = await placeInGrid(p, 'W154');
    expect(after.inside).toBe(true);
    expect(after.scrollTop).toBeGreaterThan(0);
    expect(after.scrollLeft).toBeGreaterThan(0);
    await p.screenshot({ path: path.join(SHOTS, 'preview-scrolled-to-selection.png') });
    // Once shown, the selection does not pull the view back on every redraw.
    await p.locator('.grid-scroll').evaluate((el) => el.scrollTo(0, 0));
    await p.getByTestId('sheet-tab').first().click();
    await expect(p.locator('.grid-scroll').evaluate((el) => el.scrollTop)).resolves.toBe(0);
    // A new selection of a cell that is out of view again scrolls again.
    await finding(p, 'indicator/direction').getByTestId('go-to-cell').click();
    await p.waitForFunction(() => (document.querySelector('.grid-scroll') as HTMLElement).scrollTop > 0);
    expect((await placeInGrid(p, 'W154')).inside).toBe(true);
    await p.close();
  });

  it('shows the tab of the sheet a finding activates, when the tab strip had it scrolled away', async () => {
    const p = await open();
    await check(p);
    const tabInStrip = (name: string) =>
      p.locator('[data-testid=sheet-tab]', { hasText: name }).evaluate((tab) => {
        const strip = tab.parentElement!.getBoundingClientRect();
        const box = tab.getBoundingClientRect();
        return box.left >= strip.left - 1 && box.right <= strip.right + 1;
      });
    expect(await tabInStrip('11.唐财建')).toBe(false);
    await finding(p, 'cost/exceeds-budget').getByTestId('go-to-cell').click();
    await p.waitForSelector('td[data-cell="E13"][data-selected="true"]');
    expect(await tabInStrip('11.唐财建')).toBe(true);
    await p.close();
  });
});

describe('dark mode', () => {
  it('darkens the whole page, not only the pane, with readable text', async () => {
    const p = await open('?theme=dark');
    await check(p);
    const parts = {
      body: await colours(p, 'body'),
      header: await colours(p, '.preview-header'),
      tab: await colours(p, '[data-testid=sheet-tab][aria-selected=false]'),
      activeTab: await colours(p, '[data-testid=sheet-tab][aria-selected=true]'),
      tabBar: await colours(p, '.sheet-tabs'),
      columnLetter: await colours(p, '[data-testid=grid] thead th[scope=col]'),
      cell: await colours(p, '[data-testid=grid] td[data-cell="A1"]'),
      pane: await colours(p, '.pane-area .fui-FluentProvider'),
    };
    for (const [part, { background: bg, text }] of Object.entries(parts)) {
      expect([part, luminance(bg) < 0.06]).toEqual([part, true]);
      expect([part, luminance(text) > 0.4]).toEqual([part, true]);
      expect([part, contrast(bg, text) >= 4.5]).toEqual([part, true]);
    }
    // Native controls (the file input's button, scroll bars) are drawn dark too.
    expect(await p.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    await p.screenshot({ path: path.join(SHOTS, 'preview-dark.png') });

    // Fills keep their colour with dark text on them: the highlights and the report's header row.
    await finding(p, 'cost/exceeds-budget').getByTestId('go-to-cell').click();
    await p.getByRole('button', { name: '标记', exact: true }).click();
    await p.waitForSelector('td[data-cell="E13"][data-highlighted="true"]');
    const marked = await colours(p, 'td[data-cell="E13"]');
    expect(marked.background).toBe(ERROR_FILL);
    expect(contrast(marked.background, marked.text)).toBeGreaterThanOrEqual(4.5);
    await p.screenshot({ path: path.join(SHOTS, 'preview-dark-marked.png') });
    await p.getByRole('button', { name: '生成审核报告' }).click();
    await p.waitForSelector('[data-testid=sheet-tab][aria-selected=true]:text("审核报告")');
    const header = await colours(p, 'td[data-cell="A4"]');
    expect(luminance(header.background)).toBeGreaterThan(0.6);
    expect(contrast(header.background, header.text)).toBeGreaterThanOrEqual(4.5);
    const body = await colours(p, 'td[data-cell="B5"]');
    expect(contrast(body.background, body.text)).toBeGreaterThanOrEqual(4.5);
    await p.screenshot({ path: path.join(SHOTS, 'preview-dark-report.png') });
    await p.close();
  });

  it('stays light without ?theme=dark', async () => {
    const p = await open();
    expect(luminance((await colours(p, 'body')).background)).toBeNaN(); // transparent: the browser's white canvas
    expect(luminance((await colours(p, '[data-testid=sheet-tab][aria-selected=false]')).background)).toBeGreaterThan(0.6);
    expect(luminance((await colours(p, '[data-testid=grid] thead th[scope=col]')).background)).toBeGreaterThan(0.6);
    await p.close();
  });
});

describe('the pane for every user', () => {
  it('speaks English when Office does', async () => {
    const p = await open('?lang=en-US');
    expect(await p.getByRole('button', { name: 'Check' }).count()).toBe(1);
    await check(p);
    await expect(p.getByTestId('summary').textContent()).resolves.toContain('13 project tables');
    await p.close();
  });

  it('works from the keyboard', async () => {
    const p = await open();
    await p.getByTestId('check').focus();
    await p.keyboard.press('Enter');
    await p.waitForSelector('[data-testid=finding]');
    const first = p.locator('[data-testid=finding]').first();
    await first.focus();
    await p.keyboard.press('Enter');
    await p.waitForSelector('td[data-selected="true"]');
    await p.close();
  });

  it('stays within the task pane\'s 380 KB budget', () => {
    const script = fs.readFileSync(path.join(REPO, 'dist', 'taskpane.js'));
    expect(zlib.gzipSync(script, { level: 9 }).length).toBeLessThanOrEqual(380 * 1024);
  });
});

describe('the task pane page outside Excel', () => {
  it('says office.js could not be loaded instead of showing a blank pane', async () => {
    const p = await browser.newPage();
    await p.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    await p.goto(`${BASE}taskpane.html`);
    await p.waitForSelector('[role=alert]');
    await expect(p.locator('[role=alert]').textContent()).resolves.toContain('无法加载 Office.js');
    await p.close();
  });

  it('says it runs in Excel when opened in a plain browser', async () => {
    const p = await browser.newPage();
    await p.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'window.Office = { HostType: { Excel: "Excel" }, onReady: function (cb) { var r = { host: null, platform: null }; setTimeout(function () { cb(r); }, 0); return Promise.resolve(r); } };',
      }),
    );
    await p.goto(`${BASE}taskpane.html`);
    await p.waitForSelector('[role=alert]');
    await expect(p.locator('[role=alert]').textContent()).resolves.toContain('此加载项只能在 Excel 中使用');
    await p.close();
  });
});
