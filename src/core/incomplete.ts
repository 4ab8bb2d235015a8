/**
 * Saying that a result is incomplete: the blocks of indicator content the reader could not read, in one line for the
 * task pane, the ribbon command and the command's reports ("1 张表未能完整读取：工作表“X”第 8–28 行，以下结果不完整").
 */
import type { Locale } from './i18n/messages';
import type { UnreadBlock } from './model';

/** "8–28" (1-based), or "8" for a block of one row. */
export function blockRows(block: { rows: { first: number; last: number } }): string {
  const first = block.rows.first + 1;
  const last = block.rows.last + 1;
  return first === last ? String(first) : `${first}–${last}`;
}

/** The blocks in one line, Chinese or English; '' when there are none. */
export function incompleteLine(blocks: readonly Pick<UnreadBlock, 'sheet' | 'rows'>[], locale: Locale): string {
  if (blocks.length === 0) return '';
  if (locale === 'en-US') {
    const where = blocks.map((b) => `sheet "${b.sheet}" rows ${blockRows(b)}`).join('; ');
    return `${blocks.length === 1 ? '1 table' : `${blocks.length} tables`} could not be read whole: ${where}. The results below are incomplete`;
  }
  const where = blocks.map((b) => `工作表“${b.sheet}”第 ${blockRows(b)} 行`).join('；');
  return `${blocks.length} 张表未能完整读取：${where}，以下结果不完整`;
}
