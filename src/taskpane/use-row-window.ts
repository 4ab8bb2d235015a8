/**
 * Windowing for a long list: only the rows in view (and some above and below) are in the DOM, placed at their offsets
 * in a container as tall as the whole list. Row heights start as estimates and are measured as rows are drawn (a
 * ResizeObserver), and the view is held still when rows above it turn out taller or shorter than guessed. The list
 * scrolls with whatever scrolls around it: the pane's own scroll area in the preview, the page in Excel's task pane.
 * One row can be kept drawn wherever it is (the one with the focus), so that the focus never falls out of the page.
 */
import { useCallback, useLayoutEffect, useMemo, useReducer, useRef, useState, type CSSProperties, type RefObject } from 'react';

type ScrollParent = HTMLElement | Window;

/** The part of the list in view, in the list's own coordinates (0 is its top). */
interface Viewport {
  top: number;
  height: number;
}

function isWindow(parent: ScrollParent): parent is Window {
  // Not instanceof: a test environment's Window constructor need not be the page's.
  return (parent as Window).window === parent;
}

function scrollParentOf(element: HTMLElement): ScrollParent {
  for (let el = element.parentElement; el && el !== document.body && el !== document.documentElement; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowY;
    if (overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay') return el;
  }
  return window;
}

function scrollTopOf(parent: ScrollParent): number {
  return isWindow(parent) ? parent.scrollY : parent.scrollTop;
}

function viewHeightOf(parent: ScrollParent): number {
  return isWindow(parent) ? parent.innerHeight : parent.clientHeight;
}

/** Where the list starts within what its scroll parent scrolls. */
function listOffsetIn(parent: ScrollParent, list: HTMLElement): number {
  const top = list.getBoundingClientRect().top;
  if (isWindow(parent)) return top + parent.scrollY;
  return top - parent.getBoundingClientRect().top - parent.clientTop + parent.scrollTop;
}

function scrollBy(parent: ScrollParent, delta: number): void {
  if (isWindow(parent)) parent.scrollTo(parent.scrollX, parent.scrollY + delta);
  else parent.scrollTop += delta;
}

/** The first index whose row ends below `y` (offsets holds n + 1 running totals). */
function firstEndingAfter(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid + 1] > y) high = mid;
    else low = mid + 1;
  }
  return low;
}

export interface RowWindowOptions {
  /** Lists of this many rows or more are windowed; shorter ones are drawn whole (find-in-page and screen readers see all). */
  windowFrom: number;
  /** Pixels drawn beyond the view, above and below. */
  overscan: number;
}

export interface RowWindow {
  windowed: boolean;
  /** The rows to draw, in list order. */
  indices: number[];
  /** The height of the whole list (windowed only). */
  totalHeight: number;
  /** For the list's container: where the list is, to know what of it is in view. */
  listRef: RefObject<HTMLDivElement | null>;
  /** Where a drawn row goes (windowed only). */
  rowStyle(index: number): CSSProperties | undefined;
  /** A ref for every drawn row (an element with data-row-key): its height is measured. */
  measure(element: HTMLElement | null): (() => void) | void;
  /** Keeps this row drawn wherever it is (null: none), and calls `then` once it is in the DOM. */
  keep(key: string | null, then?: () => void): void;
}

export function useRowWindow(keys: string[], estimate: (index: number) => number, options: RowWindowOptions): RowWindow {
  const windowed = keys.length >= options.windowFrom;
  const listRef = useRef<HTMLDivElement>(null);
  const heights = useRef(new Map<string, number>());
  const [measured, remeasured] = useReducer((n: number) => n + 1, 0);
  const [viewport, setViewport] = useState<Viewport>(() => ({ top: 0, height: typeof window === 'undefined' ? 800 : window.innerHeight }));
  const [kept, setKept] = useState<string | null>(null);
  const afterKept = useRef<{ key: string; then: () => void } | null>(null);

  const offsets = useMemo(() => {
    const result = new Float64Array(keys.length + 1);
    for (let i = 0; i < keys.length; i++) result[i + 1] = result[i] + (heights.current.get(keys[i]) ?? estimate(i));
    return result;
    // `measured` stands for the heights map, which changes in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keys, estimate, measured]);
  const indexOf = useMemo(() => new Map(keys.map((key, index) => [key, index])), [keys]);

  // What the measuring callback needs of the latest render.
  const latest = useRef({ keys, estimate, offsets, indexOf, viewport });
  latest.current = { keys, estimate, offsets, indexOf, viewport };
  const parentRef = useRef<ScrollParent | null>(null);

  const readViewport = useCallback((): void => {
    const list = listRef.current;
    const parent = parentRef.current;
    if (!list || !parent) return;
    const next = { top: Math.round(scrollTopOf(parent) - listOffsetIn(parent, list)), height: Math.round(viewHeightOf(parent)) };
    setViewport((previous) => (previous.top === next.top && previous.height === next.height ? previous : next));
  }, []);

  // Follow the scrolling and resizing of whatever holds the list.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!windowed || !list) return;
    const parent = scrollParentOf(list);
    parentRef.current = parent;
    readViewport();
    let frame = 0;
    const onScroll = (): void => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        readViewport();
      });
    };
    const target: EventTarget = parent;
    target.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    const resized = typeof ResizeObserver === 'function' && !isWindow(parent) ? new ResizeObserver(onScroll) : null;
    if (resized && !isWindow(parent)) resized.observe(parent);
    return () => {
      target.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      resized?.disconnect();
      if (frame) cancelAnimationFrame(frame);
      parentRef.current = null;
    };
  }, [windowed, readViewport]);

  // What is above the list (a notice, the filters) can change its place without any scrolling. Looked at in the next
  // frame, when the page is laid out anyway: reading positions now would force a layout of everything just changed.
  const pendingRead = useRef(0);
  useLayoutEffect(() => {
    if (!windowed || pendingRead.current || typeof requestAnimationFrame !== 'function') return;
    pendingRead.current = requestAnimationFrame(() => {
      pendingRead.current = 0;
      readViewport();
    });
  });
  useLayoutEffect(
    () => () => {
      if (pendingRead.current) cancelAnimationFrame(pendingRead.current);
    },
    [],
  );

  // Rows are measured as they are drawn and whenever their size changes (text wrapping, a waiver added).
  const observer = useRef<ResizeObserver | null>(null);
  const onSizes = useCallback((elements: Element[]): void => {
    const { keys: currentKeys, estimate: guess, offsets: currentOffsets, indexOf: indexes, viewport: view } = latest.current;
    const firstInView = firstEndingAfter(currentOffsets, view.top);
    let shift = 0;
    let changed = false;
    for (const element of elements) {
      const key = (element as HTMLElement).dataset?.rowKey;
      if (!key) continue;
      const height = element.getBoundingClientRect().height;
      // No layout (a hidden pane, jsdom) measures 0: keep the estimate.
      if (!(height > 0)) continue;
      const index = indexes.get(key);
      const before = heights.current.get(key) ?? (index === undefined ? height : guess(index));
      if (Math.abs(before - height) < 0.5) continue;
      heights.current.set(key, height);
      changed = true;
      if (index !== undefined && index < firstInView && currentKeys[index] === key) shift += height - before;
    }
    if (!changed) return;
    remeasured();
    // Rows above the view changed height: scroll by as much, so that what the reader looks at stays put.
    if (shift && parentRef.current) scrollBy(parentRef.current, shift);
  }, []);
  const measure = useCallback(
    (element: HTMLElement | null): (() => void) | void => {
      if (!element || !windowed) return;
      if (typeof ResizeObserver !== 'function') {
        onSizes([element]);
        return;
      }
      observer.current ??= new ResizeObserver((entries) => onSizes(entries.map((e) => e.target)));
      const watching = observer.current;
      watching.observe(element);
      return () => watching.unobserve(element);
    },
    [windowed, onSizes],
  );
  useLayoutEffect(() => () => observer.current?.disconnect(), []);

  const keep = useCallback((key: string | null, then?: () => void): void => {
    afterKept.current = key && then ? { key, then } : null;
    setKept(key);
  }, []);
  useLayoutEffect(() => {
    const pending = afterKept.current;
    if (pending && pending.key === kept) {
      afterKept.current = null;
      pending.then();
    }
  });

  const indices = useMemo(() => {
    if (!windowed) return keys.map((_, i) => i);
    const start = firstEndingAfter(offsets, viewport.top - options.overscan);
    const bottom = viewport.top + viewport.height + options.overscan;
    const drawn: number[] = [];
    for (let i = start; i < keys.length && offsets[i] < bottom; i++) drawn.push(i);
    const keptIndex = kept === null ? undefined : indexOf.get(kept);
    if (keptIndex !== undefined && !drawn.includes(keptIndex)) {
      drawn.push(keptIndex);
      drawn.sort((a, b) => a - b);
    }
    return drawn;
  }, [windowed, keys, offsets, viewport, options.overscan, kept, indexOf]);

  const rowStyle = useCallback(
    (index: number): CSSProperties | undefined => (windowed ? { position: 'absolute', top: `${offsets[index]}px`, left: 0, right: 0 } : undefined),
    [windowed, offsets],
  );

  return { windowed, indices, totalHeight: offsets[keys.length], listRef, rowStyle, measure, keep };
}
