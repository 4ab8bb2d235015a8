/** The two languages of every message: Simplified Chinese first, English second. */
export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export type Messages = Record<Locale, string>;

/** Picks the language from a tag such as "zh-CN", "zh-Hans", "en-GB", "en": Chinese unless English is asked for. */
export function localeFrom(tag: string | null | undefined): Locale {
  return tag && /^en\b/i.test(tag.trim()) ? 'en-US' : 'zh-CN';
}

/** "1 error", "2 errors": an English count with its noun in the right number. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** A template split once into its literal text (even places) and placeholder names (odd places). */
const compiled = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (compiled.size > 5_000) compiled.clear();
    compiled.set(template, parts);
  }
  return parts;
}

/** Fills {name} placeholders from data (a name the data lacks stays as written). */
export function format(template: string, data: Record<string, string | number> = {}): string {
  const parts = partsOf(template);
  if (parts.length === 1) return template;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    out += (Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : `{${key}}`) + parts[i + 1];
  }
  return out;
}
