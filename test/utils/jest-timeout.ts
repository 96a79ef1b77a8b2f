/**
 * Per-tier test timeout (jest's project-level `testTimeout` is not applied by jest-circus):
 * unit 10 s, e2e 60 s, browser 120 s, stoerung 240 s.
 */
const testPfad = expect.getState().testPath ?? '';
const TIMEOUTS: [string, number][] = [
  ['.stoerung.test.ts', 240_000],
  ['.browser.test.ts', 120_000],
  ['.e2e.test.ts', 60_000],
];
jest.setTimeout(TIMEOUTS.find(([endung]) => testPfad.endsWith(endung))?.[1] ?? 10_000);
