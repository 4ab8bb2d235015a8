/**
 * Validating a configuration file against a JSON Schema built from the rules' own metadata, with messages that
 * name the offending key ("rules → indicator/satisfaction-low → threshold: must be ≤ 100").
 */
import Ajv, { type ErrorObject } from 'ajv';
import type { Messages } from '../i18n/messages';
import type { CheckConfig } from './config';
import { RULES } from './registry';
import { SEVERITIES, type OptionSpec, type Rule } from './types';

const SETTINGS = [...SEVERITIES, 'off'];

function optionSchema(spec: OptionSpec): Record<string, unknown> {
  const schema: Record<string, unknown> = { type: spec.nullable ? [spec.type, 'null'] : spec.type, description: spec.description['en-US'] };
  if (spec.minimum !== undefined) schema.minimum = spec.minimum;
  if (spec.maximum !== undefined) schema.maximum = spec.maximum;
  if (spec.enum) schema.enum = spec.enum;
  return schema;
}

function optionsSchema(rule: Rule): Record<string, unknown> {
  const properties = Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([k, spec]) => [k, optionSchema(spec)]));
  return { type: 'object', additionalProperties: false, properties };
}

/** The whole configuration's schema, also written to docs/config.schema.json for editors. */
export function configJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'ptcheck configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      preset: { enum: ['2015', '2021'], description: 'Indicator framework preset' },
      budgetYear: { type: ['integer', 'null'], minimum: 2000, maximum: 2100, description: 'Budget year when a table does not say' },
      framework: { enum: ['auto', '2015', '2021'], description: 'Framework to expect' },
      rules: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          RULES.map((rule) => [
            rule.meta.id,
            {
              description: rule.meta.description['en-US'],
              anyOf: [
                { enum: SETTINGS },
                { type: 'array', minItems: 1, maxItems: 2, items: [{ enum: SETTINGS }, optionsSchema(rule)] },
              ],
            },
          ]),
        ),
      },
    },
  };
}

export interface ConfigError {
  /** Where, as the user wrote it: "rules → indicator/satisfaction-low → threshold". */
  path: string;
  message: Messages;
}

const ajv = new Ajv({ allErrors: true, strict: false });
const topLevel = ajv.compile({
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    preset: { enum: ['2015', '2021'] },
    budgetYear: { type: ['integer', 'null'], minimum: 2000, maximum: 2100 },
    framework: { enum: ['auto', '2015', '2021'] },
    rules: { type: 'object' },
  },
});
const optionValidators = new Map(RULES.map((rule) => [rule.meta.id, ajv.compile(optionsSchema(rule))]));

const TYPE_NAMES: Record<string, [string, string]> = {
  integer: ['整数', 'an integer'],
  number: ['数字', 'a number'],
  string: ['文本', 'text'],
  boolean: ['true/false', 'true or false'],
  object: ['对象 { … }', 'an object { … }'],
  array: ['数组 [ … ]', 'an array [ … ]'],
  null: ['null', 'null'],
};

function describe(error: ErrorObject): Messages {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return { 'zh-CN': `不认识的设置项“${String(p.additionalProperty)}”`, 'en-US': `unknown key "${String(p.additionalProperty)}"` };
    case 'type': {
      const types = String(p.type).split(',');
      return {
        'zh-CN': `应为${types.map((t) => TYPE_NAMES[t]?.[0] ?? t).join('或')}`,
        'en-US': `must be ${types.map((t) => TYPE_NAMES[t]?.[1] ?? t).join(' or ')}`,
      };
    }
    case 'enum':
      return {
        'zh-CN': `取值应为 ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join('、')} 之一`,
        'en-US': `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'minimum':
    case 'maximum':
      return {
        'zh-CN': `应 ${error.keyword === 'minimum' ? '≥' : '≤'} ${String(p.limit)}`,
        'en-US': `must be ${error.keyword === 'minimum' ? '≥' : '≤'} ${String(p.limit)}`,
      };
    default:
      return { 'zh-CN': error.message ?? '取值无效', 'en-US': error.message ?? 'invalid value' };
  }
}

function pathOf(prefix: string[], error: ErrorObject): string {
  const parts = [...prefix, ...error.instancePath.split('/').filter(Boolean).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))];
  if (error.keyword === 'additionalProperties') parts.push(String((error.params as Record<string, unknown>).additionalProperty));
  return parts.join(' → ') || '(根 / root)';
}

/** Edit distance, to suggest the rule id a typo meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

export function validateConfig(input: unknown): { ok: true; config: CheckConfig } | { ok: false; errors: ConfigError[] } {
  const errors: ConfigError[] = [];
  if (!topLevel(input)) {
    for (const error of topLevel.errors ?? []) errors.push({ path: pathOf([], error), message: describe(error) });
  }
  const rules = (input as { rules?: unknown } | null)?.rules;
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    for (const [id, setting] of Object.entries(rules as Record<string, unknown>)) {
      const where = `rules → ${id}`;
      const validate = optionValidators.get(id);
      if (!validate) {
        const closest = RULES.map((r) => r.meta.id).sort((a, b) => distance(id, a) - distance(id, b))[0];
        errors.push({
          path: where,
          message: { 'zh-CN': `没有名为“${id}”的规则，是否指“${closest}”？`, 'en-US': `there is no rule "${id}"; did you mean "${closest}"?` },
        });
        continue;
      }
      const [severity, options, ...extra] = Array.isArray(setting) ? setting : [setting];
      if (!SETTINGS.includes(severity as string)) {
        errors.push({
          path: where,
          message: {
            'zh-CN': `级别应为 "error"、"warning"、"info" 或 "off"，或写成 ["warning", { 选项 }]，而不是 ${JSON.stringify(severity)}`,
            'en-US': `severity must be "error", "warning", "info" or "off", or ["warning", { options }], not ${JSON.stringify(severity)}`,
          },
        });
      }
      if (extra.length) errors.push({ path: where, message: { 'zh-CN': '数组最多两项：级别和选项', 'en-US': 'at most two items: severity and options' } });
      if (options !== undefined && !validate(options)) {
        for (const error of validate.errors ?? []) errors.push({ path: pathOf([where], error), message: describe(error) });
      }
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, config: input as CheckConfig };
}
