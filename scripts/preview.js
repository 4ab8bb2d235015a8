#!/usr/bin/env node
/**
 * `npm run preview`: builds the pages and serves the standalone preview — the real task pane on an in-memory
 * workbook — at http://localhost:3000/preview.html (port from PREVIEW_PORT). `--no-build` serves dist/ as it is.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { serveDist } = require('./serve-dist');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const port = Number(process.env.PREVIEW_PORT || 3000);

if (!process.argv.includes('--no-build') || !fs.existsSync(path.join(DIST, 'preview.html'))) {
  console.log('building the pages (webpack) …');
  const build = spawnSync(process.execPath, [path.join(path.dirname(require.resolve('webpack-cli/package.json')), 'bin', 'cli.js'), '--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status || 1);
}

serveDist(DIST, port).then(
  () => {
    console.log(`\n预览已启动 / preview running: http://localhost:${port}/preview.html`);
    console.log('按 Ctrl+C 停止 / press Ctrl+C to stop');
  },
  (error) => {
    console.error(error.code === 'EADDRINUSE' ? `端口 ${port} 已被占用，可设置 PREVIEW_PORT / port ${port} is in use: set PREVIEW_PORT` : error.message);
    process.exit(1);
  },
);
