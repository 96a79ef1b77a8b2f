import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import * as enums from '../../server/src/common/enums';
import { spn } from '../utils/abfragen';
import { DEMO_INTERN, DEMO_WERKSTATT, DEMO_WERKSTATT_2, anmelden as apiAnmelden } from '../utils/server';
import { anmeldenUeberFormular, mainText, portalImBrowser, suchen, tabelleLesen, uebersichtGeladen, warteBis, type Zeile } from './seiten';

/**
 * The built client (client/dist) in headless Chromium against the real server with the demo data:
 * login, search, overview, list with filter and paging, "Offene Punkte", accessibility (axe),
 * logout and tenant isolation, phone width and print (server, browser and pages: ./seiten.ts).
 */

const { server, neueSeite } = portalImBrowser({ demo: true });

// ---------------------------------------------------------------------------------------------
// Helpers of this file

/** The count line of a loaded order list ("16 Aufträge"), or null while it (re)loads. */
async function listenAnzahl(page: Page): Promise<string | null> {
  const texte = await page.getByRole('status').allInnerTexts();
  const anzahl = texte.map((t) => t.trim()).find((t) => /^[\d.]+ (Auftrag|Aufträge)\b/.test(t));
  return anzahl && !/wird aktualisiert/.test(anzahl) ? anzahl : null;
}

/** Reads a loaded order list: its count line and rows, once the count line agrees with the rows. */
async function listeLesen(page: Page, tabellenName: string, fertig: (l: { anzahl: string | null; zeilen: Zeile[] }) => boolean = () => true) {
  return warteBis(
    async () => ({ anzahl: await listenAnzahl(page), zeilen: await tabelleLesen(page.getByRole('table', { name: tabellenName, exact: true })) }),
    (l) => l.anzahl !== null && l.zeilen.length > 0 && fertig(l),
  );
}
/** Every enum value of the domain of four or more letters (shorter ones like KV or DAT are also their label). */
const ROHE_ENUM_WERTE = [
  ...new Set(
    Object.values(enums)
      .flatMap((e) => Object.values(e as Record<string, unknown>))
      .filter((v): v is string => typeof v === 'string' && /^[A-Z_]{4,}$/.test(v)),
  ),
];

function roheEnumWerte(text: string): string[] {
  return ROHE_ENUM_WERTE.filter((wert) => new RegExp(`(^|[^A-Za-z_])${wert}($|[^A-Za-z_])`).test(text));
}

const berlinZeit = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `03.12.2026, 14:05` for every minute between `von` and `bis` (Europe/Berlin). */
function minutenZwischen(von: number, bis: number): string[] {
  const minuten: string[] = [];
  for (let t = von - 60_000; t <= bis + 60_000; t += 30_000) minuten.push(berlinZeit.format(new Date(t)));
  return [...new Set(minuten)];
}

/** Horizontal overflow of the page and, for the report, the elements sticking out to the right. */
async function horizontalerUeberstand(page: Page): Promise<{ scrollWidth: number; clientWidth: number; zuBreit: string[] }> {
  return page.evaluate(() => {
    const doc = (globalThis as any).document;
    const breite: number = doc.documentElement.clientWidth;
    const zuBreit: string[] = [...doc.querySelectorAll('body *')]
      .filter((el: any) => el.getBoundingClientRect().right > breite + 1)
      .slice(0, 10)
      .map((el: any) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} (${Math.round(el.getBoundingClientRect().right)}px)`);
    return { scrollWidth: doc.documentElement.scrollWidth as number, clientWidth: breite, zuBreit };
  });
}

async function keinHorizontalesScrollen(page: Page, seite: string): Promise<void> {
  const m = await horizontalerUeberstand(page);
  // On failure the report names the page and the elements that stick out.
  expect(m.scrollWidth <= m.clientWidth + 1 ? 'passt' : { seite, ...m }).toBe('passt');
}

/** axe with WCAG 2.1 A/AA; returns the serious and critical violations, readable for the report. */
async function schwereAxeVerstoesse(page: Page) {
  const ergebnis = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return ergebnis.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      regel: v.id,
      impact: v.impact,
      hilfe: v.help,
      stellen: v.nodes.map((n) => `${n.target.join(' ')} – ${n.failureSummary ?? ''}`),
    }));
}

/** Computed `display` of the first element of a locator. */
function display(locator: Locator): Promise<string> {
  return locator.first().evaluate((el: any) => el.ownerDocument.defaultView.getComputedStyle(el).display as string);
}

// Demo data facts (server/src/db/seed/demo-seed.ts).
const ERINNERUNG_TITEL = 'Erinnerung: Reparatur- oder Terminstatus melden';
const KUNDE_AUFTRAG_1 = 'Claudia Neumann';

// ---------------------------------------------------------------------------------------------

describe('Suche und Auftragsübersicht', () => {
  it('führt von der Anmeldung über die SPN-ID-Suche zur Übersicht mit Stand, nächstem Schritt und deutschen Formaten', async () => {
    // given: demo-werkstatt logged in through the form
    const page = await neueSeite();
    await anmeldenUeberFormular(page, DEMO_WERKSTATT);
    const vorher = Date.now();

    // when: the SPN-ID is typed in lower case with surrounding spaces
    await suchen(page, ' spn-2026-000001 ');
    await uebersichtGeladen(page, spn(1));
    const nachher = Date.now();

    // then: the overview of that order, its heading naming the canonical SPN-ID
    expect(new URL(page.url()).pathname).toBe('/auftrag/SPN-2026-000001');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('SPN-2026-000001');

    // the "Stand" is the moment of the call (server time, shown in Europe/Berlin)
    const text = await mainText(page);
    const stand = /Stand:\s*(\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2})/.exec(text)?.[1];
    expect(minutenZwischen(vorher, nachher)).toContain(stand);

    // "Nächster Schritt": the open reminder with exactly one button "Vorgangsinfo" on the page
    const naechster = page.getByRole('region', { name: 'Nächster Schritt', exact: true });
    expect(await naechster.getByRole('heading', { level: 3 }).first().innerText()).toBe(ERINNERUNG_TITEL);
    await expect(naechster.getByRole('button', { name: 'Vorgangsinfo', exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Vorgangsinfo', exact: true }).count()).resolves.toBe(1);

    // German formats: amounts (KV 1: Ersatzteile 1.843,20 €, Netto 3.604,70 €), date and time
    expect(text).toMatch(/\d{1,3}(\.\d{3})*,\d{2} €/);
    expect(text).toContain('1.843,20 €');
    expect(text).toContain('3.604,70 €');
    expect(text).toMatch(/\b\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}\b/);
    expect(text).toContain('02.10.2026, 09:00'); // vermittelt am 02.10.2026 07:00 UTC
    expect(text).not.toMatch(/\b\d+\.\d{2} €|\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}:\d{2}/); // no API formats
    // no raw enum names (KV_IN_PRUEFUNG, FREIGEGEBEN, HAFTPFLICHT, …)
    expect(roheEnumWerte(text)).toEqual([]);
    expect(text).toContain('Haftpflicht');

    // the RKÜ is in review: a request, not a decision, so no decision date
    const rkue = await page.getByRole('region', { name: 'Reparaturkostenübernahme (RKÜ)', exact: true }).innerText();
    expect(rkue).toMatch(/Status\s+In Prüfung/);
    expect(rkue).not.toMatch(/Entschieden am/);

    // and the button opens the action's page
    await naechster.getByRole('button', { name: 'Vorgangsinfo', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/auftrag/SPN-2026-000001/aktion/vorgangsinfo');
  });

  it('zeigt das Entscheidungsdatum der RKÜ nur, wenn sie entschieden ist', async () => {
    // given: order 10's RKÜ was rejected, order 3's was never requested
    const page = await neueSeite();
    await anmeldenUeberFormular(page, DEMO_WERKSTATT);
    const rkueText = async (nr: number) => {
      await page.goto(`/auftrag/${spn(nr)}`);
      await uebersichtGeladen(page, spn(nr));
      return page.getByRole('region', { name: 'Reparaturkostenübernahme (RKÜ)', exact: true }).innerText();
    };
    // then
    const abgelehnt = await rkueText(10);
    expect(abgelehnt).toMatch(/Status\s+Abgelehnt/);
    expect(abgelehnt).toMatch(/Entschieden am\s+\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);
    const nichtAngefragt = await rkueText(3);
    expect(nichtAngefragt).toMatch(/Status\s+Nicht angefragt/);
    expect(nichtAngefragt).not.toMatch(/Entschieden am/);
  });

  it('findet einen Auftrag über das Kennzeichen in anderer Schreibweise und öffnet ihn aus der Trefferliste', async () => {
    // given
    const page = await neueSeite();
    await anmeldenUeberFormular(page, DEMO_WERKSTATT);

    // when: "LÖ-X 7E" searched as "lö x7e"
    await suchen(page, 'lö x7e');
    const liste = await listeLesen(page, 'Gefundene Aufträge');

    // then: exactly that order is listed, and the plate does not end up in the URL
    expect(liste?.zeilen.map((z) => [z['SPN-ID'], z['Kennzeichen']])).toEqual([['SPN-2026-000002', 'LÖ-X 7E']]);
    expect(liste?.anzahl).toBe('1 Auftrag');
    expect(decodeURIComponent(page.url()).toLowerCase()).not.toContain('x7e');

    // when: the hit is opened
    await page
      .getByRole('table', { name: 'Gefundene Aufträge', exact: true })
      .getByRole('link', { name: 'SPN-2026-000002', exact: true })
      .click();

    // then
    await uebersichtGeladen(page, spn(2));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('SPN-2026-000002');
    expect(await mainText(page)).toContain('LÖ-X 7E');
  });
});

describe('Auftragsliste', () => {
  it('filtert nach dem Status „Storniert“ und zeigt nur stornierte Aufträge, auch nach dem Neuladen', async () => {
    // given: the list of demo-werkstatt (16 orders, one page)
    const page = await neueSeite();
    await anmeldenUeberFormular(page, DEMO_WERKSTATT);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Aufträge', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/auftraege');
    const alle = await listeLesen(page, 'Aufträge', (l) => l.zeilen.length === 16);
    expect(alle?.anzahl).toBe('16 Aufträge');
    expect(new Set(alle?.zeilen.map((z) => z['Status'])).size).toBeGreaterThan(1);
    // 16 orders fit on one page: no paging controls
    await expect(page.getByRole('button', { name: 'Nächste Seite', exact: true }).count()).resolves.toBe(0);

    // when
    await page.getByRole('checkbox', { name: 'Storniert', exact: true }).check();

    // then: only the cancelled order 8, with its Storno as the next step elsewhere
    const storniert = await listeLesen(page, 'Aufträge', (l) => l.zeilen.every((z) => z['Status'] === 'Storniert'));
    expect(storniert?.zeilen.map((z) => [z['SPN-ID'], z['Status']])).toEqual([['SPN-2026-000008', 'Storniert']]);
    expect(storniert?.anzahl).toBe('1 Auftrag');
    expect(new URL(page.url()).searchParams.getAll('status')).toEqual(['STORNIERT']);

    // and the filter survives a reload (it lives in the URL)
    await page.reload();
    const nachReload = await listeLesen(page, 'Aufträge');
    expect(nachReload?.zeilen.map((z) => z['SPN-ID'])).toEqual(['SPN-2026-000008']);
    await expect(page.getByRole('checkbox', { name: 'Storniert', exact: true }).isChecked()).resolves.toBe(true);

    // and "Alle Status anzeigen" brings back all 16
    await page.getByRole('button', { name: 'Alle Status anzeigen', exact: true }).click();
    const wieder = await listeLesen(page, 'Aufträge', (l) => l.zeilen.length === 16);
    expect(wieder?.zeilen).toHaveLength(16);
  });

  it('blättert bei mehr als 20 Aufträgen vor und zurück, ohne Auftrag doppelt oder zu verlieren', async () => {
    // given: staff sees all 29 demo orders, 20 per page
    const page = await neueSeite();
    await anmeldenUeberFormular(page, DEMO_INTERN);
    await page.goto('/auftraege');
    const seite1 = await listeLesen(page, 'Aufträge', (l) => l.zeilen.length === 20);
    expect(seite1?.anzahl).toBe('29 Aufträge');
    expect(seite1?.zeilen).toHaveLength(20);
    await page.getByText('Seite 1 von 2', { exact: true }).waitFor();
    const erste = seite1!.zeilen.map((z) => z['SPN-ID']);

    // when
    await page.getByRole('button', { name: 'Nächste Seite', exact: true }).click();

    // then: the other 9, none twice
    await page.getByText('Seite 2 von 2', { exact: true }).waitFor();
    const seite2 = await listeLesen(page, 'Aufträge', (l) => l.zeilen.length !== 20);
    const zweite = seite2!.zeilen.map((z) => z['SPN-ID']);
    expect(zweite).toHaveLength(9);
    expect(new Set([...erste, ...zweite]).size).toBe(29);
    await expect(page.getByRole('button', { name: 'Nächste Seite', exact: true }).isDisabled()).resolves.toBe(true);

    // and back to page 1
    await page.getByRole('button', { name: 'Vorherige Seite', exact: true }).click();
    await page.getByText('Seite 1 von 2', { exact: true }).waitFor();
    const zurueck = await listeLesen(page, 'Aufträge', (l) => l.zeilen.length === 20);
    expect(zurueck?.zeilen.map((z) => z['SPN-ID'])).toEqual(erste);
  });

  it('„Offene Punkte“ zeigt genau die Aufträge, deren Hinweise eine Aktion anbieten, mit dem nächsten Schritt', async () => {
    // given: the orders of demo-werkstatt whose Hinweise offer an action, as the API reports them
    const token = await apiAnmelden(server(), DEMO_WERKSTATT.benutzername, DEMO_WERKSTATT.passwort);
    const api = await server().gql<{ auftraege: { nodes: { spnId: string; hinweise: { titel: string; aktion: string | null }[] }[] } }>(
      '{ auftraege(first: 100) { nodes { spnId hinweise { titel aktion } } } }',
      undefined,
      { token },
    );
    expect(api.body.errors).toBeUndefined();
    const mitAktion = api.body.data!.auftraege.nodes.filter((a) => a.hinweise.some((h) => h.aktion !== null));
    const erwartet = mitAktion.map((a) => [a.spnId, a.hinweise[0]?.titel]).sort();
    expect(erwartet.length).toBeGreaterThan(1);
    expect(erwartet.length).toBeLessThan(16);

    // when
    const page = await neueSeite();
    await anmeldenUeberFormular(page, DEMO_WERKSTATT);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Offene Punkte', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/offene-punkte');
    await page.getByRole('heading', { level: 1, name: 'Offene Punkte' }).waitFor();
    const liste = await listeLesen(page, 'Aufträge mit offenen Punkten');

    // then: the same orders, each with its first Hinweis as "Nächster Schritt"
    const gezeigt = liste!.zeilen.map((z) => [z['SPN-ID'], z['Nächster Schritt']]).sort();
    expect(gezeigt).toEqual(erwartet);
    expect(gezeigt).toEqual(expect.arrayContaining([[spn(1), ERINNERUNG_TITEL], [spn(8), 'Auftrag storniert']]));
    expect(liste?.anzahl).toBe(`${erwartet.length} Aufträge`);
  });
});

describe('Barrierefreiheit (axe, WCAG 2.1 AA)', () => {
  it('meldet auf Anmeldung, Suche, Auftragsliste und Übersicht keine schweren oder kritischen Verstöße', async () => {
    const page = await neueSeite();

    await page.goto('/anmelden');
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    expect({ seite: 'Anmeldung', verstoesse: await schwereAxeVerstoesse(page) }).toEqual({ seite: 'Anmeldung', verstoesse: [] });

    await anmeldenUeberFormular(page, DEMO_WERKSTATT);
    expect({ seite: 'Suche', verstoesse: await schwereAxeVerstoesse(page) }).toEqual({ seite: 'Suche', verstoesse: [] });

    await page.goto('/auftraege');
    await listeLesen(page, 'Aufträge', (l) => l.zeilen.length === 16);
    expect({ seite: 'Auftragsliste', verstoesse: await schwereAxeVerstoesse(page) }).toEqual({ seite: 'Auftragsliste', verstoesse: [] });

    await page.goto(`/auftrag/${spn(1)}`);
    await uebersichtGeladen(page, spn(1));
    expect({ seite: 'Übersicht', verstoesse: await schwereAxeVerstoesse(page) }).toEqual({ seite: 'Übersicht', verstoesse: [] });
  });
});

describe('Abmelden und Mandantentrennung', () => {
  /** Records (per document) whether any of these texts ever appeared in the DOM, even briefly. */
  const BEOBACHTET = ['Claudia Neumann', 'Thomas Berger', 'Autohaus Berger', 'Leopoldstraße 88'];
  const WAECHTER = `(() => {
    window.__gesehen = [];
    const pruefen = () => {
      const text = document.body ? document.body.textContent || '' : '';
      for (const w of ${JSON.stringify(BEOBACHTET)}) if (text.includes(w) && !window.__gesehen.includes(w)) window.__gesehen.push(w);
    };
    new MutationObserver(pruefen).observe(document, { subtree: true, childList: true, characterData: true });
  })()`;
  const gesehen = (page: Page) => page.evaluate('window.__gesehen.slice()') as Promise<string[]>;

  it('zeigt nach dem Abmelden weder per Zurück noch per URL Daten des vorigen Benutzers, auch nicht dem nächsten', async () => {
    // given: demo-werkstatt looks at order 1 (customer Claudia Neumann)
    const page = await neueSeite();
    await page.context().addInitScript(WAECHTER);
    await anmeldenUeberFormular(page, DEMO_WERKSTATT);
    await suchen(page, spn(1));
    await uebersichtGeladen(page, spn(1));
    await page.getByText(KUNDE_AUFTRAG_1, { exact: true }).waitFor();

    // when: "Abmelden"
    await page.getByRole('button', { name: 'Abmelden', exact: true }).click();

    // then: the login page, nothing of the user left
    await page.waitForURL((url) => url.pathname === '/anmelden');
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Sie wurden abgemeldet.' }).waitFor();
    let body = await page.locator('body').innerText();
    for (const w of BEOBACHTET) expect(body).not.toContain(w);
    await page.evaluate('window.__gesehen = []');

    // when: the browser's back button
    await page.goBack();

    // then: back to the login page, no data of the user shown on the way
    await page.waitForURL((url) => url.pathname === '/anmelden');
    await page.getByLabel('Benutzername', { exact: true }).waitFor();
    await page.waitForTimeout(300); // a late render of cached data would show up here
    expect(new URL(page.url()).pathname).toBe('/anmelden');
    expect(await gesehen(page)).toEqual([]);

    // when: the overview's URL is visited directly
    await page.goto(`/auftrag/${spn(1)}`);

    // then: redirected to the login page without showing the order
    await page.waitForURL((url) => url.pathname === '/anmelden');
    await page.getByLabel('Benutzername', { exact: true }).waitFor();
    expect(await gesehen(page)).toEqual([]);

    // when: the other shop logs in in the same browser and opens the same URL
    await anmeldenUeberFormular(page, DEMO_WERKSTATT_2);
    await page.getByText('Ayşe Yılmaz', { exact: true }).waitFor();
    expect(await gesehen(page)).toEqual([]);
    await page.goto(`/auftrag/${spn(1)}`);

    // then: "not found", nothing of the first shop
    await page.getByRole('status').filter({ hasText: 'Kein Auftrag mit dieser SPN-ID gefunden' }).waitFor();
    body = await page.locator('body').innerText();
    expect(body).toContain('Ayşe Yılmaz');
    for (const w of BEOBACHTET) expect(body).not.toContain(w);
    expect(await gesehen(page)).toEqual([]);
  });

  it('meldet der zweiten Werkstatt bei der Suche nach einem fremden Auftrag dasselbe wie bei einem unbekannten', async () => {
    // given
    const page = await neueSeite();
    await page.context().addInitScript(WAECHTER);
    await anmeldenUeberFormular(page, DEMO_WERKSTATT_2);

    // when: the first shop's order
    await suchen(page, spn(1));

    // then: "nicht gefunden", the search stays on the start page
    const meldung = page.getByRole('status').filter({ hasText: 'Kein Auftrag mit dieser SPN-ID gefunden' });
    await meldung.waitFor();
    const fremd = await meldung.innerText();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await gesehen(page)).toEqual([]);

    // and exactly the same words as for an SPN-ID that does not exist
    await suchen(page, 'SPN-2026-999999');
    await page.getByText('Gesucht wurde SPN-2026-999999', { exact: false }).waitFor();
    expect((await meldung.innerText()).replace('SPN-2026-999999', spn(1))).toBe(fremd);

    // and the shop's own order is found by the same search (the search itself works)
    await suchen(page, spn(17));
    await uebersichtGeladen(page, spn(17));
    expect(await gesehen(page)).toEqual([]);
  });
});

describe('Smartphone (390 × 844)', () => {
  it('Suche, Liste und Übersicht funktionieren ohne horizontales Scrollen', async () => {
    const page = await neueSeite({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

    await page.goto('/anmelden');
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    await keinHorizontalesScrollen(page, 'Anmeldung');

    await anmeldenUeberFormular(page, DEMO_WERKSTATT);
    await keinHorizontalesScrollen(page, 'Suche');

    await suchen(page, 'lö x7e');
    await listeLesen(page, 'Gefundene Aufträge');
    await keinHorizontalesScrollen(page, 'Suchergebnis');

    await suchen(page, spn(1));
    await uebersichtGeladen(page, spn(1));
    const knopf = page.getByRole('region', { name: 'Nächster Schritt', exact: true }).getByRole('button', { name: 'Vorgangsinfo', exact: true });
    await expect(knopf.isVisible()).resolves.toBe(true);
    const box = await knopf.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await page.getByText(KUNDE_AUFTRAG_1, { exact: true }).waitFor();
    await keinHorizontalesScrollen(page, 'Übersicht');

    await page.goto('/auftraege');
    await listeLesen(page, 'Aufträge', (l) => l.zeilen.length === 16);
    await keinHorizontalesScrollen(page, 'Auftragsliste');
  });
});

describe('Drucken', () => {
  it('blendet in der Druckansicht der Übersicht Navigation und Schaltflächen aus, der Inhalt bleibt', async () => {
    // given: the overview on screen, navigation and buttons visible
    const page = await neueSeite();
    await anmeldenUeberFormular(page, DEMO_WERKSTATT);
    await page.goto(`/auftrag/${spn(1)}`);
    await uebersichtGeladen(page, spn(1));
    const namen = ['Abmelden', 'Aktualisieren', 'Drucken', 'Vorgangsinfo'];
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).isVisible()).resolves.toBe(true);
    for (const name of namen) await expect(page.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(true);
    // Role locators skip hidden elements, so the print checks select by element.
    const navigation = page.locator('nav[aria-label="Hauptnavigation"]');
    const knoepfe = page.locator('button');
    await expect(navigation.count()).resolves.toBe(1);

    // when
    await page.emulateMedia({ media: 'print' });

    // then: navigation and every button hidden
    expect(await display(navigation)).toBe('none');
    await expect(navigation.isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).count()).resolves.toBe(0);
    const alleKnoepfe = await knoepfe.allTextContents();
    expect(alleKnoepfe).toEqual(expect.arrayContaining(namen));
    const sichtbar: string[] = [];
    for (let i = 0; i < alleKnoepfe.length; i++) if (await knoepfe.nth(i).isVisible()) sichtbar.push(alleKnoepfe[i]);
    expect(sichtbar).toEqual([]);
    await expect(page.getByRole('button').count()).resolves.toBe(0);

    // and the content is still there
    await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: ERINNERUNG_TITEL }).isVisible()).resolves.toBe(true);
    await expect(page.getByText(KUNDE_AUFTRAG_1, { exact: true }).isVisible()).resolves.toBe(true);
  });
});

describe('Sicherheits-Header der Seiten', () => {
  it('jede Seite des Clients kommt mit strenger CSP, ohne Einbettung in fremde Seiten und mit nosniff', async () => {
    const page = await neueSeite();
    for (const pfad of ['/anmelden', '/auftrag/SPN-2026-000001', '/tickets']) {
      const antwort = await page.goto(pfad);
      const h = antwort!.headers();
      expect([pfad, h['content-security-policy']]).toEqual([pfad, expect.stringContaining("default-src 'self'")]);
      expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(h['content-security-policy']).toContain("script-src 'self';");
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['x-frame-options']).toBe('DENY');
    }
    // and the client still works under that policy (no inline script or style blocked)
    await anmeldenUeberFormular(page, DEMO_WERKSTATT);
  });

  it('eine fehlende Datei ist ein 404, nicht die Seite des Clients (ein Skript bekäme sonst HTML)', async () => {
    const page = await neueSeite();
    for (const pfad of ['/assets/gibt-es-nicht.js', '/favicon.ico', '/robots.txt']) {
      const antwort = await page.request.get(pfad);
      expect({ pfad, status: antwort.status(), typ: antwort.headers()['content-type'] }).toEqual({ pfad, status: 404, typ: expect.stringMatching(/^application\/json/) });
    }
    // routes of the client still get its page, also with a dot inside a segment
    for (const pfad of ['/auftraege', '/auftrag/SPN-2026-000001', '/tickets/T.1']) {
      const antwort = await page.request.get(pfad);
      expect({ pfad, status: antwort.status(), typ: antwort.headers()['content-type'] }).toEqual({ pfad, status: 200, typ: expect.stringMatching(/^text\/html/) });
    }
  });
});
