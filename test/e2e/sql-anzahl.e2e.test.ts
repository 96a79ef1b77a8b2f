import { DataSource } from 'typeorm';
import { Aktion, Auftragsart, KvArt, KvPruefErgebnis, Reparaturstatus, Rolle, Sparte, TicketStatus } from '../../server/src/common/enums';
import { inTransaktion } from '../../server/src/db/transaktion';
import { AuftragEntity } from '../../server/src/modules/auftrag/auftrag.entity';
import { Vorgang } from '../../server/src/modules/auftrag/auftrag-lifecycle.service';
import { auftragVermitteln } from '../../server/src/modules/auftrag/auftrag-vorgaenge.service';
import { kvAufnehmen, kvPruefen } from '../../server/src/modules/dokumente/dokumente-vorgaenge.service';
import { WerkstattEntity } from '../../server/src/modules/identity/werkstatt.entity';
import { VersichererEntity } from '../../server/src/modules/stammdaten/versicherer.entity';
import { TicketEntity } from '../../server/src/modules/ticket/ticket.entity';
import { aktionEinreichen, ticketBearbeiten } from '../../server/src/modules/ticket/ticket-vorgaenge.service';
import { LISTE_VOLL, UEBERSICHT } from '../utils/abfragen';
import { DEMO_API_SCHLUESSEL, DEMO_INTERN, DEMO_WERKSTATT, anmelden, testServerFuerDatei } from '../utils/server';

/**
 * No N+1: the overview of one order and a page of 50 orders with every nested list each cost a fixed
 * number of SQL statements (authentication included), whatever the number of KVs, tickets and events.
 */
const server = testServerFuerDatei({ demo: true });
let werkstatt: string;
let intern: string;

function vorgang(m: Vorgang['m'], rolle: Rolle = Rolle.INTERN): Vorgang {
  return { m, jetzt: new Date(), akteur: { name: 'Test', rolle } };
}

async function neuerAuftrag(ds: DataSource, kennzeichen: string): Promise<AuftragEntity> {
  return inTransaktion(ds, async (m) => {
    const werkstatt = await m.getRepository(WerkstattEntity).findOneByOrFail({ partnerNummer: 'P-104711' });
    const versicherer = await m.getRepository(VersichererEntity).find();
    return auftragVermitteln(vorgang(m), {
      werkstattId: werkstatt.id,
      versichererId: versicherer[0].id,
      auftragsart: Auftragsart.REPARATUR,
      sparte: Sparte.HAFTPFLICHT,
      schadennummer: `T-${kennzeichen}`,
      schadentag: null,
      kennzeichen,
      hersteller: null,
      modell: null,
      fin: null,
      kundeName: 'Test Kunde',
      kundeAnschrift: null,
      kundeTelefon: null,
    });
  });
}

/** Adds `anzahl` KVs (each sent back for correction) and `anzahl` tickets (each filed and closed, so the next one is a new ticket). */
async function vieleKinder(ds: DataSource, auftragId: number, anzahl: number): Promise<void> {
  await inTransaktion(ds, async (m) => {
    for (let i = 0; i < anzahl; i++) {
      const v = vorgang(m, Rolle.KALKULATION);
      const a = await m.getRepository(AuftragEntity).findOneByOrFail({ id: auftragId });
      const kv = await kvAufnehmen(v, a, { art: KvArt.KV, kalkulationssystem: 'DAT' as never, externeReferenz: `R${i}`, ersatzteileCent: 1000 + i, arbeitslohnCent: 0, lackierungCent: 0, nebenkostenCent: 0, mwstCent: 190 });
      // sent back for correction, so the next one is the corrected KV (only one KV is in review at a time)
      await kvPruefen(vorgang(m), a, kv, { ergebnis: KvPruefErgebnis.KORREKTUR, korrekturpunkte: [`Punkt ${i}`] });
      await aktionEinreichen(vorgang(m, Rolle.WERKSTATT), a, { aktion: Aktion.VORGANGSINFO, inhalt: { reparaturstatus: Reparaturstatus.WARTET_AUF_TEILE }, nachricht: `Meldung ${i}`, von: 'Test', benutzerId: null });
      const t = await m.getRepository(TicketEntity).findOneOrFail({ where: { auftragId }, order: { id: 'DESC' } });
      await ticketBearbeiten(vorgang(m), a, t, TicketStatus.ERLEDIGT, `Antwort ${i}`);
    }
  });
}

let klein: AuftragEntity;
let gross: AuftragEntity;

beforeAll(async () => {
  werkstatt = await anmelden(server(), DEMO_WERKSTATT.benutzername, DEMO_WERKSTATT.passwort);
  intern = await anmelden(server(), DEMO_INTERN.benutzername, DEMO_INTERN.passwort);
  klein = await neuerAuftrag(server().ds, 'T-K 1');
  await vieleKinder(server().ds, klein.id, 1);
  gross = await neuerAuftrag(server().ds, 'T-G 40');
  await vieleKinder(server().ds, gross.id, 40);
  for (let i = 0; i < 25; i++) await neuerAuftrag(server().ds, `T-L ${i}`);
});

async function anzahl(query: string, variables: Record<string, unknown>, token: string): Promise<number> {
  const r = await server().gql(query, variables, { token });
  expect(r.body.errors).toBeUndefined();
  expect(r.sqlStatements).not.toBeNull();
  return r.sqlStatements!;
}

describe('SQL-Anweisungen je Anfrage', () => {
  it('kostet die Übersicht gleich viel für 1 KV und für 40 KVs mit 40 Tickets', async () => {
    const a = await server().gql(UEBERSICHT, { spnId: gross.spnId }, { token: werkstatt });
    expect(a.body.data.auftrag.kvs).toHaveLength(40);
    expect(a.body.data.auftrag.tickets).toHaveLength(40);
    expect(a.body.data.auftrag.verlauf.totalCount).toBeGreaterThan(120);
    const nKlein = await anzahl(UEBERSICHT, { spnId: klein.spnId }, werkstatt);
    const nGross = await anzahl(UEBERSICHT, { spnId: gross.spnId }, werkstatt);
    const nVendor = await anzahl(UEBERSICHT, { spnId: gross.spnId }, DEMO_API_SCHLUESSEL);
    process.stdout.write(`SQL-Anweisungen Übersicht: 1 KV ${nKlein}, 40 KVs + 40 Tickets ${nGross}, Kalkulationssystem ${nVendor}\n`);
    expect(nGross).toBe(nKlein);
    // session, order (with shop and insurer), every child list in one bundle statement, the history page with its count
    expect(nKlein).toBe(4);
    expect(nVendor).toBeLessThanOrEqual(nKlein);
  });

  it('kostet eine Seite mit 50 Aufträgen samt allen Listen eine feste Zahl, gleich welche Aufträge darauf stehen', async () => {
    // the newest 50 (including the one with 40 KVs) …
    const neueste = await server().gql(LISTE_VOLL, { first: 50 }, { token: intern });
    expect(neueste.body.data.auftraege.nodes).toHaveLength(50);
    expect(neueste.body.data.auftraege.nodes.map((n: any) => n.spnId)).toContain(gross.spnId);
    const nMitGross = await anzahl(LISTE_VOLL, { first: 50 }, intern);
    // … and the oldest 50, without it
    const nOhne = await anzahl(LISTE_VOLL, { first: 50, filter: { geaendertSeit: '2020-01-01T00:00:00Z' } }, intern);
    const nZehn = await anzahl(LISTE_VOLL, { first: 10 }, intern);
    process.stdout.write(`SQL-Anweisungen 50er-Seite: ${nMitGross} (mit 40-KV-Auftrag), ${nOhne} (ohne), 10er-Seite ${nZehn}\n`);
    expect(nOhne).toBe(nMitGross);
    // a page on which some nested level is empty may skip that level's statement, never add one
    expect(nZehn).toBeLessThanOrEqual(nMitGross);
    expect(nMitGross).toBeLessThanOrEqual(7);
  });

  it('zählt die Anmeldung mit: eine Anfrage mit Token kostet genau eine Anweisung mehr als __typename', async () => {
    expect(await anzahl('{ __typename }', {}, '')).toBe(0);
    expect(await anzahl('{ me { name } }', {}, werkstatt)).toBe(2);
  });
});
