/**
 * A reader a newcomer can change: no top-level function in src/core/read runs over 80 lines (the reading is split into
 * steps with names that say what they do). Counted from a top-level `function` line to its closing brace.
 */
import * as fs from 'fs';
import * as path from 'path';

const READ = path.resolve(__dirname, '../../../src/core/read');
const LIMIT = 80;

function longFunctions(file: string): string[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const long: string[] = [];
  let start = -1;
  let name = '';
  lines.forEach((line, i) => {
    const opening = /^(?:export )?(?:async )?function\*? ?([A-Za-z0-9_]+)/.exec(line);
    if (opening && start < 0) {
      start = i;
      name = opening[1];
    }
    if (start >= 0 && line === '}') {
      const length = i - start + 1;
      if (length > LIMIT) long.push(`${path.basename(file)}: ${name} (${length} lines)`);
      start = -1;
    }
  });
  return long;
}

describe('the reader in small steps', () => {
  it(`has no function over ${LIMIT} lines`, () => {
    const files = fs.readdirSync(READ).filter((f) => f.endsWith('.ts')).map((f) => path.join(READ, f));
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap(longFunctions)).toEqual([]);
  });

  it('would see a long one', () => {
    const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'fn-length-'));
    const file = path.join(dir, 'long.ts');
    fs.writeFileSync(file, ['export function tooLong(): void {', ...Array.from({ length: 85 }, () => '  work();'), '}', ''].join('\n'));
    expect(longFunctions(file)).toEqual(['long.ts: tooLong (87 lines)']);
  });
});
