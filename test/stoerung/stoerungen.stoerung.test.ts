import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { EigeneMariaDb, warten } from '../utils/eigene-mariadb';
import { PortalProzess } from '../utils/portal-prozess';

/**
 * Faults survived, on a MariaDB of the test's own (own data directory, port and socket) and the
 * portal as its own process (dist/, as in production):
 *   1. MariaDB down at start: liveness up, readiness 503 until it is up, then the portal serves;
 *   2. MariaDB restarted while requests run: the portal recovers by itself, without a restart;
 *   3. SIGTERM under load: requests in flight finish, new ones are refused, exit code 0;
 *   4. killed (SIGKILL) in the middle of ticket submissions, again and again: no partial writes.
 * No assertion on durations; waits have generous upper bounds only.
 */
let db: EigeneMariaDb;
let portal: PortalProzess | null = null;

const ENV = () => ({ DATABASE_URL: db.url, SPN_DEMO: '1', SPN_ANMELDUNGEN_JE_ADRESSE: '100000' });
const LISTE = '{ auftraege(first: 50) { totalCount nodes { spnId status hinweise { code text } kvs { id art eingegangenAm } verlauf(first: 20) { nodes { beschreibung } } } } }';

beforeAll(async () => {
  db = await EigeneMariaDb.anlegen();
});

afterAll(async () => {
  if (portal?.laeuft) await portal.beenden('SIGKILL');
  await db?.entfernen();
});

/** POST over a connection of its own (no keep-alive reuse), so a refused connect is told apart. */
function postEinzeln(url: string, body: unknown, token: string): Promise<{ status: number; text: string } | { fehler: string }> {
  return new Promise((resolve) => {
    const daten = JSON.stringify(body);
    const req = http.request(
      `${url}/graphql`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(daten), authorization: `Bearer ${token}` } },
      (res) => {
        const teile: Buffer[] = [];
        res.on('data', (t: Buffer) => teile.push(t));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(teile).toString() }));
        res.on('error', (e: NodeJS.ErrnoException) => resolve({ fehler: `Antwort abgebrochen: ${e.code ?? e.message}` }));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ fehler: e.code ?? e.message }));
    req.end(daten);
  });
}

describe('Störungen', () => {
  it('MariaDB beim Start nicht erreichbar: lebendig, aber nicht bereit, bis sie da ist; dann bedient das Portal', async () => {
    await db.stoppen();
    portal = await PortalProzess.starten(ENV());
    await warten(async () => (await portal!.status('/health/live')) === 200, 30_000, 'Liveness während die Datenbank fehlt');
    expect(await portal.status('/health/ready')).toBe(503);
    const anfrage = await fetch(`${portal.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(anfrage.status).toBe(503);
    expect(anfrage.headers.get('retry-after')).toBeTruthy();
    expect(portal.laeuft).toBe(true);

    await db.starten();
    await portal.bereit(90_000);
    const token = await portal.anmelden('demo-intern', 'demo-intern');
    const r = await portal.gql(LISTE, {}, token);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.auftraege.totalCount).toBeGreaterThan(20);
  });

  it('MariaDB-Neustart während Anfragen laufen: das Portal erholt sich ohne Neustart', async () => {
    const p = portal!;
    const token = await p.anmelden('demo-intern', 'demo-intern');
    const antworten: { status: number; text: string }[] = [];
    let laufen = true;
    const last = (async () => {
      while (laufen) {
        const r = await postEinzeln(p.url, { query: LISTE }, token);
        if ('status' in r) antworten.push(r);
        await new Promise((res) => setTimeout(res, 20));
      }
    })();

    await warten(async () => antworten.length >= 5, 30_000, 'erste Antworten');
    await db.stoppen();
    const waehrendAusfall = antworten.length;
    await warten(async () => antworten.length >= waehrendAusfall + 3, 30_000, 'Antworten während des Ausfalls');
    await db.starten();
    // recovered: a run of successful answers after the restart, the same process all along
    await warten(async () => antworten.slice(-5).length === 5 && antworten.slice(-5).every((a) => a.status === 200 && !a.text.includes('"errors"')), 60_000, 'Erholung nach dem Neustart');
    laufen = false;
    await last;

    expect(p.laeuft).toBe(true);
    const ausfall = antworten.slice(waehrendAusfall).filter((a) => a.status !== 200 || a.text.includes('"errors"'));
    expect(ausfall.length).toBeGreaterThan(0);
    // during the outage: clean, masked errors, nothing internal
    for (const a of ausfall) {
      expect(a.status).toBeLessThan(600);
      expect(a.text).not.toMatch(/ECONNREFUSED|QueryFailedError|at .*\.js:\d+|127\.0\.0\.1/);
    }
  });

  it('SIGTERM unter Last: laufende Anfragen werden fertig, neue abgewiesen, Exit-Code 0', async () => {
    const p = portal!;
    const token = await p.anmelden('demo-intern', 'demo-intern');
    const laufend = Array.from({ length: 30 }, () => postEinzeln(p.url, { query: LISTE }, token));
    await new Promise((r) => setTimeout(r, 30));
    const exitCode = p.beenden('SIGTERM');
    const ergebnisse = await Promise.all(laufend);

    expect(await exitCode).toBe(0);
    const fertig = ergebnisse.filter((e): e is { status: number; text: string } => 'status' in e);
    const abgewiesen = ergebnisse.filter((e): e is { fehler: string } => 'fehler' in e);
    // every request the server took was answered in full
    expect(fertig.length).toBeGreaterThan(0);
    for (const e of fertig) {
      expect(e.status).toBe(200);
      expect(JSON.parse(e.text).data.auftraege.nodes.length).toBeGreaterThan(0);
    }
    // not taken: refused at connect, or reset before the server read the request (Node closes idle
    // connections on close); never an answer cut off in the middle
    expect([...new Set(abgewiesen.map((e) => e.fehler))].filter((f) => f !== 'ECONNREFUSED' && f !== 'ECONNRESET')).toEqual([]);
    const danach = await postEinzeln(p.url, { query: '{ __typename }' }, token);
    expect(danach).toEqual({ fehler: 'ECONNREFUSED' });
    portal = null;
  });

  it('mitten in Ticketmeldungen getötet, immer wieder: keine halben Schreibvorgänge', async () => {
    const bestaetigt: string[] = [];
    const runden = 5;
    for (let runde = 0; runde < runden; runde++) {
      const p = await PortalProzess.starten(ENV());
      await p.bereit(90_000);
      const token = await p.anmelden('demo-werkstatt', 'demo-werkstatt');
      const meldungen = Array.from({ length: 24 }, (_, i) => {
        const spnId = `SPN-2026-${String([1, 6, 7, 16, 4, 15][i % 6]).padStart(6, '0')}`;
        const query =
          i % 6 >= 4
            ? 'mutation M($i: FehlendeFreigabeInput!) { r: fehlendeFreigabeMelden(input: $i) { ticket { ticketNummer } fehler { code } } }'
            : 'mutation M($i: VorgangsinfoInput!) { r: vorgangsinfoMelden(input: $i) { ticket { ticketNummer } fehler { code } } }';
        const input =
          i % 6 >= 4
            ? { spnId, freigabeErhaltenAm: '2026-11-30', nachricht: `Runde ${runde} Nr. ${i}`, idempotencyKey: randomUUID() }
            : { spnId, reparaturstatus: 'TERMIN_VEREINBART', termin: '2027-01-15', nachricht: `Runde ${runde} Nr. ${i}`, idempotencyKey: randomUUID() };
        return postEinzeln(p.url, { query, variables: { i: input } }, token).then((r) => {
          if ('status' in r && r.status === 200) {
            const nummer = JSON.parse(r.text).data?.r?.ticket?.ticketNummer;
            if (nummer) bestaetigt.push(nummer);
          }
        });
      });
      // kill it somewhere in the middle (a different point each round)
      await new Promise((r) => setTimeout(r, 15 + runde * 35));
      expect(await p.beenden('SIGKILL')).toBeNull();
      await Promise.all(meldungen);
    }

    const c = await db.verbindung();
    try {
      const abfrage = async <T>(sql: string): Promise<T[]> => (await c.query(sql))[0] as T[];
      // no number twice
      expect(await abfrage('SELECT ticketNummer, COUNT(*) AS n FROM ticket GROUP BY ticketNummer HAVING COUNT(*) > 1')).toEqual([]);
      // every ticket has its history entry, and every such entry its ticket
      expect(
        await abfrage(`SELECT t.ticketNummer FROM ticket t WHERE NOT EXISTS (SELECT 1 FROM ereignis e WHERE e.auftragId = t.auftragId AND e.art = 'TICKET_ERSTELLT' AND e.beschreibung LIKE CONCAT('%', t.ticketNummer, '%'))`),
      ).toEqual([]);
      expect(
        await abfrage(`SELECT e.id FROM ereignis e WHERE e.art = 'TICKET_ERSTELLT' AND NOT EXISTS (SELECT 1 FROM ticket t WHERE t.auftragId = e.auftragId AND e.beschreibung LIKE CONCAT('%', t.ticketNummer, '%'))`),
      ).toEqual([]);
      // every message belongs to a ticket; the number range is ahead of every number handed out
      expect(await abfrage('SELECT n.id FROM ticket_nachricht n LEFT JOIN ticket t ON t.id = n.ticketId WHERE t.id IS NULL')).toEqual([]);
      const [{ hoechste }] = await abfrage<{ hoechste: number | null }>("SELECT MAX(CAST(SUBSTRING(ticketNummer, 10) AS UNSIGNED)) AS hoechste FROM ticket WHERE ticketNummer LIKE 'SSP-2026-%'");
      const kreise = await abfrage<{ letzteNummer: number }>("SELECT letzteNummer FROM nummernkreis WHERE praefix = 'SSP' AND jahr = 2026");
      expect(kreise.length).toBeGreaterThan(0);
      expect(Math.max(...kreise.map((k) => Number(k.letzteNummer)))).toBeGreaterThanOrEqual(Number(hoechste));
      // what was confirmed to a caller is there
      const vorhanden = new Set((await abfrage<{ ticketNummer: string }>('SELECT ticketNummer FROM ticket')).map((t) => t.ticketNummer));
      expect(bestaetigt.filter((n) => !vorhanden.has(n))).toEqual([]);
    } finally {
      await c.end();
    }
  });
});
