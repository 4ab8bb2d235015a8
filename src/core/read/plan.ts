/** The spending plan (资金支出计划): month headings to the right of the label and the shares below them. */
import { USUAL_PLAN_MONTHS, type PlanValues } from '../model';
import type { SheetView } from './sheet-view';
import { planMonth } from './labels';
import { isPercentFormat } from '../normalize/value';
import { squeeze, matchingForm } from '../normalize/text';
import type { Rows } from './label-values';

export interface PlanReading {
  values: PlanValues;
  months: [number, number, number, number];
  cells: (string | null)[];
  /** Cells that held something that is not a share (text, an error). */
  unreadable: string[];
}

interface Slot {
  month: number;
  row: number;
  col: number;
}

function slotIndex(month: number): number {
  if (month <= 3) return 0;
  if (month <= 6) return 1;
  if (month <= 10) return 2;
  return 3;
}

function findMonthHeadings(view: SheetView, label: { row: number; col: number }, rows: Rows): Slot[] {
  const area = view.mergeAt(label.row, label.col) ?? { top: label.row, bottom: label.row, left: label.col, right: label.col };
  const lastRow = Math.min(area.bottom + 1, rows.bottom);
  for (let row = area.top; row <= lastRow; row++) {
    const slots: Slot[] = [];
    for (let col = area.right + 1; col <= view.right; col++) {
      if (view.isMergeFollower(row, col)) continue;
      const month = planMonth(view.text(row, col));
      if (month !== null && month >= 1 && month <= 12) slots.push({ month, row, col });
    }
    if (slots.length >= 2) return slots;
  }
  return [];
}

/** Shares as percent numbers: 0.25 formatted as %, "25%", 25 and 0.25 (when every share is a fraction) all give 25. */
export function readPlan(
  view: SheetView,
  label: { row: number; col: number },
  rows: Rows,
  budget: number | null,
  /** The label says the plan is in money ("资金支出计划（万元）"). */
  inMoney = false,
): PlanReading | null {
  let slots = findMonthHeadings(view, label, rows);
  if (slots.length === 0) return null;
  if (slots.length > 4) {
    // Monthly columns: keep the usual checkpoints.
    const picked = USUAL_PLAN_MONTHS
      .map((m) => slots.find((s) => s.month === m) ?? (m === 10 ? slots.find((s) => s.month === 9) : undefined))
      .filter((s): s is Slot => s !== undefined);
    slots = picked;
  }
  const values: PlanValues = [null, null, null, null];
  const months: [number, number, number, number] = [...USUAL_PLAN_MONTHS];
  const cells: (string | null)[] = [null, null, null, null];
  const unreadable: string[] = [];
  const raw: { index: number; number: number; percentWritten: boolean }[] = [];
  for (const slot of slots) {
    const index = slots.length === 4 ? slots.indexOf(slot) : slotIndex(slot.month);
    months[index] = slot.month;
    const row = slot.row + 1;
    if (row > rows.bottom + 1) continue;
    cells[index] = view.address(row, slot.col);
    const value = view.value(row, slot.col);
    if (value === null || (typeof value === 'string' && value.trim() === '')) continue;
    if (typeof value === 'number') {
      const percent = isPercentFormat(view.format(row, slot.col));
      raw.push({ index, number: percent ? value * 100 : value, percentWritten: percent });
      continue;
    }
    const text = squeeze(matchingForm(String(value)));
    const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(text);
    if (!match) {
      unreadable.push(cells[index]!);
      continue;
    }
    raw.push({ index, number: Number(match[1]), percentWritten: match[2] === '%' });
  }
  const plain = raw.filter((r) => !r.percentWritten);
  const allFractions = plain.length > 0 && plain.every((r) => r.number <= 1);
  const amounts = budget !== null && budget > 0 && (inMoney || plain.some((r) => r.number > 100));
  for (const r of raw) {
    let share = r.number;
    if (!r.percentWritten && amounts) share = (r.number / budget!) * 100;
    else if (!r.percentWritten && allFractions) share = r.number * 100;
    values[r.index] = Math.round(share * 1e6) / 1e6;
  }
  return { values, months, cells, unreadable };
}
