/**
 * Property tests of the .xlsx reader on mutated workbooks (issue #11 item 6): the stacked sample, its bytes flipped,
 * cut or padded, its XML parts edited (spans deleted, duplicated, or replaced with markup, entities, prototype member
 * names and numbers), parts dropped, and all of it read under limits small enough to be reached. Whatever comes in,
 * the reader either returns a grid that the reader and every rule then take without throwing, or refuses with one of
 * its own errors (XlsxError, ReadLimitError), never with anything it did not anticipate.
 */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import { readXlsx, XlsxError } from '../../../src/hosts/file/xlsx/read-xlsx';
import { ReadLimitError } from '../../../src/hosts/read-limit-error';
import type { ReadLimits } from '../../../src/hosts/read-limits';
import { readWorkbook } from '../../../src/core/read';
import { runChecks } from '../../../src/core/check/engine';
import { REPO } from '../../helpers/samples';

const SOURCE = new Uint8Array(fs.readFileSync(path.join(REPO, 'samples', 'caofeidian-2024-stacked.xlsx')));
const PARTS = unzipSync(SOURCE);
const XML_PARTS = Object.keys(PARTS).filter((name) => /\.(xml|rels)$/.test(name));

/** Text that breaks XML, or that a careless reader would look up in a plain object. */
const NASTY = [
  '<', '>', '&', '&amp;', '&#0;', '&#xFFFF;', '"', "'", ']]>', '<![CDATA[x]]>', '<!DOCTYPE x [<!ENTITY a "b">]>', '&a;',
  '<c r="XFD1048577"><v>1</v></c>', '<c r="A0" t="s"><v>99999</v></c>', '<c r="B2" t="s"><v>-1</v></c>', '<mergeCell ref="A1:XFD1048576"/>',
  '<f>SUM(A1)</f>', 't="e"', 't="s"', 't="inlineStr"', 'r:id="rId999"', '__proto__', 'constructor', 'toString', 'hasOwnProperty',
  '0toString', 'valueOf', '1e309', '-0', 'NaN', '项目名称', '预算数', '≥', '万元', '\u0000', '\uFFFE', '\uD800',
];

type Mutation =
  | { kind: 'flip'; at: number; xor: number }[]
  | { kind: 'cut'; at: number }
  | { kind: 'pad'; junk: Uint8Array }
  | { kind: 'edit'; part: number; at: number; length: number; insert: string; times: number }
  | { kind: 'drop'; part: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.array(fc.record({ kind: fc.constant('flip' as const), at: fc.nat(SOURCE.length - 1), xor: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 8 }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(SOURCE.length - 1) }),
  fc.record({ kind: fc.constant('pad' as const), junk: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({
    kind: fc.constant('edit' as const),
    part: fc.nat(XML_PARTS.length - 1),
    at: fc.nat(),
    length: fc.nat(40),
    insert: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 12 }), fc.integer().map(String)),
    times: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ kind: fc.constant('drop' as const), part: fc.nat(XML_PARTS.length - 1) }),
);

function mutated(m: Mutation): Uint8Array {
  if (Array.isArray(m)) {
    const bytes = SOURCE.slice();
    for (const flip of m) bytes[flip.at] ^= flip.xor;
    return bytes;
  }
  if (m.kind === 'cut') return SOURCE.slice(0, m.at);
  if (m.kind === 'pad') {
    const bytes = new Uint8Array(SOURCE.length + m.junk.length);
    bytes.set(SOURCE);
    bytes.set(m.junk, SOURCE.length);
    return bytes;
  }
  const parts = { ...PARTS };
  const name = XML_PARTS[m.part];
  if (m.kind === 'drop') {
    delete parts[name];
  } else {
    let text = strFromU8(parts[name]);
    const at = m.at % (text.length + 1);
    for (let i = 0; i < m.times; i++) text = text.slice(0, at) + m.insert + text.slice(at + m.length);
    parts[name] = strToU8(text);
  }
  return zipSync(parts);
}

/** Limits low enough for the sample to reach them, or the defaults. */
const limits: fc.Arbitrary<Partial<ReadLimits>> = fc.oneof(
  fc.constant({}),
  fc.record(
    {
      maxPartBytes: fc.integer({ min: 200, max: 200_000 }),
      maxInflatedBytes: fc.integer({ min: 500, max: 400_000 }),
      maxSheets: fc.integer({ min: 1, max: 3 }),
      maxCells: fc.integer({ min: 1, max: 2_000 }),
      maxGridCells: fc.integer({ min: 1, max: 5_000 }),
      maxCellText: fc.integer({ min: 1, max: 200 }),
      maxTotalText: fc.integer({ min: 1, max: 20_000 }),
      maxMerges: fc.integer({ min: 0, max: 100 }),
      maxMergedCells: fc.integer({ min: 0, max: 500 }),
    },
    { requiredKeys: [] },
  ),
);

/** What came of reading: a grid taken by the reader and the rules, or the reader's own refusal. */
function outcome(bytes: Uint8Array, overrides: Partial<ReadLimits>): 'read' | 'refused' {
  let grid;
  try {
    grid = readXlsx(bytes, overrides);
  } catch (error) {
    if (error instanceof XlsxError || error instanceof ReadLimitError) {
      // A refusal says what it is in both languages.
      const messages = error instanceof ReadLimitError ? error.messages : null;
      if (messages) expect(messages['zh-CN']).toMatch(/[\u4e00-\u9fa5]/);
      return 'refused';
    }
    throw error;
  }
  runChecks(readWorkbook(grid));
  return 'read';
}

describe('the .xlsx reader on mutated workbooks', () => {
  it('reads the unmutated sample (the properties below start from a workbook that reads)', () => {
    expect(outcome(SOURCE, {})).toBe('read');
    expect(readWorkbook(readXlsx(SOURCE)).projects).toHaveLength(13);
  });

  it('returns a grid the rules take, or refuses with its own error, whatever the mutation and the limits', () => {
    const seen = { read: 0, refused: 0 };
    fc.assert(
      fc.property(mutation, limits, (m, overrides) => {
        seen[outcome(mutated(m), overrides)]++;
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
    // Both ways out were taken: the mutations reach the refusals, and not everything is refused.
    expect(seen.read).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });

  it('refuses at each limit it is given below what the sample holds, naming that limit', () => {
    const cases: [Partial<ReadLimits>, string][] = [
      [{ maxCells: 10 }, 'too-many-cells'],
      [{ maxCellText: 3 }, 'text-too-long'],
      [{ maxTotalText: 100 }, 'too-much-text'],
      [{ maxMerges: 1 }, 'too-many-merges'],
      [{ maxGridCells: 20 }, 'area-too-large'],
      [{ maxPartBytes: 1_000 }, 'part-too-large'],
    ];
    for (const [overrides, code] of cases) {
      let thrown: unknown = null;
      try {
        readXlsx(SOURCE, overrides);
      } catch (error) {
        thrown = error;
      }
      expect([code, thrown instanceof ReadLimitError ? thrown.code : String(thrown)]).toEqual([code, code]);
    }
  });
});
