/** docs/rules.md and docs/config.schema.json are generated from the rules: they must be current. */
import * as fs from 'fs';
import * as path from 'path';
import { configSchemaJson, rulesMarkdown } from '../../../src/core/check/rules-doc';
import { RULES } from '../../../src/core/check/registry';
import { REPO } from '../../helpers/samples';

describe('generated rule documentation', () => {
  it('docs/rules.md matches the rules (run npm run docs:rules after changing a rule)', () => {
    expect(fs.readFileSync(path.join(REPO, 'docs', 'rules.md'), 'utf8')).toBe(rulesMarkdown());
  });

  it('docs/config.schema.json matches the rules', () => {
    expect(fs.readFileSync(path.join(REPO, 'docs', 'config.schema.json'), 'utf8')).toBe(configSchemaJson());
  });

  it('lists every rule once', () => {
    const markdown = rulesMarkdown();
    // One row of the table each (the policy below the table may mention a rule too).
    for (const rule of RULES) expect(markdown.split(`| \`${rule.meta.id}\` |`).length - 1).toBe(1);
  });
});
