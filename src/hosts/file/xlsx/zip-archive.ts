/**
 * The table of contents of a zip file (its central directory), without inflating anything: the reader then inflates
 * only the parts the workbook's relationships name, one at a time (part-stream.ts). fflate's unzipSync cannot do
 * that: it inflates every entry its filter keeps, whole, whatever size the entry turns out to have.
 */
import type { Messages } from '../../../core/i18n/messages';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when the entry is read. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** Offset of the entry's local header. */
  headerOffset: number;
}

/** A zip whose structure cannot be followed; `detail` says what was wrong. */
export class ZipError extends Error {
  constructor(readonly detail: Messages) {
    super(detail['en-US']);
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function broken(zh: string, en: string): ZipError {
  return new ZipError({ 'zh-CN': `压缩包结构无效（${zh}）`, 'en-US': `the zip structure is invalid (${en})` });
}

class Bytes {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  has(offset: number, length: number): boolean {
    return offset >= 0 && offset + length <= this.bytes.length;
  }
  u16(offset: number): number {
    if (!this.has(offset, 2)) throw broken('数据被截断', 'truncated');
    return this.view.getUint16(offset, true);
  }
  u32(offset: number): number {
    if (!this.has(offset, 4)) throw broken('数据被截断', 'truncated');
    return this.view.getUint32(offset, true);
  }
  u64(offset: number): number {
    return this.u32(offset) + this.u32(offset + 4) * 0x1_0000_0000;
  }
}

const utf8 = new TextDecoder('utf-8');

/** Part names as the relationships write them: forward slashes, no leading slash. */
function normalName(name: string): string {
  return name.includes('\\') || name.startsWith('/') ? name.replace(/\\/g, '/').replace(/^\/+/, '') : name;
}

export class ZipArchive {
  private readonly data: Bytes;
  /** Where each name's directory entry starts (entries are parsed when asked for: most never are). */
  private readonly offsets = new Map<string, number>();
  private byLowerName: Map<string, number> | null = null;

  constructor(readonly bytes: Uint8Array) {
    const data = (this.data = new Bytes(bytes));
    const end = findEndOfDirectory(data);
    let count = data.u16(end + 10);
    let directorySize = data.u32(end + 12);
    let offset = data.u32(end + 16);
    if (count === 0xffff || directorySize === 0xffffffff || offset === 0xffffffff) {
      // ZIP64: the real figures are in the zip64 end record the locator points at.
      const locator = end - 20;
      if (data.has(locator, 20) && data.u32(locator) === ZIP64_LOCATOR) {
        const record = data.u64(locator + 8);
        if (data.u32(record) !== ZIP64_END_OF_DIRECTORY) throw broken('ZIP64 目录记录缺失', 'missing zip64 directory record');
        count = data.u64(record + 32);
        directorySize = data.u64(record + 40);
        offset = data.u64(record + 48);
      }
    }
    if (!data.has(offset, directorySize)) throw broken('目录超出文件范围', 'directory beyond the end of the file');
    // Every directory entry takes at least 46 bytes: a count beyond that is a lie, not a reason to loop.
    if (count > directorySize / 46) throw broken('目录条目数与目录大小不符', 'entry count does not fit the directory');
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (data.u32(at) !== DIRECTORY_ENTRY) throw broken('目录条目损坏', 'damaged directory entry');
      const nameLength = data.u16(at + 28);
      if (!data.has(at + 46, nameLength)) throw broken('目录条目被截断', 'truncated directory entry');
      // Later entries of the same name win, as in fflate's unzipSync.
      this.offsets.set(normalName(utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength))), at);
      at += 46 + nameLength + data.u16(at + 30) + data.u16(at + 32);
    }
  }

  /** The entry of a part (part names are case-insensitive in a package), or null. */
  entry(name: string): ZipEntry | null {
    const wanted = normalName(name);
    let at = this.offsets.get(wanted);
    if (at === undefined) {
      if (!this.byLowerName) {
        this.byLowerName = new Map();
        for (const [n, offset] of this.offsets) this.byLowerName.set(n.toLowerCase(), offset);
      }
      at = this.byLowerName.get(wanted.toLowerCase());
    }
    return at === undefined ? null : this.directoryEntry(at);
  }

  private directoryEntry(at: number): ZipEntry {
    const data = this.data;
    const flags = data.u16(at + 8);
    const method = data.u16(at + 10);
    let compressedSize = data.u32(at + 20);
    const uncompressedSize = data.u32(at + 24);
    const nameLength = data.u16(at + 28);
    const extraLength = data.u16(at + 30);
    let headerOffset = data.u32(at + 42);
    const name = normalName(utf8.decode(this.bytes.subarray(at + 46, at + 46 + nameLength)));
    if (compressedSize === 0xffffffff || headerOffset === 0xffffffff) {
      // ZIP64 extra field: the 64-bit figures, in this order, for those whose 32-bit field is all ones.
      let extra = at + 46 + nameLength;
      const extraEnd = extra + extraLength;
      while (extra + 4 <= extraEnd) {
        const id = data.u16(extra);
        const size = data.u16(extra + 2);
        if (id === 0x0001) {
          let field = extra + 4;
          if (uncompressedSize === 0xffffffff) field += 8;
          if (compressedSize === 0xffffffff) {
            compressedSize = data.u64(field);
            field += 8;
          }
          if (headerOffset === 0xffffffff) headerOffset = data.u64(field);
          break;
        }
        extra += 4 + size;
      }
    }
    return { name, method, encrypted: (flags & 1) !== 0, compressedSize, headerOffset };
  }

  /** The entry's compressed bytes (a view, not a copy). */
  compressedData(entry: ZipEntry): Uint8Array {
    const data = this.data;
    if (data.u32(entry.headerOffset) !== LOCAL_HEADER) throw broken(`“${entry.name}”的文件头损坏`, `damaged local header of "${entry.name}"`);
    const start = entry.headerOffset + 30 + data.u16(entry.headerOffset + 26) + data.u16(entry.headerOffset + 28);
    if (!data.has(start, entry.compressedSize)) throw broken(`“${entry.name}”超出文件范围`, `"${entry.name}" runs past the end of the file`);
    return this.bytes.subarray(start, start + entry.compressedSize);
  }
}

/** The end-of-directory record: within the last 64 KB (its comment can be that long), searched from the end. */
function findEndOfDirectory(data: Bytes): number {
  const last = data.bytes.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (data.bytes[at] === 0x50 && data.bytes[at + 1] === 0x4b && data.u32(at) === END_OF_DIRECTORY) return at;
  }
  throw broken('找不到目录，文件可能不完整', 'no central directory: the file may be incomplete');
}
