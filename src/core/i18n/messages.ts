/** The two languages of every message: Simplified Chinese first, English second. */
export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export type Messages = Record<Locale, string>;

/** Picks the language from a tag such as "zh-CN", "zh-Hans", "en-GB", "en": Chinese unless English is asked for. */
export function localeFrom(tag: string | null | undefined): Locale {
  return tag && /^en\b/i.test(tag.trim()) ? 'en-US' : 'zh-CN';
}

/** Fills {name} placeholders from data. */
export function format(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
