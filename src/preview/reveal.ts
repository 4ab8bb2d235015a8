/**
 * Scrolling so that something is seen, as Excel does when a cell is selected: only as far as needed, with a little
 * room around it, and never under sticky parts (the grid's column letters and row numbers).
 */

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Room left beyond a target that had to be scrolled to, so that it does not end flush against the edge. */
const ROOM = 24;

/** One axis: how far to scroll so that [start, end] lies within [viewStart, viewEnd]; too big a target shows its start. */
function shift(start: number, end: number, viewStart: number, viewEnd: number): number {
  const room = Math.max(0, Math.min(ROOM, (viewEnd - viewStart - (end - start)) / 2));
  if (start < viewStart || end - start > viewEnd - viewStart) return start - viewStart - room;
  if (end > viewEnd) return end - viewEnd + room;
  return 0;
}

/** The scroll (dx, dy) that brings target into view; 0 on an axis where it is already in view. */
export function scrollToReveal(view: Box, target: Box): { dx: number; dy: number } {
  return { dx: shift(target.left, target.right, view.left, view.right), dy: shift(target.top, target.bottom, view.top, view.bottom) };
}

/** Scrolls `scroller` (and nothing else) so that `target` is visible, below `inset.top` and right of `inset.left`. */
export function reveal(scroller: HTMLElement, target: HTMLElement, inset = { top: 0, left: 0 }): void {
  const outer = scroller.getBoundingClientRect();
  // client* leave the borders and scroll bars out.
  const top = outer.top + scroller.clientTop;
  const left = outer.left + scroller.clientLeft;
  const view = { top: top + inset.top, left: left + inset.left, bottom: top + scroller.clientHeight, right: left + scroller.clientWidth };
  const { dx, dy } = scrollToReveal(view, target.getBoundingClientRect());
  if (dx) scroller.scrollLeft += dx;
  if (dy) scroller.scrollTop += dy;
}

/** A cell of the preview's grid, kept clear of the sticky header row and row numbers. */
export function revealCell(scroller: HTMLElement, cell: HTMLElement): void {
  const table = scroller.querySelector('table');
  const top = table?.tHead?.getBoundingClientRect().height ?? 0;
  const left = table?.querySelector('th.corner')?.getBoundingClientRect().width ?? 0;
  reveal(scroller, cell, { top, left });
}
