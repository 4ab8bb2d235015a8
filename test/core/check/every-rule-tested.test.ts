/**
 * Every rule of the registry is exercised through the rule tester (test/helpers/rule-tester.ts), as ESLint requires of
 * its rules: a rule added without cases of its own fails here. (The tester itself runs each rule alone, on cases that
 * must stay quiet and cases with the exact findings expected.)
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../../src/core/check/registry';

const TEST = path.resolve(__dirname, '..', '..');

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'e2e' ? [] : testFiles(full);
    return /\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** The rule ids each test file hands to the rule tester (its first argument, a string literal). */
function testedIn(source: string): string[] {
  return [...source.matchAll(/\bruleTester\(\s*'([^']+)'/g)].map((m) => m[1]);
}

describe('the rules and their tests', () => {
  const tested = new Set(testFiles(TEST).flatMap((file) => testedIn(fs.readFileSync(file, 'utf8'))));

  it('every rule of the registry has cases in the rule tester', () => {
    expect(RULES.length).toBeGreaterThan(50);
    expect(RULES.map((r) => r.meta.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  it('no rule tester names a rule the registry does not have', () => {
    const known = new Set(RULES.map((r) => r.meta.id));
    expect([...tested].filter((id) => !known.has(id))).toEqual([]);
  });

  it('finds the calls it looks for', () => {
    expect(testedIn("ruleTester('cost/exceeds-budget', {\n  valid: [],\n});\nruleTester(\n  'year/mismatch', {})")).toEqual(['cost/exceeds-budget', 'year/mismatch']);
  });
});
