/**
 * `ptcheck generate FILE --template standard|mof2021|summary|self-evaluation|PATH.xlsx --out OUT.xlsx`: the tables of
 * FILE as a new, standardized workbook, or filled into the user's own template (docs/templates.md). Never writes over
 * OUT unless told to (--force); the notes (what could not be placed, findings normalization does not resolve) go into
 * the workbook's 生成说明 sheet and into the command's output.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Locale } from '../core/i18n/messages';
import { readWorkbook } from '../core/read';
import { runChecks } from '../core/check/engine';
import { departmentNotes, generate, notesSheetName, type TemplateId } from '../core/generate/templates';
import { findingNotes, notesSheet, type GenerationNote } from '../core/generate/generation-notes';
import { uniqueSheetName } from '../core/generate/sheet-spec';
import { renderUserTemplate, type TemplateProblem } from '../core/generate/user-template';
import { openWorkbookFile } from '../hosts/file/open-workbook-file';
import { loadTemplateFile, writeRenderedTemplate, type LoadedTemplate } from '../hosts/file/user-template-xlsx';
import { writeSheetsToFile } from '../hosts/file/write-xlsx';

/** A built-in template, or the user's own: a sheet of an .xlsx file (the first holding a placeholder by default). */
export type TemplateChoice = TemplateId | { file: string; sheet?: string };

export interface GenerateNoteJson {
  kind: string;
  sheet: string;
  cell?: string;
  project?: string;
  message: string;
}

export interface GenerateEntryJson {
  file: string;
  /** The built-in template's id, or the user template's path. */
  template: string;
  out: string | null;
  sheets: string[];
  notes: GenerateNoteJson[];
  error?: { code: string; message: string };
}

const ERRORS = {
  'out-exists': { 'zh-CN': '输出文件已存在：如需覆盖，请加 --force', 'en-US': 'the output file exists: add --force to replace it' },
  'out-not-xlsx': { 'zh-CN': '输出文件名应以 .xlsx 结尾', 'en-US': 'the output file name must end in .xlsx' },
  'same-file': { 'zh-CN': '输出文件不能与输入文件相同', 'en-US': 'the output cannot be the input file' },
  'no-tables': { 'zh-CN': '输入文件中没有找到项目绩效目标表，没有可生成的内容', 'en-US': 'no project target table was found in the input: nothing to generate' },
  'write-failed': { 'zh-CN': '无法写入输出文件', 'en-US': 'the output file could not be written' },
} as const;

function templateName(template: TemplateChoice): string {
  return typeof template === 'string' ? template : template.file;
}

function failure(file: string, template: string, code: string, message: string): { entry: GenerateEntryJson; ok: false } {
  return { entry: { file, template, out: null, sheets: [], notes: [], error: { code, message } }, ok: false };
}

/** The template's problems in one message: where it is, then each problem on a line of its own. */
function problemsMessage(template: LoadedTemplate, file: string, problems: TemplateProblem[], locale: Locale): string {
  const where = locale === 'zh-CN' ? `模板 ${file}（工作表“${template.sheet.name}”）无法使用：` : `the template ${file} (sheet "${template.sheet.name}") cannot be used:`;
  return [where, ...problems.map((p) => `  ${p.message[locale]}`)].join('\n');
}

export async function generateFile(
  file: string,
  template: TemplateChoice,
  out: string,
  options: { force: boolean; locale: Locale; stacked: boolean },
): Promise<{ entry: GenerateEntryJson; ok: boolean }> {
  const name = templateName(template);
  const say = (code: keyof typeof ERRORS): { entry: GenerateEntryJson; ok: false } => failure(file, name, code, ERRORS[code][options.locale]);
  if (!/\.xlsx$/i.test(out)) return say('out-not-xlsx');
  if (path.resolve(out) === path.resolve(file)) return say('same-file');
  if (typeof template !== 'string' && path.resolve(out) === path.resolve(template.file)) {
    return failure(file, name, 'same-file', options.locale === 'zh-CN' ? '输出文件不能与模板文件相同' : 'the output cannot be the template file');
  }
  if (!options.force && (await fs.stat(out).then(() => true, () => false))) return say('out-exists');
  let loaded: LoadedTemplate | null = null;
  if (typeof template !== 'string') {
    const read = await loadTemplateFile(template.file, template.sheet);
    if (!read.ok) return failure(file, name, read.error.code, read.error.message[options.locale]);
    loaded = read.template;
  }
  const opened = await openWorkbookFile(file);
  if (!opened.ok) return failure(file, name, opened.error.code, opened.error.message[options.locale]);
  const model = readWorkbook(opened.grid);
  if (model.projects.length === 0) return say('no-tables');
  const { findings } = runChecks(model);
  let sheetNames: string[];
  let notes: GenerationNote[];
  if (loaded) {
    const rendered = renderUserTemplate(loaded.sheet, model, { arrangement: options.stacked ? 'stacked' : 'per-project' });
    if (!rendered.ok) return failure(file, name, 'bad-template', problemsMessage(loaded, name, rendered.problems, options.locale));
    notes = [...departmentNotes(model), ...findingNotes(findings)];
    sheetNames = rendered.sheets.map((s) => s.name);
    const extra = notes.length ? [notesSheet(notes, options.locale, uniqueSheetName(notesSheetName(options.locale), sheetNames))] : [];
    sheetNames.push(...extra.map((s) => s.name));
    try {
      await writeRenderedTemplate(loaded, rendered.sheets, extra, out);
    } catch {
      return say('write-failed');
    }
  } else {
    const result = generate(model, template as TemplateId, { locale: options.locale, findings, arrangement: options.stacked ? 'stacked' : 'per-project' });
    ({ notes } = result);
    sheetNames = result.sheets.map((s) => s.name);
    try {
      await writeSheetsToFile(result.sheets, out);
    } catch {
      return say('write-failed');
    }
  }
  return {
    ok: true,
    entry: {
      file,
      template: name,
      out,
      sheets: sheetNames,
      notes: notes.map((n) => ({ kind: n.kind, sheet: n.sheet, ...(n.cell ? { cell: n.cell } : {}), ...(n.project ? { project: n.project } : {}), message: n.message[options.locale] })),
    },
  };
}

export function generateTable(entry: GenerateEntryJson, locale: Locale): string {
  const zh = locale === 'zh-CN';
  if (entry.error) return `${zh ? '无法生成' : 'Not generated'}: ${entry.file}: ${entry.error.message}\n`;
  const lines = [
    zh ? `已生成 ${entry.out}（模板 ${entry.template}）：${entry.sheets.length} 个工作表` : `Wrote ${entry.out} (template ${entry.template}): ${entry.sheets.length} sheet(s)`,
    ...entry.sheets.map((s) => `  ${s}`),
  ];
  if (entry.notes.length) {
    lines.push(zh ? `说明（${entry.notes.length} 条，也写在“生成说明”工作表中）：` : `Notes (${entry.notes.length}, also in the notes sheet):`);
    for (const n of entry.notes) lines.push(`  ${n.sheet}${n.cell ? `!${n.cell}` : ''} ${n.message}`);
  }
  return lines.join('\n') + '\n';
}
