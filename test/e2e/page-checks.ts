/**
 * Checks run inside the page for the browser tests: the contrast of every text in a part of the page (WCAG 2's
 * ratio, as axe-core's color-contrast rule computes it for plain backgrounds) and the order of its headings.
 */
import type { Page } from 'playwright-core';

export interface ContrastProblem {
  text: string;
  ratio: number;
  needed: number;
  color: string;
  background: string;
}

/**
 * Every visible text under the elements matching `selector` whose contrast with what is behind it is under 4.5:1
 * (3:1 for large text). Disabled controls are exempt, as in WCAG; text hidden for screen readers only is skipped.
 */
export function contrastProblems(page: Page, selector: string): Promise<ContrastProblem[]> {
  return page.evaluate((scope) => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba | null => {
      const m = /rgba?\(([^)]+)\)/.exec(css);
      if (!m) return null;
      const parts = m[1].split(/[,\s/]+/).filter(Boolean).map(Number);
      return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3];
      return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
    };
    const luminance = (c: Rgba): number => {
      const channel = (v: number): number => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
    };
    const ratio = (a: Rgba, b: Rgba): number => {
      const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (l1 + 0.05) / (l2 + 0.05);
    };
    /** The colour behind an element: its backgrounds and its ancestors', layered. */
    const backgroundOf = (element: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let el: Element | null = element; el; el = el.parentElement) {
        const bg = parse(getComputedStyle(el).backgroundColor);
        if (bg && bg[3] > 0) {
          layers.push(bg);
          if (bg[3] >= 1) break;
        }
      }
      let result: Rgba = [255, 255, 255, 1];
      for (const layer of layers.reverse()) result = over(layer, result);
      return result;
    };
    const opacityOf = (element: Element): number => {
      let opacity = 1;
      for (let el: Element | null = element; el; el = el.parentElement) opacity *= Number(getComputedStyle(el).opacity || 1);
      return opacity;
    };
    const problems: { text: string; ratio: number; needed: number; color: string; background: string }[] = [];
    const seen = new Set<Element>();
    for (const root of document.querySelectorAll(scope)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || seen.has(element) || !node.textContent?.trim()) continue;
        seen.add(element);
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden' || style.display === 'none') continue;
        if (element.closest('button:disabled, [aria-disabled="true"], [disabled]')) continue;
        const color = parse(style.color);
        if (!color) continue;
        const background = backgroundOf(element);
        // A faded element blends its text into what is behind it.
        const shown: Rgba = [color[0], color[1], color[2], color[3] * opacityOf(element)];
        const value = ratio(over(shown, background), background);
        const size = parseFloat(style.fontSize);
        const bold = Number(style.fontWeight) >= 700;
        const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
        if (value + 0.005 < needed) {
          problems.push({
            text: node.textContent.trim().slice(0, 40),
            ratio: Math.round(value * 100) / 100,
            needed,
            color: style.color,
            background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`,
          });
        }
      }
    }
    return problems;
  }, selector);
}

/** The levels of the headings under `selector`, in document order. */
export function headingLevels(page: Page, selector: string): Promise<number[]> {
  return page.evaluate(
    (scope) => [...document.querySelectorAll(`${scope} h1, ${scope} h2, ${scope} h3, ${scope} h4, ${scope} h5, ${scope} h6`)].map((h) => Number(h.tagName[1])),
    selector,
  );
}

/** True when no heading skips a level on the way down (h1 → h3), as axe-core's heading-order asks. */
export function headingsInOrder(levels: number[]): boolean {
  return levels.every((level, i) => i === 0 || level <= levels[i - 1] + 1);
}
