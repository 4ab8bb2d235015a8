/**
 * Opens a workbook file for the command line: a missing file, a folder, a device or a pipe, an unreadable file or one
 * over the size limit gets a code and a plain message before anything is read; the bytes are then judged by
 * openWorkbookBytes (an old .xls, an HTML export, a damaged zip …).
 */
import { constants as fsConstants, promises as fs, type Stats } from 'fs';
import type { Messages } from '../../core/i18n/messages';
import { readLimits } from '../read-limits';
import { limitExceeded } from '../read-limit-error';
import { fail, failLimit, openWorkbookBytes, type OpenOptions, type OpenResult } from './open-workbook-bytes';

export type { OpenError, OpenErrorCode, OpenOptions, OpenResult } from './open-workbook-bytes';

const NOT_A_FILE: Record<'folder' | 'device' | 'pipe' | 'socket' | 'other', Messages> = {
  folder: { 'zh-CN': '这是一个文件夹，不是 .xlsx 文件', 'en-US': 'This is a folder, not an .xlsx file' },
  device: { 'zh-CN': '这是一个设备（如 /dev/zero），不是 .xlsx 文件', 'en-US': 'This is a device (such as /dev/zero), not an .xlsx file' },
  pipe: {
    'zh-CN': '这是一个管道（FIFO），不是 .xlsx 文件；请先把内容保存为文件',
    'en-US': 'This is a pipe (FIFO), not an .xlsx file; save its content to a file first',
  },
  socket: { 'zh-CN': '这是一个套接字，不是 .xlsx 文件', 'en-US': 'This is a socket, not an .xlsx file' },
  other: { 'zh-CN': '这不是普通文件，不能作为 .xlsx 读取', 'en-US': 'This is not a regular file and cannot be read as .xlsx' },
};

function notAFile(stat: Stats): OpenResult | null {
  if (stat.isFile()) return null;
  const kind = stat.isDirectory()
    ? 'folder'
    : stat.isCharacterDevice() || stat.isBlockDevice()
      ? 'device'
      : stat.isFIFO()
        ? 'pipe'
        : stat.isSocket()
          ? 'socket'
          : 'other';
  return { ok: false, error: { code: 'not-a-file', message: NOT_A_FILE[kind] } };
}

function failure(error: unknown): OpenResult {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return fail('file-not-found');
  if (code === 'EACCES' || code === 'EPERM') return fail('permission-denied');
  if (code === 'EISDIR') return { ok: false, error: { code: 'not-a-file', message: NOT_A_FILE.folder } };
  const what = code ?? (error instanceof Error ? error.message : String(error));
  return fail('read-error', { 'zh-CN': what, 'en-US': what });
}

/** Never blocks on a pipe that nobody writes to (O_NONBLOCK does nothing to regular files). */
const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

export async function openWorkbookFile(file: string, options: OpenOptions = {}): Promise<OpenResult> {
  const limits = readLimits(options.limits);
  let stat: Stats;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    return failure(error);
  }
  const refused = notAFile(stat);
  if (refused) return refused;
  if (stat.size > limits.maxFileBytes) return failLimit(limitExceeded.fileTooLarge(stat.size, limits.maxFileBytes));

  let bytes: Uint8Array;
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, OPEN_FLAGS);
    // The file actually opened: the path may name something else by now.
    const opened = await handle.stat();
    const swapped = notAFile(opened);
    if (swapped) return swapped;
    if (opened.size > limits.maxFileBytes) return failLimit(limitExceeded.fileTooLarge(opened.size, limits.maxFileBytes));
    // Never more than the size stat gave: a file growing while it is read cannot push past the limit.
    const buffer = new Uint8Array(opened.size);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    bytes = buffer.subarray(0, filled);
  } catch (error) {
    return failure(error);
  } finally {
    await handle?.close().catch(() => undefined);
  }
  return openWorkbookBytes(bytes, options);
}
