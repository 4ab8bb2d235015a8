/**
 * The command's arguments as the list of files to read: a file stays as given (whatever its name, so that a wrong
 * file gets its own entry and message), a folder is replaced by the .xlsx files in it and its subfolders, sorted,
 * without Office's lock files (~$name.xlsx, left beside a workbook open in Excel) and hidden files or folders.
 * A folder that cannot be listed, or holds no .xlsx file, becomes an entry with an error of its own.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Messages } from '../core/i18n/messages';

export interface InputFile {
  file: string;
  /** Set when the argument is a folder that gave no file to read. */
  error?: { code: 'not-a-file' | 'permission-denied'; message: Messages };
}

const EMPTY_FOLDER: Messages = {
  'zh-CN': '这是一个文件夹，其中没有 .xlsx 文件',
  'en-US': 'This is a folder with no .xlsx file in it',
};
const UNLISTABLE_FOLDER: Messages = {
  'zh-CN': '没有读取该文件夹的权限',
  'en-US': 'No permission to read the folder',
};

const HAN = /\p{Script=Han}/u;
/** Made on the first comparison: loading the Chinese collation costs every run of the command ~15 ms otherwise. */
let collators: { pinyin: Intl.Collator; latin: Intl.Collator } | null = null;
function collator(han: boolean): Intl.Collator {
  collators ??= { pinyin: new Intl.Collator('zh-Hans-CN', { numeric: true }), latin: new Intl.Collator('en', { numeric: true }) };
  return han ? collators.pinyin : collators.latin;
}

/** A name as runs of Chinese characters and runs of anything else. */
function runs(name: string): string[] {
  return name.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? [];
}

/**
 * File names in the order a file manager shows them, the same on every machine: numbers by value (2.xlsx before
 * 10.xlsx), Chinese by pinyin, and where a name has Chinese and the other not, digits and Latin letters first.
 */
export function compareNames(a: string, b: string): number {
  const ra = runs(a);
  const rb = runs(b);
  for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
    const hanA = HAN.test(ra[i]);
    const hanB = HAN.test(rb[i]);
    if (hanA !== hanB) return hanA ? 1 : -1;
    const order = collator(hanA).compare(ra[i], rb[i]);
    if (order) return order;
  }
  return ra.length - rb.length || (a < b ? -1 : a > b ? 1 : 0);
}

export function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith('~$') && !name.startsWith('.');
}

export async function expandInputs(args: string[]): Promise<InputFile[]> {
  const inputs: InputFile[] = [];
  for (const arg of args) {
    let isFolder = false;
    try {
      isFolder = (await fs.stat(arg)).isDirectory();
    } catch {
      // A missing or unreadable path is the reader's to report, with its own code.
    }
    if (!isFolder) {
      inputs.push({ file: arg });
      continue;
    }
    const found = await workbooksIn(arg);
    inputs.push(...(found.length ? found : [{ file: arg, error: { code: 'not-a-file' as const, message: EMPTY_FOLDER } }]));
  }
  return inputs;
}

/** The .xlsx files under a folder, sorted folder by folder; a folder that cannot be listed is an entry of its own. */
async function workbooksIn(folder: string): Promise<InputFile[]> {
  const visited = new Set<string>();
  const walk = async (dir: string): Promise<InputFile[]> => {
    // A link back to a folder already seen (a loop) is walked once.
    const real = await fs.realpath(dir).catch(() => dir);
    if (visited.has(real)) return [];
    visited.add(real);
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch {
      return [{ file: dir, error: { code: 'permission-denied', message: UNLISTABLE_FOLDER } }];
    }
    const found: InputFile[] = [];
    for (const name of names.sort(compareNames)) {
      if (name.startsWith('.')) continue;
      const full = path.join(dir, name);
      const stat = await fs.stat(full).catch(() => null);
      if (stat?.isDirectory()) found.push(...(await walk(full)));
      else if (isWorkbookName(name)) found.push({ file: full });
    }
    return found;
  };
  return walk(folder);
}
