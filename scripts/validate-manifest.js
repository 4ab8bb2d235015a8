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

/** Width and height of a PNG file, from its IHDR chunk; null when the file is no PNG. */
function pngSize(file) {
  const bytes = fs.readFileSync(file);
  if (bytes.length < 24 || bytes.toString('ascii', 1, 4) !== 'PNG') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * What the schemas cannot check: every resid names a resource that is defined, every URL shares the add-in's origin
 * (or one of its AppDomains), every icon is a PNG of the size it is declared at, and the pages the URLs name exist
 * (SupportUrl included) in `folder` (the built files: dist/, or the manifest's own folder), icons also in assets/.
 * Returns the problems in plain words; [] when there are none.
 */
function checkSemantics(xml, folder) {
  const problems = [];
  const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]));
  for (const [, resid] of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!defined.has(resid)) problems.push(`resid "${resid}" is used but no resource defines it`);
  }
  const source = /<DefaultSettings>[\s\S]*?<SourceLocation DefaultValue="([^"]+)"/.exec(xml);
  if (!source) return [...problems, 'no DefaultSettings/SourceLocation'];
  const base = new URL(source[1]);
  const root = new URL('./', base).href;
  const origins = new Set([base.origin, ...[...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => new URL(m[1]).origin)]);
  const urls = [...xml.matchAll(/<(\w+:)?(\w+)\s+(?:id="([^"]+)"\s+)?DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => ({
    element: m[2],
    id: m[3],
    url: m[4],
  }));
  const local = (url) => {
    if (!url.startsWith(root)) return null;
    const rel = decodeURIComponent(url.slice(root.length).split(/[?#]/)[0]);
    const candidates = [path.join(folder, rel), ...(rel.startsWith('assets/') ? [path.join(ROOT, rel)] : [])];
    return candidates.find((f) => fs.existsSync(f)) ?? null;
  };
  for (const { element, id, url } of urls) {
    const origin = new URL(url).origin;
    if (!origins.has(origin)) problems.push(`${element}${id ? ` "${id}"` : ''} points at ${origin}, not at the add-in's origin ${base.origin}`);
    else if (url.startsWith(root) && !local(url)) problems.push(`${element}${id ? ` "${id}"` : ''}: ${url} names no file in ${folder}`);
  }
  const declaredSizes = [
    ...[...xml.matchAll(/<bt:Image\s+size="(\d+)"\s+resid="([^"]+)"/g)].map((m) => ({ size: Number(m[1]), id: m[2] })),
  ];
  const imageUrl = new Map(urls.filter((u) => u.element === 'Image').map((u) => [u.id, u.url]));
  const expected = [
    ...declaredSizes.map(({ size, id }) => ({ size, url: imageUrl.get(id), what: `bt:Image "${id}"` })),
    ...urls.filter((u) => u.element === 'IconUrl').map((u) => ({ size: 32, url: u.url, what: 'IconUrl' })),
    ...urls.filter((u) => u.element === 'HighResolutionIconUrl').map((u) => ({ size: 64, url: u.url, what: 'HighResolutionIconUrl' })),
  ];
  for (const { size, url, what } of expected) {
    const file = url && local(url);
    if (!file) continue; // already said above
    const png = pngSize(file);
    if (!png) problems.push(`${what}: ${path.basename(file)} is not a PNG image`);
    else if (png.width !== size || png.height !== size) problems.push(`${what}: ${path.basename(file)} is ${png.width}×${png.height}, declared at ${size}×${size}`);
  }
  return [...new Set(problems)];
}

/** The built files a manifest's URLs name: its own folder when it holds the pages (dist/), else dist/ beside the repo. */
function filesFolderOf(manifest) {
  const own = path.dirname(path.resolve(manifest));
  if (fs.existsSync(path.join(own, 'taskpane.html'))) return own;
  return path.join(ROOT, 'dist');
}

module.exports = { schemaFolder, validate, checkSemantics, filesFolderOf };

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
      let ok = true;
      for (const r of results) {
        const filesFolder = filesFolderOf(r.file);
        const built = fs.existsSync(path.join(filesFolder, 'taskpane.html'));
        const semantic = built ? checkSemantics(fs.readFileSync(r.file, 'utf8'), filesFolder) : [];
        ok = ok && r.valid && semantic.length === 0;
        console.log(`${r.valid ? '✓ valid' : '✗ invalid'}  ${path.relative(ROOT, r.file)}  (schemas: ${folder})`);
        for (const e of r.errors) console.log(`    ${e}`);
        if (!built) console.log(`    (resources, origins and icon sizes not checked: build first, npm run build)`);
        else console.log(`${semantic.length ? '✗' : '✓'} resources, origins, icons and pages  (files: ${path.relative(ROOT, filesFolder) || '.'})`);
        for (const p of semantic) console.log(`    ${p}`);
      }
      process.exit(ok ? 0 : 1);
    },
    (error) => {
      console.error(`validation failed: ${error.message}`);
      process.exit(2);
    },
  );
}
