/**
 * Opening workbook bytes (a file read from disk, or one a user picked in the preview page) with every failure turned
 * into a code and a plain message. Runs in Node and in the browser, within the same read limits.
 */
import type { WorkbookGrid } from '../../core/grid';
import type { Messages } from '../../core/i18n/messages';
import type { ReadLimits } from '../read-limits';
import { ReadLimitError, type LimitCode } from '../read-limit-error';
import { readXlsxWorkbook, XlsxError } from './xlsx/read-xlsx';
import type { Waiver } from '../../core/review/waivers';

export type OpenErrorCode =
  | 'file-not-found'
  | 'not-a-file'
  | 'permission-denied'
  | 'read-error'
  | 'empty-file'
  | 'legacy-xls'
  | 'html-or-xml'
  | 'not-xlsx'
  | 'corrupt'
  | LimitCode;

export interface OpenError {
  code: OpenErrorCode;
  message: Messages;
}

/** A workbook opened: its cells, and the waivers stored in it (empty when none). */
export type OpenResult = { ok: true; grid: WorkbookGrid; waivers: Waiver[] } | { ok: false; error: OpenError };

export interface OpenOptions {
  /** Figures over the defaults (DEFAULT_READ_LIMITS). */
  limits?: Partial<ReadLimits>;
}

type PlainCode = Exclude<OpenErrorCode, LimitCode>;

const MESSAGES: Record<PlainCode, Messages> = {
  'file-not-found': { 'zh-CN': '文件不存在，请检查路径', 'en-US': 'The file does not exist; check the path' },
  'not-a-file': { 'zh-CN': '这是一个文件夹，不是 .xlsx 文件', 'en-US': 'This is a folder, not an .xlsx file' },
  'permission-denied': { 'zh-CN': '没有读取该文件的权限', 'en-US': 'No permission to read the file' },
  'read-error': { 'zh-CN': '读取文件时出错', 'en-US': 'The file could not be read' },
  'empty-file': { 'zh-CN': '文件是空的（0 字节）', 'en-US': 'The file is empty (0 bytes)' },
  'legacy-xls': {
    'zh-CN': '这是旧版 Excel 97-2003 (.xls) 文件或加密的工作簿，请在 Excel 中“另存为” .xlsx（不设密码）后再检查',
    'en-US': 'This is an Excel 97-2003 (.xls) file or an encrypted workbook; save it as .xlsx (without a password) in Excel first',
  },
  'html-or-xml': {
    'zh-CN': '这个文件其实是网页或 XML 格式（有些系统导出的 .xls 就是这样），请在 Excel 中打开后“另存为” .xlsx 再检查',
    'en-US': 'This file is really HTML or XML (some systems export such ".xls" files); open it in Excel and save it as .xlsx first',
  },
  'not-xlsx': { 'zh-CN': '不是 .xlsx 工作簿文件', 'en-US': 'Not an .xlsx workbook' },
  corrupt: {
    'zh-CN': '文件已损坏或不完整，无法作为 .xlsx 读取',
    'en-US': 'The file is damaged or incomplete and cannot be read as .xlsx',
  },
};

/** The failure of a code, its plain message followed by what exactly went wrong when known. */
export function fail(code: PlainCode, detail?: Messages | null): OpenResult {
  const base = MESSAGES[code];
  const message = detail
    ? { 'zh-CN': `${base['zh-CN']}：${detail['zh-CN']}`, 'en-US': `${base['en-US']}: ${detail['en-US']}` }
    : base;
  return { ok: false, error: { code, message } };
}

/** The failure of a read limit, its message naming the limit. */
export function failLimit(error: ReadLimitError): OpenResult {
  return { ok: false, error: { code: error.code, message: error.messages } };
}

/** Bytes of an .xlsx file, read into the Grid. */
export function openWorkbookBytes(bytes: Uint8Array, options: OpenOptions = {}): OpenResult {
  if (bytes.length === 0) return fail('empty-file');
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return fail('legacy-xls');
  const head = new TextDecoder().decode(bytes.subarray(0, 256)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) return fail('html-or-xml');
  try {
    const { grid, waivers } = readXlsxWorkbook(bytes, options.limits);
    return { ok: true, grid, waivers };
  } catch (error) {
    if (error instanceof ReadLimitError) return failLimit(error);
    if (error instanceof XlsxError) {
      if (error.code === 'not-zip' || error.code === 'not-xlsx') return fail('not-xlsx');
      return fail('corrupt', error.detail);
    }
    return fail('corrupt');
  }
}
