/** Browser tests: the preview page in Debian's Chromium, driven by playwright-core (run through npm run test:e2e). */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/e2e'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 90_000,
};
