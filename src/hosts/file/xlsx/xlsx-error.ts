/**
 * Why bytes could not be read as a workbook: not a zip at all, a zip without a workbook, or a workbook whose structure
 * is broken, with what exactly was wrong (`detail`, both languages) where the reader can tell.
 */
import type { Messages } from '../../../core/i18n/messages';

export type XlsxErrorCode = 'not-zip' | 'not-xlsx' | 'corrupt';

export class XlsxError extends Error {
  constructor(
    readonly code: XlsxErrorCode,
    readonly detail: Messages | null = null,
  ) {
    super(detail ? detail['en-US'] : code);
  }
}

export function corrupt(zh: string, en: string): XlsxError {
  return new XlsxError('corrupt', { 'zh-CN': zh, 'en-US': en });
}
