/** How far the preview scrolls to show a cell (or a sheet's tab). */
import { scrollToReveal } from '../../src/preview/reveal';

describe('scrollToReveal', () => {
  const view = { top: 100, left: 50, bottom: 500, right: 850 };

  it('does not move for a cell already in view', () => {
    expect(scrollToReveal(view, { top: 120, left: 60, bottom: 140, right: 160 })).toEqual({ dx: 0, dy: 0 });
  });

  it('scrolls only as far as needed, down and right, with a little room beyond', () => {
    expect(scrollToReveal(view, { top: 2000, left: 1500, bottom: 2020, right: 1600 })).toEqual({ dx: 750 + 24, dy: 1520 + 24 });
  });

  it('scrolls back up and left, to below the sticky headers', () => {
    expect(scrollToReveal(view, { top: 90, left: 10, bottom: 110, right: 70 })).toEqual({ dx: -40 - 24, dy: -10 - 24 });
  });

  it('shows the start of a cell bigger than the view, flush', () => {
    expect(scrollToReveal(view, { top: 400, left: 800, bottom: 1400, right: 2000 })).toEqual({ dx: 750, dy: 300 });
  });

  it('leaves less room when the cell nearly fills the view, never pushing it out', () => {
    // 380 of 400 pixels: 10 pixels of room on each side at most.
    expect(scrollToReveal(view, { top: 600, left: 60, bottom: 980, right: 160 })).toEqual({ dx: 0, dy: 490 });
  });
});
