/**
 * Check configuration: rules on or off, severity overrides and options (ESLint's form: "off", "warning" or
 * ["warning", { "threshold": 90 }]), the budget year when it cannot be inferred, and the framework to expect.
 * Presets for both frameworks set the sensible defaults of each.
 */
import { RULES } from './registry';
import type { Rule, Settings, Severity, SeveritySetting } from './types';

export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

export interface CheckConfig {
  /** "2015": 成本 under 产出 (older family); "2021": 成本 at level 1 (财预〔2021〕101号). */
  preset?: '2015' | '2021';
  budgetYear?: number | null;
  framework?: Settings['framework'];
  rules?: Record<string, RuleSetting>;
}

export interface ResolvedRule {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  settings: Settings;
  rules: Map<string, ResolvedRule>;
}

export const PRESETS: Record<'2015' | '2021', CheckConfig> = {
  '2015': { framework: '2015' },
  '2021': { framework: '2021' },
};

function defaultsOf(rule: Rule): ResolvedRule {
  const options: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(rule.meta.options ?? {})) options[key] = spec.default;
  return { severity: rule.meta.severity, options };
}

function apply(target: Map<string, ResolvedRule>, rules: Record<string, RuleSetting> | undefined): void {
  for (const [id, setting] of Object.entries(rules ?? {})) {
    const current = target.get(id);
    if (!current) continue; // validated beforehand: unknown ids are reported, not silently applied
    const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
    target.set(id, { severity, options: { ...current.options, ...(options ?? {}) } });
  }
}

/** Defaults, then the preset, then the file's own settings. */
export function resolveConfig(config: CheckConfig = {}): ResolvedConfig {
  const rules = new Map(RULES.map((rule) => [rule.meta.id, defaultsOf(rule)]));
  const preset = config.preset ? PRESETS[config.preset] : {};
  apply(rules, preset.rules);
  apply(rules, config.rules);
  return {
    settings: {
      budgetYear: config.budgetYear ?? preset.budgetYear ?? null,
      framework: config.framework ?? preset.framework ?? 'auto',
    },
    rules,
  };
}

export function isActive(setting: ResolvedRule | undefined): setting is ResolvedRule & { severity: Severity } {
  return setting !== undefined && setting.severity !== 'off';
}
