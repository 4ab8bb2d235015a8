#!/usr/bin/env node
/** Prints the size of each built script, raw and gzipped, and fails when the task pane exceeds its 380 KB budget. */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const DIST = path.resolve(__dirname, '..', 'dist');
const TASKPANE_BUDGET = 380 * 1024;

function sizes() {
  return fs
    .readdirSync(DIST)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const bytes = fs.readFileSync(path.join(DIST, file));
      return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
    });
}

if (require.main === module) {
  if (!fs.existsSync(DIST)) {
    console.error('dist/ is missing: run npm run build first');
    process.exit(2);
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const all = sizes();
  for (const s of all) console.log(`${s.file.padEnd(14)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(10)} gzipped`);
  const pane = all.find((s) => s.file === 'taskpane.js');
  if (!pane) process.exit(2);
  const ok = pane.gzip <= TASKPANE_BUDGET;
  console.log(`task pane budget: ${kb(pane.gzip)} of ${kb(TASKPANE_BUDGET)} gzipped — ${ok ? 'within budget' : 'OVER BUDGET'}`);
  process.exit(ok ? 0 : 1);
}
