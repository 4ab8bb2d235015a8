/**
 * The waivers a reviewer stored in the workbook with the add-in (忽略), read from the file as the add-in reads them:
 * the custom XML part in the add-in's namespace, and the add-in setting older versions used (Office keeps a task
 * pane's settings in the file's web extension part). Unreadable waivers are no reason to refuse the workbook: its
 * findings are then shown open, never hidden.
 */
import { mergeStoredWaivers, WAIVER_NAMESPACE, WAIVER_SETTING } from '../../../core/review/waiver-store';
import { parseWaivers, type Waiver } from '../../../core/review/waivers';
import { ReadLimitError } from '../../read-limit-error';
import { resolveTarget, type PackageParts, type Relationship } from './package-parts';

/** How many web extension parts are looked at (a workbook has one per add-in that stored something). */
const WEB_EXTENSION_PARTS = 20;

function quietly<T>(read: () => T, otherwise: T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ReadLimitError) throw error;
    return otherwise;
  }
}

/** The waivers of one custom XML part, or null when the part is another's (its root is not ours). */
function waiversOfPart(parts: PackageParts, path: string): Waiver[] | null {
  let depth = 0;
  let ours = false;
  let body = '';
  parts.read(path, {
    open(name, attributes, selfClosing) {
      depth++;
      if (depth === 1) ours = name === 'waivers' && Object.entries(attributes).some(([key, value]) => key.startsWith('xmlns') && value === WAIVER_NAMESPACE);
      if (selfClosing) depth--;
    },
    text(text) {
      if (ours && depth === 1) body += text;
    },
    close() {
      depth--;
    },
  });
  return ours ? parseWaivers(body) : null;
}

function waiversOfSettings(parts: PackageParts, path: string): Waiver[] {
  let value: string | null = null;
  parts.read(path, {
    open(name, attributes) {
      if (name === 'property' && attributes.name === WAIVER_SETTING && value === null) value = attributes.value ?? null;
    },
  });
  return value === null ? [] : parseWaivers(value);
}

/**
 * The stored waivers: custom XML parts are related to the workbook part (where Excel puts them) or to the package;
 * `folder` is the workbook part's folder.
 */
export function readStoredWaivers(parts: PackageParts, rootRels: Map<string, Relationship>, workbookRels: Map<string, Relationship>, folder: string): Waiver[] {
  const customXml = [
    ...[...workbookRels.values()].filter((r) => r.type.endsWith('/customXml')).map((r) => resolveTarget(folder, r.target)),
    ...[...rootRels.values()].filter((r) => r.type.endsWith('/customXml')).map((r) => resolveTarget('', r.target)),
  ];
  const fromParts: Waiver[][] = [];
  for (const path of new Set(customXml)) {
    const waivers = quietly(() => waiversOfPart(parts, path), null);
    if (waivers) fromParts.push(waivers);
  }
  const fromSettings: Waiver[] = [];
  for (let n = 1; n <= WEB_EXTENSION_PARTS; n++) {
    const path = `${folder ? `${folder}/` : ''}webextensions/webextension${n}.xml`;
    if (!parts.has(path)) break;
    fromSettings.push(...quietly(() => waiversOfSettings(parts, path), []));
  }
  return mergeStoredWaivers(fromParts, fromSettings);
}
