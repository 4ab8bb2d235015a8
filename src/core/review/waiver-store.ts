/**
 * Where waivers live in the workbook. Office scopes `workbook.settings` by the manifest's Id, so a deployment under
 * another Id (a pilot's sideloaded manifest, then IT's) would silently see none. A custom XML part (ExcelApi 1.5) is
 * stored in the file for every add-in to read: the waivers go there, with the settings as the fallback before 1.5 and
 * as the place older versions of the add-in left them (read, and emptied at the next save).
 */
import { parseWaivers, type Waiver } from './waivers';

export const WAIVER_NAMESPACE = 'urn:ptcheck:waivers:1';
export const WAIVER_SETTING = 'ptcheck.waivers';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

/** The waivers as one XML element holding their JSON (no XML parser needed to read it back, in any webview). */
export function waiversToXml(waivers: Waiver[]): string {
  return `<waivers xmlns="${WAIVER_NAMESPACE}" version="1">${escapeXml(JSON.stringify(waivers))}</waivers>`;
}

export function waiversFromXml(xml: string): Waiver[] {
  const body = /<waivers\b[^>]*>([\s\S]*)<\/waivers>\s*$/.exec(xml.trim());
  return body ? parseWaivers(unescapeXml(body[1])) : [];
}

/**
 * The waivers of the part(s) and of the old setting, one per key: the part's where both have the key (a setting only
 * survives beside a part when an Excel without custom XML parts added to it later).
 */
export function mergeStoredWaivers(fromParts: Waiver[][], fromSetting: Waiver[]): Waiver[] {
  const byKey = new Map<string, Waiver>();
  for (const w of fromSetting) byKey.set(w.key, w);
  for (const list of fromParts) for (const w of list) byKey.set(w.key, w);
  return [...byKey.values()];
}
