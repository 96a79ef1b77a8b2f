import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserKontext, browserStarten } from '../utils/browser';
import { systemClock } from '../../server/src/common/zeit';
import { kontoPostfachFuerDatei, linkAusMail } from '../utils/konten';
import { DEMO_INTERN, DEMO_WERKSTATT_2, testServerFuerDatei } from '../utils/server';

/**
 * Onboarding through the browser only (issue 5): staff create a shop → its admin follows the link of
 * the invitation mail (delivered by the outbox worker to a local SMTP server) and sets a password → invites a colleague → the colleague
 * follows the link, sets a password, and later logs in with it through the login form. Each person
 * has their own browser context (own cookies).
 */
const server = testServerFuerDatei({ demo: true });
/** The mails as their recipients get them: over SMTP, delivered when the test drives the outbox worker. */
const postfach = kontoPostfachFuerDatei(server, systemClock);
let browser: Browser;
const kontexte: BrowserContext[] = [];
let seitenFehler: string[] = [];

beforeAll(async () => {
  browser = await browserStarten();
});

afterAll(async () => {
  await Promise.all(kontexte.map((k) => k.close().catch(() => undefined)));
  await browser?.close();
});

afterEach(() => {
  expect(seitenFehler).toEqual([]);
});

async function neueSeite(): Promise<Page> {
  const kontext = await browserKontext(browser, server().url);
  kontexte.push(kontext);
  const page = await kontext.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => seitenFehler.push(`${page.url()}: ${e.message}`));
  return page;
}

async function axeVerstoesse(page: Page) {
  const ergebnis = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return ergebnis.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ regel: v.id, stellen: v.nodes.map((n) => n.target.join(' ')) }));
}

async function anmeldenUeberFormular(page: Page, benutzername: string, passwort: string): Promise<void> {
  await page.goto('/anmelden');
  await page.getByLabel('Benutzername', { exact: true }).fill(benutzername);
  await page.getByLabel('Passwort', { exact: true }).fill(passwort);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('button', { name: 'Abmelden', exact: true }).waitFor();
}

/** Opens the link of the newest account mail to `email` (path and fragment on the test server) and sets the password. */
async function linkFolgenUndPasswortSetzen(page: Page, email: string, anzahl: number, passwort: string, knopf: string): Promise<void> {
  const mails = await postfach.mailsAn(email);
  expect(mails).toHaveLength(anzahl);
  const { pfad } = linkAusMail(mails.at(-1)!.text);
  await page.goto(pfad);
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await axeVerstoesse(page)).toEqual([]);
  await page.getByLabel('Neues Passwort', { exact: true }).fill(passwort);
  await page.getByLabel('Passwort wiederholen', { exact: true }).fill(passwort);
  await page.getByRole('button', { name: knopf, exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('button', { name: 'Abmelden', exact: true }).waitFor();
}

it('Netzwerk legt eine Werkstatt an → der Administrator nimmt die Einladung an → lädt einen Kollegen ein → der meldet sich an', async () => {
  // Staff: "Werkstätten" → create the shop with its first admin
  const staff = await neueSeite();
  await anmeldenUeberFormular(staff, DEMO_INTERN.benutzername, DEMO_INTERN.passwort);
  await staff.getByRole('link', { name: 'Werkstätten', exact: true }).click();
  await staff.getByRole('heading', { name: 'Werkstatt anlegen', exact: true }).waitFor();
  // a submission with missing fields is refused with the problems listed
  await staff.getByRole('button', { name: 'Werkstatt anlegen und Administrator einladen' }).click();
  await staff.getByRole('alert').filter({ hasText: 'Bitte die Partnernummer angeben.' }).waitFor();
  await staff.getByLabel('Partnernummer', { exact: true }).fill('P-880001');
  await staff.getByLabel('Name der Werkstatt', { exact: true }).fill('Autoglas Schäfer GmbH');
  await staff.getByLabel('Ort', { exact: true }).fill('Regensburg');
  await staff.getByLabel('E-Mail-Adresse für System-E-Mails', { exact: true }).fill('auftraege@autoglas-schaefer.example');
  await staff.getByLabel('Kalkulationssystem', { exact: true }).selectOption('DAT');
  await staff.getByLabel('Name des Administrators', { exact: true }).fill('Jana Schäfer');
  await staff.getByLabel('E-Mail-Adresse des Administrators', { exact: true }).fill('jana@autoglas-schaefer.example');
  await staff.getByLabel('Benutzername des Administrators', { exact: true }).fill('jana.schaefer');
  await staff.getByRole('button', { name: 'Werkstatt anlegen und Administrator einladen' }).click();
  await staff.getByText('Werkstatt „Autoglas Schäfer GmbH“ (P-880001) angelegt. Die Einladung ging an jana@autoglas-schaefer.example.').waitFor();
  expect(await axeVerstoesse(staff)).toEqual([]);

  // The admin follows the invitation link from the mail
  const admin = await neueSeite();
  await linkFolgenUndPasswortSetzen(admin, 'jana@autoglas-schaefer.example', 1, 'Windschutzscheibe-Regen-42', 'Passwort festlegen und anmelden');
  await admin.getByText('Autoglas Schäfer GmbH').first().waitFor();

  // … opens "Benutzer" and invites a colleague
  await admin.getByRole('link', { name: 'Benutzer', exact: true }).click();
  await admin.getByRole('heading', { name: 'Benutzer einladen', exact: true }).waitFor();
  await admin.getByRole('cell', { name: 'jana.schaefer', exact: true }).waitFor();
  expect(await axeVerstoesse(admin)).toEqual([]);
  await admin.getByLabel('Name', { exact: true }).fill('Marco Lehmann');
  await admin.getByLabel('E-Mail-Adresse', { exact: true }).fill('marco@autoglas-schaefer.example');
  await admin.getByLabel('Benutzername', { exact: true }).fill('marco.lehmann');
  await admin.getByRole('button', { name: 'Einladung senden', exact: true }).click();
  await admin.getByText('Einladung an marco@autoglas-schaefer.example gesendet. Der Link ist 7 Tage gültig.').waitFor();
  await admin.getByRole('cell', { name: 'marco.lehmann', exact: true }).waitFor();

  // The colleague follows his link, sets a password that is too common first
  const kollege = await neueSeite();
  const mails = await postfach.mailsAn('marco@autoglas-schaefer.example');
  expect(mails).toHaveLength(1);
  expect(mails[0].text).toContain('Jana Schäfer (Autoglas Schäfer GmbH) hat Sie als Mitarbeiter/in der Werkstatt „Autoglas Schäfer GmbH“');
  await kollege.goto(linkAusMail(mails[0].text).pfad);
  await kollege.getByLabel('Neues Passwort', { exact: true }).fill('qwertyuiop12');
  await kollege.getByLabel('Passwort wiederholen', { exact: true }).fill('qwertyuiop12');
  await kollege.getByRole('button', { name: 'Passwort festlegen und anmelden', exact: true }).click();
  await kollege.getByRole('alert').filter({ hasText: 'Dieses Passwort ist zu leicht zu erraten' }).waitFor();
  await kollege.getByLabel('Neues Passwort', { exact: true }).fill('Scheibenwischer-Gummi-7');
  await kollege.getByLabel('Passwort wiederholen', { exact: true }).fill('Scheibenwischer-Gummi-7');
  await kollege.getByRole('button', { name: 'Passwort festlegen und anmelden', exact: true }).click();
  await kollege.waitForURL((url) => url.pathname === '/');
  await kollege.getByRole('button', { name: 'Abmelden', exact: true }).waitFor();
  // a plain employee has no "Benutzer" page in the navigation
  expect(await kollege.getByRole('link', { name: 'Benutzer', exact: true }).count()).toBe(0);

  // … logs out and in again with the new password
  await kollege.getByRole('button', { name: 'Abmelden', exact: true }).click();
  await kollege.waitForURL((url) => url.pathname === '/anmelden');
  await anmeldenUeberFormular(kollege, 'marco.lehmann', 'Scheibenwischer-Gummi-7');
  await kollege.getByRole('link', { name: 'Mein Konto' }).click();
  await kollege.getByRole('heading', { name: 'Mein Konto', level: 1 }).waitFor();
  await kollege.locator('#inhalt').getByText('Autoglas Schäfer GmbH (Partner-Nr. P-880001)').waitFor();
  expect(await axeVerstoesse(kollege)).toEqual([]);

  // the admin sees the colleague as active now
  await admin.reload();
  const zeile = admin.getByRole('row').filter({ hasText: 'marco.lehmann' });
  await zeile.getByRole('cell', { name: 'aktiv', exact: true }).waitFor();
});

it('„Passwort vergessen“ auf der Anmeldeseite antwortet gleich, ob es das Konto gibt', async () => {
  const page = await neueSeite();
  await page.goto('/anmelden');
  await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
  await page.getByRole('heading', { name: 'Passwort vergessen', level: 1 }).waitFor();
  expect(await axeVerstoesse(page)).toEqual([]);
  await page.getByLabel('Benutzername oder E-Mail-Adresse', { exact: true }).fill('gibt-es-nicht');
  await page.getByRole('button', { name: 'Link anfordern', exact: true }).click();
  const text = await page.getByRole('status').filter({ hasText: 'Bitte prüfen Sie Ihr E-Mail-Postfach' }).innerText();
  const page2 = await neueSeite();
  await page2.goto('/passwort-vergessen');
  await page2.getByLabel('Benutzername oder E-Mail-Adresse', { exact: true }).fill(DEMO_WERKSTATT_2.benutzername);
  await page2.getByRole('button', { name: 'Link anfordern', exact: true }).click();
  expect(await page2.getByRole('status').filter({ hasText: 'Bitte prüfen Sie Ihr E-Mail-Postfach' }).innerText()).toBe(text);
  // the link of the mail opens the page for a new password
  await linkFolgenUndPasswortSetzen(page2, 'a.yilmaz@karosserie-yilmaz.example', 1, 'Neues-Netzwerk-Passwort-1', 'Passwort speichern und anmelden');
});

it('API-Schlüssel: das Netzwerk erstellt einen Schlüssel, sieht ihn einmal, und widerruft ihn', async () => {
  const staff = await neueSeite();
  await anmeldenUeberFormular(staff, DEMO_INTERN.benutzername, DEMO_INTERN.passwort);
  await staff.getByRole('link', { name: 'API-Schlüssel', exact: true }).click();
  await staff.getByRole('heading', { name: 'Schlüssel erstellen', exact: true }).waitFor();
  await staff.getByRole('cell', { name: 'DAT Demo-Anbindung', exact: true }).waitFor();
  expect(await axeVerstoesse(staff)).toEqual([]);
  await staff.getByLabel('Name', { exact: true }).fill('GT Motive Pilot');
  await staff.getByLabel('Kalkulationssystem', { exact: true }).selectOption('GT_MOTIVE');
  await staff.getByLabel('Werkstatt suchen', { exact: true }).fill('Lackierzentrum');
  await staff.getByRole('checkbox', { name: /Lackierzentrum Nord/ }).check();
  await staff.getByRole('button', { name: 'Schlüssel erstellen', exact: true }).click();
  const feld = staff.getByLabel('API-Schlüssel', { exact: true });
  await feld.waitFor();
  const schluessel = await feld.inputValue();
  expect(schluessel).toMatch(/^spk_/);
  // the key works for its shop's orders over the API
  const me = await server().gql('{ me { rolle } auftraege(first: 5) { nodes { werkstatt { partnerNummer } } } }', undefined, { token: schluessel });
  expect(me.body.data.me.rolle).toBe('KALKULATION');
  expect(me.body.data.auftraege.nodes.every((a: any) => a.werkstatt.partnerNummer === 'P-301122')).toBe(true);
  // after a reload it is gone from the page; the list shows only its prefix
  await staff.reload();
  const zeile = staff.getByRole('row').filter({ hasText: 'GT Motive Pilot' });
  await zeile.waitFor();
  expect(await staff.content()).not.toContain(schluessel);
  await zeile.getByRole('button', { name: 'Widerrufen: GT Motive Pilot' }).click();
  await zeile.getByRole('button', { name: 'Widerruf bestätigen: GT Motive Pilot' }).click();
  await staff.getByText('Der API-Schlüssel „GT Motive Pilot“ ist widerrufen und wird ab sofort abgewiesen.').waitFor();
  const danach = await server().gql('{ me { rolle } }', undefined, { token: schluessel });
  expect(danach.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});
