/**
 * What 生成 will write from a sheet of the workbook used as the template. Loaded on demand (its own chunk): the
 * template language is needed only once a template sheet is picked, and the task pane's bundle has a size budget.
 */
import { departmentNotes, notesSheetName } from '../generate/templates';
import { findingNotes, notesSheet } from '../generate/generation-notes';
import { uniqueSheetName } from '../generate/sheet-spec';
import { renderUserTemplate, type TemplateProblem, type TemplateSheet } from '../generate/user-template';
import type { Locale } from '../i18n/messages';
import type { Arrangement, GenerationPlan, GenerationSource } from './generation-plan';

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
