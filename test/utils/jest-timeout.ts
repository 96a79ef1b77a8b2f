/**
 * Per-tier test timeout (jest's project-level `testTimeout` is not applied by jest-circus):
 * unit 10 s, e2e 60 s, browser 120 s.
 */
const testPfad = expect.getState().testPath ?? '';
jest.setTimeout(testPfad.endsWith('.browser.test.ts') ? 120_000 : testPfad.endsWith('.e2e.test.ts') ? 60_000 : 10_000);
