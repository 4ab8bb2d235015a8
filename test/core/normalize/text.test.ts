/** Text helpers that stand in for syntax older webviews lack. */
import { matchesNotAfterDigit } from '../../../src/core/normalize/text';

describe('matchesNotAfterDigit (a lookbehind-free (?<!\\d))', () => {
  const years = (text: string): string[] => matchesNotAfterDigit(text, /(20\d{2})(?=年)/g).map((m) => `${m[1]}@${m.index}`);

  it('finds the matches at the start and after anything but a digit', () => {
    expect(years('2024年预算，较2023年增长')).toEqual(['2024@0', '2023@9']);
  });

  it('skips a match that follows a digit, as the lookbehind would', () => {
    expect(years('编号12024年')).toEqual([]);
    expect(years('项目320250年')).toEqual([]);
  });

  it('finds adjacent matches that a consumed prefix would lose', () => {
    expect(matchesNotAfterDigit('2020年-2022年2023年-2025年', /(20\d{2})年-(20\d{2})年/g).map((m) => m.index)).toEqual([0, 11]);
  });

  it('tries the overlapping candidates after a skipped one', () => {
    // "12024" is skipped at index 1; the lookbehind-based pattern would find nothing there either.
    expect(years('a12024年 2025年')).toEqual(['2025@8']);
  });

  it('works with a pattern given without the g flag', () => {
    expect(matchesNotAfterDigit('x2024年', /(20\d{2})/).map((m) => m[1])).toEqual(['2024']);
  });
});
