/**
 * Renders a parsed user template for projects: rows outside the indicator block once per project, the block's rows
 * once per indicator (its merges shifted with each copy), every output cell naming the template cell it comes from.
 */
import type { MergeArea } from '../../grid';
import type { Project } from '../../model';
import type { CellPart, IndicatorBlock, ParsedCell, ParsedTemplate } from './parse-template';
import type { FieldValue, IndicatorContext } from './placeholders';
import { needsLiteralText } from './literal-text';
import type { RenderedCell } from './template-sheet';

export interface RenderedFragment {
  cells: RenderedCell[];
  merges: MergeArea[];
  rowHeights: Record<number, number>;
  /** The first row after the fragment. */
  nextRow: number;
}

function fieldValue(part: Exclude<CellPart, string>, project: Project, context: IndicatorContext | null): FieldValue {
  // The parser allows indicator fields only inside a block, where there is always a context.
  return part.scope === 'project' ? part.field.get(project) : part.field.get(context!);
}

function renderCell(cell: ParsedCell, row: number, project: Project, context: IndicatorContext | null): RenderedCell {
  const base = { row, col: cell.col, source: { row: cell.row, col: cell.col }, ...(cell.style !== undefined ? { style: cell.style } : {}) };
  if (!cell.parts) {
    const literal = typeof cell.value === 'string' && needsLiteralText(cell.value);
    return { ...base, value: cell.value, unchanged: true, ...(literal ? { literalText: true } : {}) };
  }
  const fields = cell.parts.filter((p): p is Exclude<CellPart, string> => typeof p !== 'string');
  const loneField = fields.length === 1 && cell.parts.every((p) => typeof p !== 'string' || p.trim() === '');
  if (loneField) {
    const v = fieldValue(fields[0], project, context);
    if (typeof v.value === 'number') return { ...base, value: v.value, ...(v.numberFormat ? { numberFormat: v.numberFormat } : {}) };
    return { ...base, value: v.value, ...(v.value !== null && needsLiteralText(v.value) ? { literalText: true } : {}) };
  }
  const text = cell.parts.map((p) => (typeof p === 'string' ? p : fieldValue(p, project, context).text)).join('');
  if (text === '') return { ...base, value: null };
  return { ...base, value: text, ...(needsLiteralText(text) ? { literalText: true } : {}) };
}

function shift(area: MergeArea, by: number): MergeArea {
  return { top: area.top + by, left: area.left, bottom: area.bottom + by, right: area.right };
}

function keyText(cell: RenderedCell | undefined): string {
  return cell?.value === null || cell?.value === undefined ? '' : String(cell.value);
}

/**
 * {{一级指标|合并}} in a one-row block: runs of equal, non-blank values are merged down, a run of a column never
 * crossing the edge of a run of a merging column to its left (二级指标 groups stay within their 一级指标).
 */
function mergeDown(template: ParsedTemplate, block: IndicatorBlock, copies: Map<number, RenderedCell>[], firstRow: number, merges: MergeArea[]): void {
  const columns = (template.rows.get(block.top) ?? []).filter((c) => c.mergeDown).map((c) => c.col);
  if (!columns.length) return;
  // Keys are taken before any run is merged: merging blanks the cells below a run's first.
  const texts = copies.map((copy) => new Map(columns.map((c) => [c, keyText(copy.get(c))])));
  const rowKey = (i: number, upTo: number): string => JSON.stringify(columns.filter((c) => c <= upTo).map((c) => texts[i].get(c)));
  for (const col of columns) {
    const across = block.merges.find((m) => m.top === block.top && m.left === col);
    const right = across ? across.right : col;
    let start = 0;
    for (let i = 1; i <= copies.length; i++) {
      const same = i < copies.length && texts[i].get(col) !== '' && rowKey(i, col) === rowKey(start, col);
      if (same) continue;
      if (i - 1 > start && texts[start].get(col) !== '') {
        const top = firstRow + start;
        const bottom = firstRow + i - 1;
        // The run's own one-row merges of this cell give way to the merge down.
        for (let k = merges.length - 1; k >= 0; k--) {
          const m = merges[k];
          if (m.left === col && m.top >= top && m.bottom <= bottom && m.top === m.bottom) merges.splice(k, 1);
        }
        merges.push({ top, left: col, bottom, right });
        for (let k = start + 1; k < i; k++) {
          const below = copies[k].get(col);
          if (below) below.value = null;
        }
      }
      start = i;
    }
  }
}

export function renderProject(template: ParsedTemplate, project: Project, startRow: number): RenderedFragment {
  const cells: RenderedCell[] = [];
  const merges: MergeArea[] = [];
  const rowHeights: Record<number, number> = {};
  const rowMap = new Map<number, number>();
  const emitRow = (templateRow: number, row: number, context: IndicatorContext | null): Map<number, RenderedCell> => {
    const byCol = new Map<number, RenderedCell>();
    for (const cell of template.rows.get(templateRow) ?? []) {
      const rendered = renderCell(cell, row, project, context);
      cells.push(rendered);
      byCol.set(cell.col, rendered);
    }
    const height = template.rowHeights[templateRow];
    if (height !== undefined) rowHeights[row] = height;
    return byCol;
  };

  let out = startRow;
  for (let r = 0; r <= template.lastRow; r++) {
    const block = template.blocks.find((b) => b.openRow === r);
    if (block) {
      const height = block.bottom - block.top + 1;
      const copies: Map<number, RenderedCell>[] = [];
      project.indicators.forEach((indicator, i) => {
        const first = out + i * height;
        for (let k = 0; k < height; k++) copies.push(emitRow(block.top + k, first + k, { indicator, index: i + 1 }));
        merges.push(...block.merges.map((m) => shift(m, first - block.top)));
      });
      if (height === 1) mergeDown(template, block, copies, out, merges);
      out += project.indicators.length * height;
      r = block.closeRow;
      continue;
    }
    emitRow(r, out, null);
    rowMap.set(r, out);
    out++;
  }
  for (const area of template.merges) {
    merges.push({ top: rowMap.get(area.top)!, left: area.left, bottom: rowMap.get(area.bottom)!, right: area.right });
  }
  return { cells, merges, rowHeights, nextRow: out };
}
