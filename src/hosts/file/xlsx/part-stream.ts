/**
 * Inflates one part of the zip a slice at a time, handing on the text as it comes and stopping as soon as the part,
 * or all the parts read so far, pass their limits: a zip bomb costs the limit, never what it claims to hold.
 */
import { Inflate } from 'fflate';
import type { ReadLimits } from '../../read-limits';
import { limitExceeded } from '../../read-limit-error';
import { ZipError, type ZipArchive, type ZipEntry } from './zip-archive';

/**
 * Compressed bytes pushed at a time. Deflate expands at most about 1,032 times, so one slice inflates to at most
 * ~8.5 MB before the limits are looked at again.
 */
const SLICE = 8 * 1024;

/** The inflated bytes of every part read from one workbook, against the limits. */
export class InflateBudget {
  private total = 0;

  constructor(private readonly limits: Pick<ReadLimits, 'maxPartBytes' | 'maxInflatedBytes'>) {}

  /** Counts a chunk of a part that has `partSoFar` bytes with it; throws past either limit. */
  take(part: string, partSoFar: number, chunk: number): void {
    this.total += chunk;
    if (partSoFar > this.limits.maxPartBytes) throw limitExceeded.partTooLarge(part, this.limits.maxPartBytes);
    if (this.total > this.limits.maxInflatedBytes) throw limitExceeded.workbookTooLarge(this.limits.maxInflatedBytes);
  }
}

/** Streams a part's bytes to `onChunk`, within the budget. */
export function streamPart(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget, onChunk: (chunk: Uint8Array) => void): void {
  if (entry.encrypted) {
    throw new ZipError({ 'zh-CN': `“${entry.name}”已加密`, 'en-US': `"${entry.name}" is encrypted` });
  }
  const data = zip.compressedData(entry);
  let size = 0;
  const deliver = (chunk: Uint8Array): void => {
    if (chunk.length === 0) return;
    size += chunk.length;
    budget.take(entry.name, size, chunk.length);
    onChunk(chunk);
  };
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += 64 * 1024) deliver(data.subarray(at, Math.min(data.length, at + 64 * 1024)));
    return;
  }
  if (entry.method !== 8) {
    throw new ZipError({
      'zh-CN': `“${entry.name}”使用了不支持的压缩方式（${entry.method}）`,
      'en-US': `"${entry.name}" uses an unsupported compression method (${entry.method})`,
    });
  }
  const inflate = new Inflate((chunk) => deliver(chunk));
  if (data.length === 0) inflate.push(new Uint8Array(0), true);
  for (let at = 0; at < data.length; at += SLICE) {
    const end = Math.min(data.length, at + SLICE);
    inflate.push(data.subarray(at, end), end === data.length);
  }
}
