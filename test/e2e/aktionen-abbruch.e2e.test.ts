import { UEBERSICHT, spn } from '../utils/abfragen';
import { DEMO_WERKSTATT, anmelden, testServerFuerDatei } from '../utils/server';

/**
 * A failure in the middle of a submission leaves nothing behind: a database trigger makes the history
 * entry of the Vorgangsinfo fail after the ticket, its message and its first history entry were
 * written. The answer is a masked error, and the order is exactly as before.
 */
const server = testServerFuerDatei({ demo: true });
let werkstatt: string;

const AUSLOESER: Record<string, string[]> = {
  sqlite: [
    `CREATE TRIGGER test_abbruch BEFORE INSERT ON ereignis WHEN NEW.art = 'VORGANGSINFO_GEMELDET' BEGIN SELECT RAISE(ABORT, 'Testabbruch'); END`,
  ],
  mysql: [
    `CREATE TRIGGER test_abbruch BEFORE INSERT ON ereignis FOR EACH ROW BEGIN IF NEW.art = 'VORGANGSINFO_GEMELDET' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Testabbruch'; END IF; END`,
  ],
};

beforeAll(async () => {
  werkstatt = await anmelden(server(), DEMO_WERKSTATT.benutzername, DEMO_WERKSTATT.passwort);
  const dialekt = server().ds.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  for (const sql of AUSLOESER[dialekt]) await server().ds.query(sql);
});

async function zaehlen(tabelle: string): Promise<number> {
  return Number((await server().ds.query(`SELECT COUNT(*) AS n FROM ${tabelle}`))[0].n);
}

it('hinterlässt bei einem Fehler mitten in der Vorgangsinfo kein Ticket, keinen Verlauf und einen unveränderten Auftrag', async () => {
  // given: order 1 with an open reminder
  const vorher = (await server().gql(UEBERSICHT, { spnId: spn(1) }, { token: werkstatt })).body.data.auftrag;
  const tabellen = ['ticket', 'ticket_nachricht', 'ereignis', 'idempotenz', 'nummernkreis'];
  const zahlenVorher = await Promise.all(tabellen.map(zaehlen));
  const nummernVorher = await server().ds.query(`SELECT letzteNummer FROM nummernkreis WHERE praefix = 'SSP'`);
  // when
  const r = await server().gql(
    'mutation($i: VorgangsinfoInput!) { vorgangsinfoMelden(input: $i) { ticket { ticketNummer } fehler { code } } }',
    { i: { spnId: spn(1), reparaturstatus: 'FAHRZEUG_IN_ARBEIT', fahrzeugUebernommenAm: '2026-11-30', nachricht: 'Bitte nicht speichern', idempotencyKey: 'abbruch-1' } },
    { token: werkstatt },
  );
  // then: a masked error, nothing internal
  expect(r.body.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  expect(r.body.errors?.[0].message).toMatch(/Fehler-ID/);
  expect(JSON.stringify(r.body)).not.toMatch(/Testabbruch|INSERT|ereignis|SQL|stack/i);
  // and nothing was written
  expect(await Promise.all(tabellen.map(zaehlen))).toEqual(zahlenVorher);
  expect(await server().ds.query(`SELECT letzteNummer FROM nummernkreis WHERE praefix = 'SSP'`)).toEqual(nummernVorher);
  const nachher = (await server().gql(UEBERSICHT, { spnId: spn(1) }, { token: werkstatt })).body.data.auftrag;
  const ohneStand = ({ stand: _s, ...rest }: any) => rest;
  expect(ohneStand(nachher)).toEqual(ohneStand(vorher));
});
