/** Level names (一级指标, 二级指标) reduced to what they mean, whatever the decoration. */
import { squeeze } from './text';

const bases = new Map<string, string>();

/**
 * A name without spaces, numbering, a score in brackets or the "指标"/"类指标" ending:
 * "产出指标" → "产出", "一、产出指标（50分）" → "产出".
 */
export function baseName(name: string): string {
  let base = bases.get(name);
  if (base === undefined) {
    base = squeeze(name)
      .replace(/^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[(（][一二三四五六七八九十\d]+[)）])/, '')
      .replace(/[(（][^（）()]*[)）]$/, '')
      .replace(/(类)?指标$/, '')
      .replace(/类$/, '');
    if (bases.size > 10_000) bases.clear();
    bases.set(name, base);
  }
  return base;
}
