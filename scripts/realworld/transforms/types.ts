/** What a meaning-preserving transformation of a corpus workbook receives and gives back (scripts/realworld/robust.ts). */
import type { WorkbookGrid } from '../../../src/core/grid';

/** A cell in absolute 0-based coordinates. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** Where the cell of the original grid went; null when it is gone. */
export type CellMapper = (cell: CellRef) => CellRef | null;

/** A truth table's place in its sheet, found on the untouched grid (robust.ts, layoutOf). */
export interface TableLayout {
  /** Index of the table in its truth file. */
  index: number;
  sheet: string;
  /** Rows of the indicator header (labels), top to bottom; empty when none was found. */
  header: number[];
  /** First and last indicator rows. */
  body: { first: number; last: number };
  /** Columns of the grid's fields (the most frequent among its rows); null when the table has none. */
  cols: {
    level1: number | null;
    level2: number | null;
    level3: number | null;
    value: number;
    comparator: number | null;
    unit: number | null;
    actual: number | null;
    weight: number | null;
    score: number | null;
  };
  /** Leftmost and rightmost columns of the grid (its fields and the labels of its header). */
  left: number;
  right: number;
  /** Each truth indicator's own row (a target merged over two rows is the second row's too). */
  rows: number[];
}

/** Which fields of a row are compared after a transformation. */
export interface Compared {
  /** 'empty-or-right': where the transformation removes what said the level, a level read empty counts as right. */
  levels: 'exact' | 'empty-or-right';
  /** Whether a self-evaluation's actual, weight and score are compared. */
  evaluation: boolean;
}

export interface Applied {
  workbook: WorkbookGrid;
  /** One mapper per copy of the tables (two where the sheet is repeated): each truth table is expected once per copy. */
  copies: CellMapper[];
  /** Indexes of the truth tables the transformation changed (only their rows are compared). */
  tables: number[];
  /** A target merged over rows was split: each row's target is expected in its own row. */
  ownRows?: boolean;
}

export interface Transformation {
  name: string;
  compared: Compared;
  /** Null when nothing in this workbook lends itself to the transformation. */
  apply(workbook: WorkbookGrid, layouts: TableLayout[]): Applied | null;
}

export const STRICT: Compared = { levels: 'exact', evaluation: true };

export const identity: CellMapper = (cell) => cell;
