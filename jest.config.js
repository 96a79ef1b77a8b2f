// @ts-check
/**
 * Three tiers of tests, told apart by their file suffix (architecture rule 10):
 *
 *   test/unit/**\/*.test.ts            unit     pure functions, no database, no server
 *   test/e2e/**\/*.e2e.test.ts         e2e      the real server over HTTP on a fresh database per file
 *                                               (TEST_DB=sqlite, the default, or TEST_DB=mariadb)
 *   test/browser/**\/*.browser.test.ts browser  the built client in headless Chromium
 *   test/stoerung/**\/*.stoerung.test.ts stoerung  faults: the built portal as a process on a MariaDB of
 *                                               its own that the test stops, restarts and kills
 *
 * `npm test` (scripts/test.mjs) type-checks and runs all tiers on every available database. For one
 * tier: `npx jest --selectProjects unit`, `TEST_DB=mariadb npx jest --selectProjects e2e`.
 *
 * swc compiles TypeScript without type checking (scripts/test.mjs runs `tsc --noEmit` for that) but,
 * unlike esbuild, emits the decorator metadata type-graphql and TypeORM need.
 */

/** swc options matching tsconfig.json: ES2022, CommonJS, legacy decorators with metadata. */
function swc(tsx) {
  return [
    '@swc/jest',
    {
      sourceMaps: 'inline',
      module: { type: 'commonjs' },
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', tsx, decorators: true },
        transform: {
          legacyDecorator: true,
          decoratorMetadata: true,
          // tsc's default for target ES2022, so tests see the same class semantics as the build.
          useDefineForClassFields: true,
          ...(tsx ? { react: { runtime: 'automatic' } } : {}),
        },
        keepClassNames: true,
      },
    },
  ];
}

const transform = {
  '^.+\\.(ts|mts|cts)$': swc(false),
  '^.+\\.tsx$': swc(true),
};

/** Settings every project shares. */
const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/', '<rootDir>/client/dist/'],
  // Timeouts per tier (unit 10 s, e2e 60 s, browser 120 s), chosen by the file suffix.
  setupFilesAfterEnv: ['<rootDir>/test/utils/jest-timeout.ts'],
  clearMocks: true,
  restoreMocks: true,
};

/** @type {import('jest').Config} */
module.exports = {
  // Two cores: more workers only make the servers of the e2e files compete for them.
  maxWorkers: 2,
  // Report files that leave servers, pools or timers running instead of hanging silently.
  openHandlesTimeout: 5000,
  slowTestThreshold: 10,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/unit/**/*.test.tsx'],
      // The other tiers' suffixes also end in .test.ts: keep them out even if one lands in test/unit.
      testPathIgnorePatterns: [...common.testPathIgnorePatterns, '\\.e2e\\.test\\.tsx?$', '\\.browser\\.test\\.tsx?$'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser.test.ts'],
    },
    {
      ...common,
      displayName: 'stoerung',
      testMatch: ['<rootDir>/test/stoerung/**/*.stoerung.test.ts'],
    },
  ],
};
