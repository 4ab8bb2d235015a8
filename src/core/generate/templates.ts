/**
 * Generation, host-neutral: a read workbook (Model) in, the sheets of a standardized workbook out (SheetSpecs a host
 * writes), with what could not be settled as notes. Templates:
 * - standard: the example's project table, one per project (or stacked on one sheet);
 * - mof2021: the same in the 2021 framework (成本指标 at level 1), mapped by rule;
 * - summary: one flat 指标汇总表, one row per indicator;
 * - self-evaluation: each project's year-end self-evaluation form, targets and weights in, actuals and scores blank.
 */
import type { Locale } from '../i18n/messages';
import type { Model, Project } from '../model';
import type { ReviewedFinding } from '../review/waivers';
import { findingNotes, notesSheet, type GenerationNote } from './generation-notes';
import { mapTo2021 } from './framework-2021';
import { evaluationDraft } from './evaluation-content';
import { layoutSelfEvaluation, EVALUATION_COLUMN_WIDTHS } from './self-evaluation-table';
import { safeSheetName, uniqueSheetName, type SheetSpec } from './sheet-spec';
import { standardContent } from './standard-content';
import { layoutTable, TABLE_COLUMN_WIDTHS, type TableFragment, type TableLayoutOptions } from './standard-table';
import { summarySheet } from './summary-table';

export const TEMPLATES = ['standard', 'mof2021', 'summary', 'self-evaluation'] as const;
export type TemplateId = (typeof TEMPLATES)[number];

export function isTemplateId(text: string): text is TemplateId {
  return (TEMPLATES as readonly string[]).includes(text);
}

export interface GenerateOptions {
  locale: Locale;
  /** The source's findings (waived ones carry their waiver): those generation does not resolve are listed. */
  findings?: ReviewedFinding[];
  /** One sheet per project (default), or all stacked on one sheet. */
  arrangement?: 'per-project' | 'stacked';
  /** Sheet names already taken (in the open workbook): new sheets never take them. */
  existingSheets?: readonly string[];
}

export interface GenerateResult {
  sheets: SheetSpec[];
  notes: GenerationNote[];
}

/** How the standard tables are laid out: level names merged down, plan shares as percentages. */
export const STANDARD_LAYOUT: TableLayoutOptions = { groupLabels: 'merge', percentFormat: true, fiscalLabel: '其中：财政资金' };

function projectLabel(project: Project): string {
  return project.code ?? project.name ?? project.sheet;
}

/** A name for a project's sheet: its number and name, cut to Excel's 31 characters, never one already taken. */
function sheetNamer(existing: readonly string[]): (wanted: string) => string {
  const taken = [...existing];
  return (wanted) => {
    const name = uniqueSheetName(safeSheetName(wanted), taken);
    taken.push(name);
    return name;
  };
}

export function tableSheet(name: string, fragments: TableFragment[], columnWidths: number[]): SheetSpec {
  return {
    name,
    columnWidths,
    cells: fragments.flatMap((f) => f.cells),
    merges: fragments.flatMap((f) => f.merges),
    bordered: fragments.flatMap((f) => f.bordered),
    rowHeights: Object.assign({}, ...fragments.map((f) => f.rowHeights)),
    landscape: true,
  };
}

/** Department-wide sections have no template (built-in or user's): each is said to be left out. */
export function departmentNotes(model: Model): GenerationNote[] {
  return model.departments.map((section) => ({
    kind: 'skipped',
    sheet: section.sheet,
    message: {
      'zh-CN': `部门整体绩效目标“${section.name ?? section.title ?? section.sheet}”没有对应的标准表模板，未生成`,
      'en-US': `The department-wide targets "${section.name ?? section.title ?? section.sheet}" have no standard template and were not generated`,
    },
  }));
}

export function notesSheetName(locale: Locale): string {
  return locale === 'en-US' ? 'Generation notes' : '生成说明';
}

export function generate(model: Model, template: TemplateId, options: GenerateOptions): GenerateResult {
  const notes: GenerationNote[] = departmentNotes(model);
  const name = sheetNamer(options.existingSheets ?? []);
  const words = options.locale === 'en-US' ? { summary: 'Indicator summary', notes: notesSheetName('en-US'), stacked: 'Standard tables' } : { summary: '指标汇总表', notes: notesSheetName('zh-CN'), stacked: '标准绩效目标表' };

  let sheets: SheetSpec[] = [];
  if (template === 'summary') {
    sheets = [summarySheet(model, options.locale, name(words.summary))];
  } else if (template === 'self-evaluation') {
    for (const [i, project] of model.projects.entries()) {
      const draft = evaluationDraft(project, project.year);
      for (const group of draft.missingGroups) {
        notes.push({
          kind: 'weights',
          sheet: project.sheet,
          project: projectLabel(project),
          message: {
            'zh-CN': `没有${group}指标，按通行规定应有的 ${group === '产出' ? 50 : group === '效益' ? 30 : 10} 分无处分配，分值合计不足 100`,
            'en-US': `No ${group} indicator: its points by the convention cannot be given, so the weights add up to less than 100`,
          },
        });
      }
      for (const row of draft.ungrouped) {
        notes.push({
          kind: 'unplaced',
          sheet: project.sheet,
          project: projectLabel(project),
          message: { 'zh-CN': `“${row}”不属于产出、效益、满意度指标，未给分值`, 'en-US': `"${row}" is not an output, benefit or satisfaction indicator: no weight given` },
        });
      }
      const fragment = layoutSelfEvaluation(draft.content, 0);
      sheets.push(tableSheet(name(`${i + 1}.${project.name ?? project.code ?? project.sheet}`), [fragment], EVALUATION_COLUMN_WIDTHS));
    }
  } else {
    const fragments: { project: Project; fragment: TableFragment }[] = [];
    let row = 0;
    for (const project of model.projects) {
      const content = standardContent(project);
      if (template === 'mof2021') {
        const mapped = mapTo2021(content.indicators);
        content.indicators = mapped.indicators;
        for (const note of mapped.notes) {
          notes.push({ kind: note.kind, sheet: project.sheet, cell: project.indicators[note.index]?.cells.level1 ?? project.indicators[note.index]?.cells.level3, project: projectLabel(project), message: note.message });
        }
      }
      const stacked = options.arrangement === 'stacked';
      const fragment = layoutTable(content, stacked ? row : 0, STANDARD_LAYOUT);
      row = fragment.nextRow + 2;
      fragments.push({ project, fragment });
    }
    sheets =
      options.arrangement === 'stacked'
        ? [tableSheet(name(words.stacked), fragments.map((f) => f.fragment), TABLE_COLUMN_WIDTHS)]
        : fragments.map(({ project, fragment }, i) => tableSheet(name(`${i + 1}.${project.name ?? project.code ?? project.sheet}`), [fragment], TABLE_COLUMN_WIDTHS));
  }
  notes.push(...findingNotes(options.findings ?? []));
  if (notes.length) sheets.push(notesSheet(notes, options.locale, name(words.notes)));
  return { sheets, notes };
}
