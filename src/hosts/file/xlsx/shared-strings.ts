/**
 * The shared strings part: every text a cell refers to by index. Read once, whatever the number of cells referring
 * to an entry (they then hold the same string, not copies); an entry longer than a cell may hold stops the reading.
 */
import { limitExceeded } from '../../read-limit-error';
import type { PackageParts } from './package-parts';

/** The strings, or null when the package has no such part. */
export function readSharedStrings(parts: PackageParts, path: string, maxCellText: number): string[] | null {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let phoneticDepth = 0; // <rPh> holds pronunciation guides that are not part of the text
  const found = parts.read(path, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phoneticDepth++;
      else if (name === 't' && phoneticDepth === 0) inText = true;
    },
    text(value) {
      if (!inText) return;
      current += value;
      if (current.length > maxCellText) throw limitExceeded.textTooLong({ sharedString: strings.length }, current.length, maxCellText);
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phoneticDepth--;
      else if (name === 'si') strings.push(current);
    },
  });
  return found ? strings : null;
}
