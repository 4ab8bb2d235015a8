/**
 * What the browser tests share: Debian's Chromium launched the same way everywhere (no downloaded browser, nothing
 * reaching out to the network), and the steps every pane test takes (a check, a dialog appearing or going).
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Clicks 检查 and waits until that check (not an earlier one) has finished. */
export async function check(p: Page): Promise<void> {
  const done = Number(await p.locator('main[data-checks]').getAttribute('data-checks'));
  await p.getByTestId('check').click();
  await p.waitForSelector(`main[data-checks="${done + 1}"][data-busy=""]`);
}

export const DIALOG = '[role=dialog]';

/** Waits for the dialog to have finished appearing: colours read while it fades in are not its colours. */
export async function dialogShown(p: Page): Promise<void> {
  await p.waitForSelector(DIALOG);
  // Fluent's motions are Web Animations: none running means the dialog has its final look.
  await p.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

export async function dialogGone(p: Page): Promise<void> {
  await p.waitForSelector(DIALOG, { state: 'detached' });
}
