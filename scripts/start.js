#!/usr/bin/env node
/**
 * `npm start`: where Excel is installed (Windows, macOS), sideload the add-in into Excel with the development server;
 * elsewhere, start the standalone preview on the bundled sample workbook and print its URL. The preview checks its
 * port (PREVIEW_PORT, default 3000) before it builds and stops with a message when the port is taken. The Excel path
 * leaves the port to office-addin-debugging, which takes a server already on it for a running development server.
 */
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

function excelInstalled() {
  if (process.platform === 'darwin') return fs.existsSync('/Applications/Microsoft Excel.app');
  if (process.platform !== 'win32') return false;
  const roots = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter(Boolean);
  const versions = ['root\\Office16', 'Office16', 'root\\Office15', 'Office15'];
  return roots.some((root) => versions.some((v) => fs.existsSync(path.join(root, 'Microsoft Office', v, 'EXCEL.EXE'))));
}

function run(script, args) {
  const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (excelInstalled() && process.env.PTCHECK_PREVIEW !== '1') {
  console.log('Excel found: sideloading the add-in (office-addin-debugging) …');
  run(require.resolve('office-addin-debugging/cli.js'), ['start', path.join(ROOT, 'manifest.xml'), 'desktop', '--app', 'excel', '--dev-server', 'npm run dev-server']);
} else {
  console.log('Excel is not installed here: starting the standalone preview on the sample workbook.');
  run(path.join(__dirname, 'preview.js'), process.argv.slice(2));
}
