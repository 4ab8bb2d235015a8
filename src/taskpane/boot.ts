/** Language and theme from Office, and the plain messages shown when the pane cannot run. */
import { localeFrom, type Locale } from '../core/i18n/messages';

export function officeLocale(): Locale {
  try {
    return localeFrom(Office.context.displayLanguage);
  } catch {
    return localeFrom(navigator.language);
  }
}

export function officeTheme(): 'light' | 'dark' {
  try {
    const background = Office.context.officeTheme?.bodyBackgroundColor;
    if (!background) return 'light';
    const hex = background.replace('#', '');
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
    return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

/** A message in plain HTML, for when React cannot run (no Excel, Excel too old, office.js missing). */
export function showPlainMessage(root: HTMLElement, zh: string, en: string): void {
  root.textContent = '';
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.style.cssText = 'font-family: "Microsoft YaHei", "Segoe UI", sans-serif; padding: 16px; line-height: 1.6;';
  for (const text of [zh, en]) {
    const p = document.createElement('p');
    p.textContent = text;
    box.appendChild(p);
  }
  root.appendChild(box);
}
