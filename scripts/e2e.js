#!/usr/bin/env node
/**
 * `npm run test:e2e`: builds the pages once, serves dist/ on a free local port and runs the browser tests against
 * it in Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium). Screenshots go to test-results/.
 */
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { serveDist } = require('./serve-dist');

const ROOT = path.resolve(__dirname, '..');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!fs.existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(2);
}

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status || 1);
}

serveDist(path.join(ROOT, 'dist'), 0).then((server) => {
  const { port } = server.address();
  // Asynchronous: this process keeps serving the pages while the tests run.
  const jestBin = path.join(path.dirname(require.resolve('jest/package.json')), 'bin', 'jest.js');
  const args = [jestBin, '--config', 'jest.e2e.config.js', '--runInBand', ...process.argv.slice(2).filter((a) => a !== '--no-build')];
  const jest = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, PREVIEW_URL: `http://localhost:${port}/`, CHROMIUM_PATH: chromium },
  });
  jest.on('exit', (code) => {
    server.close();
    process.exit(code ?? 1);
  });
});
