/**
 * @jest-environment jsdom
 *
 * A long findings list is windowed: only the findings in view are in the DOM, while the keys still reach every
 * finding (drawn on demand) and the list says how many there are. jsdom has no layout: rows keep their estimated
 * heights and the view is the window's height.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { FindingList } from '../../src/taskpane/components/FindingList';
import { LocaleContext, stringsFor } from '../../src/taskpane/i18n';
import type { ReviewedFinding } from '../../src/core/review/waivers';
import { findingId } from '../../src/taskpane/finding-view';

function manyFindings(count: number): ReviewedFinding[] {
  return Array.from({ length: count }, (_, i) => {
    const sheet = `表${Math.floor(i / 200) + 1}`;
    const project = `P${Math.floor(i / 20)}`;
    const cell = `E${(i % 20) + 10}`;
    return {
      rule: 'indicator/unit-missing',
      severity: i % 7 === 0 ? 'error' : 'info',
      sheet,
      cell,
      project,
      projectName: `项目${Math.floor(i / 20)}`,
      messageId: 'm',
      data: {},
      message: { 'zh-CN': `第 ${i} 个问题：数值型指标值没有计量单位`, 'en-US': `Finding ${i}` },
      field: `f${i}`,
      key: `indicator/unit-missing|${project}|f${i}`,
    };
  });
}

const noop = (): void => undefined;

function renderList(findings: ReviewedFinding[]) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LocaleContext.Provider value={{ locale: 'zh-CN', t: stringsFor('zh-CN') }}>
        <FindingList findings={findings} order="sheet" busy={false} applied={{}} onSelect={noop} onApply={noop} onUndo={noop} onWaive={noop} onUnwaive={noop} />
      </LocaleContext.Provider>
    </FluentProvider>,
  );
}

function drawn(): HTMLElement[] {
  return screen.queryAllByTestId('finding');
}

describe('a long findings list', () => {
  const findings = manyFindings(2000);
  const ids = findings.map(findingId);

  it('draws only what is in view, and says how many findings and lines it has', () => {
    renderList(findings);
    const list = screen.getByTestId('finding-list');
    expect(list).toHaveAttribute('data-windowed', 'true');
    expect(list).toHaveAttribute('data-count', '2000');
    // 2,000 findings, 10 sheet headings, 100 project headings.
    expect(list).toHaveAttribute('aria-rowcount', '2110');
    expect(drawn().length).toBeGreaterThan(3);
    expect(drawn().length).toBeLessThan(40);
    expect(drawn()[0]).toHaveAttribute('aria-rowindex', '3');
  });

  it('reaches the last finding with End and the first with Home, drawing them on demand', () => {
    renderList(findings);
    act(() => drawn()[0].focus());
    fireEvent.keyDown(drawn()[0], { key: 'End' });
    expect(document.activeElement).toHaveAttribute('data-finding-id', ids[ids.length - 1]);
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '2110');
    expect(drawn().length).toBeLessThan(41);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toHaveAttribute('data-finding-id', ids[0]);
  });

  it('goes past the last drawn finding with Down', () => {
    renderList(findings);
    const last = drawn()[drawn().length - 1];
    const position = ids.indexOf(last.getAttribute('data-finding-id')!);
    act(() => last.focus());
    fireEvent.keyDown(last, { key: 'ArrowDown' });
    expect(document.activeElement).toHaveAttribute('data-finding-id', ids[position + 1]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toHaveAttribute('data-finding-id', ids[position]);
  });

  it('draws a short list whole', () => {
    renderList(findings.slice(0, 30));
    expect(screen.getByTestId('finding-list')).toHaveAttribute('data-windowed', 'false');
    expect(drawn()).toHaveLength(30);
  });
});
