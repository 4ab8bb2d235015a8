/**
 * Parses a user template sheet: finds the placeholders in every cell, the indicator block between a row holding
 * {{#指标}} and a row holding {{/指标}} (the marker rows are dropped from the output), and sorts the merged areas into
 * those copied once and those repeated with each indicator. Every problem is collected, each with its cell.
 */
import { toA1, type MergeArea } from '../../grid';
import type { Messages } from '../../i18n/messages';
import {
  availableNames,
  BLOCK_CLOSE,
  BLOCK_OPEN,
  INDICATOR_FIELD_BY_NAME,
  MERGE_OPTIONS,
  MERGEABLE,
  PROJECT_FIELD_BY_NAME,
  type IndicatorField,
  type ProjectField,
} from './placeholders';
import { PLACEHOLDER_TOKEN, placeholderParts } from '../../vocabulary/placeholders';
import type { TemplateCell, TemplateProblem, TemplateProblemCode, TemplateSheet, TemplateValue } from './template-sheet';

export type CellPart = string | { scope: 'project'; field: ProjectField } | { scope: 'indicator'; field: IndicatorField };

export interface ParsedCell {
  row: number;
  col: number;
  style?: string;
  value: TemplateValue;
  /** The text cut into literals and fields; null when the cell holds no placeholder (copied as it is). */
  parts: CellPart[] | null;
  /** {{一级指标|合并}}: equal neighbours in a one-row block are merged down. */
  mergeDown: boolean;
}

export interface IndicatorBlock {
  /** Rows of the {{#指标}} and {{/指标}} markers; the block is the rows strictly between. */
  openRow: number;
  closeRow: number;
  top: number;
  bottom: number;
  /** Merged areas inside the block's rows, repeated (shifted) with every indicator. */
  merges: MergeArea[];
}

export interface ParsedTemplate {
  name: string;
  /** Cells by row, each row's cells by column. */
  rows: Map<number, ParsedCell[]>;
  lastRow: number;
  blocks: IndicatorBlock[];
  /** Merged areas outside every block, copied once per project. */
  merges: MergeArea[];
  columnWidths: (number | null)[];
  rowHeights: Record<number, number>;
}

function problem(code: TemplateProblemCode, cell: string | undefined, zh: string, en: string): TemplateProblem {
  return { code, ...(cell ? { cell } : {}), message: { 'zh-CN': zh, 'en-US': en } satisfies Messages };
}

function isBlank(value: TemplateValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

interface Marker {
  kind: 'open' | 'close';
  row: number;
  col: number;
}

interface CellReading {
  cell: ParsedCell;
  marker: Marker | null;
  tokens: number;
}

function readCell(cell: TemplateCell, problems: TemplateProblem[]): CellReading {
  const parsed: ParsedCell = { row: cell.row, col: cell.col, style: cell.style, value: cell.value, parts: null, mergeDown: false };
  if (typeof cell.value !== 'string' || !cell.value.includes('{{')) {
    if (typeof cell.value === 'string' && cell.value.includes('}}')) {
      problems.push(brokenPlaceholder(cell));
    }
    return { cell: parsed, marker: null, tokens: 0 };
  }
  const text = cell.value;
  const at = toA1(cell.row, cell.col);
  const parts: CellPart[] = [];
  let marker: Marker | null = null;
  let tokens = 0;
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER_TOKEN)) {
    tokens++;
    if (match.index > last) parts.push(text.slice(last, match.index));
    last = match.index + match[0].length;
    const [base, option, ...more] = placeholderParts(match[1]);
    if (BLOCK_OPEN.has(base) || BLOCK_CLOSE.has(base)) {
      const kind = BLOCK_OPEN.has(base) ? 'open' : 'close';
      if (text.trim() !== match[0] || option !== undefined) {
        problems.push(
          problem(
            'marker-not-alone',
            at,
            `模板单元格 ${at} 中的块标记“${match[0]}”必须单独占一个单元格（且该行没有其他内容）`,
            `The block marker "${match[0]}" in template cell ${at} must stand alone in its cell (and its row hold nothing else)`,
          ),
        );
      }
      marker = { kind, row: cell.row, col: cell.col };
      continue;
    }
    const field = PROJECT_FIELD_BY_NAME.get(base);
    const indicatorField = field ? undefined : INDICATOR_FIELD_BY_NAME.get(base);
    if (!field && !indicatorField) {
      problems.push(
        problem(
          'unknown-placeholder',
          at,
          `模板单元格 ${at} 中的占位符“${match[0]}”无法识别；可用：${availableNames()}`,
          `The placeholder "${match[0]}" in template cell ${at} is not known; available: ${availableNames()}`,
        ),
      );
      continue;
    }
    if (option !== undefined || more.length) {
      const fieldName = (field ?? indicatorField)!.name;
      if (!MERGE_OPTIONS.has(option) || more.length || !MERGEABLE.has(fieldName)) {
        problems.push(
          problem(
            'bad-merge-option',
            at,
            `模板单元格 ${at} 中的“${match[0]}”：竖线后只能写“合并”，且只用于 {{一级指标}}、{{二级指标}}`,
            `"${match[0]}" in template cell ${at}: the only option after "|" is 合并 (merge), for {{一级指标}} and {{二级指标}} only`,
          ),
        );
      } else parsed.mergeDown = true;
    }
    parts.push(field ? { scope: 'project', field } : { scope: 'indicator', field: indicatorField! });
  }
  if (last < text.length) parts.push(text.slice(last));
  const leftover = text.replace(PLACEHOLDER_TOKEN, '');
  if (leftover.includes('{{') || leftover.includes('}}')) problems.push(brokenPlaceholder(cell));
  if (marker) return { cell: parsed, marker, tokens };
  parsed.parts = tokens ? parts : null;
  return { cell: parsed, marker: null, tokens };
}

function brokenPlaceholder(cell: TemplateCell): TemplateProblem {
  const at = toA1(cell.row, cell.col);
  return problem(
    'broken-placeholder',
    at,
    `模板单元格 ${at} 中有不完整的占位符（“{{”与“}}”不成对）：“${String(cell.value).slice(0, 60)}”`,
    `Template cell ${at} holds an incomplete placeholder ("{{" and "}}" do not pair): "${String(cell.value).slice(0, 60)}"`,
  );
}

/** Pairs the markers into blocks, top to bottom; nesting, a close without an open and an open never closed are problems. */
function pairBlocks(markers: Marker[], problems: TemplateProblem[]): { openRow: number; closeRow: number }[] {
  const blocks: { openRow: number; closeRow: number }[] = [];
  let open: Marker | null = null;
  for (const marker of [...markers].sort((a, b) => a.row - b.row || a.col - b.col)) {
    const at = toA1(marker.row, marker.col);
    if (marker.kind === 'open') {
      if (open) {
        problems.push(
          problem(
            'nested-block',
            at,
            `模板单元格 ${at} 中的“{{#指标}}”出现在 ${toA1(open.row, open.col)} 开始的指标块内：指标块不能嵌套`,
            `"{{#指标}}" in template cell ${at} is inside the block opened at ${toA1(open.row, open.col)}: blocks cannot be nested`,
          ),
        );
        continue;
      }
      open = marker;
    } else if (!open) {
      problems.push(
        problem('unopened-block', at, `模板单元格 ${at} 中的“{{/指标}}”前面没有对应的“{{#指标}}”`, `"{{/指标}}" in template cell ${at} has no "{{#指标}}" before it`),
      );
    } else {
      if (marker.row === open.row + 1) {
        problems.push(
          problem(
            'empty-block',
            toA1(open.row, open.col),
            `模板单元格 ${toA1(open.row, open.col)} 开始的指标块中没有行：“{{#指标}}”与“{{/指标}}”之间应有指标行`,
            `The block opened in template cell ${toA1(open.row, open.col)} holds no row: put the indicator row(s) between "{{#指标}}" and "{{/指标}}"`,
          ),
        );
      }
      blocks.push({ openRow: open.row, closeRow: marker.row });
      open = null;
    }
  }
  if (open) {
    const at = toA1(open.row, open.col);
    problems.push(problem('unclosed-block', at, `模板单元格 ${at} 中的“{{#指标}}”没有对应的“{{/指标}}”`, `"{{#指标}}" in template cell ${at} is never closed by "{{/指标}}"`));
  }
  return blocks;
}

export function parseUserTemplate(sheet: TemplateSheet): { ok: true; template: ParsedTemplate } | { ok: false; problems: TemplateProblem[] } {
  const problems: TemplateProblem[] = [];
  if (!sheet.cells.some((c) => !isBlank(c.value))) {
    return { ok: false, problems: [problem('empty-sheet', undefined, `模板工作表“${sheet.name}”是空的`, `The template sheet "${sheet.name}" is empty`)] };
  }
  const readings = sheet.cells.map((c) => readCell(c, problems));
  if (!readings.some((r) => r.tokens > 0) && !problems.length) {
    return {
      ok: false,
      problems: [
        problem(
          'no-placeholder',
          undefined,
          `模板工作表“${sheet.name}”中没有任何占位符（如 {{项目名称}}），无从填入项目内容`,
          `The template sheet "${sheet.name}" holds no placeholder (such as {{项目名称}}): there is nothing to fill in`,
        ),
      ],
    };
  }

  const markers = readings.flatMap((r) => (r.marker ? [r.marker] : []));
  const pairs = pairBlocks(markers, problems);
  const markerRows = new Set(markers.map((m) => m.row));
  for (const reading of readings) {
    const { cell, marker } = reading;
    if (marker || !markerRows.has(cell.row) || isBlank(cell.value)) continue;
    const at = toA1(cell.row, cell.col);
    problems.push(
      problem(
        'marker-not-alone',
        at,
        `模板第 ${cell.row + 1} 行是指标块标记行，不会输出，单元格 ${at} 中的内容应移到其他行`,
        `Row ${cell.row + 1} of the template is a block marker row, which is not written: move the content of cell ${at} to another row`,
      ),
    );
  }

  const pairingFailed = problems.some((p) => p.code === 'unclosed-block' || p.code === 'unopened-block' || p.code === 'nested-block');
  const inBlock = (row: number): { openRow: number; closeRow: number } | undefined => pairs.find((b) => row > b.openRow && row < b.closeRow);
  for (const { cell } of readings) {
    // With the markers unpaired, where the block was meant to be is unknown: that problem alone is said.
    if (pairingFailed || !cell.parts?.some((p) => typeof p !== 'string' && p.scope === 'indicator') || inBlock(cell.row)) continue;
    const at = toA1(cell.row, cell.col);
    problems.push(
      problem(
        'indicator-outside-block',
        at,
        `模板单元格 ${at} 中的指标占位符只能放在“{{#指标}}”与“{{/指标}}”两行之间`,
        `The indicator placeholder in template cell ${at} belongs between the "{{#指标}}" and "{{/指标}}" rows`,
      ),
    );
  }

  const blocks: IndicatorBlock[] = pairs.map((p) => ({ ...p, top: p.openRow + 1, bottom: p.closeRow - 1, merges: [] }));
  const merges: MergeArea[] = [];
  for (const area of sheet.merges) {
    if (area.top === area.bottom && markerRows.has(area.top)) continue; // a marker row merged across: dropped with it
    const block = blocks.find((b) => area.top >= b.top && area.bottom <= b.bottom);
    if (block) {
      block.merges.push(area);
      continue;
    }
    const touches = [...markerRows].some((r) => r >= area.top && r <= area.bottom) || blocks.some((b) => area.top <= b.bottom && area.bottom >= b.top);
    if (touches) {
      const at = `${toA1(area.top, area.left)}:${toA1(area.bottom, area.right)}`;
      problems.push(
        problem(
          'merge-crosses-block',
          at,
          `模板中的合并单元格 ${at} 跨过了指标块的边界：指标块内的合并区域须完全在块内`,
          `The merged area ${at} of the template crosses the edge of the indicator block: merges must lie wholly inside or outside it`,
        ),
      );
      continue;
    }
    merges.push(area);
  }

  for (const { cell } of readings) {
    if (!cell.mergeDown) continue;
    const block = blocks.find((b) => cell.row >= b.top && cell.row <= b.bottom);
    if (block && block.top !== block.bottom) {
      const at = toA1(cell.row, cell.col);
      problems.push(
        problem(
          'bad-merge-option',
          at,
          `模板单元格 ${at} 中的“|合并”只能用于只有一行的指标块`,
          `"|合并" (merge) in template cell ${at} works only in an indicator block of one row`,
        ),
      );
    }
  }
  if (problems.length) return { ok: false, problems };

  const rows = new Map<number, ParsedCell[]>();
  let lastRow = 0;
  for (const { cell, marker } of readings) {
    if (marker || markerRows.has(cell.row)) continue;
    const list = rows.get(cell.row) ?? [];
    list.push(cell);
    rows.set(cell.row, list);
  }
  for (const list of rows.values()) list.sort((a, b) => a.col - b.col);
  for (const row of [...rows.keys(), ...sheet.merges.map((m) => m.bottom), ...markerRows]) lastRow = Math.max(lastRow, row);
  return {
    ok: true,
    template: { name: sheet.name, rows, lastRow, blocks, merges, columnWidths: sheet.columnWidths, rowHeights: sheet.rowHeights },
  };
}
