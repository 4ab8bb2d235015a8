/**
 * A thin layer over saxes: element names without namespace prefixes ("x:c" and "c" are the same element), fed as
 * bytes arrive (UTF-8 decoded in streaming mode, so that a character split between two chunks stays whole), stopping
 * at the first malformed token. saxes never expands entities a DTD declares nor fetches external ones.
 */
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

export class XmlStream {
  private readonly parser = new SaxesParser({ position: false });
  private readonly decoder = new TextDecoder('utf-8');

  constructor(handlers: XmlHandlers) {
    this.parser.on('error', (error) => {
      throw error;
    });
    if (handlers.open) {
      const open = handlers.open;
      this.parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing));
    }
    if (handlers.text) this.parser.on('text', handlers.text);
    if (handlers.close) {
      const close = handlers.close;
      this.parser.on('closetag', (tag) => close(localName(tag.name)));
    }
  }

  write(bytes: Uint8Array): void {
    const text = this.decoder.decode(bytes, { stream: true });
    if (text) this.parser.write(text);
  }

  close(): void {
    const rest = this.decoder.decode();
    if (rest) this.parser.write(rest);
    this.parser.close();
  }
}
