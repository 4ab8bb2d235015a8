/**
 * One worksheet part into a SheetGrid, streamed: values (shared, inline, numbers, booleans, errors, dates), number
 * formats and merged areas. A formula saved without its result reads as UNCALCULATED_FORMULA (never as blank, which
 * would let the reader take a neighbour's text instead); a reference to a shared string that does not exist is a
 * damaged file, said precisely.
 */
import type { CellValue, SheetGrid } from '../../../core/grid';
import { toA1, UNCALCULATED_FORMULA } from '../../../core/grid';
import { EXCEL_COLUMNS, EXCEL_ROWS } from '../../read-limits';
import type { GridBudget } from '../../grid-budget';
import { SheetGridBuilder } from '../grid-builder';
import { areaReference, beyondGrid, cellReference } from './cell-reference';
import type { PackageParts } from './package-parts';
import { corrupt } from './xlsx-error';

export interface WorksheetContext {
  /** null when the package has no shared strings part. */
  sharedStrings: string[] | null;
  styleFormats: string[];
  date1904: boolean;
  budget: GridBudget;
}

function sharedString(sheet: string, row: number, col: number, index: string, strings: string[] | null): string {
  const n = index.trim() === '' ? NaN : Number(index);
  if (strings !== null && Number.isInteger(n) && n >= 0 && n < strings.length) return strings[n];
  const cell = toA1(row, col);
  if (strings === null) {
    throw corrupt(
      `工作表“${sheet}”的单元格 ${cell} 引用了共享字符串，但文件中没有共享字符串部分（sharedStrings.xml）`,
      `Cell ${cell} of sheet "${sheet}" refers to a shared string, but the file has no shared strings part (sharedStrings.xml)`,
    );
  }
  const trimmed = index.trim();
  throw corrupt(
    `工作表“${sheet}”的单元格 ${cell} 引用了第 ${trimmed} 号共享字符串，但共享字符串部分只有 ${strings.length} 项（编号从 0 开始）`,
    `Cell ${cell} of sheet "${sheet}" refers to shared string ${trimmed}, but the shared strings part holds only ${strings.length} (numbered from 0)`,
  );
}

export function readWorksheet(parts: PackageParts, path: string, name: string, context: WorksheetContext): SheetGrid {
  const { sharedStrings, styleFormats, date1904, budget } = context;
  const builder = new SheetGridBuilder(name, budget);
  let row = -1;
  let col = -1;
  let type = '';
  let style = 0;
  let value = '';
  let inlineText = '';
  let collecting: 'v' | 't' | null = null;
  let inCell = false;
  let hasValue = false;
  let hasInline = false;
  let hasFormula = false;
  let phoneticDepth = 0;

  const finishCell = (): void => {
    let cellValue: CellValue = null;
    if (hasInline) cellValue = inlineText;
    else if (hasValue) {
      switch (type) {
        case 's':
          cellValue = sharedString(name, row, col, value, sharedStrings);
          break;
        case 'str':
        case 'inlineStr':
          cellValue = value;
          break;
        case 'b':
          cellValue = value.trim() === '1' || value.trim().toLowerCase() === 'true';
          break;
        case 'e':
          cellValue = value.trim();
          break;
        case 'd': {
          // ISO date (rare, strict files): keep Excel's serial number, as Excel itself would show it.
          const ms = Date.parse(value);
          cellValue = Number.isNaN(ms) ? value : (ms - Date.UTC(1899, 11, 30)) / 86_400_000 - (date1904 ? 1462 : 0);
          break;
        }
        default: {
          const number = Number(value);
          cellValue = value.trim() === '' || Number.isNaN(number) ? value : number;
        }
      }
    } else if (hasFormula) cellValue = UNCALCULATED_FORMULA;
    builder.set(row, col, cellValue, styleFormats[style] ?? null);
  };

  parts.read(path, {
    open(tag, attrs, selfClosing) {
      switch (tag) {
        case 'row': {
          const r = attrs.r !== undefined ? Number(attrs.r) - 1 : row + 1;
          row = Number.isInteger(r) ? r : row + 1;
          if (row < 0 || row >= EXCEL_ROWS) throw beyondGrid(name, `${attrs.r ?? row + 1}`);
          col = -1;
          break;
        }
        case 'c': {
          const ref = attrs.r !== undefined ? cellReference(name, attrs.r.trim()) : null;
          if (ref) {
            row = ref.row;
            col = ref.col;
          } else {
            col++;
            if (col >= EXCEL_COLUMNS) throw beyondGrid(name, `${toA1(Math.max(row, 0), col)}`);
          }
          if (row < 0) row = 0;
          type = attrs.t ?? 'n';
          style = attrs.s !== undefined ? Number(attrs.s) : 0;
          value = '';
          inlineText = '';
          hasValue = false;
          hasInline = false;
          hasFormula = false;
          inCell = !selfClosing;
          break;
        }
        case 'v':
          if (inCell) {
            collecting = 'v';
            hasValue = true;
          }
          break;
        case 'f':
          if (inCell) hasFormula = true;
          break;
        case 'is':
          if (inCell) hasInline = true;
          break;
        case 'rPh':
          phoneticDepth++;
          break;
        case 't':
          if (inCell && hasInline && phoneticDepth === 0) collecting = 't';
          break;
        case 'mergeCell': {
          const area = attrs.ref ? areaReference(name, attrs.ref) : null;
          if (area) builder.addMerge(area);
          break;
        }
      }
    },
    text(chunk) {
      if (collecting === 'v') value += chunk;
      else if (collecting === 't') inlineText += chunk;
    },
    close(tag) {
      if (tag === 'v' || tag === 't') collecting = null;
      else if (tag === 'rPh') phoneticDepth--;
      else if (tag === 'c' && inCell) {
        inCell = false;
        finishCell();
      }
    },
  });
  return builder.build();
}
