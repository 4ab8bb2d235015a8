/**
 * User templates: a sheet of the user's own layout with placeholders ({{项目名称}}, a repeated {{#指标}} block …)
 * filled in for every project of a read workbook. Host-neutral: a host describes the template sheet
 * (TemplateSheet), calls renderUserTemplate, and writes the RenderedSheets copying each cell's style from its
 * source cell. The language is documented in docs/templates.md.
 */
import type { Model, Project } from '../../model';
import { safeSheetName, uniqueSheetName } from '../sheet-spec';
import { parseUserTemplate } from './parse-template';
import { renderProject } from './render-template';
import type { RenderedSheet, TemplateSheet, UserTemplateResult } from './template-sheet';

export type { RenderedCell, RenderedSheet, TemplateCell, TemplateProblem, TemplateProblemCode, TemplateSheet, TemplateValue, UserTemplateResult } from './template-sheet';
export { parseUserTemplate } from './parse-template';
export { availableNames, INDICATOR_FIELDS, PROJECT_FIELDS } from './placeholders';

export interface UserTemplateOptions {
  /** One sheet per project (default), or every project's copy of the template below the previous one. */
  arrangement?: 'per-project' | 'stacked';
  /** Sheet names already taken (in the open workbook): new sheets never take them. */
  existingSheets?: readonly string[];
}

/** Blank rows between two projects on a stacked sheet. */
const STACK_GAP = 2;

function projectLabel(project: Project): string {
  return project.code ?? project.name ?? project.sheet;
}

/**
 * Fills the template in for every project of the model: `{ ok: true, sheets }` (the render plan), or every problem
 * found in the template, each naming its cell, when it cannot be used.
 */
export function renderUserTemplate(sheet: TemplateSheet, model: Model, options: UserTemplateOptions = {}): UserTemplateResult {
  const parsed = parseUserTemplate(sheet);
  if (!parsed.ok) return parsed;
  const template = parsed.template;
  const taken = [...(options.existingSheets ?? [])];
  const name = (wanted: string): string => {
    const unique = uniqueSheetName(safeSheetName(wanted), taken);
    taken.push(unique);
    return unique;
  };
  const sheetOf = (sheetName: string, projects: Project[]): RenderedSheet => {
    const out: RenderedSheet = { name: sheetName, cells: [], merges: [], columnWidths: template.columnWidths, rowHeights: {}, projects: projects.map(projectLabel) };
    let row = 0;
    for (const project of projects) {
      const fragment = renderProject(template, project, row);
      out.cells.push(...fragment.cells);
      out.merges.push(...fragment.merges);
      Object.assign(out.rowHeights, fragment.rowHeights);
      row = fragment.nextRow + STACK_GAP;
    }
    return out;
  };
  if (options.arrangement === 'stacked') return { ok: true, sheets: model.projects.length ? [sheetOf(name(sheet.name), model.projects)] : [] };
  return {
    ok: true,
    sheets: model.projects.map((project, i) => sheetOf(name(`${i + 1}.${project.name ?? project.code ?? project.sheet}`), [project])),
  };
}
