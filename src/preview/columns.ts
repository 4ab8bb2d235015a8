/**
 * Column widths for the preview's grid. A sheet without widths (every sheet read from a file) is laid out by its
 * content; a sheet the add-in gave widths (the report) is drawn at them, like Excel, other columns at Excel's default.
 */

/** Excel's default column width, 8.43 characters of Calibri 11: 64 CSS pixels. */
export const DEFAULT_COLUMN_PX = 64;
/** The row numbers' column. */
export const ROW_HEAD_PX = 48;
/** Excel's widest column (255 characters); anything beyond is a bad value, drawn at this width. */
const MAX_COLUMN_PX = 1800;

/** Pixel widths of columns 0…count-1, or null when the sheet sets none (content decides). */
export function columnPixels(widths: Record<number, number> | undefined, count: number): number[] | null {
  const points = (c: number): number | null => {
    const width = widths?.[c];
    return typeof width === 'number' && Number.isFinite(width) && width > 0 ? width : null;
  };
  const all = Array.from({ length: Math.max(0, count) }, (_, c) => points(c));
  if (all.every((p) => p === null)) return null;
  // Excel's widths are in points; a point is 4/3 of a CSS pixel.
  return all.map((p) => (p === null ? DEFAULT_COLUMN_PX : Math.min(MAX_COLUMN_PX, Math.round((p * 4) / 3))));
}
