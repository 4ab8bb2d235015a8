/**
 * The pages where Office shows them: every bundle parses in the oldest engine the manifest lets the add-in load in
 * (EdgeHTML 18, Safari 14), the inline scripts parse in Internet Explorer 11, and the pane still works when the
 * built-ins that Edge 18 lacks are missing (the polyfills are in the bundle).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as acorn from 'acorn';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { REPO } from '../helpers/samples';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const targets = require('../../scripts/browser-targets.js') as { ecmaVersion: acorn.ecmaVersion };

const BASE = process.env.PREVIEW_URL ?? 'http://localhost:3000/';
const DIST = path.join(REPO, 'dist');

function parseError(source: string, ecmaVersion: acorn.ecmaVersion, sourceType: 'script' | 'module' = 'script'): string | null {
  try {
    acorn.parse(source, { ecmaVersion, sourceType });
    return null;
  } catch (error) {
    const { message, pos } = error as { message: string; pos: number };
    return `${message} near ${JSON.stringify(source.slice(Math.max(0, pos - 40), pos + 40))}`;
  }
}

/** The inline scripts of a page, with their attributes. */
function inlineScripts(html: string): { attributes: string; body: string }[] {
  return [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\bsrc=/.test(m[1]) && m[2].trim() !== '')
    .map((m) => ({ attributes: m[1], body: m[2] }));
}

describe('the built bundles', () => {
  const bundles = fs.readdirSync(DIST).filter((f) => f.endsWith('.js'));

  it('are all there', () => {
    expect(bundles).toEqual(expect.arrayContaining(['taskpane.js', 'commands.js', 'preview.js']));
  });

  // The named bundles and the chunks they load on demand (the generation dialogs, the template path) alike.
  it.each(bundles)(`%s parses as ES${targets.ecmaVersion} (Edge 18, Safari 14)`, (file) => {
    const source = fs.readFileSync(path.join(DIST, file), 'utf8');
    expect(parseError(source, targets.ecmaVersion, 'module')).toBeNull();
  });

  it('the parser used here does reject newer syntax (so the check above can fail)', () => {
    expect(parseError('const a = { ...b };', targets.ecmaVersion)).not.toBeNull();
    expect(parseError('try { f() } catch { }', targets.ecmaVersion)).not.toBeNull();
    expect(parseError('const y = /(?<!\\d)2024/;', targets.ecmaVersion)).not.toBeNull();
    expect(parseError('a ??= b;', targets.ecmaVersion)).not.toBeNull();
  });

  it.each(['taskpane.html', 'commands.html', 'notice.html'])('the inline scripts of %s parse in Internet Explorer 11 (ES5)', (file) => {
    const html = fs.readFileSync(path.join(DIST, file), 'utf8');
    const scripts = inlineScripts(html).filter((s) => !/type=["']?module/.test(s.attributes));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(parseError(script.body, 5)).toBeNull();
  });

  it('the pages load their bundles as modules, which Internet Explorer skips', () => {
    for (const file of ['taskpane.html', 'commands.html']) {
      const html = fs.readFileSync(path.join(DIST, file), 'utf8');
      const bundleTags = [...html.matchAll(/<script[^>]*src=["']?[^"'\s>]*(taskpane|commands)\.js[^>]*>/g)].map((m) => m[0]);
      expect(bundleTags.length).toBe(1);
      expect(bundleTags[0]).toMatch(/type=["']?module/);
    }
  });
});

/** Built-ins Chromium has and EdgeHTML 18 does not: removed before any script of the page runs. */
const EDGE18_MISSING = `
  (function () {
    var gone = [
      [Array.prototype, 'flat'], [Array.prototype, 'flatMap'], [Array.prototype, 'at'], [Array.prototype, 'findLast'],
      [Array.prototype, 'findLastIndex'], [Array.prototype, 'toSorted'], [Object, 'fromEntries'], [Object, 'hasOwn'],
      [String.prototype, 'matchAll'], [String.prototype, 'replaceAll'], [String.prototype, 'at'],
      [String.prototype, 'trimStart'], [String.prototype, 'trimEnd'], [Promise, 'allSettled'], [Promise, 'any'],
      [Promise.prototype, 'finally'], [window, 'queueMicrotask'], [window, 'structuredClone'],
      [window, 'ResizeObserver'], [Symbol.prototype, 'description'], [Node.prototype, 'isConnected'],
      [Element.prototype, 'replaceChildren'], [Intl, 'RelativeTimeFormat'], [Intl, 'ListFormat'], [Intl, 'Segmenter']
    ];
    for (var i = 0; i < gone.length; i++) delete gone[i][0][gone[i][1]];
    window.__removed = gone.filter(function (g) { return g[1] in g[0]; }).map(function (g) { return g[1]; });
  })();
`;

describe('the pane in an engine without the newer built-ins', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.addInitScript(EDGE18_MISSING);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('has really lost them before the page runs', async () => {
    await page.goto(`${BASE}preview.html`);
    // Still present only where a polyfill put it back; none can be back before the bundle ran.
    const stillThere = await page.evaluate(() => (window as unknown as { __removed: string[] }).__removed);
    expect(stillThere).toEqual([]);
  });

  it('checks the sample workbook and lists its findings', async () => {
    await page.waitForSelector('[data-testid=grid]');
    await page.getByTestId('check').click();
    await page.waitForSelector('main[data-checks="1"][data-busy=""]');
    expect(await page.locator('[data-testid=finding]').count()).toBeGreaterThan(10);
    await page.locator('[data-testid=finding]').first().click();
    await page.getByTestId('mark').click();
    await page.waitForSelector('[data-testid=grid] td[data-highlighted="true"]');
    await expect(page.getByTestId('notice').textContent()).resolves.toMatch(/已标记 \d+ 个单元格/);
    expect(errors).toEqual([]);
  });
});

/** office.js stand-in: records what the page associates, the dialogs it opens and the events it completes. */
const FAKE_OFFICE = `
  window.__calls = { associated: {}, dialogs: [], completed: 0, handlers: {} };
  window.Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogEventReceived: 'dialogEventReceived', DialogMessageReceived: 'dialogMessageReceived' },
    HostType: { Excel: 'Excel' },
    onReady: function (cb) { var info = { host: 'Excel' }; setTimeout(function () { if (cb) cb(info); }, 0); return Promise.resolve(info); },
    actions: { associate: function (name, fn) { window.__calls.associated[name] = fn; } },
    context: {
      displayLanguage: 'zh-CN',
      ui: {
        displayDialogAsync: function (url, options, callback) {
          window.__calls.dialogs.push(url);
          callback({ status: 'succeeded', value: {
            addEventHandler: function (type, handler) { window.__calls.handlers[type] = handler; },
            close: function () {}
          } });
        },
        messageParent: function (message) { window.__calls.parentMessages = (window.__calls.parentMessages || []).concat([message]); }
      }
    }
  };
`;

interface Calls {
  associated: Record<string, (event: { completed(): void }) => void>;
  dialogs: string[];
  completed: number;
  handlers: Record<string, (arg: unknown) => void>;
  parentMessages?: string[];
}

describe('the ribbon buttons where the bundle cannot run', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function commandsPage(bundle: string): Promise<Page> {
    const p = await browser.newPage();
    await p.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: FAKE_OFFICE }));
    await p.route('**/commands.js', (route) => route.fulfill({ contentType: 'text/javascript', body: bundle }));
    await p.goto(`${BASE}commands.html`);
    return p;
  }

  /** Clicks a button (calls what the page associated) and closes the dialog it opened. */
  async function click(p: Page, name: string): Promise<{ dialog: string; completedBeforeClose: number; completedAfterClose: number }> {
    return p.evaluate((command) => {
      const calls = (window as unknown as { __calls: Calls }).__calls;
      calls.associated[command]({ completed: () => calls.completed++ });
      const completedBeforeClose = calls.completed;
      calls.handlers.dialogEventReceived({ error: 12006 });
      return { dialog: calls.dialogs[calls.dialogs.length - 1], completedBeforeClose, completedAfterClose: calls.completed };
    }, name);
  }

  it('a bundle this engine cannot parse: both buttons say the add-in did not start and name the remedy', async () => {
    const p = await commandsPage('let broken = ;');
    await p.waitForFunction(() => Boolean((window as unknown as { __calls: Calls }).__calls.associated.clearMarks));
    for (const name of ['checkAndMark', 'clearMarks']) {
      const result = await click(p, name);
      expect(result.dialog).toMatch(/\/notice\.html\?m=start-failed&lang=zh-CN$/);
      // The command ends when the user closes the dialog, not before.
      expect(result.completedAfterClose - result.completedBeforeClose).toBe(1);
    }
    await p.close();
  });

  it('Internet Explorer (the nomodule script): the buttons say which Office and which runtime are needed', async () => {
    const p = await commandsPage('/* a bundle that never associates */');
    const html = fs.readFileSync(path.join(DIST, 'commands.html'), 'utf8');
    const nomodule = inlineScripts(html).find((s) => /nomodule/.test(s.attributes))!;
    await p.evaluate(nomodule.body);
    const result = await click(p, 'checkAndMark');
    expect(result.dialog).toMatch(/notice\.html\?m=old-webview&/);
    await p.close();
  });

  it('a bundle that runs keeps the buttons: the fallback stays out of the way', async () => {
    const p = await commandsPage('Office.actions.associate("checkAndMark", function (e) { window.__real = true; e.completed(); }); window.__ptcheckCommandsReady = true;');
    await p.evaluate(() => (window as unknown as { __ptcheckCommandFallback(m: string): void }).__ptcheckCommandFallback('start-failed'));
    await p.evaluate(() => (window as unknown as { __calls: Calls }).__calls.associated.checkAndMark({ completed() {} }));
    expect(await p.evaluate(() => (window as unknown as { __real?: boolean }).__real)).toBe(true);
    await p.close();
  });
});

describe('the notice a ribbon button opens', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function notice(query: string): Promise<{ page: Page; text: string }> {
    const p = await browser.newPage({ viewport: { width: 420, height: 260 } });
    await p.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: FAKE_OFFICE }));
    await p.goto(`${BASE}notice.html?${query}`);
    return { page: p, text: (await p.locator('body').innerText()).replace(/\s+/g, ' ') };
  }

  it('says what 检查并标记 found and marked, and which sheets it could not mark', async () => {
    const { page, text } = await notice('m=marked&lang=zh-CN&t=13&e=5&w=3&i=2&c=9&u=1');
    expect(text).toContain('已检查 13 张绩效目标表：错误 5 个、警告 3 个、提示 2 个；已标记 9 个单元格。');
    expect(text).toContain('有 1 个工作表不允许修改');
    await page.screenshot({ path: path.join(REPO, 'test-results', 'notice-marked.png') });
    await page.getByRole('button', { name: '关闭' }).click();
    expect(await page.evaluate(() => (window as unknown as { __calls: Calls }).__calls.parentMessages)).toEqual(['close']);
    await page.close();
  });

  it('speaks English when Office does', async () => {
    const { page, text } = await notice('m=old-webview&lang=en-US');
    expect(text).toContain('install the Microsoft Edge WebView2 Runtime');
    expect(text).not.toMatch(/[\u4e00-\u9fff]/);
    await page.close();
  });

  it('never shows what the address says as HTML, and falls back to a known message', async () => {
    const { page, text } = await notice(`m=${encodeURIComponent('<img src=x onerror="window.__hacked=1">')}&t=%3Cb%3E`);
    expect(text).toContain('操作未能完成');
    expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
    expect(await page.locator('img, b').count()).toBe(0);
    await page.close();
  });
});

describe('the task pane where its bundle cannot run', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('says at once that it did not start and names the WebView2 runtime, instead of a blank pane', async () => {
    const p = await browser.newPage();
    await p.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: FAKE_OFFICE }));
    await p.route('**/taskpane.js', (route) => route.fulfill({ contentType: 'text/javascript', body: 'class { static { } }' }));
    const started = Date.now();
    await p.goto(`${BASE}taskpane.html`);
    await p.waitForSelector('[role=alert]', { timeout: 5000 });
    expect(Date.now() - started).toBeLessThan(5000); // not the 15-second last resort
    const text = await p.locator('[role=alert]').innerText();
    expect(text).toContain('审核加载项未能启动');
    expect(text).toContain('WebView2');
    await p.close();
  });

  it('in Internet Explorer (the nomodule script) names the editions and the remedy', async () => {
    const p = await browser.newPage();
    await p.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: FAKE_OFFICE }));
    await p.route('**/taskpane.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
    await p.goto(`${BASE}taskpane.html`);
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    await p.evaluate(inlineScripts(html).find((s) => /nomodule/.test(s.attributes))!.body);
    const text = await p.locator('[role=alert]').innerText();
    expect(text).toContain('批量许可版 Office 2016/2019');
    expect(text).toContain('ptcheck');
    await p.close();
  });
});
