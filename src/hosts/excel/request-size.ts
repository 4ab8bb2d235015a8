/**
 * Excel on the web refuses a request over 5 MB (and sometimes says only "GeneralException"). Writes are cut into
 * round trips below that: a million characters is at most 3 MB of UTF-8 even in Chinese, leaving room for Office.js's
 * own JSON around them. Small workbooks still take one round trip.
 */
export const MAX_REQUEST_CHARS = 1_000_000;

/** What the queued commands carry since the last round trip; a sync once it nears the request size limit. */
export class RequestBudget {
  private spent = 0;
  constructor(private readonly context: Excel.RequestContext) {}
  async spend(chars: number): Promise<void> {
    if (this.spent > 0 && this.spent + chars > MAX_REQUEST_CHARS) {
      await this.context.sync();
      this.spent = 0;
    }
    this.spent += chars;
  }
}

/** Consecutive groups whose sizes add up to at most `max` (an item larger than `max` goes alone). */
export function chunksBySize<T>(items: readonly T[], sizeOf: (item: T) => number, max = MAX_REQUEST_CHARS): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = sizeOf(item);
    if (current.length && size + itemSize > max) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += itemSize;
  }
  if (current.length) chunks.push(current);
  return chunks;
}
