/**
 * `npm run eval`: the reader and the checks measured on the real-world corpus (test/realworld), per workbook and in
 * total. A problem counts as found when an error or a warning points at it; one that only an info finding points at
 * is counted apart ("info only"), and so are the problems missed. `--verbose` lists every missed, misread and invented
 * row, missed problem, problem found only at info, false alarm and unjudged finding; `--only TEXT` keeps the entries
 * whose id contains TEXT; `--dir FOLDER` evaluates another folder of truth files (a hold-out set written blind, before
 * it joins the corpus); `--json` prints the whole result.
 * `--robust` runs the robustness harness instead (scripts/realworld/robust.ts): per meaning-preserving transformation
 * of the grids, the rows still read right; with `--verbose`, the rows that went wrong; `--robust --floors` prints
 * today's figures in the form test/realworld/robust.test.ts keeps them.
 */
import * as path from 'path';
import type { Finding } from '../../src/core/check/types';
import { displayWidth } from '../../src/core/normalize/text';
import { evaluateCorpus, type EntryResult } from './evaluate';
import { robustness } from './robust';

const REPO = path.resolve(__dirname, '..', '..', '..');

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`;
}

function describe(f: Finding): string {
  return `${f.severity.padEnd(7)} ${f.sheet}!${f.cell}  ${f.rule}  ${f.message['zh-CN']}`;
}

function details(entry: EntryResult): string[] {
  const lines: string[] = [];
  const list = (title: string, items: string[]): void => {
    if (items.length) lines.push(`  ${title}:`, ...items.map((i) => `    ${i}`));
  };
  list('missed rows', entry.missedRows.map((r) => `${r.sheet}!${r.cell}  ${r.expected}`));
  list('misread rows', entry.misreadRows.map((r) => `${r.sheet}!${r.cell}  expected ${r.expected}\n${' '.repeat(6)}read     ${r.read}`));
  list('spurious rows', entry.spuriousRows.map((r) => `${r.sheet}!${r.cell}  ${r.read}`));
  list('spurious tables', entry.spuriousTables);
  list('fields', entry.fieldErrors);
  list('missed problems', entry.missedProblems.map((p) => `${p.cells.join(',')}  ${p.what}`));
  list('problems found only at info', entry.infoOnlyProblems.map((p) => `${p.cells.join(',')}  ${p.what}`));
  list('false alarms', entry.falseAlarms.map(describe));
  list('about rows cut off the page (not counted)', entry.cutOff.map(describe));
  list('unjudged findings', entry.unjudged.map(describe));
  list('blocks the reader could not read (reader/unread-block)', entry.unreadBlocks.map(describe));
  return lines;
}

/** The floors of test/realworld/robust.test.ts as measured now: with ../shared, and the repository's tables only. */
function printFloors(repo: string): number {
  const sets: [string, ((id: string) => boolean) | undefined][] = [
    ['WITH_SHARED', undefined],
    ['REPOSITORY_ONLY', (id) => !id.startsWith('shared-')],
  ];
  for (const [name, only] of sets) {
    const result = robustness(repo, only);
    if (name === 'WITH_SHARED' && result.skipped.length) console.log(`// ../shared is absent: these are the REPOSITORY_ONLY figures`);
    console.log(`const ${name}: Record<string, [number, number, number]> = {`);
    for (const r of result.rows) console.log(`  '${r.transformation}': [${r.rowsRead}, ${r.rowsCompared}, ${r.spurious}],`);
    console.log('};');
  }
  return 0;
}

function printRobust(repo: string, only: ((id: string) => boolean) | undefined, verbose: boolean, json: boolean, dir?: string): number {
  const result = robustness(repo, only, undefined, dir);
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return 0;
  }
  const header = ['transformation', 'tables', 'rows correct', 'share', 'invented', 'fields compared'];
  const rows = result.rows.map((r) => [r.transformation, `${r.tables}/${result.tablesTotal}`, `${r.rowsRead}/${r.rowsCompared}`, percent(r.rowsRead, r.rowsCompared), String(r.spurious), r.fields]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]))));
  const line = (cells: string[]): string => cells.map((c, i) => pad(c, widths[i])).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const [i, row] of rows.entries()) {
    console.log(line(row));
    if (!verbose) continue;
    for (const w of result.rows[i].wrong) {
      console.log(`    ${w.entry}  ${w.sheet}!${w.truthCell}${w.truthCell !== w.cell ? `→${w.cell}` : ''}  expected ${w.expected}`);
      console.log(`${' '.repeat(6)}read     ${w.read ?? '(no row read at that cell)'}`);
    }
    for (const r of result.rows[i].invented) console.log(`    ${r.entry}  ${r.sheet}!${r.cell}  invented ${r.read}`);
  }
  console.log(
    `\ntables = truth tables the transformation changed, out of those read; rows correct = the truth's indicator rows read right ` +
      `at their moved cells; invented = rows read that no truth row matches; levels (empty or right): the transformation ` +
      `removed what said the level, so a level read empty counts as right.`,
  );
  for (const s of result.skipped) console.log(`SKIPPED: ${s.id} — ${s.missing} is not on this machine`);
  return 0;
}

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const onlyIndex = argv.indexOf('--only');
  const only = onlyIndex >= 0 ? argv[onlyIndex + 1] : undefined;
  const dirIndex = argv.indexOf('--dir');
  const dir = dirIndex >= 0 ? path.resolve(argv[dirIndex + 1]) : undefined;
  if (argv.includes('--robust') && argv.includes('--floors')) return printFloors(REPO);
  if (argv.includes('--robust')) return printRobust(REPO, only ? (id) => id.includes(only) : undefined, verbose, argv.includes('--json'), dir);
  const result = evaluateCorpus(REPO, only ? (id) => id.includes(only) : undefined, dir);
  if (argv.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
    return 0;
  }
  const header = ['workbook', 'rows read', 'spurious', 'problems found E/W', 'info only', 'false alarms', 'unjudged E/W/I'];
  const rows = result.entries.map((e) =>
    e.skipped
      ? [e.id, 'SKIPPED', '', '', '', '', '']
      : [
          e.id,
          `${e.rowsRead}/${e.rowsExpected}`,
          String(e.spuriousRows.length + e.spuriousTables.length),
          `${e.problemsFound}/${e.problemsExpected}`,
          String(e.problemsFoundAtInfo),
          String(e.falseAlarms.length),
          ['error', 'warning', 'info'].map((s) => e.unjudged.filter((f) => f.severity === s).length).join('/'),
        ],
  );
  const t = result.totals;
  const total = [
    `total (${t.workbooks} workbooks)`,
    `${t.rowsRead}/${t.rowsExpected} ${percent(t.rowsRead, t.rowsExpected)}`,
    `${t.spuriousRows}+${t.spuriousTables}`,
    `${t.problemsFound}/${t.problemsExpected} ${percent(t.problemsFound, t.problemsExpected)}`,
    String(t.problemsFoundAtInfo),
    String(t.falseAlarms),
    `${t.unjudged.error}/${t.unjudged.warning}/${t.unjudged.info}`,
  ];
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...[...rows, total].map((r) => displayWidth(r[i]))));
  const line = (cells: string[]): string => cells.map((c, i) => pad(c, widths[i])).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const [i, row] of rows.entries()) {
    console.log(line(row));
    if (verbose) for (const l of details(result.entries[i])) console.log(l);
  }
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  console.log(line(total));
  console.log(
    `\nproblems (${t.problemsExpected}): found at error/warning ${t.problemsFound} (${percent(t.problemsFound, t.problemsExpected)}), ` +
      `found only at info ${t.problemsFoundAtInfo}, missed ${t.problemsMissed}`,
  );
  console.log(
    `\n${t.provinces.length} provinces (${t.provinces.join(' ')}), years ${t.years.join(' ')}; families: ${t.families.join(', ')}` +
      `${t.skipped ? `; ${t.skipped} skipped (../shared absent)` : ''}; spurious = rows + tables; table fields wrong: ${t.fieldErrors}` +
      `; findings about rows cut off the published page: ${t.cutOff} (not counted); blocks not read (reader/unread-block): ${t.unreadBlocks}`,
  );
  for (const e of result.entries.filter((e) => e.skipped)) console.log(`SKIPPED: ${e.id} — ${e.skipped} is not on this machine`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
