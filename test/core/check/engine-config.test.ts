/** The engine and its configuration: every rule tested, correct tables silent, presets, overrides, validation. */
import * as fs from 'fs';
import * as path from 'path';
import { runChecks } from '../../../src/core/check/engine';
import { RULES } from '../../../src/core/check/registry';
import { resolveConfig } from '../../../src/core/check/config';
import { validateConfig } from '../../../src/core/check/config-schema';
import { GOOD_INDICATORS, projectModel } from '../../helpers/table-builder';

describe('the rule catalogue', () => {
  it('has a RuleTester suite for every rule', () => {
    const dir = __dirname;
    // The grouped suites (rules-*.test.ts) and the one-file-per-rule ones in rules/.
    const files = [
      ...fs.readdirSync(dir).filter((f) => f.startsWith('rules-')).map((f) => path.join(dir, f)),
      ...fs.readdirSync(path.join(dir, 'rules')).filter((f) => f.endsWith('.test.ts')).map((f) => path.join(dir, 'rules', f)),
    ];
    const source = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const tested = new Set([...source.matchAll(/ruleTester\('([^']+)'/g)].map((m) => m[1]));
    expect(RULES.map((r) => r.meta.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  it('gives every rule an id, a description and messages in both languages', () => {
    const ids = new Set<string>();
    for (const rule of RULES) {
      expect(rule.meta.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      expect(ids.has(rule.meta.id)).toBe(false);
      ids.add(rule.meta.id);
      expect(rule.meta.description['zh-CN']).toMatch(/[\u4e00-\u9fa5]/);
      expect(rule.meta.description['en-US']).toMatch(/[a-z]/);
      for (const message of Object.values(rule.meta.messages)) {
        expect(message['zh-CN']).toMatch(/[\u4e00-\u9fa5]/);
        // English, quoting Chinese terms at most: at least three English words.
        expect((message['en-US'].match(/\b[A-Za-z]{2,}\b/g) ?? []).length).toBeGreaterThanOrEqual(3);
      }
    }
  });
});

describe('a correct table', () => {
  it.each([
    ['in the older framework', projectModel()],
    [
      'in the 2021 framework',
      projectModel({
        indicators: [...GOOD_INDICATORS.slice(0, 3), ['成本指标', '经济成本指标', '培训总成本', '≤20万元'], ...GOOD_INDICATORS.slice(4)],
      }),
    ],
    ['with money as text and other money', projectModel({ budget: '30.00', fiscal: '25', other: '5', indicators: [...GOOD_INDICATORS.slice(0, 3), ['产出指标', '成本指标', '培训总成本', '≤300000元'], ...GOOD_INDICATORS.slice(4)] })],
  ])('yields no error and no warning, %s', (_name, model) => {
    const { findings } = runChecks(model);
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.cell} ${f.message['zh-CN']}`)).toEqual([]);
  });
});

describe('configuration', () => {
  const lowSatisfaction = projectModel({ indicators: [...GOOD_INDICATORS.slice(0, 5), ['满意度指标', '服务对象满意度指标', '满意度', '≥80%']] });

  it('turns rules off and overrides severities and options', () => {
    const rule = (config: Parameters<typeof runChecks>[1]) => runChecks(lowSatisfaction, config).findings.filter((f) => f.rule === 'indicator/satisfaction-low');
    expect(rule({}).map((f) => f.severity)).toEqual(['warning']);
    expect(rule({ rules: { 'indicator/satisfaction-low': 'off' } })).toEqual([]);
    expect(rule({ rules: { 'indicator/satisfaction-low': 'error' } }).map((f) => f.severity)).toEqual(['error']);
    expect(rule({ rules: { 'indicator/satisfaction-low': ['warning', { threshold: 75 }] } })).toEqual([]);
  });

  it('applies a preset, then the file\'s own settings', () => {
    expect(resolveConfig({ preset: '2021' }).settings.framework).toBe('2021');
    expect(resolveConfig({ preset: '2021', framework: 'auto' }).settings.framework).toBe('auto');
    expect(resolveConfig({}).settings).toEqual({ budgetYear: null, framework: 'auto' });
  });

  it('uses the configured budget year when given', () => {
    const model = projectModel({ goal: '1.2023年完成培训' });
    expect(runChecks(model).findings.filter((f) => f.rule === 'year/mismatch')).toHaveLength(1);
    expect(runChecks(model, { budgetYear: 2023 }).findings.filter((f) => f.rule === 'year/mismatch')).toHaveLength(0);
  });

  it('names the bad key of an invalid configuration', () => {
    const result = validateConfig({ rules: { 'indicator/satisfaction-low': ['warning', { threshold: 120 }], 'year/mismach': 'off' }, budgetYear: '2024', colour: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.errors.map((e) => `${e.path}: ${e.message['zh-CN']}`);
    expect(lines).toEqual([
      'colour: 不认识的设置项“colour”',
      'budgetYear: 应为整数或null',
      'rules → indicator/satisfaction-low → threshold: 应 ≤ 100',
      'rules → year/mismach: 没有名为“year/mismach”的规则，是否指“year/mismatch”？',
    ]);
  });

  it('accepts the shipped presets and every rule at every severity', () => {
    for (const preset of ['2015', '2021'] as const) expect(validateConfig({ preset }).ok).toBe(true);
    const rules = Object.fromEntries(RULES.map((r, i) => [r.meta.id, ['error', 'warning', 'info', 'off'][i % 4]]));
    expect(validateConfig({ rules }).ok).toBe(true);
  });
});

describe('findings', () => {
  it('are sorted by sheet, row and column, and carry a stable key for waivers', () => {
    const { findings } = runChecks(projectModel({ code: 'X1', plan: ['25%', '50%', '75%', '90%'], indicators: [['产出指标', '数量指标', '人数', '≤9人']] }));
    const rows = findings.map((f) => Number(/\d+/.exec(f.cell)![0]));
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    const direction = findings.find((f) => f.rule === 'indicator/direction')!;
    expect(direction.key).toBe('indicator/direction|X1|indicator:产出指标/数量指标/人数');
  });
});
