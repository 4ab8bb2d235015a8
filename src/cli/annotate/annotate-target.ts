/**
 * What --annotate OUT must satisfy before anything is read, as `ptcheck generate` checks its --out: one input file,
 * an .xlsx name, never the input itself (also through another path or a link to it), never an existing file unless
 * --force. And the messages for the copy's own failures.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Locale } from '../../core/i18n/messages';
import type { InputFile } from '../input-files';
import { AnnotateError } from './annotate-error';

const MESSAGES = {
  'zh-CN': {
    oneFile: (n: number) => `--annotate 只能用于单个输入文件（本次有 ${n} 个）：请一次标注一个文件`,
    notXlsx: '标注副本的文件名应以 .xlsx 结尾',
    sameFile: '标注副本不能写到原文件上：原文件从不修改，请另给一个文件名',
    exists: (out: string) => `标注副本 ${out} 已存在：如需覆盖，请加 --force`,
    unreadable: '输入文件无法读取，没有写出标注副本',
    'cannot-open': '无法用 ExcelJS 打开原文件来写出标注副本（检查结果不受影响）',
    'write-failed': (out: string) => `无法写入标注副本 ${out}`,
    unexpected: (detail: string) => `写出标注副本时出现意外错误，没有写出副本（检查结果不受影响）：${detail}`,
    written: (out: string, cells: number, notes: number, kept: number, sheet: string) =>
      `已写出标注副本 ${out}：标记了 ${cells} 个单元格，${notes} 条批注${kept ? `（${kept} 个单元格已有他人批注，予以保留）` : ''}，审核报告在“${sheet}”工作表`,
  },
  'en-US': {
    oneFile: (n: number) => `--annotate takes a single input file (this run has ${n}): annotate one file at a time`,
    notXlsx: 'the annotated copy\'s file name must end in .xlsx',
    sameFile: 'the annotated copy cannot be written over the input: the original is never changed, give another name',
    exists: (out: string) => `the annotated copy ${out} exists: add --force to replace it`,
    unreadable: 'the input could not be read: no annotated copy was written',
    'cannot-open': 'ExcelJS could not open the original to write the annotated copy (the check results stand)',
    'write-failed': (out: string) => `the annotated copy ${out} could not be written`,
    unexpected: (detail: string) => `an unexpected error stopped the annotated copy, none was written (the check results stand): ${detail}`,
    written: (out: string, cells: number, notes: number, kept: number, sheet: string) =>
      `Wrote the annotated copy ${out}: ${cells} cell(s) marked, ${notes} note(s)${kept ? ` (${kept} cell(s) kept someone's own note)` : ''}, the review report on sheet "${sheet}"`,
  },
};

export function annotateMessages(locale: Locale): (typeof MESSAGES)['zh-CN'] {
  return MESSAGES[locale];
}

/** What went wrong with the copy, in one line: ours when we know the failure, the error's first line otherwise. */
export function failureMessage(error: unknown, out: string, locale: Locale): string {
  const m = MESSAGES[locale];
  if (error instanceof AnnotateError) return error.code === 'cannot-open' ? m['cannot-open'] : m['write-failed'](out);
  const detail = (error instanceof Error ? error.message : String(error)).split(/\r?\n/)[0].slice(0, 200);
  return m.unexpected(detail);
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** Null when OUT may be written; otherwise why not. */
export async function annotateTargetProblem(out: string, inputs: InputFile[], force: boolean, locale: Locale): Promise<string | null> {
  const m = MESSAGES[locale];
  if (inputs.length !== 1) return m.oneFile(inputs.length);
  if (!/\.xlsx$/i.test(out)) return m.notXlsx;
  if (await sameFile(out, inputs[0].file)) return m.sameFile;
  if (!force && (await fs.lstat(out).then(() => true, () => false))) return m.exists(out);
  return null;
}
