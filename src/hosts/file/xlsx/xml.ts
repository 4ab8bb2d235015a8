/** A thin layer over saxes: element names without namespace prefixes ("x:c" and "c" are the same element). */
import { SaxesParser } from 'saxes';

export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  text?(text: string): void;
  close?(name: string): void;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The value of a prefixed attribute by its local name, whatever prefix the file gave it (r:id, relationships:id). */
export function prefixedAttribute(attributes: Record<string, string>, local: string): string | undefined {
  for (const [key, value] of Object.entries(attributes)) {
    const colon = key.indexOf(':');
    if (colon >= 0 && key.slice(colon + 1) === local && key.slice(0, colon) !== 'xmlns') return value;
  }
  return undefined;
}

export function parseXml(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser();
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure ??= error;
  });
  if (handlers.open) {
    const open = handlers.open;
    parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing));
  }
  if (handlers.text) parser.on('text', handlers.text);
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  parser.write(xml).close();
  if (failure) throw failure;
}
