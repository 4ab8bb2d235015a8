/**
 * ESLint's RuleTester shape: each rule gets `valid` inputs that must stay silent and `invalid` inputs with the exact
 * findings expected. Only the rule under test runs, with its default severity and options unless given.
 */
import type { Model } from '../../src/core/model';
import { runChecks } from '../../src/core/check/engine';
import { RULES } from '../../src/core/check/registry';
import type { CheckConfig, RuleSetting } from '../../src/core/check/config';

export interface ExpectedFinding {
  cell: string;
  messageId: string;
  sheet?: string;
  suggestion?: string;
  /** Words the Chinese message must contain (what is wrong and what would be right). */
  says?: string[];
  cells?: string[];
}

export interface ValidCase {
  name: string;
  model: Model;
  setting?: RuleSetting;
  config?: Omit<CheckConfig, 'rules'>;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

export const testedRules = new Set<string>();

function only(id: string, setting: RuleSetting | undefined, config: Omit<CheckConfig, 'rules'> = {}): CheckConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const rule of RULES) rules[rule.meta.id] = 'off';
  rules[id] = setting ?? RULES.find((r) => r.meta.id === id)!.meta.severity;
  return { ...config, rules };
}

export function ruleTester(id: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  testedRules.add(id);
  if (!RULES.some((r) => r.meta.id === id)) throw new Error(`no rule ${id}`);
  describe(id, () => {
    if (cases.valid.length) {
      it.each(cases.valid.map((c) => [c.name, c] as const))('stays quiet: %s', (_name, c) => {
        const { findings, failures } = runChecks(c.model, only(id, c.setting, c.config));
        expect(failures).toEqual([]);
        expect(findings.map((f) => `${f.cell} ${f.message['zh-CN']}`)).toEqual([]);
      });
    }
    it.each(cases.invalid.map((c) => [c.name, c] as const))('finds: %s', (_name, c) => {
      const { findings, failures } = runChecks(c.model, only(id, c.setting, c.config));
      expect(failures).toEqual([]);
      expect(findings.map((f) => ({ cell: f.cell, messageId: f.messageId }))).toEqual(c.findings.map((e) => ({ cell: e.cell, messageId: e.messageId })));
      findings.forEach((finding, i) => {
        const expected = c.findings[i];
        expect(finding.rule).toBe(id);
        if (expected.sheet) expect(finding.sheet).toBe(expected.sheet);
        expect(finding.suggestion?.value).toBe(expected.suggestion);
        for (const word of expected.says ?? []) expect(finding.message['zh-CN']).toContain(word);
        if (expected.cells) expect(finding.cells).toEqual(expected.cells);
        // Both languages are filled: no placeholder left unfilled.
        expect(finding.message['zh-CN']).not.toMatch(/\{\w+\}/);
        expect(finding.message['en-US']).not.toMatch(/\{\w+\}/);
      });
    });
  });
}
