/**
 * Properties of the value parser, on generated values: what it reads is what was written (comparator, number, unit),
 * whatever the width of the characters or the words used for the comparator; its standard form reads back the same;
 * the raw text is never changed; nothing throws.
 */
import fc from 'fast-check';
import { parseValueText } from '../../../src/core/normalize/value';

const COMPARATORS: [string, string][] = [
  ['≥', '≥'], ['≤', '≤'], ['>', '>'], ['<', '<'], ['=', '='], ['>=', '≥'], ['<=', '≤'], ['≧', '≥'], ['≦', '≤'],
  ['不低于', '≥'], ['不少于', '≥'], ['不高于', '≤'], ['不超过', '≤'],
];
const UNITS = ['%', '人', '人次', '个', '件', '次', '批', '台', '处', '项', '亩', '公里', '年', '个月', '天', '户', '万元', '元', ''];

/** A number as a form writes it: an integer or up to two decimals, never with a trailing zero after the point. */
const number = fc.tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 99 })).map(([whole, cents]) => {
  const text = cents === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, '0')}`.replace(/0$/, '');
  return { text, value: Number(text) };
});

const FULL_WIDTH: Record<string, string> = { '>': '＞', '<': '＜', '=': '＝', '%': '％', '.': '．' };
function toFullWidth(text: string): string {
  return [...text].map((ch) => (/[0-9]/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : FULL_WIDTH[ch] ?? ch)).join('');
}

describe('the value parser', () => {
  it('reads back the comparator, the number and the unit of any "[comparator] number unit"', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMPARATORS), number, fc.constantFrom(...UNITS), ([written, canonical], n, unit) => {
        const p = parseValueText(`${written}${n.text}${unit}`);
        expect(p.kind).toBe('quantitative');
        expect(p.comparator).toBe(canonical);
        expect(p.number).toBe(n.value);
        expect(p.unit ?? '').toBe(unit);
      }),
      { numRuns: 400 },
    );
  });

  it('reads a bare number as "=", and says that no comparator was written', () => {
    fc.assert(
      fc.property(number, fc.constantFrom(...UNITS), (n, unit) => {
        const p = parseValueText(`${n.text}${unit}`);
        expect([p.comparator, p.comparatorWritten, p.number]).toEqual(['=', null, n.value]);
      }),
    );
  });

  it('reads full-width figures and symbols as their half-width forms, and says they were full-width', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMPARATORS.slice(0, 5)), number, fc.constantFrom(...UNITS), ([written], n, unit) => {
        const half = parseValueText(`${written}${n.text}${unit}`);
        const full = parseValueText(toFullWidth(`${written}${n.text}${unit}`));
        expect([full.comparator, full.number, full.unit]).toEqual([half.comparator, half.number, half.unit]);
        expect(full.normalized).toEqual(half.normalized);
        expect(full.fullWidth).toBe(true);
      }),
    );
  });

  it('gives a standard form that reads back as itself', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMPARATORS), number, fc.constantFrom(...UNITS), fc.boolean(), ([written], n, unit, money) => {
        const first = parseValueText(`${written}${n.text}${unit}`, { money });
        const again = parseValueText(first.normalized.text, { money });
        expect(again.normalized.text).toBe(first.normalized.text);
        expect(again.normalized.number).toBe(first.normalized.number);
      }),
    );
  });

  it('never changes the raw text, never throws, and keeps words as words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const p = parseValueText(text);
        expect(p.raw).toBe(text.trim());
        if (p.kind === 'quantitative') expect(Number.isFinite(p.number)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    for (const words of ['按时完成', '有效提升', '达成', '显著改善']) expect(parseValueText(words).kind).toBe('qualitative');
  });
});
