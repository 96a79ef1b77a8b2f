import fs from 'node:fs';
import { Browser, BrowserContext, chromium } from 'playwright-core';

/** Chromium from the system (Debian package `chromium`); `CHROMIUM_PATH`, if set, is the only candidate. Null if not installed. */
export function chromiumPfad(env: NodeJS.ProcessEnv = process.env): string | null {
  const kandidaten = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const kandidat of kandidaten) {
    try {
      fs.accessSync(kandidat, fs.constants.X_OK);
      return kandidat;
    } catch {
      // next candidate
    }
  }
  return null;
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches headless Chromium (playwright-core, no browser download). Close it in afterAll. */
export async function browserStarten(): Promise<Browser> {
  const executablePath = chromiumPfad();
  if (!executablePath) throw new Error('Chromium nicht gefunden: apt-get install -y chromium oder CHROMIUM_PATH setzen');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A fresh browser context (own cookies) for `baseURL`, German locale and Berlin time, as the users have.
 */
export function browserKontext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 900 } });
}
