/**
 * What 生成 will write, worked out before anything is written: the template's sheets under names the workbook does
 * not have yet, how many projects and indicators they carry, and the notes (what generation cannot settle).
 */
import { generate, type TemplateId } from '../generate/templates';
import type { GenerationNote } from '../generate/generation-notes';
import type { SheetSpec } from '../generate/sheet-spec';
import type { RenderedSheet } from '../generate/user-template';
import type { Locale } from '../i18n/messages';
import type { Model } from '../model';
import type { ReviewedFinding } from '../review/waivers';

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

