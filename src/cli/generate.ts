/**
 * `ptcheck generate FILE --template standard|mof2021|summary|self-evaluation|PATH.xlsx --out OUT.xlsx`: the tables of
 * FILE as a new, standardized workbook, or filled into the user's own template (docs/templates.md). Never writes over
 * OUT unless told to (--force); the notes (what could not be placed, findings normalization does not resolve) go into
 * the workbook's 生成说明 sheet and into the command's output.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Locale } from '../core/i18n/messages';
import type { TemplateId } from '../core/generate/templates';
import type { TemplateProblem } from '../core/generate/user-template';
import { reviewWorkbook } from '../core/workflow/review';
import { planGeneration, type GenerationPlan, type GenerationSource } from '../core/workflow/generation-plan';
import { planTemplateSheet } from '../core/workflow/template-plan';
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
  // The same review as the add-in's: the waivers stored in the workbook mark their findings 已忽略 in the notes.
  const { model, findings } = reviewWorkbook(opened.grid, { waivers: opened.waivers });
  if (model.projects.length === 0) return say('no-tables');
  // A new workbook: no sheet name is taken yet.
  const source: GenerationSource = { model, findings, sheetNames: [], templateSheets: [] };
  const arrangement = options.stacked ? 'stacked' : 'per-project';
  let plan: GenerationPlan;
  let sheetNames: string[];
  if (loaded) {
    const planned = planTemplateSheet(source, loaded.sheet, arrangement, options.locale);
    if (!planned.ok) return failure(file, name, 'bad-template', problemsMessage(loaded, name, planned.problems, options.locale));
    plan = planned.plan;
    sheetNames = [...(plan.template?.rendered ?? []).map((s) => s.name), ...plan.sheets.map((s) => s.name)];
    try {
      await writeRenderedTemplate(loaded, plan.template?.rendered ?? [], plan.sheets, out);
    } catch {
      return say('write-failed');
    }
  } else {
    plan = planGeneration(source, template as TemplateId, arrangement, options.locale);
    sheetNames = plan.sheets.map((s) => s.name);
    try {
      await writeSheetsToFile(plan.sheets, out);
    } catch {
      return say('write-failed');
    }
  }
  const { notes } = plan;
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
