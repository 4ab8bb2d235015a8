/**
 * What 生成 will write, worked out before anything is written: the template's sheets under names the workbook does
 * not have yet, how many projects and indicators they carry, and the notes (what generation cannot settle).
 */
import { departmentNotes, generate, notesSheetName, type TemplateId } from '../core/generate/templates';
import { findingNotes, notesSheet, type GenerationNote } from '../core/generate/generation-notes';
import { uniqueSheetName, type SheetSpec } from '../core/generate/sheet-spec';
import { renderUserTemplate, type RenderedSheet, type TemplateProblem, type TemplateSheet } from '../core/generate/user-template';
import type { WorkbookGrid } from '../core/grid';
import type { Locale } from '../core/i18n/messages';
import type { Model } from '../core/model';
import type { ReviewedFinding } from '../core/review/waivers';

export type Arrangement = 'per-project' | 'stacked';

/** What generation starts from: the read workbook, its findings (waivers applied) and the sheet names taken. */
export interface GenerationSource {
  model: Model;
  findings: ReviewedFinding[];
  sheetNames: string[];
  /** Sheets holding a placeholder ({{…}}): each can be the template (the reader leaves them out of the model). */
  templateSheets: string[];
}

export interface GenerationPlan {
  sheets: SheetSpec[];
  notes: GenerationNote[];
  projects: number;
  indicators: number;
  /** From a sheet of the workbook used as the template: its name and the render plan (`sheets` is then the notes). */
  template?: { sheet: string; rendered: RenderedSheet[] };
}

const PLACEHOLDER = /\{\{[^{}]*\}\}/;

/** The sheets of a read workbook that hold a placeholder, in tab order. */
export function placeholderSheets(grid: WorkbookGrid): string[] {
  return grid.sheets.filter((s) => s.values.some((row) => row.some((v) => typeof v === 'string' && PLACEHOLDER.test(v)))).map((s) => s.name);
}

/** Only the standard layouts can be stacked; the summary is one sheet and self-evaluations go one per project. */
export function arrangementApplies(template: TemplateId): boolean {
  return template === 'standard' || template === 'mof2021';
}

export function planGeneration(source: GenerationSource, template: TemplateId, arrangement: Arrangement, locale: Locale): GenerationPlan {
  const projects = source.model.projects;
  if (projects.length === 0) return { sheets: [], notes: [], projects: 0, indicators: 0 };
  const { sheets, notes } = generate(source.model, template, {
    locale,
    findings: source.findings,
    arrangement: arrangementApplies(template) ? arrangement : 'per-project',
    existingSheets: source.sheetNames,
  });
  return { sheets, notes, projects: projects.length, indicators: projects.reduce((n, p) => n + p.indicators.length, 0) };
}

/**
 * A sheet of the workbook as the template: the render plan (sheet names taken avoided) and the notes sheet, as the
 * command line writes them; or the template's problems, each with its cell.
 */
export function planTemplateSheet(
  source: GenerationSource,
  template: TemplateSheet,
  arrangement: Arrangement,
  locale: Locale,
): { ok: true; plan: GenerationPlan } | { ok: false; problems: TemplateProblem[] } {
  const result = renderUserTemplate(template, source.model, { arrangement, existingSheets: source.sheetNames });
  if (!result.ok) return result;
  const projects = source.model.projects;
  const notes = projects.length ? [...departmentNotes(source.model), ...findingNotes(source.findings)] : [];
  const taken = [...source.sheetNames, ...result.sheets.map((s) => s.name)];
  const sheets = notes.length ? [notesSheet(notes, locale, uniqueSheetName(notesSheetName(locale), taken))] : [];
  return {
    ok: true,
    plan: {
      sheets,
      notes,
      projects: projects.length,
      indicators: projects.reduce((n, p) => n + p.indicators.length, 0),
      template: { sheet: template.name, rendered: result.sheets },
    },
  };
}
