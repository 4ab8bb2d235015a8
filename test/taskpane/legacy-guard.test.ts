/**
 * @jest-environment jsdom
 *
 * The page's own safety nets, written in ES5 inside taskpane.html: Internet Explorer 11 (Office 2016/2019
 * volume-licensed) runs the `nomodule` script and gets a plain message; a pane that never starts gets one too.
 */
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from '../helpers/samples';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const messages = require('../../src/pages/fallback-messages.js') as object;
// The template as the build fills it in (webpack.config.js writes the messages in as a JSON literal).
const html = fs
  .readFileSync(path.join(REPO, 'src', 'taskpane', 'taskpane.html'), 'utf8')
  .replace('<%= messages %>', JSON.stringify(messages));

function inlineScripts(attributes: RegExp): string[] {
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
  const found = scripts.filter((m) => attributes.test(m[1]) && m[2].trim() !== '').map((m) => m[2]);
  if (!found.length) throw new Error('script not found');
  return found;
}

/** The classic scripts in page order: the guard that defines the fallback first, the last-resort timer after it. */
function runClassicScripts(): void {
  for (const script of inlineScripts(/^\s*$/)) new Function(script)();
}

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  delete (window as { __ptcheckMounted?: boolean }).__ptcheckMounted;
});

describe('taskpane.html', () => {
  it('shows browsers without ES modules (Internet Explorer) what Excel is needed', () => {
    for (const script of [...inlineScripts(/^\s*$/), ...inlineScripts(/nomodule/)]) {
      expect(script).not.toMatch(/=>|\bconst\b|\blet\b|`/); // ES5 only: it must run in Internet Explorer
    }
    jest.useFakeTimers();
    runClassicScripts();
    new Function(inlineScripts(/nomodule/)[0])();
    jest.useRealTimers();
    const alert = document.querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('Microsoft 365 或 Office 2021');
    expect(alert.textContent).toContain('WebView2');
    expect(alert.textContent).toContain('ptcheck');
    expect(alert.textContent).toContain('Internet Explorer');
  });

  it('loads the pane as an ES module, so that Internet Explorer never runs it', () => {
    expect(html).toContain('<script nomodule>');
    expect(html).toContain('<div id="root"></div>');
  });

  it('says so when the pane has not started after a while, instead of staying blank', () => {
    jest.useFakeTimers();
    runClassicScripts();
    jest.advanceTimersByTime(14_000);
    expect(document.querySelector('[role=alert]')).toBeNull();
    jest.advanceTimersByTime(2_000);
    expect(document.querySelector('[role=alert]')!.textContent).toContain('审核加载项未能启动');
    jest.useRealTimers();
  });

  it('leaves a started pane alone', () => {
    jest.useFakeTimers();
    (window as { __ptcheckMounted?: boolean }).__ptcheckMounted = true;
    runClassicScripts();
    jest.advanceTimersByTime(16_000);
    expect(document.querySelector('[role=alert]')).toBeNull();
    jest.useRealTimers();
  });
});
