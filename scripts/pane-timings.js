/**
 * Times the task pane in the preview page on a workbook (the benchmark's 1,000 tables): how soon the progress bar is
 * painted after 检查, how many elements the page holds, and the long tasks (over 50 ms, Chromium's PerformanceObserver
 * 'longtask' entries) of each interaction a reviewer makes. Used by the browser test test/e2e/big-workbook.test.ts,
 * which asserts on the figures, and by `npm run bench`, which prints them.
 */

/** Installed before the page's own scripts: collects long tasks and paints (frames) from the start. */
function installProbes() {
  window.__ptcheckLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__ptcheckLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function settle(page) {
  // Two frames and a pause: whatever the interaction queued has run and been painted.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)))));
}

/** Runs `action` and returns its wall time and the durations of the long tasks that started meanwhile. */
async function timed(page, name, action) {
  const start = await page.evaluate(() => performance.now());
  const began = Date.now();
  await action();
  await settle(page);
  const wallMs = Date.now() - began;
  const longTasks = await page.evaluate(
    (since) => window.__ptcheckLongTasks.filter((t) => t.start >= since).map((t) => Math.round(t.duration)),
    start,
  );
  return { name, wallMs, longTasks, longestMs: longTasks.length ? Math.max(...longTasks) : 0 };
}

function elementCounts(page) {
  return page.evaluate(() => {
    const list = document.querySelector('[data-testid=finding-list]');
    return {
      page: document.getElementsByTagName('*').length,
      pane: document.querySelectorAll('aside.pane-area *').length,
      findingRows: document.querySelectorAll('[data-testid=finding]').length,
      findings: Number(list ? list.getAttribute('data-count') : document.querySelectorAll('[data-testid=finding]').length),
      summary: document.querySelector('[data-testid=summary]')?.textContent ?? '',
    };
  });
}

/**
 * Opens the preview at `baseUrl` in a new page of `browser`, loads `file` through the file input and times: 检查, the
 * severity filter off and on, the order, 忽略 (with its dialog) and 取消忽略, 标记, 清除标记 and End/Home in the list.
 * `withReport` adds 生成审核报告 (the preview then shows the new 2,000-row sheet). The page is closed at the end.
 */
async function timePane(browser, { baseUrl, file, withReport = false, screenshot }) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(installProbes);
  await page.goto(`${baseUrl}preview.html`);
  await page.waitForSelector('[data-testid=grid]');
  const name = require('path').basename(file);
  await page.getByTestId('workbook-file').setInputFiles(file);
  await page.waitForFunction((n) => document.querySelector('[data-testid=workbook-name]')?.textContent === n, name);
  await settle(page);

  // When the progress bar is first painted after the click on 检查 (a frame after it is in the DOM).
  await page.evaluate(() => {
    window.__ptcheckProgress = null;
    let clicked = 0;
    document.querySelector('[data-testid=check]').addEventListener('click', () => (clicked = performance.now()), true);
    const watch = new MutationObserver(() => {
      if (window.__ptcheckProgress === null && document.querySelector('[role=progressbar]')) {
        window.__ptcheckProgress = -1;
        watch.disconnect();
        requestAnimationFrame(() => (window.__ptcheckProgress = performance.now() - clicked));
      }
    });
    watch.observe(document.body, { subtree: true, childList: true });
  });
  const interactions = [];
  interactions.push(
    await timed(page, '检查 check', async () => {
      await page.getByTestId('check').click();
      await page.waitForSelector('main[data-checks="1"][data-busy=""]', { timeout: 120000 });
    }),
  );
  const progressPaintedMs = Math.round(await page.evaluate(() => window.__ptcheckProgress));
  const elements = await elementCounts(page);

  interactions.push(
    await timed(page, 'filter: info off', async () => {
      await page.getByTestId('filter-info').click();
      await page.waitForSelector('[data-testid=filter-info][aria-pressed=false]');
    }),
  );
  interactions.push(
    await timed(page, 'filter: info on', async () => {
      await page.getByTestId('filter-info').click();
      await page.waitForSelector('[data-testid=filter-info][aria-pressed=true]');
    }),
  );
  interactions.push(
    await timed(page, 'order: cell order', async () => {
      await page.getByTestId('order-sheet').check();
    }),
  );
  const first = page.locator('[data-testid=finding]').first();
  const waivedId = await first.getAttribute('data-finding-id');
  const row = page.locator(`[data-testid=finding][data-finding-id="${waivedId}"]`);
  interactions.push(
    await timed(page, '忽略 waive (dialog, reason, save)', async () => {
      await row.getByTestId('waive').click();
      await page.getByTestId('waive-reason').fill('经科室确认');
      await page.getByTestId('waive-confirm').click();
      await page.waitForSelector(`[data-testid=finding][data-finding-id="${waivedId}"][data-waived=true]`);
      await page.waitForSelector('main[data-busy=""]');
    }),
  );
  interactions.push(
    await timed(page, '取消忽略 unwaive', async () => {
      await row.getByTestId('unwaive').click();
      await page.waitForSelector(`[data-testid=finding][data-finding-id="${waivedId}"][data-waived=false]`);
      await page.waitForSelector('main[data-busy=""]');
    }),
  );
  interactions.push(
    await timed(page, '标记 mark', async () => {
      await page.getByTestId('mark').click();
      await page.waitForSelector('main[data-busy=""] [data-testid=notice]:has-text("已标记")', { timeout: 120000 });
    }),
  );
  interactions.push(
    await timed(page, '清除标记 clear marks', async () => {
      await page.getByTestId('clear-marks').click();
      await page.waitForSelector('main[data-busy=""] [data-testid=notice]:has-text("清除")', { timeout: 120000 });
    }),
  );
  const firstId = await page.evaluate(() => document.querySelector('[data-testid=finding]')?.getAttribute('data-finding-id'));
  interactions.push(
    await timed(page, 'End, then Home, in the list', async () => {
      await page.locator(`[data-testid=finding][data-finding-id="${firstId}"]`).focus();
      await page.keyboard.press('End');
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-rowindex') === document.querySelector('[data-testid=finding-list]')?.getAttribute('aria-rowcount'));
      await page.keyboard.press('Home');
      await page.waitForFunction((id) => document.activeElement?.getAttribute('data-finding-id') === id, firstId);
    }),
  );
  const afterKeys = await elementCounts(page);
  if (screenshot) await page.screenshot({ path: screenshot });
  if (withReport) {
    interactions.push(
      await timed(page, '生成审核报告 report', async () => {
        await page.getByTestId('report').click();
        await page.waitForSelector('main[data-busy=""] [data-testid=notice]:has-text("审核报告")', { timeout: 120000 });
      }),
    );
  }
  await page.close();
  return { progressPaintedMs, elements, afterKeys, interactions, errors };
}

/** The figures as lines of text. */
function describeTimings(result) {
  const lines = [
    `progress bar painted ${result.progressPaintedMs} ms after 检查`,
    `elements after 检查: ${result.elements.page} in the page, ${result.elements.pane} in the pane, ${result.elements.findingRows} finding rows drawn of ${result.elements.findings}`,
  ];
  const width = Math.max(...result.interactions.map((i) => i.name.length));
  for (const i of result.interactions) {
    lines.push(`${i.name.padEnd(width)}  wall ${String(i.wallMs).padStart(5)} ms  longest task ${String(i.longestMs).padStart(4)} ms  (${i.longTasks.length} over 50 ms)`);
  }
  return lines;
}

module.exports = { timePane, describeTimings };
