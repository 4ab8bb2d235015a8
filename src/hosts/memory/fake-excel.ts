/**
 * A small, strict imitation of the Office.js Excel object model over an in-memory workbook (workbook-data.ts): the
 * subset the add-in uses, with Office.js's batching semantics. Calls queue commands; context.sync() runs them in
 * order against the data; a property read before it was loaded and synced throws, as in Excel. Tests count
 * round trips with it, and the preview page runs the real Excel host on it.
 */
import type { MergeArea } from '../../core/grid';
import { rangeToA1, toA1 } from '../../core/grid';
import {
  areaOf,
  cellKey,
  intersects,
  newSheet,
  sheetByName,
  usedArea,
  type AnnotationData,
  type CellData,
  type ConditionalFormatData,
  type CustomXmlPartData,
  type SheetData,
  type WorkbookData,
} from './workbook-data';
import { splitAddress } from '../excel/addresses';

type Command = () => void;

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/** Holds the properties a proxy has loaded; reading any other one throws like Office.js. */
class Loadable {
  protected readonly loadedValues = new Map<string, unknown>();
  protected nullObject: boolean | undefined;

  constructor(protected readonly ctx: FakeRequestContext) {}

  get context(): FakeRequestContext {
    return this.ctx;
  }

  protected loadedValue<T>(name: string): T {
    if (!this.loadedValues.has(name)) {
      throw new FakeExcelError('PropertyNotLoaded', `The property '${name}' is not available. Load it and call context.sync() first.`);
    }
    return this.loadedValues.get(name) as T;
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw new FakeExcelError('PropertyNotLoaded', 'isNullObject is known only after context.sync()');
    return this.nullObject;
  }
}

function splitProperties(spec: string): string[] {
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

// ---------------------------------------------------------------------------------------------------------------
// Ranges

interface RangeTarget {
  sheet: SheetData;
  areas: MergeArea[];
}

export class FakeRange extends Loadable {
  readonly format: FakeRangeFormat;
  private readonly conditionalFormatCollection: FakeConditionalFormatCollection;

  constructor(
    ctx: FakeRequestContext,
    /** Resolved at sync time; null for a null object. */
    readonly resolveTarget: () => RangeTarget | null,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, this);
    this.conditionalFormatCollection = new FakeConditionalFormatCollection(ctx, this);
  }

  /** Conditional formats: ExcelApi 1.6. */
  get conditionalFormats(): FakeConditionalFormatCollection {
    this.ctx.fake.requireApi('1.6', 'conditionalFormats');
    return this.conditionalFormatCollection;
  }

  load(spec: string): this {
    const names = splitProperties(spec);
    this.ctx.enqueue(() => {
      const target = this.resolveTarget();
      this.nullObject = target === null;
      if (!target) return;
      const area = target.areas[0];
      for (const name of names) {
        if (CELL_GRID_PROPERTIES.has(name)) this.ctx.countResponseCells((area.bottom - area.top + 1) * (area.right - area.left + 1));
        this.loadedValues.set(name, this.readProperty(target, name));
      }
    });
    return this;
  }

  protected readProperty(target: RangeTarget, name: string): unknown {
    return readRangeProperty(target.sheet, target.areas[0], target.areas, name);
  }

  get address(): string {
    return this.loadedValue('address');
  }
  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }
  get values(): unknown[][] {
    return this.loadedValue('values');
  }
  set values(values: unknown[][]) {
    this.ctx.countRequest(JSON.stringify(values));
    this.ctx.enqueue(() => writeCells(this.ctx.fake, this.target(), values));
  }
  get formulas(): unknown[][] {
    return this.loadedValue('formulas');
  }
  set formulas(formulas: unknown[][]) {
    this.ctx.countRequest(JSON.stringify(formulas));
    this.ctx.enqueue(() => writeCells(this.ctx.fake, this.target(), formulas));
  }
  get numberFormat(): string[][] {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(formats: string[][]) {
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.target();
      const area = areas[0];
      forEachCell(area, (row, col, r, c) => {
        const cell = ensureCell(sheet, row, col);
        cell.numberFormat = formats[r]?.[c] ?? formats[0]?.[0];
      });
    });
  }

  /**
   * As in Excel (office-js issues #3611, #1590): only merges whose top-left cell lies in the range are returned, and
   * the RangeAreas' own address names only those top-left cells; the full areas are in `areas/items/address`.
   */
  getMergedAreasOrNullObject(): FakeMergedAreas {
    this.ctx.fake.requireApi('1.13', 'getMergedAreasOrNullObject');
    return new FakeMergedAreas(this.ctx, () => {
      const { sheet, areas } = this.target();
      this.ctx.fake.fault?.('mergedAreas', sheet.name);
      const area = areas[0];
      const merged = sheet.merges.filter((m) => m.top >= area.top && m.top <= area.bottom && m.left >= area.left && m.left <= area.right);
      return merged.length ? { sheet, areas: merged } : null;
    });
  }

  merge(_across?: boolean): void {
    this.ctx.fake.requireApi('1.2', 'Range.merge');
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.target();
      this.ctx.fake.guard('merge', sheet);
      for (const area of areas) {
        if (sheet.merges.some((m) => intersects(m, area))) throw new FakeExcelError('InvalidOperation', 'the area overlaps a merged area');
        sheet.merges.push({ ...area });
      }
    });
  }

  /** Removes the merged areas that touch the range (ExcelApi 1.2). */
  unmerge(): void {
    this.ctx.fake.requireApi('1.2', 'Range.unmerge');
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.target();
      this.ctx.fake.guard('merge', sheet);
      sheet.merges = sheet.merges.filter((m) => !areas.some((a) => intersects(m, a)));
    });
  }

  /**
   * Range.copyFrom (ExcelApi 1.9), formats only as the add-in uses it: each cell's format and number format, and, as
   * Excel's paste of formats does, the merged areas inside the source (the destination grows to the source's size).
   */
  copyFrom(source: FakeRange, copyType: string): void {
    this.ctx.fake.requireApi('1.9', 'Range.copyFrom');
    if (copyType !== 'Formats') throw new FakeExcelError('InvalidArgument', `the fake copies formats only, not ${copyType}`);
    this.ctx.enqueue(() => {
      const from = source.target();
      const to = this.target();
      this.ctx.fake.guard('format', to.sheet);
      const area = from.areas[0];
      const top = to.areas[0].top;
      const left = to.areas[0].left;
      const copied: { row: number; col: number; cell: CellData | undefined }[] = [];
      forEachCell(area, (row, col, r, c) => copied.push({ row: top + r, col: left + c, cell: from.sheet.cells[cellKey(row, col)] }));
      for (const { row, col, cell } of copied) {
        const target = ensureCell(to.sheet, row, col);
        if (cell?.format) target.format = { ...cell.format };
        else delete target.format;
        if (cell?.numberFormat) target.numberFormat = cell.numberFormat;
        else delete target.numberFormat;
      }
      const shifted = from.sheet.merges
        .filter((m) => m.top >= area.top && m.bottom <= area.bottom && m.left >= area.left && m.right <= area.right)
        .map((m) => ({ top: m.top - area.top + top, left: m.left - area.left + left, bottom: m.bottom - area.top + top, right: m.right - area.left + left }));
      to.sheet.merges = [...to.sheet.merges.filter((m) => !shifted.some((s) => intersects(m, s))), ...shifted];
    });
  }

  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.target();
      this.ctx.fake.data.selection = { sheet: sheet.name, areas };
      this.ctx.fake.data.activeSheet = sheet.name;
    });
  }

  target(): RangeTarget {
    const target = this.resolveTarget();
    if (!target) throw new FakeExcelError('ItemNotFound', 'the range does not exist');
    return target;
  }
}

/** Several areas of one sheet (getRanges). */
export class FakeRangeAreas extends FakeRange {}

/** The merged areas of a range: `address` lists top-left cells only; `areas/items/address` the whole areas. */
export class FakeMergedAreas extends FakeRangeAreas {
  protected override readProperty(target: RangeTarget, name: string): unknown {
    if (name === 'address') return target.areas.map((a) => `${quoteName(target.sheet.name)}!${toA1(a.top, a.left)}`).join(',');
    if (name === 'areas/items/address') return { items: target.areas.map((a) => ({ address: `${quoteName(target.sheet.name)}!${rangeToA1(a)}` })) };
    return super.readProperty(target, name);
  }

  get areas(): { items: { address: string }[] } {
    return this.loadedValue('areas/items/address');
  }
}

/** Properties that return one entry per cell: what counts against the response payload limit. */
const CELL_GRID_PROPERTIES = new Set(['values', 'formulas', 'numberFormat']);

function readRangeProperty(sheet: SheetData, area: MergeArea, areas: MergeArea[], name: string): unknown {
  const grid = <T>(read: (cell: CellData | undefined) => T): T[][] => {
    const rows: T[][] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const row: T[] = [];
      for (let c = area.left; c <= area.right; c++) row.push(read(sheet.cells[cellKey(r, c)]));
      rows.push(row);
    }
    return rows;
  };
  switch (name) {
    case 'address':
      return areas.map((a) => `${quoteName(sheet.name)}!${rangeToA1(a)}`).join(',');
    case 'rowIndex':
      return area.top;
    case 'columnIndex':
      return area.left;
    case 'rowCount':
      return area.bottom - area.top + 1;
    case 'columnCount':
      return area.right - area.left + 1;
    case 'values':
      return grid((cell) => cell?.value ?? '');
    case 'formulas':
      return grid((cell) => cell?.formula ?? cell?.value ?? '');
    case 'numberFormat':
      return grid((cell) => cell?.numberFormat ?? 'General');
    default:
      throw new FakeExcelError('InvalidArgument', `the fake does not support loading '${name}' on a range`);
  }
}

function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function forEachCell(area: MergeArea, visit: (row: number, col: number, r: number, c: number) => void): void {
  for (let row = area.top; row <= area.bottom; row++) for (let col = area.left; col <= area.right; col++) visit(row, col, row - area.top, col - area.left);
}

function ensureCell(sheet: SheetData, row: number, col: number): CellData {
  const key = cellKey(row, col);
  return (sheet.cells[key] ??= { value: null });
}

/**
 * Writes values or formulas as Excel parses typed input (both setters parse alike): "=…" in a General cell becomes a
 * formula, a leading apostrophe (in any format) or the text format keeps text, numbers and percentages become numbers.
 */
function writeCells(fake: FakeExcel, target: RangeTarget, input: unknown[][]): void {
  fake.guard('writeCells', target.sheet);
  const area = target.areas[0];
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (input.length !== rows || input.some((r) => r.length !== cols)) {
    throw new FakeExcelError('InvalidArgument', `the array is ${input.length}×${input[0]?.length} but the range is ${rows}×${cols}`);
  }
  forEachCell(area, (row, col, r, c) => {
    const cell = ensureCell(target.sheet, row, col);
    const value = input[r][c];
    const asText = cell.numberFormat === '@';
    delete cell.formula;
    delete cell.quotePrefix;
    if (typeof value === 'string' && value.startsWith("'")) {
      // As typed: the apostrophe makes the rest text and is not part of the value.
      cell.value = value.slice(1) === '' ? null : value.slice(1);
      cell.quotePrefix = true;
    } else if (typeof value !== 'string' || value === '' || asText) {
      cell.value = value === '' ? null : (value as CellData['value']);
    } else if (value.startsWith('=')) {
      cell.formula = value;
      cell.value = evaluateFormula(value);
    } else if (/^[+\-]?\d+(\.\d+)?$/.test(value)) {
      cell.value = Number(value);
    } else if (/^[+\-]?\d+(\.\d+)?%$/.test(value)) {
      cell.value = Number(value.slice(0, -1)) / 100;
      cell.numberFormat = cell.numberFormat && cell.numberFormat !== 'General' ? cell.numberFormat : '0%';
    } else if (/^[+\-@]/.test(value)) {
      // Excel takes "+x", "-x" and "@x" for formulas too; text like "-项目" ends as #NAME?.
      cell.formula = `=${value.replace(/^@/, '')}`;
      cell.value = '#NAME?';
    } else cell.value = value;
  });
  fake.recordChange(target.sheet.name, rangeToA1(area));
}

/** Enough of formula evaluation for what the add-in writes: HYPERLINK shows its label. */
function evaluateFormula(formula: string): CellData['value'] {
  const link = /^=HYPERLINK\(".*?"\s*,\s*"((?:[^"]|"")*)"\)$/i.exec(formula);
  if (link) return link[1].replace(/""/g, '"');
  return null;
}

/** Excel's default column width (8.43 characters) and row height, in points. */
const DEFAULT_COLUMN_WIDTH = 48;
const DEFAULT_ROW_HEIGHT = 15;

class FakeRangeFormat {
  readonly fill: { color: string };
  readonly font: { color: string; bold: boolean; size: number };
  private readonly apply: (change: (format: NonNullable<CellData['format']>) => void) => void;

  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    const apply = (change: (format: NonNullable<CellData['format']>) => void): void => {
      ctx.enqueue(() => {
        const { sheet, areas } = range.target();
        ctx.fake.guard('format', sheet);
        for (const area of areas) forEachCell(area, (row, col) => change((ensureCell(sheet, row, col).format ??= {})));
      });
    };
    this.apply = apply;
    this.fill = {
      set color(color: string) {
        apply((f) => (f.fill = color));
      },
      get color(): string {
        throw new FakeExcelError('PropertyNotLoaded', 'fill.color');
      },
    };
    this.font = {
      set color(color: string) {
        apply((f) => (f.fontColor = color));
      },
      set bold(bold: boolean) {
        apply((f) => (f.bold = bold));
      },
      set size(size: number) {
        apply((f) => (f.fontSize = size));
      },
      get color(): string {
        throw new FakeExcelError('PropertyNotLoaded', 'font.color');
      },
      get bold(): boolean {
        throw new FakeExcelError('PropertyNotLoaded', 'font.bold');
      },
      get size(): number {
        throw new FakeExcelError('PropertyNotLoaded', 'font.size');
      },
    };
  }

  private loaded: { columnWidth?: number; rowHeight?: number } = {};

  /** columnWidth and rowHeight (of the range's first column and row), in points; Excel's defaults where unset. */
  load(spec: string): this {
    const names = splitProperties(spec);
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.range.target();
      for (const name of names) {
        if (name === 'columnWidth') this.loaded.columnWidth = sheet.columnWidths[areas[0].left] ?? DEFAULT_COLUMN_WIDTH;
        else if (name === 'rowHeight') this.loaded.rowHeight = sheet.rowHeights?.[areas[0].top] ?? DEFAULT_ROW_HEIGHT;
        else throw new FakeExcelError('InvalidArgument', `the fake does not support loading '${name}' on a range format`);
      }
    });
    return this;
  }
  get columnWidth(): number {
    if (this.loaded.columnWidth === undefined) throw new FakeExcelError('PropertyNotLoaded', 'format.columnWidth');
    return this.loaded.columnWidth;
  }
  get rowHeight(): number {
    if (this.loaded.rowHeight === undefined) throw new FakeExcelError('PropertyNotLoaded', 'format.rowHeight');
    return this.loaded.rowHeight;
  }

  set columnWidth(points: number) {
    this.ctx.fake.requireApi('1.2', 'RangeFormat.columnWidth');
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.range.target();
      for (let col = areas[0].left; col <= areas[0].right; col++) sheet.columnWidths[col] = points;
    });
  }
  set wrapText(wrap: boolean) {
    this.apply((f) => (f.wrap = wrap));
  }
  set verticalAlignment(_alignment: string) {
    // not modelled
  }
  set horizontalAlignment(alignment: string) {
    this.apply((f) => (f.horizontal = alignment));
  }
  set rowHeight(points: number) {
    this.ctx.fake.requireApi('1.2', 'RangeFormat.rowHeight');
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.range.target();
      this.ctx.fake.guard('format', sheet);
      for (let row = areas[0].top; row <= areas[0].bottom; row++) (sheet.rowHeights ??= {})[row] = points;
    });
  }
  /** Each edge of each cell: only a thin line is modelled ("thin" on the cell's format). */
  get borders(): { getItem(edge: string): FakeBorder } {
    const apply = this.apply;
    return { getItem: () => new FakeBorder(apply) };
  }
}

class FakeTableName {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly table: { name: string },
  ) {}
  set name(value: string) {
    this.ctx.enqueue(() => (this.table.name = value));
  }
  get name(): string {
    throw new FakeExcelError('PropertyNotLoaded', 'table.name');
  }
}

class FakeBorder {
  constructor(private readonly apply: (change: (format: NonNullable<CellData['format']>) => void) => void) {}
  set style(style: string) {
    this.apply((f) => (f.border = style === 'Continuous' ? 'thin' : style));
  }
  set color(_color: string) {
    // not modelled
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Conditional formats

export class FakeConditionalFormat extends Loadable {
  readonly custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
  readonly customOrNullObject: FakeCustomConditionalFormat;

  constructor(
    ctx: FakeRequestContext,
    readonly resolveFormat: () => { sheet: SheetData; format: ConditionalFormatData },
  ) {
    super(ctx);
    const set = (change: (f: ConditionalFormatData) => void): void => ctx.enqueue(() => change(resolveFormat().format));
    this.custom = {
      rule: {
        set formula(value: string) {
          set((f) => (f.formula = value));
        },
        get formula(): string {
          throw new FakeExcelError('PropertyNotLoaded', 'custom.rule.formula');
        },
      },
      format: {
        fill: {
          set color(value: string) {
            set((f) => (f.fill = value));
          },
          get color(): string {
            throw new FakeExcelError('PropertyNotLoaded', 'custom.format.fill.color');
          },
        },
        font: {
          set color(value: string) {
            set((f) => (f.fontColor = value));
          },
          get color(): string {
            throw new FakeExcelError('PropertyNotLoaded', 'custom.format.font.color');
          },
        },
      },
    };
    this.customOrNullObject = new FakeCustomConditionalFormat(ctx);
  }

  get type(): string {
    return this.loadedValue('type');
  }

  materialize(paths: string[]): void {
    const { format } = this.resolveFormat();
    if (paths.includes('type')) this.loadedValues.set('type', format.type);
    this.customOrNullObject.materialize(format, paths.includes('customOrNullObject/rule/formula'));
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const { sheet, format } = this.resolveFormat();
      this.ctx.fake.guard('deleteConditionalFormat', sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f.id !== format.id);
    });
  }
}

class FakeCustomConditionalFormat extends Loadable {
  private formula: string | undefined;

  materialize(format: ConditionalFormatData, loadFormula: boolean): void {
    this.nullObject = format.type !== 'Custom';
    if (loadFormula && !this.nullObject) this.formula = format.formula ?? '';
  }

  get rule(): { formula: string } {
    const formula = this.formula;
    if (formula === undefined) throw new FakeExcelError('PropertyNotLoaded', 'customOrNullObject.rule.formula');
    return { formula };
  }
}

export class FakeConditionalFormatCollection extends Loadable {
  private loadedItems: FakeConditionalFormat[] | null = null;

  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }

  add(type: string): FakeConditionalFormat {
    let created: { sheet: SheetData; format: ConditionalFormatData } | null = null;
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.range.target();
      this.ctx.fake.guard('addConditionalFormat', sheet);
      const format: ConditionalFormatData = { id: this.ctx.fake.data.nextId++, areas, type, formula: null, fill: null, fontColor: null };
      // A new conditional format takes the highest priority, as Excel gives it.
      sheet.conditionalFormats.unshift(format);
      created = { sheet, format };
    });
    return new FakeConditionalFormat(this.ctx, () => {
      if (!created) throw new FakeExcelError('InvalidState', 'conditional format not created yet');
      return created;
    });
  }

  load(spec: string): this {
    const paths = splitProperties(spec).map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.range.target();
      this.ctx.fake.fault?.('loadConditionalFormats', sheet.name);
      const formats = sheet.conditionalFormats.filter((f) => f.areas.some((a) => areas.some((b) => intersects(a, b))));
      this.loadedItems = formats.map((format) => {
        const item = new FakeConditionalFormat(this.ctx, () => ({ sheet, format }));
        item.materialize(paths);
        return item;
      });
    });
    return this;
  }

  get items(): FakeConditionalFormat[] {
    if (!this.loadedItems) throw new FakeExcelError('PropertyNotLoaded', 'conditionalFormats.items');
    return this.loadedItems;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Worksheets

type ChangeHandler = (event: { worksheetId: string; address: string; changeType: string; source: string }) => Promise<void> | void;

class FakeEventSource {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheetName: string | null,
  ) {}

  add(handler: ChangeHandler): { remove(): void; context: FakeRequestContext } {
    const entry = { sheet: this.sheetName, handler };
    this.ctx.enqueue(() => this.ctx.fake.handlers.push(entry));
    return {
      context: this.ctx,
      remove: () => this.ctx.enqueue(() => (this.ctx.fake.handlers = this.ctx.fake.handlers.filter((h) => h !== entry))),
    };
  }
}

export class FakeWorksheet extends Loadable {
  readonly onChanged: FakeEventSource;
  readonly freezePanes: { freezeRows(count: number): void };

  constructor(
    ctx: FakeRequestContext,
    readonly resolveSheet: () => SheetData | null,
    private readonly sheetName: string | null,
  ) {
    super(ctx);
    this.onChanged = new FakeEventSource(ctx, sheetName);
    this.freezePanes = {
      freezeRows: (count: number) => ctx.enqueue(() => (this.sheet().frozenRows = count)),
    };
  }

  sheet(): SheetData {
    const sheet = this.resolveSheet();
    if (!sheet) throw new FakeExcelError('ItemNotFound', 'the worksheet does not exist');
    return sheet;
  }

  load(spec: string): this {
    const names = splitProperties(spec);
    this.ctx.enqueue(() => this.materialize(names));
    return this;
  }

  materialize(names: string[]): void {
    const sheet = this.resolveSheet();
    this.nullObject = sheet === null;
    if (!sheet) return;
    for (const name of names) {
      if (name === 'name') this.loadedValues.set('name', sheet.name);
      else if (name === 'id') this.loadedValues.set('id', sheet.id);
      else if (name === 'standardHeight') this.loadedValues.set('standardHeight', DEFAULT_ROW_HEIGHT);
      else throw new FakeExcelError('InvalidArgument', `the fake does not support loading '${name}' on a worksheet`);
    }
  }

  get name(): string {
    return this.loadedValue('name');
  }

  get id(): string {
    return this.loadedValue('id');
  }

  /** Removes the sheet (ExcelApi 1.1); Excel refuses to delete the last visible sheet. */
  delete(): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      const data = this.ctx.fake.data;
      if (data.sheets.length === 1) throw new FakeExcelError('InvalidOperation', 'the last sheet cannot be deleted');
      data.sheets = data.sheets.filter((s) => s !== sheet);
      if (data.activeSheet === sheet.name) data.activeSheet = data.sheets[0].name;
    });
  }

  /** The height of a row left as Excel sets it (ExcelApi 1.7). */
  get standardHeight(): number {
    this.ctx.fake.requireApi('1.7', 'Worksheet.standardHeight');
    return this.loadedValue('standardHeight');
  }

  /**
   * The sheet's notes (ExcelApi 1.18) and comments (1.10); the fake knows the sheet by the name it was got with.
   * Undefined where the office.js in use lacks the API (an old copy served from an intranet).
   */
  get notes(): FakeAnnotationCollection | undefined {
    if (this.ctx.fake.lacks('notes')) return undefined;
    this.ctx.fake.requireApi('1.18', 'notes');
    return new FakeAnnotationCollection(this.ctx, 'notes', this.sheetName ?? '');
  }
  get comments(): FakeAnnotationCollection {
    this.ctx.fake.requireApi('1.10', 'comments');
    return new FakeAnnotationCollection(this.ctx, 'comments', this.sheetName ?? '');
  }

  /** Excel tables (ExcelApi 1.1): add(address, hasHeaders) over cells already written. */
  get tables(): { add(address: string, hasHeaders: boolean): { name: string } } {
    const ctx = this.ctx;
    const resolve = (): SheetData => this.sheet();
    return {
      add(address: string, hasHeaders: boolean) {
        const table = { name: '', area: areaOf(address.includes('!') ? splitAddress(address).cell : address), hasHeaders };
        ctx.enqueue(() => {
          const sheet = resolve();
          ctx.fake.guard('addTable', sheet);
          (sheet.tables ??= []).push(table);
        });
        return new FakeTableName(ctx, table);
      },
    };
  }

  /** Worksheet protection (ExcelApi 1.2): whether the sheet is protected. */
  get protection(): { load(spec: string): void; readonly protected: boolean } {
    const ctx = this.ctx;
    let loaded: boolean | undefined;
    const resolve = (): SheetData => this.sheet();
    return {
      load(_spec: string): void {
        ctx.enqueue(() => (loaded = resolve().protected === true));
      },
      get protected(): boolean {
        if (loaded === undefined) throw new FakeExcelError('PropertyNotLoaded', 'protection.protected');
        return loaded;
      },
    };
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.sheet();
      // The whole sheet, as Excel's getRange() without an address.
      const area = address ? areaOf(address) : { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };
      return { sheet, areas: [area] };
    });
  }

  getRanges(addressList: string): FakeRangeAreas {
    this.ctx.fake.requireApi('1.9', 'getRanges');
    this.ctx.countRequest(addressList);
    if (addressList.length > 8000) throw new FakeExcelError('InvalidArgument', 'the address list is too long');
    return new FakeRangeAreas(this.ctx, () => ({ sheet: this.sheet(), areas: addressList.split(',').map((a) => areaOf(a.trim())) }));
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.sheet();
      const area = usedArea(sheet);
      return area ? { sheet, areas: [area] } : null;
    });
  }

  activate(): void {
    this.ctx.enqueue(() => (this.ctx.fake.data.activeSheet = this.sheet().name));
  }
}

export class FakeWorksheetCollection extends Loadable {
  private loadedItems: FakeWorksheet[] | null = null;
  readonly onChanged: FakeEventSource;

  constructor(ctx: FakeRequestContext) {
    super(ctx);
    this.onChanged = new FakeEventSource(ctx, null);
  }

  load(spec: string): this {
    const names = splitProperties(spec).map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueue(() => {
      this.loadedItems = this.ctx.fake.data.sheets.map((sheet) => {
        const item = new FakeWorksheet(this.ctx, () => (this.ctx.fake.data.sheets.includes(sheet) ? sheet : null), sheet.name);
        item.materialize(names);
        return item;
      });
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new FakeExcelError('PropertyNotLoaded', 'worksheets.items');
    return this.loadedItems;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => sheetByName(this.ctx.fake.data, name) ?? null, name);
  }

  add(name: string): FakeWorksheet {
    this.ctx.enqueue(() => {
      if (sheetByName(this.ctx.fake.data, name)) throw new FakeExcelError('ItemAlreadyExists', `a sheet named ${name} exists`);
      this.ctx.fake.data.sheets.push(newSheet(name));
    });
    return this.getItem(name);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Settings, notes, comments

class FakeSetting extends Loadable {
  constructor(
    ctx: FakeRequestContext,
    private readonly key: string,
  ) {
    super(ctx);
  }

  load(_spec: string): this {
    this.ctx.enqueue(() => {
      const settings = this.ctx.fake.data.settings;
      const key = this.ctx.fake.settingKey(this.key);
      this.nullObject = !Object.prototype.hasOwnProperty.call(settings, key);
      if (!this.nullObject) this.loadedValues.set('value', settings[key]);
    });
    return this;
  }

  get value(): unknown {
    return this.loadedValue('value');
  }

  delete(): void {
    this.ctx.enqueue(() => delete this.ctx.fake.data.settings[this.ctx.fake.settingKey(this.key)]);
  }
}

/** Settings belong to the add-in that wrote them (Office scopes them by the manifest's Id). */
class FakeSettingCollection {
  constructor(private readonly ctx: FakeRequestContext) {}

  add(key: string, value: unknown): void {
    this.ctx.enqueue(() => (this.ctx.fake.data.settings[this.ctx.fake.settingKey(key)] = JSON.parse(JSON.stringify(value))));
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Custom XML parts (ExcelApi 1.5): stored in the workbook, seen by every add-in and program

function namespaceOf(xml: string): string {
  return /^\s*(?:<\?xml[^>]*\?>\s*)?<[\w:.-]+[^>]*\sxmlns="([^"]*)"/.exec(xml)?.[1] ?? '';
}

class FakeCustomXmlPart extends Loadable {
  constructor(
    ctx: FakeRequestContext,
    private readonly resolve: () => CustomXmlPartData | null,
  ) {
    super(ctx);
  }

  materialize(): void {
    const part = this.resolve();
    this.nullObject = part === null;
    if (part) {
      this.loadedValues.set('id', part.id);
      this.loadedValues.set('namespaceUri', namespaceOf(part.xml));
    }
  }

  load(_spec?: string): this {
    this.ctx.enqueue(() => this.materialize());
    return this;
  }

  get id(): string {
    return this.loadedValue('id');
  }

  get namespaceUri(): string {
    return this.loadedValue('namespaceUri');
  }

  getXml(): { readonly value: string } {
    let xml: string | undefined;
    this.ctx.enqueue(() => {
      const part = this.resolve();
      if (!part) throw new FakeExcelError('ItemNotFound', 'the custom XML part does not exist');
      xml = part.xml;
    });
    return {
      get value(): string {
        if (xml === undefined) throw new FakeExcelError('PropertyNotLoaded', 'getXml().value before sync');
        return xml;
      },
    };
  }

  setXml(xml: string): void {
    this.ctx.enqueue(() => {
      const part = this.resolve();
      if (!part) throw new FakeExcelError('ItemNotFound', 'the custom XML part does not exist');
      part.xml = xml;
    });
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const part = this.resolve();
      const parts = this.ctx.fake.data.customXmlParts ?? [];
      if (part) this.ctx.fake.data.customXmlParts = parts.filter((p) => p !== part);
    });
  }
}

class FakeCustomXmlPartScopedCollection extends Loadable {
  private loadedItems: FakeCustomXmlPart[] | null = null;

  constructor(
    ctx: FakeRequestContext,
    private readonly namespace: string,
  ) {
    super(ctx);
  }

  private matching(): CustomXmlPartData[] {
    return (this.ctx.fake.data.customXmlParts ?? []).filter((p) => namespaceOf(p.xml) === this.namespace);
  }

  load(_spec?: string): this {
    this.ctx.enqueue(() => {
      this.loadedItems = this.matching().map((part) => {
        const item = new FakeCustomXmlPart(this.ctx, () => ((this.ctx.fake.data.customXmlParts ?? []).includes(part) ? part : null));
        item.materialize();
        return item;
      });
    });
    return this;
  }

  get items(): FakeCustomXmlPart[] {
    if (!this.loadedItems) throw new FakeExcelError('PropertyNotLoaded', 'customXmlParts.items');
    return this.loadedItems;
  }
}

class FakeCustomXmlPartCollection {
  constructor(private readonly ctx: FakeRequestContext) {}

  add(xml: string): FakeCustomXmlPart {
    const part: CustomXmlPartData = { id: '', xml };
    this.ctx.enqueue(() => {
      if (!namespaceOf(xml) && !/^\s*</.test(xml)) throw new FakeExcelError('InvalidArgument', 'not XML');
      part.id = `{part-${this.ctx.fake.data.nextId++}}`;
      (this.ctx.fake.data.customXmlParts ??= []).push(part);
    });
    return new FakeCustomXmlPart(this.ctx, () => ((this.ctx.fake.data.customXmlParts ?? []).includes(part) ? part : null));
  }

  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    return new FakeCustomXmlPartScopedCollection(this.ctx, namespaceUri);
  }
}

class FakeAnnotation extends Loadable {
  constructor(
    ctx: FakeRequestContext,
    private readonly kind: 'notes' | 'comments',
    private readonly resolve: () => AnnotationData | null,
  ) {
    super(ctx);
  }

  load(_spec: string): this {
    this.ctx.enqueue(() => this.materialize());
    return this;
  }

  materialize(): void {
    const item = this.resolve();
    this.nullObject = item === null;
    if (item) this.loadedValues.set('content', item.content);
  }

  get content(): string {
    return this.loadedValue('content');
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const item = this.resolve();
      if (item) this.ctx.fake.guard(this.kind === 'notes' ? 'deleteNote' : 'deleteComment', sheetByName(this.ctx.fake.data, item.sheet) ?? item.sheet);
      if (item) this.ctx.fake.data[this.kind] = this.ctx.fake.data[this.kind].filter((n) => n.id !== item.id);
    });
  }

  getLocation(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const item = this.resolve();
      const sheet = item && sheetByName(this.ctx.fake.data, item.sheet);
      return item && sheet ? { sheet, areas: [areaOf(item.cell)] } : null;
    });
  }
}

function parseCellAddress(address: string): { sheet: string; cell: string } {
  if (!address.includes('!')) throw new FakeExcelError('InvalidArgument', 'a sheet-qualified cell address is needed');
  const { sheet, cell } = splitAddress(address);
  if (cell.includes(':')) throw new FakeExcelError('InvalidArgument', 'a note or comment belongs to one cell');
  return { sheet, cell };
}

class FakeAnnotationCollection extends Loadable {
  private loadedItems: FakeAnnotation[] | null = null;

  constructor(
    ctx: FakeRequestContext,
    private readonly kind: 'notes' | 'comments',
    /** A worksheet's collection (worksheet.notes, worksheet.comments); the workbook's when null. */
    private readonly sheetName: string | null = null,
  ) {
    super(ctx);
  }

  load(_spec: string): this {
    this.ctx.enqueue(() => {
      const all = this.ctx.fake.data[this.kind];
      this.loadedItems = all.filter((item) => this.sheetName === null || item.sheet === this.sheetName).map((item) => {
        const proxy = new FakeAnnotation(this.ctx, this.kind, () => (this.ctx.fake.data[this.kind].includes(item) ? item : null));
        proxy.materialize();
        return proxy;
      });
    });
    return this;
  }

  get items(): FakeAnnotation[] {
    if (!this.loadedItems) throw new FakeExcelError('PropertyNotLoaded', `${this.kind}.items`);
    return this.loadedItems;
  }

  add(cellAddress: string, content: string): void {
    this.ctx.countRequest(cellAddress + content);
    this.ctx.enqueue(() => {
      const { sheet, cell } = parseCellAddress(cellAddress);
      if (!sheetByName(this.ctx.fake.data, sheet)) throw new FakeExcelError('ItemNotFound', `no sheet ${sheet}`);
      this.ctx.fake.guard(this.kind === 'notes' ? 'addNote' : 'addComment', sheetByName(this.ctx.fake.data, sheet) ?? sheet);
      const list = this.ctx.fake.data[this.kind];
      if (list.some((n) => n.sheet === sheet && n.cell === cell)) throw new FakeExcelError('InvalidArgument', `${cellAddress} already has one`);
      // A cell holds a note or a threaded comment, never both.
      const other = this.ctx.fake.data[this.kind === 'notes' ? 'comments' : 'notes'];
      if (other.some((n) => n.sheet === sheet && n.cell === cell)) throw new FakeExcelError('InvalidArgument', `${cellAddress} has a ${this.kind === 'notes' ? 'comment' : 'note'}`);
      list.push({ id: this.ctx.fake.data.nextId++, sheet, cell, content });
    });
  }

  getItemOrNullObject(cellAddress: string): FakeAnnotation {
    return new FakeAnnotation(this.ctx, this.kind, () => {
      const { sheet, cell } = parseCellAddress(cellAddress);
      return this.ctx.fake.data[this.kind].find((n) => n.sheet === sheet && n.cell === cell) ?? null;
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Workbook, context, the fake itself

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  private readonly settingCollection: FakeSettingCollection;
  private readonly noteCollection: FakeAnnotationCollection;
  private readonly commentCollection: FakeAnnotationCollection;

  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settingCollection = new FakeSettingCollection(ctx);
    this.noteCollection = new FakeAnnotationCollection(ctx, 'notes');
    this.commentCollection = new FakeAnnotationCollection(ctx, 'comments');
  }

  /** Custom XML parts: ExcelApi 1.5. */
  get customXmlParts(): FakeCustomXmlPartCollection {
    this.ctx.fake.requireApi('1.5', 'customXmlParts');
    return new FakeCustomXmlPartCollection(this.ctx);
  }

  /** Settings: ExcelApi 1.4. */
  get settings(): FakeSettingCollection {
    this.ctx.fake.requireApi('1.4', 'settings');
    return this.settingCollection;
  }

  /** Notes: ExcelApi 1.18, and undefined where the office.js in use lacks them. */
  get notes(): FakeAnnotationCollection | undefined {
    if (this.ctx.fake.lacks('notes')) return undefined;
    this.ctx.fake.requireApi('1.18', 'notes');
    return this.noteCollection;
  }

  /** Threaded comments: ExcelApi 1.10. */
  get comments(): FakeAnnotationCollection {
    this.ctx.fake.requireApi('1.10', 'comments');
    return this.commentCollection;
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private queue: Command[] = [];

  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(command: Command): void {
    this.queue.push(command);
  }

  hasPending(): boolean {
    return this.queue.length > 0;
  }

  private responseCells = 0;
  /** UTF-8 bytes of what the queued commands carry (text written, addresses): what a request sends. */
  private requestBytes = 0;

  countRequest(text: string): void {
    this.requestBytes += utf8Length(text);
  }

  /** Cells whose data the current round trip returns; over the fake's limit the round trip fails, as on the web. */
  countResponseCells(cells: number): void {
    this.responseCells += cells;
    if (this.responseCells > this.fake.responseCellLimit) {
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', 'the response payload size has exceeded the limit');
    }
  }

  async sync(): Promise<void> {
    this.fake.syncs++;
    const commands = this.queue;
    const requestBytes = this.requestBytes;
    this.queue = [];
    this.responseCells = 0;
    this.requestBytes = 0;
    // Over the limit the request is refused whole, before anything in it runs (Excel on the web: 5 MB).
    if (requestBytes > this.fake.requestByteLimit) {
      await Promise.resolve();
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `the request carries ${requestBytes} bytes`);
    }
    try {
      // Office.js fails the whole batch at the first failing command; the ones before it have run.
      for (const command of commands) command();
    } finally {
      this.fake.afterSync();
    }
    await Promise.resolve();
  }
}

interface HandlerEntry {
  sheet: string | null;
  handler: ChangeHandler;
}

const DEFAULT_ADDIN_ID = 'ptcheck';

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export class FakeExcel {
  /** context.sync() calls so far, across all batches. */
  syncs = 0;
  /** Excel.run batches so far. */
  runs = 0;
  handlers: HandlerEntry[] = [];
  /** Cells of data one round trip may return before it fails with ResponsePayloadSizeLimitExceeded (5 MB on the web). */
  responseCellLimit = Number.POSITIVE_INFINITY;
  /** Bytes one request may carry before it is refused whole (5 MB on the web; unlimited unless a test sets it). */
  requestByteLimit = Number.POSITIVE_INFINITY;
  /** Test hook: throw from it to make an operation (e.g. 'mergedAreas' on a sheet) fail the way Excel can. */
  fault?: (operation: string, sheet: string) => void;
  private pendingChanges: { sheet: string; address: string }[] = [];
  private listeners = new Set<() => void>();

  constructor(
    public data: WorkbookData,
    private readonly apiVersion = '1.18',
    /**
     * APIs the office.js in use does not have although Excel reports their requirement set (the unmaintained npm copy
     * of office.js served on an intranet has no Notes API: `context.workbook.notes` is undefined there).
     */
    private readonly missingApis: readonly string[] = [],
    /** The Id of the add-in's manifest: settings are scoped by it (another Id does not see them). */
    private readonly addinId = DEFAULT_ADDIN_ID,
  ) {}

  /** Where a setting of this add-in is stored in the workbook data (the default add-in's keys stay bare). */
  settingKey(key: string): string {
    return this.addinId === DEFAULT_ADDIN_ID ? key : `${this.addinId}::${key}`;
  }

  /** As Excel refuses an API above its requirement sets: the host must have checked before calling. */
  requireApi(version: string, api: string): void {
    if (!this.supports(version)) throw new FakeExcelError('ApiNotFound', `${api} needs ExcelApi ${version}; this Excel has ${this.apiVersion}`);
  }

  lacks(api: string): boolean {
    return this.missingApis.includes(api);
  }

  /** A change to a sheet: refused on a protected sheet, and open to the test's fault hook. */
  guard(operation: string, sheet: SheetData | string): void {
    if (typeof sheet !== 'string' && sheet.protected) throw new FakeExcelError('AccessDenied', `${sheet.name} is protected`);
    this.fault?.(operation, typeof sheet === 'string' ? sheet : sheet.name);
  }

  supports = (version: string): boolean => {
    const [major, minor] = version.split('.').map(Number);
    const [haveMajor, haveMinor] = this.apiVersion.split('.').map(Number);
    return major < haveMajor || (major === haveMajor && minor <= haveMinor);
  };

  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    const context = new FakeRequestContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    // Excel.run sends what is still queued at the end (a real round trip, so it is counted).
    if (context.hasPending()) await context.sync();
    return result;
  };

  /** A batch in an existing context (Excel.run(context, batch)). */
  runWith = async <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    const fakeContext = context as unknown as FakeRequestContext;
    const result = await batch(context);
    if (fakeContext.hasPending()) await fakeContext.sync();
    return result;
  };

  /** The environment the Excel host runs on (what Excel.run and isSetSupported are in Office). */
  get environment(): { run: FakeExcel['run']; runWith: FakeExcel['runWith']; supports: FakeExcel['supports'] } {
    return { run: this.run, runWith: this.runWith, supports: this.supports };
  }

  recordChange(sheet: string, address: string): void {
    this.pendingChanges.push({ sheet, address });
  }

  private sheetId(name: string): string {
    return sheetByName(this.data, name)?.id ?? name;
  }

  /** A user typing into a cell, as the preview's grid lets one do. */
  userEdit(sheetName: string, row: number, col: number, value: CellData['value']): void {
    const sheet = sheetByName(this.data, sheetName);
    if (!sheet) return;
    const cell = ensureCell(sheet, row, col);
    delete cell.formula;
    cell.value = value;
    this.recordChange(sheet.name, toA1(row, col));
    this.afterSync();
  }

  afterSync(): void {
    const changes = this.pendingChanges;
    this.pendingChanges = [];
    for (const change of changes) {
      for (const entry of this.handlers) {
        if (entry.sheet !== null && entry.sheet !== change.sheet) continue;
        // Events arrive after the batch, as in Excel.
        const worksheetId = this.sheetId(change.sheet);
        setTimeout(() => void entry.handler({ worksheetId, address: change.address, changeType: 'RangeEdited', source: 'Local' }), 0);
      }
    }
    for (const listener of this.listeners) listener();
  }

  /** For the preview's grid view: called after every change. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
