#!/usr/bin/env node
/**
 * Validates manifest.xml (or the files given) against the XML manifest schemas, offline (`npm run validate`).
 * The XSDs are looked for in $MANIFEST_SCHEMAS, then in ../shared/schemas/office-addin-manifest beside the repo.
 * Exit codes: 0 valid, 1 invalid, 2 the schemas (or a file) could not be found.
 */
const fs = require('fs');
const path = require('path');
const { validateXML } = require('xmllint-wasm');

const ROOT = path.resolve(__dirname, '..');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

function schemaFolder() {
  const candidates = [process.env.MANIFEST_SCHEMAS, path.resolve(ROOT, '..', 'shared', 'schemas', 'office-addin-manifest')].filter(Boolean);
  return candidates.find((dir) => fs.existsSync(path.join(dir, MAIN_SCHEMA))) || null;
}

async function validate(files, folder) {
  const xsds = fs.readdirSync(folder).filter((f) => f.endsWith('.xsd'));
  const load = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(folder, f), 'utf8') });
  const schema = [load(MAIN_SCHEMA)];
  const preload = xsds.filter((f) => f !== MAIN_SCHEMA).map(load);
  const results = [];
  for (const file of files) {
    const result = await validateXML({ xml: [{ fileName: path.basename(file), contents: fs.readFileSync(file, 'utf8') }], schema, preload });
    results.push({ file, valid: result.valid, errors: result.errors.map((e) => e.rawMessage) });
  }
  return results;
}

module.exports = { schemaFolder, validate };

if (require.main === module) {
  const files = process.argv.slice(2).length ? process.argv.slice(2) : [path.join(ROOT, 'manifest.xml')];
  const folder = schemaFolder();
  if (!folder) {
    console.error(
      `找不到清单架构（${MAIN_SCHEMA}）：请把 MANIFEST_SCHEMAS 设为存放这些 .xsd 文件的文件夹，或把它们放在 ../shared/schemas/office-addin-manifest。\n` +
        `Cannot find the manifest schemas (${MAIN_SCHEMA}): set MANIFEST_SCHEMAS to the folder holding the .xsd files, or put them in ../shared/schemas/office-addin-manifest.`,
    );
    process.exit(2);
  }
  const missing = files.filter((f) => !fs.existsSync(f));
  if (missing.length) {
    console.error(`找不到文件 / file not found: ${missing.join(', ')}`);
    process.exit(2);
  }
  validate(files, folder).then(
    (results) => {
      for (const r of results) {
        console.log(`${r.valid ? '✓ valid' : '✗ invalid'}  ${path.relative(ROOT, r.file)}  (schemas: ${folder})`);
        for (const e of r.errors) console.log(`    ${e}`);
      }
      process.exit(results.every((r) => r.valid) ? 0 : 1);
    },
    (error) => {
      console.error(`validation failed: ${error.message}`);
      process.exit(2);
    },
  );
}
