import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { browserKontext, browserStarten } from '../utils/browser';
import { testServerFuerDatei, type TestServer, type TestServerOptionen } from '../utils/server';

/**
 * What every browser test file needs: one server (with the options given) and one headless Chromium
 * for the file, a fresh browser context (own cookies) per `neueSeite`, closed after each test, and
 * the check that no uncaught exception happened in the client during the test.
 *
 * The test environment has no DOM typings (tsconfig lib ES2023), so code that runs in the page is
 * passed to Playwright as a string or with `any`.
 */
export function portalImBrowser(opts: TestServerOptionen = { demo: true }): {
  server: () => TestServer;
  neueSeite: (optionen?: BrowserContextOptions) => Promise<Page>;
} {
  const server = testServerFuerDatei(opts);
  let browser: Browser;
  const offeneKontexte: BrowserContext[] = [];
  let seitenFehler: string[] = [];

  beforeAll(async () => {
    browser = await browserStarten();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(() => {
    seitenFehler = [];
  });
  afterEach(async () => {
    const kontexte = offeneKontexte.splice(0);
    await Promise.all(kontexte.map((k) => k.close().catch(() => undefined)));
    // No uncaught exception in the client during the test.
    expect(seitenFehler).toEqual([]);
  });

  async function neueSeite(optionen?: BrowserContextOptions): Promise<Page> {
    const kontext = optionen
      ? await browser.newContext({ baseURL: server().url, locale: 'de-DE', timezoneId: 'Europe/Berlin', ...optionen })
      : await browserKontext(browser, server().url);
    offeneKontexte.push(kontext);
    const page = await kontext.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => seitenFehler.push(`${page.url()}: ${e.message}`));
    return page;
  }

  return { server, neueSeite };
}

// ---------------------------------------------------------------------------------------------
// Page helpers

export type Konto = { benutzername: string; passwort: string };

export const SUCHFELD = 'SPN-ID, Schadennummer oder Kennzeichen';

/** Logs in through the login form (from wherever the page is) and waits for the start page. */
export async function anmeldenUeberFormular(page: Page, konto: Konto): Promise<void> {
  if (new URL(page.url(), 'http://x').pathname !== '/anmelden') await page.goto('/anmelden');
  await page.getByLabel('Benutzername', { exact: true }).fill(konto.benutzername);
  await page.getByLabel('Passwort', { exact: true }).fill(konto.passwort);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('button', { name: 'Abmelden', exact: true }).waitFor();
  await page.getByLabel(SUCHFELD, { exact: true }).waitFor();
}

/** Types into the one search field of the start page and submits with Enter. */
export async function suchen(page: Page, text: string): Promise<void> {
  const feld = page.getByLabel(SUCHFELD, { exact: true });
  await feld.fill(text);
  await feld.press('Enter');
}

/** Waits until the overview of `spnId` has loaded (its "Nächster Schritt" is shown). */
export async function uebersichtGeladen(page: Page, spnId: string): Promise<void> {
  await page.waitForURL((url) => url.pathname === `/auftrag/${spnId}`);
  await page.getByRole('region', { name: 'Nächster Schritt', exact: true }).waitFor();
}

/** Calls `lesen` until `fertig` holds or the time is up; returns the last value (assert on it afterwards). */
export async function warteBis<T>(lesen: () => Promise<T>, fertig: (wert: T) => boolean, ms = 8_000): Promise<T | undefined> {
  const ende = Date.now() + ms;
  let wert: T | undefined;
  for (;;) {
    try {
      wert = await lesen();
      if (fertig(wert)) return wert;
    } catch {
      // not rendered yet
    }
    if (Date.now() > ende) return wert;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export type Zeile = Record<string, string>;

/** All body rows of a table as { column header → cell text }, read in one step (no half-rendered state). */
export function tabelleLesen(tabelle: Locator): Promise<Zeile[]> {
  return tabelle.evaluate((t: any) => {
    const kopf: string[] = [...t.querySelectorAll('thead th')].map((th: any) => th.innerText.trim());
    return [...t.querySelectorAll('tbody tr')].map((tr: any) =>
      Object.fromEntries([...tr.children].map((td: any, i: number) => [kopf[i] ?? String(i), td.innerText.trim()])),
    );
  });
}


export async function mainText(page: Page): Promise<string> {
  return page.locator('main').innerText();
}
