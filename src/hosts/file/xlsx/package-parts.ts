/**
 * The parts of an .xlsx package, read one at a time and only when asked for: streamed from the zip through the XML
 * parser within the inflate budget. Relationship targets are resolved here too.
 */
import { ReadLimitError } from '../../read-limit-error';
import { InflateBudget, streamPart } from './part-stream';
import { XmlStream, type XmlHandlers } from './xml';
import { ZipArchive, ZipError } from './zip-archive';
import { corrupt, XlsxError } from './xlsx-error';

export interface Relationship {
  target: string;
  type: string;
}

export class PackageParts {
  constructor(
    private readonly zip: ZipArchive,
    private readonly budget: InflateBudget,
  ) {}

  has(path: string): boolean {
    return this.zip.entry(path) !== null;
  }

  /** Parses a part; false when the package has no such part. */
  read(path: string, handlers: XmlHandlers): boolean {
    const entry = this.zip.entry(path);
    if (!entry) return false;
    const xml = new XmlStream(handlers);
    let inXml = false;
    try {
      streamPart(this.zip, entry, this.budget, (chunk) => {
        inXml = true;
        xml.write(chunk);
        inXml = false;
      });
      inXml = true;
      xml.close();
    } catch (error) {
      if (error instanceof ReadLimitError || error instanceof XlsxError) throw error;
      if (error instanceof ZipError) throw new XlsxError('corrupt', error.detail);
      const message = error instanceof Error ? error.message : String(error);
      throw inXml
        ? corrupt(`“${entry.name}”不是格式正确的 XML（${message}）`, `"${entry.name}" is not well-formed XML (${message})`)
        : corrupt(`“${entry.name}”无法解压（${message}）`, `"${entry.name}" cannot be inflated (${message})`);
    }
    return true;
  }

  /** The relationships a .rels part declares, by Id (empty when the part is missing). */
  relationships(path: string): Map<string, Relationship> {
    const rels = new Map<string, Relationship>();
    this.read(path, {
      open(name, attrs) {
        if (name === 'Relationship' && attrs.Id && attrs.Target) rels.set(attrs.Id, { target: attrs.Target, type: attrs.Type ?? '' });
      },
    });
    return rels;
  }
}

/** Opens the zip's table of contents; a zip whose structure cannot be followed is corrupt. */
export function openPackage(bytes: Uint8Array, budget: InflateBudget): PackageParts {
  try {
    return new PackageParts(new ZipArchive(bytes), budget);
  } catch (error) {
    if (error instanceof ZipError) throw new XlsxError('corrupt', error.detail);
    throw error;
  }
}

/** Resolves a relationship target against the folder of the part that declares it. */
export function resolveTarget(baseFolder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (baseFolder ? baseFolder.split('/') : []).concat(target.split('/'));
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}
