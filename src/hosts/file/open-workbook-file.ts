/**
 * Opens a workbook file for the command line: checks what the file really is before parsing it, and turns every
 * failure into a code and a plain message (never a stack trace).
 */
import { promises as fs } from 'fs';
import type { WorkbookGrid } from '../../core/grid';
import type { Messages } from '../../core/i18n/messages';
import { readXlsx, XlsxError } from './xlsx/read-xlsx';

export type OpenErrorCode =
  | 'file-not-found'
  | 'not-a-file'
  | 'permission-denied'
  | 'empty-file'
  | 'legacy-xls'
  | 'html-or-xml'
  | 'not-xlsx'
  | 'corrupt';

export interface OpenError {
  code: OpenErrorCode;
  message: Messages;
}

export type OpenResult = { ok: true; grid: WorkbookGrid } | { ok: false; error: OpenError };

const MESSAGES: Record<OpenErrorCode, Messages> = {
  'file-not-found': { 'zh-CN': '文件不存在，请检查路径', 'en-US': 'The file does not exist; check the path' },
  'not-a-file': { 'zh-CN': '这是一个文件夹，不是 .xlsx 文件', 'en-US': 'This is a folder, not an .xlsx file' },
  'permission-denied': { 'zh-CN': '没有读取该文件的权限', 'en-US': 'No permission to read the file' },
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

function fail(code: OpenErrorCode): OpenResult {
  return { ok: false, error: { code, message: MESSAGES[code] } };
}

async function sniff(file: string): Promise<'zip' | 'cfb' | 'markup' | 'other'> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = Buffer.alloc(512);
    const { bytesRead } = await handle.read(buffer, 0, 512, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
    if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'cfb';
    const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase();
    if (text.startsWith('<')) return 'markup';
    return 'other';
  } finally {
    await handle.close();
  }
}

export async function openWorkbookFile(file: string): Promise<OpenResult> {
  let size: number;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return fail('not-a-file');
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'EACCES' || code === 'EPERM' ? 'permission-denied' : 'file-not-found');
  }
  if (size === 0) return fail('empty-file');
  let kind: Awaited<ReturnType<typeof sniff>>;
  try {
    kind = await sniff(file);
  } catch {
    return fail('permission-denied');
  }
  if (kind === 'cfb') return fail('legacy-xls');
  if (kind === 'markup') return fail('html-or-xml');
  if (kind === 'other') return fail('not-xlsx');
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return fail('permission-denied');
  }
  return openWorkbookBytes(bytes);
}

/** The same for bytes already in memory (the preview page's file input). */
export function openWorkbookBytes(bytes: Uint8Array): OpenResult {
  try {
    return { ok: true, grid: readXlsx(bytes) };
  } catch (error) {
    const code = error instanceof XlsxError ? error.code : 'corrupt';
    return fail(code === 'not-zip' || code === 'not-xlsx' ? 'not-xlsx' : 'corrupt');
  }
}
