/**
 * @jest-environment jsdom
 *
 * The page's own safety nets, written in ES5 inside taskpane.html: Internet Explorer 11 (Office 2016/2019
 * volume-licensed) runs the `nomodule` script and gets a plain message; a pane that never starts gets one too.
 */
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from '../helpers/samples';

const html = fs.readFileSync(path.join(REPO, 'src', 'taskpane', 'taskpane.html'), 'utf8');

function inlineScript(attributes: RegExp): string {
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
  const found = scripts.find((m) => attributes.test(m[1]) && m[2].trim() !== '');
  if (!found) throw new Error('script not found');
  return found[2];
}

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  delete (window as { __ptcheckMounted?: boolean }).__ptcheckMounted;
});

describe('taskpane.html', () => {
  it('shows browsers without ES modules (Internet Explorer) what Excel is needed', () => {
    const script = inlineScript(/nomodule/);
    expect(script).not.toMatch(/=>|\bconst\b|\blet\b|`/); // ES5 only: it must run in Internet Explorer
    new Function(script)();
    const alert = document.querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('Microsoft 365 或 Office 2021');
    expect(alert.textContent).toContain('ptcheck');
    expect(alert.textContent).toContain('Internet Explorer');
  });

  it('loads the pane as an ES module, so that Internet Explorer never runs it', () => {
    expect(html).toContain('<script nomodule>');
    expect(html).toContain('<div id="root"></div>');
  });

  it('says so when the pane has not started after a while, instead of staying blank', () => {
    jest.useFakeTimers();
    const script = inlineScript(/^\s*$/);
    new Function(script)();
    jest.advanceTimersByTime(16_000);
    expect(document.querySelector('[role=alert]')!.textContent).toContain('审核面板未能启动');
    jest.useRealTimers();
  });

  it('leaves a started pane alone', () => {
    jest.useFakeTimers();
    (window as { __ptcheckMounted?: boolean }).__ptcheckMounted = true;
    new Function(inlineScript(/^\s*$/))();
    jest.advanceTimersByTime(16_000);
    expect(document.querySelector('[role=alert]')).toBeNull();
    jest.useRealTimers();
  });
});
