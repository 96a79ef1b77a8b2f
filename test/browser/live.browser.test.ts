import { warteBis } from '../utils/abonnement';
import { spn } from '../utils/abfragen';
import { DEMO_API_SCHLUESSEL, DEMO_INTERN, DEMO_WERKSTATT, anmelden as apiAnmelden } from '../utils/server';
import { anmeldenUeberFormular, mainText, portalImBrowser, suchen, uebersichtGeladen } from './seiten';

/**
 * Live updates (issue 8): the open overview subscribes to its order over WebSocket; a staff RKÜ decision,
 * a vendor's KV (new status), a staff answer to the shop's ticket and the Freigabe, each made over the
 * API, change what the page shows without a reload, and a polite status line says what changed.
 */
const { server, neueSeite } = portalImBrowser({ demo: true });

it('aktualisiert die offene Übersicht ohne Neuladen: RKÜ, neuer KV mit Status, Ticket-Antwort und Freigabe', async () => {
  const page = await neueSeite();
  const wsFehler: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') wsFehler.push(m.text());
  });
  const sockets: string[] = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));

  // the page may open a WebSocket to its own origin, and only there
  const anmeldeseite = await page.goto('/anmelden');
  const host = new URL(server().url).host;
  expect(anmeldeseite?.headers()['content-security-policy']).toContain(`connect-src 'self' ws://${host} wss://${host};`);

  // Given: the shop has the overview of an order without KV open
  await anmeldenUeberFormular(page, DEMO_WERKSTATT);
  await suchen(page, spn(3));
  await uebersichtGeladen(page, spn(3));
  const rkue = page.getByRole('region', { name: 'Reparaturkostenübernahme (RKÜ)', exact: true });
  await expect(rkue.innerText()).resolves.toMatch(/nicht angefragt/i);
  // a marker that a reload would wipe out
  await page.evaluate('window.__ohneNeuladen = true');
  // the page subscribed (the server counts the open subscription)
  await warteBis(() => server().abonnenten() === 1, 'Abonnement der Übersicht aktiv');

  // When: staff records the insurer's RKÜ decision over the API
  const staff = await apiAnmelden(server(), DEMO_INTERN.benutzername, DEMO_INTERN.passwort);
  const r = await server().gql(`mutation { rkueEntscheiden(input: { spnId: "${spn(3)}", status: IN_PRUEFUNG }) { fehler { code } } }`, undefined, { token: staff });
  expect(r.body.data.rkueEntscheiden.fehler).toEqual([]);

  // Then: the RKÜ section and the notice change, without reload
  const hinweis = page.locator('.live-hinweis');
  await expect(hinweis.getAttribute('aria-live')).resolves.toBe('polite');
  await hinweis.filter({ hasText: 'Reparaturkostenübernahme (RKÜ) in Prüfung' }).waitFor();
  await rkue.filter({ hasText: 'In Prüfung' }).waitFor();

  // When: the calculation system sends a KV
  const auftrag = (await server().gql(`{ auftrag(spnId: "${spn(3)}") { fahrzeug { kennzeichen } schadennummer } }`, undefined, { token: DEMO_API_SCHLUESSEL })).body.data.auftrag;
  const kv = await server().gql(
    `mutation($i: KvEinreichenInput!) { kvEinreichen(input: $i) { fehler { code meldung } kv { id } } }`,
    {
      i: {
        spnId: spn(3),
        art: 'KV',
        externeReferenz: 'LIVE-1',
        kennzeichen: auftrag.fahrzeug.kennzeichen,
        schadennummer: auftrag.schadennummer,
        summen: { ersatzteile: '1234.00', arbeitslohn: '500.00', lackierung: '0.00', nebenkosten: '0.00', mwst: '329.46' },
      },
    },
    { token: DEMO_API_SCHLUESSEL },
  );
  expect(kv.body.data.kvEinreichen.fehler).toEqual([]);

  // Then: the new KV and the new status appear, and the notice names the change
  const kvs = page.getByRole('region', { name: 'Kostenvoranschläge & Nachträge', exact: true });
  await kvs.filter({ hasText: 'LIVE-1' }).waitFor();
  await page.getByRole('region', { name: 'Auftragsdaten', exact: true }).filter({ hasText: 'KV in Prüfung' }).waitFor();
  await hinweis.filter({ hasText: /KV/ }).waitFor();
  expect(await mainText(page)).toContain('Die Übersicht wurde aktualisiert.');

  // When: the shop reports a missing Freigabe (over the API, e.g. from another tab) and staff answers the ticket
  const shop = await apiAnmelden(server(), DEMO_WERKSTATT.benutzername, DEMO_WERKSTATT.passwort);
  const heute = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const meldung = await server().gql(
    `mutation($i: FehlendeFreigabeInput!) { fehlendeFreigabeMelden(input: $i) { fehler { code meldung } ticket { ticketNummer } } }`,
    { i: { spnId: spn(3), freigabeErhaltenAm: heute, idempotencyKey: 'live-ticket-1' } },
    { token: shop },
  );
  expect(meldung.body.data.fehlendeFreigabeMelden.fehler).toEqual([]);
  const ticketNummer: string = meldung.body.data.fehlendeFreigabeMelden.ticket.ticketNummer;
  const tickets = page.getByRole('region', { name: 'Tickets', exact: true });
  await tickets.filter({ hasText: ticketNummer }).waitFor();
  const antwort = await server().gql(
    `mutation($i: TicketBearbeitenInput!) { ticketBearbeiten(input: $i) { fehler { code meldung } } }`,
    { i: { ticketNummer, status: 'ERLEDIGT', antwort: 'Die Freigabe folgt heute – live beantwortet.' } },
    { token: staff },
  );
  expect(antwort.body.data.ticketBearbeiten.fehler).toEqual([]);
  await tickets.filter({ hasText: 'Die Freigabe folgt heute – live beantwortet.' }).waitFor();
  await hinweis.filter({ hasText: ticketNummer }).waitFor();

  // When: staff approves the KV (Freigabe)
  const pruefung = await server().gql(
    `mutation($i: KvPruefenInput!) { kvPruefen(input: $i) { fehler { code meldung } } }`,
    { i: { kvId: kv.body.data.kvEinreichen.kv.id, ergebnis: 'FREIGABE' } },
    { token: staff },
  );
  expect(pruefung.body.data.kvPruefen.fehler).toEqual([]);
  await page.getByRole('region', { name: 'Auftragsdaten', exact: true }).filter({ hasText: 'Freigegeben' }).waitFor();
  const freigaben = page.getByRole('region', { name: 'Freigaben', exact: true });
  await freigaben.filter({ hasText: /1\.?734,00/ }).waitFor();

  // all of it without a reload
  await expect(page.evaluate('window.__ohneNeuladen === true')).resolves.toBe(true);

  // one WebSocket to the page's own origin, and no CSP or connection error in the console
  expect(sockets).toEqual([`${server().url.replace(/^http/, 'ws')}/graphql`]);
  expect(wsFehler).toEqual([]);
});
