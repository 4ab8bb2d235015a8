/**
 * One file's work, the same in a worker thread and in the command's own thread: read it, and for `check` review it
 * (the rules, then the waivers stored in the workbook, as the add-in does). Nothing escapes: a file that cannot be
 * read gets its error entry, an unexpected exception becomes an `internal-error` entry with a one-line message, so
 * that one bad file never stops the others.
 */
import type { FileEntryJson } from '../core/contract';
import { explainEntries, modelEntry, unreadableEntry } from '../core/contract';
import { readWorkbook } from '../core/read';
import { reviewWorkbook } from '../core/workflow/review';
import type { ResolvedConfig } from '../core/check/config';
import type { ReviewedFinding } from '../core/review/waivers';
import { findingJson } from '../core/findings-json';
import type { Locale, Messages } from '../core/i18n/messages';
import { openWorkbookFile } from '../hosts/file/open-workbook-file';
import type { InputFile } from './input-files';

export type FileCommand = 'check' | 'extract';

export interface FileTask {
  input: InputFile;
  command: FileCommand;
  locale: Locale;
  /** The rules' configuration (check); a plain object with Maps, so that it crosses to a worker as it is. */
  config?: ResolvedConfig;
  /** extract --explain: add how each grid was read. */
  explain?: boolean;
  /** check --ignore-waivers: check as if the workbook stored no waivers. */
  ignoreWaivers?: boolean;
}

export interface FileOutcome {
  /** The file's entry in the JSON contract, every finding included (filtering by severity is the output's). */
  entry: FileEntryJson;
  /** The findings with their messages in both languages, their project names and waivers (table output, annotation). */
  findings: ReviewedFinding[];
  readable: boolean;
  /** Rules that threw and were skipped: said on stderr, the other rules' findings stand. */
  failures: { rule: string; message: string }[];
  /** The stack of an internal error, shown only with PTCHECK_DEBUG. */
  debug?: string;
}

const INTERNAL_ERROR = {
  'zh-CN': (detail: string) => `处理该文件时出现意外错误，其他文件不受影响：${detail}`,
  'en-US': (detail: string) => `An unexpected error occurred while processing this file (the other files are not affected): ${detail}`,
};

/** One line, never a stack: the first line of the error's message, cut to a readable length. */
function oneLine(detail: string): string {
  const line = detail.split(/\r?\n/)[0].trim() || 'unknown error';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

export function internalErrorOutcome(file: string, detail: string, locale: Locale, debug?: string): FileOutcome {
  const message: Messages = { 'zh-CN': INTERNAL_ERROR['zh-CN'](oneLine(detail)), 'en-US': INTERNAL_ERROR['en-US'](oneLine(detail)) };
  return {
    entry: { file, projects: [], findings: [], error: { code: 'internal-error', message: message[locale] } },
    findings: [],
    readable: false,
    failures: [],
    ...(debug ? { debug } : {}),
  };
}

/** What a file task uses from the rest of the program; a test may hand in its own. */
export interface FileTaskSteps {
  open: typeof openWorkbookFile;
  read: typeof readWorkbook;
  review: typeof reviewWorkbook;
}

const STEPS: FileTaskSteps = { open: openWorkbookFile, read: readWorkbook, review: reviewWorkbook };

export async function runFileTask(task: FileTask, steps: FileTaskSteps = STEPS): Promise<FileOutcome> {
  const { input, locale } = task;
  try {
    if (input.error) return { entry: unreadableEntry(input.file, input.error, locale), findings: [], readable: false, failures: [] };
    const opened = await steps.open(input.file);
    if (!opened.ok) return { entry: unreadableEntry(input.file, opened.error, locale), findings: [], readable: false, failures: [] };
    if (task.command === 'extract') {
      const model = steps.read(opened.grid, { explain: task.explain === true });
      const entry = modelEntry(input.file, model, locale);
      if (task.explain) entry.explain = explainEntries(model);
      return { entry, findings: [], readable: true, failures: [] };
    }
    const waivers = task.ignoreWaivers ? [] : opened.waivers;
    const { model, findings, failures } = steps.review(opened.grid, { config: task.config, waivers });
    return { entry: modelEntry(input.file, model, locale, findings.map((f) => findingJson(f, locale))), findings, readable: true, failures };
  } catch (error) {
    const detail = error instanceof Error ? error.message || error.name : String(error);
    return internalErrorOutcome(input.file, detail, locale, error instanceof Error ? error.stack : undefined);
  }
}
