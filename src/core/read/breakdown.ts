/**
 * Lists of amounts with a stated total: 项目资金来源 / 项目支出明细 with a 合计 row. The items run from the 合计 row
 * down (or up) in the same label column, inside the section label's merged area when there is one.
 */
import type { Breakdown } from '../model';
import type { SheetView } from './sheet-view';
import { headerLabel, infoLabel, type InfoLabel } from './labels';
import { valueCellOf, type Rows } from './label-values';
import { parseMoneyCell } from '../normalize/money';

function sectionRows(view: SheetView, row: number, col: number, rows: Rows): Rows {
  // The section label sits left of the 合计 label, usually merged down over the whole list.
  for (let c = col - 1; c >= view.left; c--) {
    const area = view.mergeAt(row, c);
    if (area && area.bottom > area.top) return { top: Math.max(area.top, rows.top), bottom: Math.min(area.bottom, rows.bottom) };
    if (view.text(row, c) !== '') break;
  }
  return rows;
}

function sectionTitle(view: SheetView, row: number, col: number): string {
  for (let c = col - 1; c >= view.left; c--) {
    const text = view.text(row, c);
    if (text !== '') return text;
  }
  return view.text(row - 1, col);
}

/** Money parts can be items of a list (财政拨款, 事业收入 …); any other label ends the list. */
const ITEM_KINDS = new Set<InfoLabel>(['fiscal', 'other', 'carryOver', 'extraFunds', 'budget', 'budgetAnnual', 'budgetTotal']);

function isItemLabel(text: string): boolean {
  if (text === '' || text.length > 40 || headerLabel(text)) return false;
  const label = infoLabel(text);
  return label === null || ITEM_KINDS.has(label.kind);
}

export function readBreakdown(view: SheetView, total: { row: number; col: number }, rows: Rows): Breakdown | null {
  const amountCell = valueCellOf(view, total, rows);
  if (!amountCell.found || amountCell.row !== total.row) return null;
  const amountCol = amountCell.col;
  const totalMoney = parseMoneyCell(view.value(total.row, amountCol));
  const bounds = sectionRows(view, total.row, total.col, rows);
  const downwards = total.row + 1 <= bounds.bottom && isItemLabel(view.text(total.row + 1, total.col));
  const step = downwards ? 1 : -1;
  const items: Breakdown['items'] = [];
  for (let row = total.row + step; row >= bounds.top && row <= bounds.bottom; row += step) {
    const text = view.text(row, total.col);
    if (!isItemLabel(text)) break;
    const cellValue = view.value(row, amountCol);
    const money = parseMoneyCell(cellValue);
    if (money.problem === 'text') break; // prose spread across the row: the list has ended
    const raw = view.value(row, total.col);
    const subItem = typeof raw === 'string' && (/^[\s\u3000]+/.test(raw) || /^其中/.test(raw.trim()));
    items.push({
      label: text,
      amount: money.amount,
      cell: view.address(row, amountCol),
      labelCell: view.address(row, total.col),
      subItem,
    });
  }
  if (!downwards) items.reverse();
  if (items.length === 0) return null;
  return {
    title: sectionTitle(view, total.row, total.col),
    total: totalMoney.amount === null ? null : { amount: totalMoney.amount, cell: view.address(total.row, amountCol) },
    items,
  };
}
