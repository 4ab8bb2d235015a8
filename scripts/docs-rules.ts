/** Writes docs/rules.md and docs/config.schema.json from the rules' metadata (`npm run docs:rules`). */
import * as fs from 'fs';
import * as path from 'path';
import { configSchemaJson, rulesMarkdown } from '../src/core/check/rules-doc';

const DOCS = path.resolve(__dirname, '..', '..', 'docs');
fs.mkdirSync(DOCS, { recursive: true });
fs.writeFileSync(path.join(DOCS, 'rules.md'), rulesMarkdown());
fs.writeFileSync(path.join(DOCS, 'config.schema.json'), configSchemaJson());
console.log('wrote docs/rules.md and docs/config.schema.json');
