/**
 * A workbook beyond one of the read limits (read-limits.ts): a code other tools can rely on and a message in both
 * languages naming the limit. Thrown by the readers, turned into an OpenError by openWorkbookBytes; in the add-in its
 * message (both languages) is what the pane shows.
 */
import type { Messages } from '../core/i18n/messages';

export type LimitCode =
  | 'too-large'
  | 'part-too-large'
  | 'workbook-too-large'
  | 'too-many-sheets'
  | 'too-many-cells'
  | 'area-too-large'
  | 'text-too-long'
  | 'too-much-text'
  | 'too-many-merges';

export class ReadLimitError extends Error {
  constructor(
    readonly code: LimitCode,
    readonly messages: Messages,
  ) {
    super(`${messages['zh-CN']} / ${messages['en-US']}`);
    this.name = 'ReadLimitError';
  }
}

/** 52428800 → "50 MB", 1536 → "1.5 KB". */
export function byteSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : Math.round(value * 10) / 10} ${units[unit]}`;
}

/** 500000 → "500,000". */
export function count(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Where a text sits: a cell of a sheet, or an entry of the shared strings. */
export type TextPlace = { sheet: string; cell: string } | { sharedString: number };

function placeOf(place: TextPlace): Messages {
  return 'sharedString' in place
    ? { 'zh-CN': `共享字符串第 ${count(place.sharedString + 1)} 项`, 'en-US': `Shared string ${count(place.sharedString + 1)}` }
    : { 'zh-CN': `工作表“${place.sheet}”单元格 ${place.cell} 中`, 'en-US': `Cell ${place.cell} of sheet "${place.sheet}"` };
}

/** The error of each limit, with the figures that went over it. */
export const limitExceeded = {
  fileTooLarge: (size: number, limit: number): ReadLimitError =>
    new ReadLimitError('too-large', {
      'zh-CN': `文件太大（${byteSize(size)}），超过了读取上限 ${byteSize(limit)}`,
      'en-US': `The file is too large (${byteSize(size)}); the reading limit is ${byteSize(limit)}`,
    }),
  partTooLarge: (part: string, limit: number): ReadLimitError =>
    new ReadLimitError('part-too-large', {
      'zh-CN': `工作簿中的“${part}”解压后超过 ${byteSize(limit)}（每个部分的解压上限），可能是恶意构造的压缩文件，已停止读取`,
      'en-US': `The part "${part}" inflates to more than ${byteSize(limit)} (the limit per part); the file may be a zip bomb, reading stopped`,
    }),
  workbookTooLarge: (limit: number): ReadLimitError =>
    new ReadLimitError('workbook-too-large', {
      'zh-CN': `工作簿各部分解压后合计超过 ${byteSize(limit)}（解压总量上限），可能是恶意构造的压缩文件，已停止读取`,
      'en-US': `The workbook's parts inflate to more than ${byteSize(limit)} together (the limit for all parts); the file may be a zip bomb, reading stopped`,
    }),
  tooManySheets: (limit: number): ReadLimitError =>
    new ReadLimitError('too-many-sheets', {
      'zh-CN': `工作簿列出的工作表超过 ${count(limit)} 个（上限）`,
      'en-US': `The workbook lists more than ${count(limit)} sheets (the limit)`,
    }),
  tooManyCells: (limit: number): ReadLimitError =>
    new ReadLimitError('too-many-cells', {
      'zh-CN': `工作簿中有内容的单元格超过 ${count(limit)} 个（上限），已停止读取`,
      'en-US': `More than ${count(limit)} cells hold a value (the limit); reading stopped`,
    }),
  sheetAreaTooLarge: (sheet: string, range: string, rows: number, columns: number, limit: number): ReadLimitError =>
    new ReadLimitError('area-too-large', {
      'zh-CN': `工作表“${sheet}”的内容分布在 ${range}（${count(rows)} 行 × ${count(columns)} 列），超过了 ${count(limit)} 个单元格的读取上限；可能有零散内容写在很远的单元格里，删除后再检查`,
      'en-US': `The content of sheet "${sheet}" spans ${range} (${count(rows)} rows × ${count(columns)} columns), over the limit of ${count(limit)} cells; stray content far away may be the cause: delete it and check again`,
    }),
  workbookAreaTooLarge: (sheet: string, limit: number): ReadLimitError =>
    new ReadLimitError('area-too-large', {
      'zh-CN': `各工作表的内容区域合计（到工作表“${sheet}”为止）超过了 ${count(limit)} 个单元格的读取上限`,
      'en-US': `The sheets' content areas together (up to sheet "${sheet}") exceed the limit of ${count(limit)} cells`,
    }),
  textTooLong: (place: TextPlace, length: number, limit: number): ReadLimitError => {
    const where = placeOf(place);
    return new ReadLimitError('text-too-long', {
      'zh-CN': `${where['zh-CN']}的文字长达 ${count(length)} 个字符，超过了每个单元格 ${count(limit)} 个字符的上限`,
      'en-US': `${where['en-US']} holds ${count(length)} characters, over the limit of ${count(limit)} per cell`,
    });
  },
  tooMuchText: (limit: number): ReadLimitError =>
    new ReadLimitError('too-much-text', {
      'zh-CN': `各单元格的文字合计超过 ${count(limit)} 个字符（上限；同一段文字被多个单元格引用时按次计算），已停止读取`,
      'en-US': `The cells hold more than ${count(limit)} characters together (the limit; a text used by several cells counts each time); reading stopped`,
    }),
  tooManyMerges: (limit: number): ReadLimitError =>
    new ReadLimitError('too-many-merges', {
      'zh-CN': `工作簿中的合并单元格区域超过 ${count(limit)} 个（上限）`,
      'en-US': `The workbook has more than ${count(limit)} merged areas (the limit)`,
    }),
  mergedCellsTooMany: (limit: number): ReadLimitError =>
    new ReadLimitError('too-many-merges', {
      'zh-CN': `合并单元格区域合计覆盖超过 ${count(limit)} 个单元格（上限），可能有大量互相重叠的合并区域`,
      'en-US': `The merged areas cover more than ${count(limit)} cells together (the limit); many of them may overlap`,
    }),
};
