#!/usr/bin/env node
'use strict';
// The command is compiled from TypeScript by `npm install` (the "prepare" script) into lib/.
let main;
try {
  ({ main } = require('../lib/src/cli/main.js'));
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('ptcheck: 尚未编译，请先运行 npm install 或 npm run build:cli / not built yet: run npm install or npm run build:cli\n');
    process.exit(2);
  }
  throw error;
}
main(process.argv);
