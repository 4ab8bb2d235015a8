/**
 * The floors of the core, bottom to top: the vocabulary (and the grid, messages, steps) → the model and normalization
 * → the reader → the checks → generation and review → the workflow every front end calls. A file imports only from
 * its own floor or those below, never from above; the core imports nothing outside itself (no Office, no DOM, no
 * host); and the front ends sit on top: hosts below the pane, the ribbon commands and the command line, none of
 * which imports another front end.
 */
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.resolve(__dirname, '..', '..', 'src');
const CORE = path.join(SRC, 'core');

/** Each top-level folder or file of src/core, by floor. */
const FLOORS: Record<string, number> = {
  vocabulary: 0,
  i18n: 0,
  grid: 0,
  steps: 0,
  model: 1,
  normalize: 1,
  incomplete: 1,
  read: 2,
  check: 3,
  generate: 4,
  review: 4,
  workflow: 5,
  contract: 5,
  'findings-json': 5,
};

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

/** The relative imports and re-exports of a file, resolved to paths under src (static ones and import()). */
function importsOf(file: string, source = fs.readFileSync(file, 'utf8')): { specifier: string; target: string }[] {
  const out: { specifier: string; target: string }[] = [];
  for (const m of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g)) {
    const specifier = m[1] ?? m[2];
    out.push({ specifier, target: specifier.startsWith('.') ? path.resolve(path.dirname(file), specifier) : specifier });
  }
  return out;
}

const floorOf = (file: string): [string, number] => {
  const top = path.relative(CORE, file).split(path.sep)[0].replace(/\.tsx?$/, '');
  return [top, FLOORS[top]];
};

function upwardImports(file: string, source?: string): string[] {
  const [from, floor] = floorOf(file);
  const upward: string[] = [];
  for (const { specifier, target } of importsOf(file, source)) {
    if (!target.startsWith(CORE)) continue;
    const [to, toFloor] = floorOf(target);
    if (toFloor > floor) upward.push(`${path.relative(SRC, file)} (${from}, floor ${floor}) imports ${specifier} (${to}, floor ${toFloor})`);
  }
  return upward;
}

describe('the floors of the core', () => {
  const coreFiles = files(CORE);

  it('knows the floor of every folder and file at the top of src/core', () => {
    const tops = new Set(coreFiles.map((f) => floorOf(f)[0]));
    expect([...tops].filter((t) => FLOORS[t] === undefined)).toEqual([]);
  });

  it('has no import running up a floor', () => {
    expect(coreFiles.flatMap((file) => upwardImports(file))).toEqual([]);
  });

  it('imports nothing outside itself but its pure dependencies (no Office, DOM, host or front end)', () => {
    const outside: string[] = [];
    for (const file of coreFiles) {
      for (const { specifier, target } of importsOf(file)) {
        if (specifier.startsWith('.') ? !target.startsWith(CORE) : /office|react|fluent|exceljs|^fs$|^path$|worker/i.test(specifier)) outside.push(`${path.relative(SRC, file)} imports ${specifier}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('finds an upward import where there is one, static, re-exported or dynamic', () => {
    const reader = path.join(CORE, 'read', 'example.ts');
    const source = [
      "import { reviewWorkbook } from '../workflow/review';",
      "export { SHEETS } from '../generate/sheet-spec';",
      "const later = () => import('../check/engine');",
      "import type { Grid } from '../grid';",
      "import { thing } from './sheet';",
    ].join('\n');
    expect(upwardImports(reader, source).map((line) => line.split(' imports ')[1])).toEqual([
      '../workflow/review (workflow, floor 5)',
      '../generate/sheet-spec (generate, floor 4)',
      '../check/engine (check, floor 3)',
    ]);
  });
});

describe('the front ends', () => {
  const FRONT_ENDS = ['taskpane', 'commands', 'cli', 'preview'];

  it('the hosts import no front end; no front end imports another (the preview page shows the pane itself)', () => {
    const crossing: string[] = [];
    for (const folder of ['hosts', ...FRONT_ENDS]) {
      for (const file of files(path.join(SRC, folder))) {
        for (const { specifier, target } of importsOf(file)) {
          if (!specifier.startsWith('.')) continue;
          const to = path.relative(SRC, target).split(path.sep)[0];
          if (to === folder || !FRONT_ENDS.includes(to)) continue;
          if (folder === 'preview' && to === 'taskpane') continue;
          crossing.push(`${path.relative(SRC, file)} imports ${specifier}`);
        }
      }
    }
    expect(crossing).toEqual([]);
  });
});
