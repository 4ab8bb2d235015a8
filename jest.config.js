/** Unit, host and command-line tests. Browser tests run separately (npm run test:e2e). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        // Type checking is done once by `npm run typecheck`; with isolatedModules files are only transpiled here.
        tsconfig: { module: 'commonjs', moduleResolution: 'node', jsx: 'react-jsx', esModuleInterop: true, isolatedModules: true },
      },
    ],
  },
  setupFiles: ['<rootDir>/test/helpers/environment-setup.js'],
  moduleNameMapper: { '\\.(css|png|svg)$': '<rootDir>/test/helpers/file-stub.js' },
};
