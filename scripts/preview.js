#!/usr/bin/env node
/**
 * `npm run preview`: builds the pages and serves the standalone preview — the real task pane on an in-memory
 * workbook — at http://localhost:3000/preview.html (port from PREVIEW_PORT). `--no-build` serves dist/ as it is.
 * The port is checked first: a taken port stops here, before a build of a minute that could not be served.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { serveDist } = require('./serve-dist');
const { checkPort } = require('./port-check');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');

async function main() {
  // `npm start` runs this script too; the message names the command the user typed.
  const command = process.env.npm_lifecycle_event === 'start' ? 'npm start' : 'npm run preview';
  const port = await checkPort('PREVIEW_PORT', 3000, process.env, command);
  if (port === null) process.exit(1);

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
      // Taken while building.
      console.error(error.code === 'EADDRINUSE' ? `端口 ${port} 已被占用，可设置 PREVIEW_PORT / port ${port} is in use: set PREVIEW_PORT` : error.message);
      process.exit(1);
    },
  );
}

void main();
