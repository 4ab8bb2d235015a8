/** Office.js addresses: "Sheet1!A1:B2", "'My sheet'!C3", lists separated by commas. */
import type { MergeArea } from '../../core/grid';
import { parseRange } from '../../core/grid';

/** The part after the sheet name: "'A b'!C3:D4" → "C3:D4". */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang < 0 ? address : address.slice(bang + 1);
}

/** "Sheet1!A1:B2, Sheet1!C3" → areas; sheet names may contain commas only inside quotes. */
export function areasOf(addressList: string): MergeArea[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of addressList) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts.map((p) => parseRange(localAddress(p.trim()))).filter((a): a is MergeArea => a !== null);
}

/** A sheet name as a formula reference needs it: 'It''s' quoted when not a plain word. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Joins cell addresses into comma-separated lists short enough for getRanges (which fails near 8,000 characters). */
export function addressLists(cells: string[], maxLength = 7000, maxAreas = Number.POSITIVE_INFINITY): string[] {
  const lists: string[] = [];
  let current = '';
  let areas = 0;
  for (const cell of cells) {
    if (current && (current.length + cell.length + 1 > maxLength || areas >= maxAreas)) {
      lists.push(current);
      current = '';
      areas = 0;
    }
    current = current ? `${current},${cell}` : cell;
    areas++;
  }
  if (current) lists.push(current);
  return lists;
}

/** "'It''s'!$A$1" → { sheet: "It's", cell: "A1" }. */
export function splitAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf('!');
  const rawSheet = bang < 0 ? '' : address.slice(0, bang);
  const sheet = /^'.*'$/.test(rawSheet) ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, cell: address.slice(bang + 1).replace(/\$/g, '').toUpperCase() };
}
