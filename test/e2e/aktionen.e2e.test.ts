import { UEBERSICHT, spn } from '../utils/abfragen';
import { DEMO_API_SCHLUESSEL, DEMO_INTERN, DEMO_WERKSTATT, DEMO_WERKSTATT_2, anmelden, testServerFuerDatei } from '../utils/server';
import { TestUhr } from '../utils/uhr';

/**
 * The three portal actions, follow-up messages and the staff's ticket work (issue 3), through GraphQL
 * over HTTP on the demo data. "Today" is fixed at 03.12.2026 (Europe/Berlin).
 */
const uhr = new TestUhr('2026-12-03T10:00:00.000Z');
const server = testServerFuerDatei({ demo: true, clock: uhr });
let werkstatt: string;
let werkstatt2: string;
let intern: string;

const TICKET = 'ticket { id ticketNummer aktion status erstelltAm inhalt { reparaturstatus termin fahrzeugUebernommenAm fertiggestelltAm fahrzeugZurueckgegebenAm freigabeErhaltenAm betragNetto quelle referenz grund kundeHatUnterschrieben } nachrichten { von text } auftrag { spnId status auftragsart } }';
const FEHLER = 'fehler { code feld meldung }';
const M = {
  vorgangsinfo: `mutation($i: VorgangsinfoInput!) { r: vorgangsinfoMelden(input: $i) { ${TICKET} ${FEHLER} } }`,
  fehlendeFreigabe: `mutation($i: FehlendeFreigabeInput!) { r: fehlendeFreigabeMelden(input: $i) { ${TICKET} ${FEHLER} } }`,
  anfordern: `mutation($i: AuftragAnfordernInput!) { r: auftragAnfordern(input: $i) { ${TICKET} ${FEHLER} } }`,
  nachricht: `mutation($i: TicketNachrichtInput!) { r: ticketNachrichtSenden(input: $i) { ${TICKET} ${FEHLER} } }`,
  bearbeiten: `mutation($i: TicketBearbeitenInput!) { r: ticketBearbeiten(input: $i) { ${TICKET} ${FEHLER} } }`,
};

async function senden(mutation: string, i: Record<string, unknown>, token: string) {
  const r = await server().gql(mutation, { i }, { token });
  expect(r.body.errors).toBeUndefined();
  return r.body.data.r as { ticket: any; fehler: { code: string; feld: string[] | null; meldung: string }[] };
}

async function uebersicht(nr: number, token = werkstatt) {
  const r = await server().gql(UEBERSICHT, { spnId: spn(nr) }, { token });
  expect(r.body.errors).toBeUndefined();
  return r.body.data.auftrag;
}

beforeAll(async () => {
  werkstatt = await anmelden(server(), DEMO_WERKSTATT.benutzername, DEMO_WERKSTATT.passwort);
  werkstatt2 = await anmelden(server(), DEMO_WERKSTATT_2.benutzername, DEMO_WERKSTATT_2.passwort);
  intern = await anmelden(server(), DEMO_INTERN.benutzername, DEMO_INTERN.passwort);
});

describe('Vorgangsinfo', () => {
  it('beantwortet die Erinnerung: Ticket, Verlauf, Erinnerung erledigt, Auftrag in Reparatur', async () => {
    // given: order 1 is FREIGEGEBEN with an open reminder
    const vorher = await uebersicht(1);
    expect(vorher.hinweise[0].code).toBe('ERINNERUNG_OFFEN');
    // when
    const r = await senden(M.vorgangsinfo, { spnId: ' spn-2026-000001', reparaturstatus: 'FAHRZEUG_IN_ARBEIT', fahrzeugUebernommenAm: '2026-12-02', nachricht: 'Teile kommen Freitag.' }, werkstatt);
    // then
    expect(r.fehler).toEqual([]);
    expect(r.ticket.ticketNummer).toMatch(/^SSP-2026-\d{6}$/);
    expect(r.ticket.inhalt).toMatchObject({ reparaturstatus: 'FAHRZEUG_IN_ARBEIT', fahrzeugUebernommenAm: '2026-12-02', grund: null, kundeHatUnterschrieben: null });
    expect(r.ticket.nachrichten).toEqual([{ von: 'Thomas Berger (Autohaus Berger GmbH)', text: 'Teile kommen Freitag.' }]);
    const a = await uebersicht(1);
    expect(a.status).toBe('IN_REPARATUR');
    expect(a.erinnerungen.every((e: any) => e.erledigtAm !== null)).toBe(true);
    expect(a.tickets.map((t: any) => t.ticketNummer)).toContain(r.ticket.ticketNummer);
    expect(a.verlauf.nodes.map((e: any) => e.art)).toEqual(expect.arrayContaining(['TICKET_ERSTELLT', 'VORGANGSINFO_GEMELDET']));
    const ticketHinweis = a.hinweise.find((h: any) => h.code === 'TICKET_OFFEN');
    expect(ticketHinweis.text).toContain(r.ticket.ticketNummer);
    expect(ticketHinweis.text).toMatch(/nennen Sie uns bitte diese Ticketnummer/);
    expect(a.hinweise.map((h: any) => h.code)).not.toContain('ERINNERUNG_OFFEN');
  });

  it('hängt eine zweite Meldung an das offene Ticket an, wirkt aber trotzdem', async () => {
    const erst = (await uebersicht(1)).tickets.find((t: any) => t.status === 'OFFEN' && t.aktion === 'VORGANGSINFO');
    const r = await senden(M.vorgangsinfo, { spnId: spn(1), reparaturstatus: 'FAHRZEUG_FERTIG', fertiggestelltAm: '2026-12-03' }, werkstatt);
    expect(r.fehler).toEqual([]);
    expect(r.ticket.ticketNummer).toBe(erst.ticketNummer);
    expect(r.ticket.inhalt.reparaturstatus).toBe('FAHRZEUG_IN_ARBEIT');
    expect(r.ticket.nachrichten.at(-1).text).toBe('Erneute Meldung „Vorgangsinfo“\nReparaturstatus: Fahrzeug fertig\nFertiggestellt am: 03.12.2026');
    const a = await uebersicht(1);
    expect(a.status).toBe('REPARATUR_ABGESCHLOSSEN');
    expect(a.hinweise.map((h: any) => h.code)).toContain('RECHNUNG_FEHLT');
  });

  it.each([
    ['TERMIN_VEREINBART', 'termin'],
    ['FAHRZEUG_IN_ARBEIT', 'fahrzeugUebernommenAm'],
    ['FAHRZEUG_FERTIG', 'fertiggestelltAm'],
    ['FAHRZEUG_ZURUECKGEGEBEN', 'fahrzeugZurueckgegebenAm'],
  ])('verlangt für %s das Feld %s', async (status, feld) => {
    const r = await senden(M.vorgangsinfo, { spnId: spn(6), reparaturstatus: status }, werkstatt);
    expect(r.ticket).toBeNull();
    expect(r.fehler).toEqual([expect.objectContaining({ code: 'VALIDIERUNG', feld: ['input', feld] })]);
  });

  it('meldet eine leere SPN-ID zusammen mit den anderen Fehlern des Formulars', async () => {
    const r = await senden(M.vorgangsinfo, { spnId: '   ', reparaturstatus: 'FAHRZEUG_IN_ARBEIT' }, werkstatt);
    expect(r.ticket).toBeNull();
    expect(r.fehler).toEqual([
      expect.objectContaining({ code: 'VALIDIERUNG', feld: ['input', 'spnId'], meldung: 'Bitte geben Sie die SPN-ID an.' }),
      expect.objectContaining({ code: 'VALIDIERUNG', feld: ['input', 'fahrzeugUebernommenAm'] }),
    ]);
  });

  it('lehnt unplausible Daten ab: vor der Vermittlung, in der Zukunft, Fertigstellung vor Übernahme', async () => {
    const faelle: [Record<string, unknown>, string, RegExp][] = [
      [{ reparaturstatus: 'FAHRZEUG_IN_ARBEIT', fahrzeugUebernommenAm: '2026-09-30' }, 'fahrzeugUebernommenAm', /vor der Vermittlung/],
      [{ reparaturstatus: 'FAHRZEUG_FERTIG', fertiggestelltAm: '2026-12-04' }, 'fertiggestelltAm', /in der Zukunft/],
      // order 6: takeover reported on 27.10.2026 by an earlier Vorgangsinfo
      [{ reparaturstatus: 'FAHRZEUG_FERTIG', fertiggestelltAm: '2026-10-26' }, 'fertiggestelltAm', /vor der Fahrzeugübernahme am 27\.10\.2026/],
      [{ reparaturstatus: 'FAHRZEUG_ZURUECKGEGEBEN', fahrzeugZurueckgegebenAm: '2026-11-30', fertiggestelltAm: '2026-12-01' }, 'fahrzeugZurueckgegebenAm', /vor der Fertigstellung/],
    ];
    for (const [eingabe, feld, text] of faelle) {
      const r = await senden(M.vorgangsinfo, { spnId: spn(6), ...eingabe }, werkstatt);
      expect(r.fehler).toEqual([expect.objectContaining({ code: 'VALIDIERUNG', feld: ['input', feld], meldung: expect.stringMatching(text) })]);
    }
    expect((await uebersicht(6)).status).toBe('IN_REPARATUR');
  });

  it('begrenzt Freitext auf 2.000 Zeichen ohne Steuerzeichen und bewahrt Umlaute und Emoji', async () => {
    for (const nachricht of ['x'.repeat(2001), 'x'.repeat(5000), 'Hallo\u0000Welt', 'Klingel\u0007']) {
      const r = await senden(M.vorgangsinfo, { spnId: spn(6), reparaturstatus: 'WARTET_AUF_TEILE', nachricht }, werkstatt);
      expect(r.fehler).toEqual([expect.objectContaining({ code: 'VALIDIERUNG', feld: ['input', 'nachricht'] })]);
    }
    const text = 'Stoßfänger 🚗 bestellt – „Größe“ ändert sich nicht.\nZweite Zeile';
    const r = await senden(M.vorgangsinfo, { spnId: spn(6), reparaturstatus: 'WARTET_AUF_TEILE', nachricht: text }, werkstatt);
    expect(r.fehler).toEqual([]);
    expect(r.ticket.nachrichten.at(-1).text).toBe(text);
  });

  it('ist auf abgeschlossenen und stornierten Aufträgen nicht erlaubt und sagt, was stattdessen geht', async () => {
    const zu = await senden(M.vorgangsinfo, { spnId: spn(13), reparaturstatus: 'WARTET_AUF_TEILE' }, werkstatt);
    expect(zu.fehler).toEqual([expect.objectContaining({ code: 'AKTION_NICHT_ERLAUBT', meldung: expect.stringMatching(/abgeschlossen/) })]);
    const storniert = await senden(M.vorgangsinfo, { spnId: spn(8), reparaturstatus: 'WARTET_AUF_TEILE' }, werkstatt);
    expect(storniert.fehler).toEqual([expect.objectContaining({ code: 'AKTION_NICHT_ERLAUBT', meldung: expect.stringMatching(/Auftrag anfordern/) })]);
  });
});

describe('Fehlende Freigabe', () => {
  it('verweist ohne KV auf das erneute Senden des KV', async () => {
    const r = await senden(M.fehlendeFreigabe, { spnId: spn(3), freigabeErhaltenAm: '2026-12-01' }, werkstatt);
    expect(r.fehler).toEqual([expect.objectContaining({ code: 'AKTION_NICHT_ERLAUBT', meldung: expect.stringMatching(/kein KV.*erneut/) })]);
  });

  it('legt bei einem KV in Prüfung ein Ticket mit dem Formularinhalt an', async () => {
    const r = await senden(M.fehlendeFreigabe, { spnId: spn(4), freigabeErhaltenAm: '2026-12-01', quelle: 'E_MAIL', betragNetto: '5534.50', referenz: 'FG-RK-4711', nachricht: 'Per Mail vom Gutachter.' }, werkstatt);
    expect(r.fehler).toEqual([]);
    expect(r.ticket.inhalt).toMatchObject({ freigabeErhaltenAm: '2026-12-01', quelle: 'E_MAIL', betragNetto: '5534.50', referenz: 'FG-RK-4711', reparaturstatus: null });
  });

  it('hängt eine erneute Meldung mit deutschen Bezeichnungen, Datum und Betrag an das offene Ticket an', async () => {
    // given: the ticket of the previous test on order 4 is still open
    const erst = (await uebersicht(4)).tickets.find((t: any) => t.status === 'OFFEN' && t.aktion === 'FEHLENDE_FREIGABE');
    // when
    const r = await senden(M.fehlendeFreigabe, { spnId: spn(4), freigabeErhaltenAm: '2026-11-30', quelle: 'TELEFON', betragNetto: '1234.5', nachricht: 'Nochmals telefonisch bestätigt.' }, werkstatt);
    // then
    expect(r.fehler).toEqual([]);
    expect(r.ticket.ticketNummer).toBe(erst.ticketNummer);
    expect(r.ticket.nachrichten.at(-1).text).toBe(
      'Erneute Meldung „Fehlende Freigabe“\nFreigabe erhalten am: 30.11.2026\nFreigegebener Betrag netto: 1.234,50 €\nQuelle: Telefon\nNochmals telefonisch bestätigt.',
    );
  });

  it('prüft Betrag und Datum', async () => {
    const null_ = await senden(M.fehlendeFreigabe, { spnId: spn(5), freigabeErhaltenAm: '2026-12-01', betragNetto: '0.00' }, werkstatt);
    expect(null_.fehler).toEqual([expect.objectContaining({ code: 'VALIDIERUNG', feld: ['input', 'betragNetto'] })]);
    const zukunft = await senden(M.fehlendeFreigabe, { spnId: spn(5), freigabeErhaltenAm: '2026-12-24' }, werkstatt);
    expect(zukunft.fehler).toEqual([expect.objectContaining({ code: 'VALIDIERUNG', feld: ['input', 'freigabeErhaltenAm'] })]);
    const komma = await server().gql(M.fehlendeFreigabe, { i: { spnId: spn(5), freigabeErhaltenAm: '2026-12-01', betragNetto: '1.234,50' } }, { token: werkstatt });
    expect(komma.status).toBe(400);
    expect(komma.body.errors?.[0].message).toMatch(/kein gültiger Betrag.*Punkt statt eines Kommas/);
  });
});

describe('Auftrag anfordern', () => {
  it('verlangt die Unterschrift des Kunden', async () => {
    const r = await senden(M.anfordern, { spnId: spn(9), grund: 'KUNDE_WUENSCHT_REPARATUR', kundeHatUnterschrieben: false }, werkstatt);
    expect(r.fehler).toEqual([expect.objectContaining({ code: 'VALIDIERUNG', feld: ['input', 'kundeHatUnterschrieben'] })]);
  });

  it('ist für einen laufenden Reparaturauftrag nicht erlaubt', async () => {
    const r = await senden(M.anfordern, { spnId: spn(4), grund: 'KUNDE_WUENSCHT_REPARATUR', kundeHatUnterschrieben: true }, werkstatt);
    expect(r.fehler).toEqual([expect.objectContaining({ code: 'AKTION_NICHT_ERLAUBT' })]);
  });

  it('prüft, dass der Grund zum Auftrag passt', async () => {
    const r = await senden(M.anfordern, { spnId: spn(8), grund: 'KUNDE_WUENSCHT_REPARATUR', kundeHatUnterschrieben: true }, werkstatt);
    expect(r.fehler).toEqual([expect.objectContaining({ code: 'VALIDIERUNG', feld: ['input', 'grund'] })]);
  });

  it('macht nach Annahme durch das Netzwerk aus dem stornierten Auftrag wieder den vorherigen', async () => {
    // given: order 8 was cancelled from KV_IN_PRUEFUNG
    const r = await senden(M.anfordern, { spnId: spn(8), grund: 'FAELSCHLICH_STORNIERT', kundeHatUnterschrieben: true, nachricht: 'Kunde bleibt doch bei uns.' }, werkstatt);
    expect(r.fehler).toEqual([]);
    // when: staff accept
    const b = await senden(M.bearbeiten, { ticketNummer: r.ticket.ticketNummer, status: 'ERLEDIGT', antwort: 'Stornierung aufgehoben.' }, intern);
    expect(b.fehler).toEqual([]);
    // then
    const a = await uebersicht(8);
    expect(a.status).toBe('KV_IN_PRUEFUNG');
    expect(a.storno).toBeNull();
    expect(a.verlauf.nodes.map((e: any) => e.art)).toContain('STORNO_AUFGEHOBEN');
    expect(a.tickets.find((t: any) => t.ticketNummer === r.ticket.ticketNummer).nachrichten.at(-1)).toEqual({ von: 'SPN-Team', text: 'Stornierung aufgehoben.', gesendetAm: expect.any(String) });
    expect(a.benachrichtigungen.map((m: any) => m.betreff)).toContain(`Antwort zu Ticket ${r.ticket.ticketNummer} – SPN Vermittlungsauftrag ${spn(8)}`);
  });

  it('macht nach Annahme aus dem KV-Service-Auftrag einen Reparaturauftrag mit dem KV wieder in Prüfung', async () => {
    // given: order 9 (KV-Service, finished) has an open "Auftrag anfordern" ticket from the demo
    const offen = (await uebersicht(9)).tickets.find((t: any) => t.aktion === 'AUFTRAG_ANFORDERN' && t.status === 'OFFEN');
    const zwischen = await senden(M.bearbeiten, { ticketNummer: offen.ticketNummer, status: 'IN_BEARBEITUNG' }, intern);
    expect(zwischen.ticket.status).toBe('IN_BEARBEITUNG');
    await senden(M.bearbeiten, { ticketNummer: offen.ticketNummer, status: 'ERLEDIGT' }, intern);
    const a = await uebersicht(9);
    expect(a.auftragsart).toBe('REPARATUR');
    expect(a.status).toBe('KV_IN_PRUEFUNG');
    expect(a.kvs.at(-1).status).toBe('IN_PRUEFUNG');
    expect(a.hinweise.map((h: any) => h.code)).not.toContain('KV_SERVICE_AUFTRAG');
    expect(a.verlauf.nodes.map((e: any) => e.art)).toContain('AUFTRAGSART_GEAENDERT');
  });
});

describe('Tickets', () => {
  it('vergibt Nummern SSP-JJJJ-NNNNNN, eindeutig und aufsteigend', async () => {
    const nummern: string[] = [];
    for (const nr of [3, 11, 7]) {
      // orders without an open Vorgangsinfo ticket, so each filing opens a new one
      const r = await senden(M.vorgangsinfo, { spnId: spn(nr), reparaturstatus: 'KUNDE_NICHT_ERREICHBAR' }, werkstatt);
      nummern.push(r.ticket.ticketNummer);
    }
    expect(new Set(nummern).size).toBe(nummern.length);
    expect([...nummern].sort()).toEqual(nummern);
  });

  it('nimmt Nachrichten der Werkstatt nur zu eigenen offenen Tickets an', async () => {
    const offen = (await uebersicht(15)).tickets.find((t: any) => t.status !== 'ERLEDIGT');
    const ok = await senden(M.nachricht, { ticketNummer: offen.ticketNummer.toLowerCase(), text: 'Gibt es schon Neuigkeiten?' }, werkstatt);
    expect(ok.fehler).toEqual([]);
    expect(ok.ticket.nachrichten.at(-1).text).toBe('Gibt es schon Neuigkeiten?');
    const fremd = await senden(M.nachricht, { ticketNummer: offen.ticketNummer, text: 'Hallo' }, werkstatt2);
    expect(fremd.fehler).toEqual([expect.objectContaining({ code: 'TICKET_NICHT_GEFUNDEN', feld: ['input', 'ticketNummer'] })]);
    const unbekannt = await senden(M.nachricht, { ticketNummer: 'SSP-2026-999999', text: 'Hallo' }, werkstatt);
    expect(unbekannt.fehler.map((f) => [f.code, f.meldung])).toEqual(fremd.fehler.map((f) => [f.code, f.meldung]));
    const erledigt = (await uebersicht(12)).tickets.find((t: any) => t.status === 'ERLEDIGT');
    const zu = await senden(M.nachricht, { ticketNummer: erledigt.ticketNummer, text: 'Noch was' }, werkstatt);
    expect(zu.fehler).toEqual([expect.objectContaining({ code: 'AKTION_NICHT_ERLAUBT' })]);
    const leer = await senden(M.nachricht, { ticketNummer: offen.ticketNummer, text: '   ' }, werkstatt);
    expect(leer.fehler).toEqual([expect.objectContaining({ code: 'VALIDIERUNG', feld: ['input', 'text'] })]);
  });

  it('führt die Ticket-Warteschlange für das Netzwerk: offene zuerst, älteste zuerst, mit Filtern', async () => {
    const r = await server().gql('{ tickets(first: 100) { totalCount nodes { ticketNummer status erstelltAm } } }', undefined, { token: intern });
    const nodes = r.body.data.tickets.nodes as { status: string; erstelltAm: string }[];
    const offen = (s: string) => (s === 'OFFEN' || s === 'IN_BEARBEITUNG' ? 0 : 1);
    const schluessel = nodes.map((n) => `${offen(n.status)}|${n.erstelltAm}`);
    expect([...schluessel].sort()).toEqual(schluessel);
    const gefiltert = await server().gql('{ tickets(filter: { status: [ERLEDIGT], aktion: VORGANGSINFO }) { nodes { status aktion } } }', undefined, { token: intern });
    for (const t of gefiltert.body.data.tickets.nodes) expect(t).toEqual({ status: 'ERLEDIGT', aktion: 'VORGANGSINFO' });
  });

  it('nennt eine unbekannte Ticketnummer je Rolle passend: dem Netzwerk ohne „Ihre Werkstatt“', async () => {
    const netz = await senden(M.bearbeiten, { ticketNummer: 'SSP-2026-999999', status: 'ERLEDIGT' }, intern);
    expect(netz.fehler).toEqual([
      { code: 'TICKET_NICHT_GEFUNDEN', feld: ['input', 'ticketNummer'], meldung: 'Ein Ticket mit dieser Nummer gibt es nicht. Bitte prüfen Sie die Ticketnummer (SSP-JJJJ-NNNNNN).' },
    ]);
    const kaputt = await senden(M.bearbeiten, { ticketNummer: 'kein-ticket', status: 'ERLEDIGT' }, intern);
    expect(kaputt.fehler.map((f) => f.meldung)).toEqual(netz.fehler.map((f) => f.meldung));
    const werkstattSicht = await senden(M.nachricht, { ticketNummer: 'SSP-2026-999999', text: 'Hallo' }, werkstatt);
    expect(werkstattSicht.fehler).toEqual([
      {
        code: 'TICKET_NICHT_GEFUNDEN',
        feld: ['input', 'ticketNummer'],
        meldung: 'Ein Ticket mit dieser Nummer gibt es für Ihre Werkstatt nicht. Bitte prüfen Sie die Ticketnummer (SSP-JJJJ-NNNNNN).',
      },
    ]);
  });

  it('lehnt Statuswechsel außerhalb des Ticket-Lebenszyklus mit dem aktuellen Status ab', async () => {
    const erledigt = (await uebersicht(12)).tickets.find((t: any) => t.status === 'ERLEDIGT');
    const r = await senden(M.bearbeiten, { ticketNummer: erledigt.ticketNummer, status: 'OFFEN' }, intern);
    expect(r.fehler).toEqual([expect.objectContaining({ code: 'STATUS_UNGUELTIG', meldung: expect.stringMatching(/erledigt/) })]);
  });
});

describe('Abgewiesene Aufrufer', () => {
  it('lässt die andere Werkstatt nichts über den Auftrag erfahren und nichts hinterlassen', async () => {
    const vorher = (await uebersicht(4)).verlauf.totalCount;
    for (const [m, i] of [
      [M.vorgangsinfo, { spnId: spn(4), reparaturstatus: 'WARTET_AUF_TEILE' }],
      [M.fehlendeFreigabe, { spnId: spn(4), freigabeErhaltenAm: '2026-12-01' }],
      [M.anfordern, { spnId: spn(8), grund: 'FAELSCHLICH_STORNIERT', kundeHatUnterschrieben: true }],
    ] as const) {
      const r = await senden(m, i, werkstatt2);
      const unbekannt = await senden(m, { ...i, spnId: 'SPN-2026-999999' }, werkstatt2);
      expect(r.fehler).toEqual([expect.objectContaining({ code: 'AUFTRAG_NICHT_GEFUNDEN' })]);
      expect(r).toEqual(unbekannt);
    }
    expect((await uebersicht(4)).verlauf.totalCount).toBe(vorher);
  });

  it('gibt Kalkulationssystemen und dem Netzwerk bei den Werkstatt-Aktionen FORBIDDEN, ohne Anmeldung UNAUTHENTICATED', async () => {
    for (const [m, i] of [
      [M.vorgangsinfo, { spnId: spn(4), reparaturstatus: 'WARTET_AUF_TEILE' }],
      [M.fehlendeFreigabe, { spnId: spn(4), freigabeErhaltenAm: '2026-12-01' }],
      [M.anfordern, { spnId: spn(9), grund: 'KUNDE_WUENSCHT_REPARATUR', kundeHatUnterschrieben: true }],
      [M.nachricht, { ticketNummer: 'SSP-2026-000001', text: 'x' }],
    ] as const) {
      for (const token of [DEMO_API_SCHLUESSEL, intern]) {
        const r = await server().gql(m, { i }, { token });
        expect(r.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(r.body.data).toBeNull();
      }
      const ohne = await server().gql(m, { i });
      expect(ohne.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    for (const token of [werkstatt, DEMO_API_SCHLUESSEL]) {
      const r = await server().gql(M.bearbeiten, { i: { ticketNummer: 'SSP-2026-000001', status: 'ERLEDIGT' } }, { token });
      expect(r.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('Genau einmal', () => {
  it('liefert mit demselben idempotencyKey dasselbe Ticket und bei anderem Inhalt IDEMPOTENZ_KONFLIKT', async () => {
    const eingabe = { spnId: spn(10), reparaturstatus: 'TERMIN_VEREINBART', termin: '2026-12-10', idempotencyKey: 'formular-4711' };
    const a = await senden(M.vorgangsinfo, eingabe, werkstatt);
    const b = await senden(M.vorgangsinfo, eingabe, werkstatt);
    expect(b).toEqual(a);
    const anders = await senden(M.vorgangsinfo, { ...eingabe, termin: '2026-12-11' }, werkstatt);
    expect(anders.fehler).toEqual([expect.objectContaining({ code: 'IDEMPOTENZ_KONFLIKT', feld: ['input', 'idempotencyKey'] })]);
    // the key is scoped per caller and mutation: another mutation may use it
    const andereMutation = await senden(M.nachricht, { ticketNummer: a.ticket.ticketNummer, text: 'Nachtrag', idempotencyKey: 'formular-4711' }, werkstatt);
    expect(andereMutation.fehler).toEqual([]);
    const nochmal = await senden(M.nachricht, { ticketNummer: a.ticket.ticketNummer, text: 'Nachtrag', idempotencyKey: 'formular-4711' }, werkstatt);
    expect(nochmal.ticket.nachrichten.filter((n: any) => n.text === 'Nachtrag')).toHaveLength(1);
  });

  it('erzeugt bei 20 gleichzeitigen gleichen Meldungen genau ein Ticket', async () => {
    // given: order 2 has no ticket yet
    const eingabe = { spnId: spn(2), reparaturstatus: 'TERMIN_VEREINBART', termin: '2026-12-15', idempotencyKey: 'gleichzeitig-1' };
    const vorher = (await uebersicht(2)).tickets.length;
    expect(vorher).toBe(0);
    const antworten = await Promise.all(Array.from({ length: 20 }, () => senden(M.vorgangsinfo, eingabe, werkstatt)));
    const nummern = new Set(antworten.map((a) => a.ticket?.ticketNummer));
    expect(antworten.every((a) => a.fehler.length === 0)).toBe(true);
    expect(nummern.size).toBe(1);
    const a = await uebersicht(2);
    expect(a.tickets).toHaveLength(1);
    expect(a.tickets[0].nachrichten).toHaveLength(0);
    expect(a.verlauf.nodes.filter((e: any) => e.art === 'TICKET_ERSTELLT')).toHaveLength(1);
    expect(a.verlauf.nodes.filter((e: any) => e.art === 'VORGANGSINFO_GEMELDET')).toHaveLength(1);
  });

  it('vergibt bei gleichzeitigen Meldungen zu verschiedenen Aufträgen verschiedene Nummern', async () => {
    const antworten = await Promise.all(
      [17, 18, 20, 21, 22, 23].map((nr) => senden(M.vorgangsinfo, { spnId: spn(nr), reparaturstatus: 'KUNDE_NICHT_ERREICHBAR' }, werkstatt2)),
    );
    const nummern = antworten.map((a) => a.ticket?.ticketNummer);
    expect(antworten.flatMap((a) => a.fehler)).toEqual([]);
    expect(new Set(nummern).size).toBe(6);
  });
});
