/**
 * The built pages' Content-Security-Policy: each page carries one whose hashes are exactly its inline scripts, and
 * the preview runs a whole review without a single violation (nothing blocked that the page needs, nothing loaded
 * that the policy does not name).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { REPO } from '../helpers/samples';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { policyFor } = require('../../scripts/csp.js') as { policyFor(html: string): string };

const BASE = process.env.PREVIEW_URL ?? 'http://localhost:3000/';
const DIST = path.join(REPO, 'dist');

describe('Content-Security-Policy of the built pages', () => {
  it.each(['taskpane.html', 'commands.html', 'notice.html', 'preview.html'])('%s carries the policy of its own inline scripts', (file) => {
    const html = fs.readFileSync(path.join(DIST, file), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    expect(meta).not.toBeNull();
    expect(meta![1]).toBe(policyFor(html.replace(meta![0], '')));
    expect(meta![1]).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  });

  describe('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('the preview checks, marks and writes its report without a violation', async () => {
      const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { __reportViolation(t: string): void }).__reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await page.goto(`${BASE}preview.html`);
      await page.waitForSelector('[data-testid=grid]');
      await page.getByTestId('check').click();
      await page.waitForSelector('main[data-checks="1"][data-busy=""]');
      await page.getByTestId('mark').click();
      await page.getByTestId('report').click();
      await page.waitForTimeout(500);
      expect(violations).toEqual([]);
      await page.close();
    });
  });
});
