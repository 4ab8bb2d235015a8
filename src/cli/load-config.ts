/** Reads and validates a rule configuration file; every problem is named by its key, in one message. */
import { promises as fs } from 'fs';
import { resolveConfig, type CheckConfig, type ResolvedConfig } from '../core/check/config';
import type { Locale } from '../core/i18n/messages';

export type LoadedConfig = { ok: true; config: ResolvedConfig } | { ok: false; message: string };

export async function loadConfig(file: string | undefined, overrides: Partial<CheckConfig>, locale: Locale): Promise<LoadedConfig> {
  const zh = locale === 'zh-CN';
  let fromFile: CheckConfig = {};
  if (file) {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      return { ok: false, message: zh ? `ptcheck: 无法读取配置文件 ${file}\n` : `ptcheck: cannot read the configuration file ${file}\n` };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, message: zh ? `ptcheck: 配置文件 ${file} 不是有效的 JSON：${detail}\n` : `ptcheck: ${file} is not valid JSON: ${detail}\n` };
    }
    // The schema validator (ajv) is loaded only when there is a file to validate.
    const { validateConfig } = await import('../core/check/config-schema');
    const validated = validateConfig(parsed);
    if (!validated.ok) {
      const lines = validated.errors.map((e) => `  ${e.path}: ${e.message[locale]}`);
      const head = zh ? `ptcheck: 配置文件 ${file} 有误：` : `ptcheck: the configuration file ${file} has errors:`;
      return { ok: false, message: `${head}\n${lines.join('\n')}\n` };
    }
    fromFile = validated.config;
  }
  const merged: CheckConfig = { ...fromFile };
  if (overrides.preset) merged.preset = overrides.preset;
  if (overrides.budgetYear) merged.budgetYear = overrides.budgetYear;
  return { ok: true, config: resolveConfig(merged) };
}
