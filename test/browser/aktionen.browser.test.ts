import type { Page } from 'playwright-core';
import { spn } from '../utils/abfragen';
import { DEMO_INTERN, DEMO_WERKSTATT, anmelden as apiAnmelden } from '../utils/server';
import { anmeldenUeberFormular, mainText, portalImBrowser, suchen, tabelleLesen, uebersichtGeladen, warteBis } from './seiten';

/**
 * The three portal actions in the browser, as a shop and a staff user do them in the demo: answer a
 * reminder with a Vorgangsinfo from the Hinweis button, file a Fehlende Freigabe from the actions
 * menu, request a repair order for a KV-Service order, and see the staff answer after a staff user
 * worked the ticket in the queue. What the pages show is cross-checked against the API.
 */
const { server, neueSeite } = portalImBrowser({ demo: true });

const TICKETNUMMER = /^SSP-\d{4}-\d{6}$/;

interface ApiTicket {
  ticketNummer: string;
  aktion: string;
  status: string;
  nachrichten: { von: string; text: string }[];
}

interface ApiAuftrag {
  status: string;
  auftragsart: string;
  hinweise: { code: string; titel: string; text: string }[];
  erinnerungen: { erledigtAm: string | null }[];
  tickets: ApiTicket[];
}

const AUFTRAG = /* GraphQL */ `
  query Auftrag($spnId: String!) {
    auftrag(spnId: $spnId) {
      status
      auftragsart
      hinweise { code titel text }
      erinnerungen { erledigtAm }
      tickets { ticketNummer aktion status nachrichten { von text } }
    }
  }
`;

/** The order as the demo shop sees it over the API (independent of what the page shows). */
async function auftragUeberApi(spnId: string): Promise<ApiAuftrag> {
  const token = await apiAnmelden(server(), DEMO_WERKSTATT.benutzername, DEMO_WERKSTATT.passwort);
  const r = await server().gql<{ auftrag: ApiAuftrag | null }>(AUFTRAG, { spnId }, { token });
  expect(r.body.errors).toBeUndefined();
  if (!r.body.data?.auftrag) throw new Error(`${spnId} über die API nicht gefunden`);
  return r.body.data.auftrag;
}

/** Today in Europe/Berlin as `YYYY-MM-DD` (the value a date input takes). */
function heuteBerlin(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
}

/** Submits the open action form and returns the ticket number the confirmation shows. */
async function absendenUndTicketnummerLesen(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Meldung senden', exact: true }).click();
  await page.getByRole('heading', { name: 'Meldung erhalten', level: 1 }).waitFor();
  return (await page.locator('.ticketnummer-gross').innerText()).trim();
}

describe('Vorgangsinfo aus der Erinnerung', () => {
  it('öffnet das Formular über den Hinweis, prüft im Browser, und die Meldung ergibt eine Ticketnummer, die Übersicht und API zeigen', async () => {
    // given: order 1 has an open reminder; the shop opens it and the Hinweis' button
    const spnId = spn(1);
    const vorher = await auftragUeberApi(spnId);
    expect(vorher.erinnerungen.some((e) => e.erledigtAm === null)).toBe(true);
    const page = await neueSeite();
    await anmeldenUeberFormular(page, DEMO_WERKSTATT);
    await suchen(page, spnId);
    await uebersichtGeladen(page, spnId);
    const naechster = page.getByRole('region', { name: 'Nächster Schritt', exact: true });
    await naechster.getByRole('button', { name: 'Vorgangsinfo', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/auftrag/${spnId}/aktion/vorgangsinfo`);

    // when: sent without a status, the browser refuses and names the field; nothing reaches the server
    await page.getByRole('button', { name: 'Meldung senden', exact: true }).click();
    const statusFeld = page.getByLabel('Reparaturstatus', { exact: true });
    await expect(statusFeld.getAttribute('aria-invalid')).resolves.toBe('true');
    expect((await auftragUeberApi(spnId)).tickets).toHaveLength(vorher.tickets.length);

    // then: choosing "Fahrzeug in Arbeit" asks for exactly its date, and sending gives a ticket number
    await expect(page.getByLabel('Fahrzeug übernommen am', { exact: true }).count()).resolves.toBe(0);
    await statusFeld.selectOption({ label: 'Fahrzeug in Arbeit' });
    await page.getByLabel('Fahrzeug übernommen am', { exact: true }).fill(heuteBerlin());
    await expect(page.getByLabel('Fertiggestellt am', { exact: true }).count()).resolves.toBe(0);
    await page.getByLabel('Nachricht', { exact: true }).fill('Fahrzeug ist heute gekommen, Teile sind da.');
    const ticketNummer = await absendenUndTicketnummerLesen(page);
    expect(ticketNummer).toMatch(TICKETNUMMER);
    expect(await mainText(page)).toContain(`bearbeiten diese unter der Ticketnummer ${ticketNummer}`);

    // and the API agrees: one new Vorgangsinfo ticket with that number, reminder closed, order in repair
    const nachher = await auftragUeberApi(spnId);
    const neu = nachher.tickets.filter((t) => !vorher.tickets.some((v) => v.ticketNummer === t.ticketNummer));
    expect(neu.map((t) => [t.ticketNummer, t.aktion])).toEqual([[ticketNummer, 'VORGANGSINFO']]);
    expect(nachher.erinnerungen.every((e) => e.erledigtAm !== null)).toBe(true);
    expect(nachher.status).toBe('IN_REPARATUR');
    expect(nachher.hinweise.map((h) => h.code)).toContain('TICKET_OFFEN');
    expect(nachher.hinweise.map((h) => h.code)).not.toContain('ERINNERUNG_OFFEN');

    // and the overview, reached from the confirmation, names the ticket instead of the reminder
    await page.getByRole('link', { name: 'Zur Auftragsübersicht', exact: true }).click();
    await uebersichtGeladen(page, spnId);
    const text = await mainText(page);
    expect(text).toContain(`Ticket ${ticketNummer} in Bearbeitung`);
    expect(text).not.toContain('Erinnerung: Reparatur- oder Terminstatus melden');
    expect(text).toContain('In Reparatur');
  });
});

describe('Fehlende Freigabe aus dem Aktionsmenü', () => {
  it('prüft den Betrag schon im Browser und legt genau ein Ticket an, auch bei Doppelklick', async () => {
    // given: order 4 has a KV in review; the shop opens "Fehlende Freigabe" from the actions menu
    const spnId = spn(4);
    const vorher = await auftragUeberApi(spnId);
    const page = await neueSeite();
    await anmeldenUeberFormular(page, DEMO_WERKSTATT);
    await page.goto(`/auftrag/${spnId}`);
    await uebersichtGeladen(page, spnId);
    await page.getByRole('region', { name: 'Aktionen', exact: true }).getByRole('link', { name: 'Fehlende Freigabe', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/auftrag/${spnId}/aktion/fehlende-freigabe`);

    // when: an amount with three decimals is refused at the field
    await page.getByLabel('Freigabe erhalten am', { exact: true }).fill(heuteBerlin());
    await page.getByLabel('Quelle', { exact: true }).selectOption({ label: 'E-Mail' });
    const betrag = page.getByLabel('Freigegebener Betrag netto', { exact: true });
    await betrag.fill('1.234,567');
    await page.getByRole('button', { name: 'Meldung senden', exact: true }).click();
    await expect(betrag.getAttribute('aria-invalid')).resolves.toBe('true');
    expect((await auftragUeberApi(spnId)).tickets).toHaveLength(vorher.tickets.length);

    // then: corrected and sent with a double click, exactly one ticket is filed
    await betrag.fill('3.127,90');
    await page.getByLabel('Referenz', { exact: true }).fill('FG-RH-4711');
    await page.getByRole('button', { name: 'Meldung senden', exact: true }).dblclick();
    await page.getByRole('heading', { name: 'Meldung erhalten', level: 1 }).waitFor();
    const ticketNummer = (await page.locator('.ticketnummer-gross').innerText()).trim();
    expect(ticketNummer).toMatch(TICKETNUMMER);
    const nachher = await auftragUeberApi(spnId);
    const neu = nachher.tickets.filter((t) => !vorher.tickets.some((v) => v.ticketNummer === t.ticketNummer));
    expect(neu.map((t) => [t.ticketNummer, t.aktion, t.nachrichten.length])).toEqual([[ticketNummer, 'FEHLENDE_FREIGABE', 0]]);
  });
});

describe('Auftrag anfordern für einen KV-Service-Auftrag und die Antwort des Netzwerks', () => {
  it('die Werkstatt fordert an, das Netzwerk erledigt das Ticket in der Warteschlange, die Werkstatt sieht Antwort und Reparaturauftrag', async () => {
    // given: order 9 is a KV-Service order; the shop requests a repair order from the Hinweis
    const spnId = spn(9);
    expect((await auftragUeberApi(spnId)).auftragsart).toBe('KV_SERVICE');
    const werkstatt = await neueSeite();
    await anmeldenUeberFormular(werkstatt, DEMO_WERKSTATT);
    await werkstatt.goto(`/auftrag/${spnId}`);
    await uebersichtGeladen(werkstatt, spnId);
    await werkstatt.getByRole('button', { name: 'Auftrag anfordern', exact: true }).click();
    await werkstatt.waitForURL((url) => url.pathname === `/auftrag/${spnId}/aktion/auftrag-anfordern`);
    await werkstatt.getByLabel('Kunde wünscht Reparatur', { exact: true }).check();
    await werkstatt.getByRole('checkbox').check();
    await werkstatt.getByLabel('Nachricht', { exact: true }).fill('Kunde hat heute unterschrieben, bitte Reparaturauftrag erteilen.');
    const ticketNummer = await absendenUndTicketnummerLesen(werkstatt);
    expect(ticketNummer).toMatch(TICKETNUMMER);

    // when: staff finds the ticket in the queue and closes it as done with an answer
    const intern = await neueSeite();
    await anmeldenUeberFormular(intern, DEMO_INTERN);
    await intern.goto('/ticket-warteschlange');
    const zeilen = await warteBis(
      () => tabelleLesen(intern.getByRole('table').first()),
      (z) => z.some((zeile) => zeile['Ticketnummer'] === ticketNummer),
    );
    expect(zeilen?.find((zeile) => zeile['Ticketnummer'] === ticketNummer)?.['SPN-ID']).toBe(spnId);
    await intern.getByRole('link', { name: ticketNummer, exact: true }).click();
    await intern.waitForURL((url) => url.pathname === `/ticket-warteschlange/${ticketNummer}`);
    const antwort = 'Reparaturauftrag ist erteilt, bitte mit der Reparatur beginnen.';
    // what "Erledigt" means for this action is explained once, as the description of that choice
    const formular = intern.getByRole('form', { name: 'Ticket bearbeiten', exact: true });
    const formularText = await formular.innerText();
    expect(formularText.match(/Erledigt bedeutet/g)).toHaveLength(1);
    const erledigt = intern.getByRole('radio', { name: 'Erledigt', exact: true });
    const beschreibung = await erledigt.evaluate((el: any) => el.ownerDocument.getElementById(el.getAttribute('aria-describedby'))?.textContent ?? '');
    expect(beschreibung).toMatch(/^Erledigt bedeutet: angenommen/);
    await erledigt.check();
    await intern.getByLabel('Antwort an die Werkstatt', { exact: true }).fill(antwort);
    await intern.getByRole('button', { name: 'Bearbeitung speichern', exact: true }).click();
    await warteBis(() => mainText(intern), (t) => t.includes(antwort));

    // then: the shop sees the answer on its ticket and the order is now a repair order
    await werkstatt.goto(`/tickets/${ticketNummer}`);
    const ticketText = await warteBis(() => mainText(werkstatt), (t) => t.includes(antwort));
    expect(ticketText).toContain(antwort);
    expect(ticketText).toContain('Erledigt');
    await werkstatt.goto(`/auftrag/${spnId}`);
    await uebersichtGeladen(werkstatt, spnId);
    expect(await mainText(werkstatt)).toContain('Reparaturauftrag');
    const api = await auftragUeberApi(spnId);
    expect(api.auftragsart).toBe('REPARATUR');
    const ticket = api.tickets.find((t) => t.ticketNummer === ticketNummer);
    expect(ticket?.status).toBe('ERLEDIGT');
    expect(ticket?.nachrichten.map((n) => n.text)).toContain(antwort);

    // and a number that does not exist: staff have no shop, so the page does not speak of one
    await intern.goto('/ticket-warteschlange/SSP-2026-999999');
    const unbekannt = await warteBis(() => mainText(intern), (t) => t.includes('Kein Ticket mit dieser Nummer gefunden'));
    expect(unbekannt).toContain('Kein Ticket mit dieser Nummer gefunden');
    expect(unbekannt).not.toMatch(/Werkstatt/);
  });
});
