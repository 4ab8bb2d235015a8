/** The preview grid's column widths in pixels. */
import { columnPixels, DEFAULT_COLUMN_PX } from '../../src/preview/columns';

describe('columnPixels', () => {
  it('leaves a sheet without widths to its content', () => {
    expect(columnPixels({}, 5)).toBeNull();
    expect(columnPixels(undefined, 5)).toBeNull();
    // Widths outside the drawn columns do not count.
    expect(columnPixels({ 7: 100 }, 5)).toBeNull();
  });

  it('turns points into pixels and gives unset columns Excel\'s default', () => {
    expect(columnPixels({ 0: 36, 2: 360 }, 4)).toEqual([48, DEFAULT_COLUMN_PX, 480, DEFAULT_COLUMN_PX]);
  });

  it('never takes a bad width at face value', () => {
    const widths = { 0: Number.NaN, 1: -5, 2: 0, 3: 1e9, 4: 'wide' as unknown as number, 5: 30 };
    expect(columnPixels(widths, 6)).toEqual([64, 64, 64, 1800, 64, 40]);
    expect(columnPixels({ 0: 30 }, -1)).toBeNull();
  });
});
