/**
 * A simple view of the in-memory workbook's active sheet: values as Excel shows them, merged cells, the user's own
 * fills and the add-in's highlights, column widths the add-in set, the selection (scrolled into view when it changes);
 * a double-click edits a cell (to try the "stale results" notice).
 */
import { useEffect, useLayoutEffect, useReducer, useRef, useState, type CSSProperties } from 'react';
import type { FakeExcel } from '../hosts/memory/fake-excel';
import { cellKey, conditionalLook, usedArea, type SheetData } from '../hosts/memory/workbook-data';
import { columnLetters, toA1 } from '../core/grid';
import { numberCellText } from '../core/normalize/value';
import { columnPixels, ROW_HEAD_PX } from './columns';
import { reveal, revealCell } from './reveal';

const MAX_ROWS = 2000;
const MAX_COLS = 40;

function display(sheet: SheetData, row: number, col: number): string {
  const cell = sheet.cells[cellKey(row, col)];
  if (!cell || cell.value === null) return '';
  if (typeof cell.value === 'number') return numberCellText(cell.value, cell.numberFormat);
  return String(cell.value);
}

interface Layout {
  bottom: number;
  right: number;
  covered: Set<string>;
  spans: Map<string, { rows: number; cols: number }>;
  truncated: boolean;
}

function parseInput(text: string): string | number | null {
  if (text.trim() === '') return null;
  const number = Number(text);
  return Number.isFinite(number) && /^-?\d+(\.\d+)?$/.test(text.trim()) ? number : text;
}

export function GridView({ fake }: { fake: FakeExcel }) {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [editing, setEditing] = useState<{ row: number; col: number; text: string } | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const tabs = useRef<HTMLDivElement>(null);
  // The selection last scrolled to: a new one (the pane selects a new object each time) is shown once, so the user
  // can scroll away from it afterwards.
  const revealed = useRef<unknown>(null);
  useEffect(() => fake.subscribe(redraw), [fake]);
  useLayoutEffect(() => {
    const selection = fake.data.selection;
    if (!selection || selection === revealed.current || selection.sheet !== scroller.current?.querySelector('table')?.dataset.sheet) return;
    revealed.current = selection;
    const area = selection.areas[0];
    if (!area) return;
    // The cell itself, or the merged area that covers it.
    const sheet = fake.data.sheets.find((s) => s.name === selection.sheet);
    const merge = sheet?.merges.find((m) => area.top >= m.top && area.top <= m.bottom && area.left >= m.left && area.left <= m.right);
    const address = merge ? toA1(merge.top, merge.left) : toA1(area.top, area.left);
    const cell = scroller.current?.querySelector<HTMLElement>(`td[data-cell="${address}"]`);
    if (cell && scroller.current) revealCell(scroller.current, cell);
  });
  // The active sheet's tab, also when the pane activated a sheet whose tab is scrolled away.
  const activeName = fake.data.activeSheet;
  useLayoutEffect(() => {
    const tab = tabs.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    if (tabs.current && tab) reveal(tabs.current, tab);
  }, [activeName]);

  const data = fake.data;
  const sheet = data.sheets.find((s) => s.name === data.activeSheet) ?? data.sheets[0];
  const layout = ((): Layout | null => {
    if (!sheet) return null;
    const used = usedArea(sheet) ?? { top: 0, left: 0, bottom: 0, right: 0 };
    const bottom = Math.min(used.bottom + 2, MAX_ROWS - 1);
    const right = Math.min(Math.max(used.right + 1, 6), MAX_COLS - 1);
    const covered = new Set<string>();
    const spans = new Map<string, { rows: number; cols: number }>();
    for (const merge of sheet.merges) {
      spans.set(cellKey(merge.top, merge.left), { rows: merge.bottom - merge.top + 1, cols: merge.right - merge.left + 1 });
      for (let r = merge.top; r <= merge.bottom; r++) for (let c = merge.left; c <= merge.right; c++) if (r !== merge.top || c !== merge.left) covered.add(cellKey(r, c));
    }
    return { bottom, right, covered, spans, truncated: used.bottom >= MAX_ROWS };
  })();

  if (!sheet || !layout) return <p>—</p>;
  const selected = new Set<string>();
  if (data.selection && data.selection.sheet === sheet.name) {
    for (const area of data.selection.areas) for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) selected.add(cellKey(r, c));
  }
  const commit = (): void => {
    if (!editing) return;
    fake.userEdit(sheet.name, editing.row, editing.col, parseInput(editing.text));
    setEditing(null);
  };

  const pixels = columnPixels(sheet.columnWidths, layout.right + 1);
  const rows = [];
  for (let r = 0; r <= layout.bottom; r++) {
    const cells = [<th key="h" scope="row" className="row-head">{r + 1}</th>];
    for (let c = 0; c <= layout.right; c++) {
      const key = cellKey(r, c);
      if (layout.covered.has(key)) continue;
      const span = layout.spans.get(key);
      const own = sheet.cells[key]?.format;
      const look = conditionalLook(sheet, r, c);
      const style: CSSProperties = {
        backgroundColor: look?.fill ?? own?.fill ?? undefined,
        // Excel's automatic font colour on a fill is black, whatever the page's theme.
        color: look?.fontColor ?? own?.fontColor ?? ((look?.fill ?? own?.fill) ? '#000000' : undefined),
        fontWeight: own?.bold ? 600 : undefined,
      };
      const address = toA1(r, c);
      // At set widths, text that does not wrap runs on over an empty neighbour and is cut at a filled one, as in Excel.
      const next = c + (span?.cols ?? 1);
      const unwrapped = pixels && !own?.wrap ? (next <= layout.right && display(sheet, r, next) !== '' ? 'clip' : 'run-on') : undefined;
      cells.push(
        <td
          key={key}
          className={unwrapped}
          rowSpan={span?.rows}
          colSpan={span?.cols}
          style={style}
          data-cell={address}
          data-selected={selected.has(key) ? 'true' : undefined}
          data-highlighted={look ? 'true' : undefined}
          onDoubleClick={() => setEditing({ row: r, col: c, text: display(sheet, r, c) })}
        >
          {editing && editing.row === r && editing.col === c ? (
            <input
              autoFocus
              aria-label={address}
              value={editing.text}
              onChange={(e) => setEditing({ ...editing, text: e.target.value })}
              onBlur={commit}
              onKeyDown={(e) => {
                if (e.key === 'Enter') commit();
                if (e.key === 'Escape') setEditing(null);
              }}
            />
          ) : (
            display(sheet, r, c)
          )}
        </td>,
      );
    }
    rows.push(<tr key={r}>{cells}</tr>);
  }

  return (
    <div className="grid-view">
      <div className="sheet-tabs" role="tablist" aria-label="工作表 / Sheets" ref={tabs}>
        {data.sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s.name === sheet.name}
            data-testid="sheet-tab"
            onClick={() => {
              data.activeSheet = s.name;
              redraw();
            }}
          >
            {s.name}
          </button>
        ))}
      </div>
      <div className="grid-scroll" ref={scroller}>
        <table
          className={pixels ? 'grid sized' : 'grid'}
          data-testid="grid"
          data-sheet={sheet.name}
          // A fixed layout keeps the widths only when the table's own width is set: their sum.
          style={pixels ? { width: `${pixels.reduce((sum, w) => sum + w, ROW_HEAD_PX)}px` } : undefined}
        >
          <colgroup>
            <col style={pixels ? { width: `${ROW_HEAD_PX}px` } : undefined} />
            {Array.from({ length: layout.right + 1 }, (_, c) => (
              <col key={c} style={pixels ? { width: `${pixels[c]}px` } : undefined} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className="corner" />
              {Array.from({ length: layout.right + 1 }, (_, c) => (
                <th key={c} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
        {layout.truncated && <p className="note">只显示前 {MAX_ROWS} 行 / first {MAX_ROWS} rows shown</p>}
      </div>
    </div>
  );
}
