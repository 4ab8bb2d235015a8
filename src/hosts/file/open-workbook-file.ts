/**
 * Opens a workbook file for the command line: a missing file, a folder or an unreadable file gets a code and a plain
 * message; the bytes are then judged by openWorkbookBytes (an old .xls, an HTML export, a damaged zip …).
 */
import { promises as fs } from 'fs';
import { fail, openWorkbookBytes, type OpenResult } from './open-workbook-bytes';

export type { OpenError, OpenErrorCode, OpenResult } from './open-workbook-bytes';

export async function openWorkbookFile(file: string): Promise<OpenResult> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return fail('not-a-file');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'EACCES' || code === 'EPERM' ? 'permission-denied' : 'file-not-found');
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return fail('permission-denied');
  }
  return openWorkbookBytes(bytes);
}
