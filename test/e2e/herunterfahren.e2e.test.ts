import http from 'node:http';
import mysql from 'mysql2/promise';
import { spn } from '../utils/abfragen';
import { describeNurMariaDb } from '../utils/db';
import { DEMO_WERKSTATT, TestServer, anmelden, startTestServer } from '../utils/server';

/**
 * Shutdown waits for a request whose client has already hung up: Apollo's drain only waits for open
 * connections, so without tracking the requests themselves the database was closed under a running
 * submission ("Pool is closed"). A row lock held by a second connection keeps the submission waiting
 * deterministically (MariaDB: the order row is locked FOR UPDATE by every submission).
 */
describeNurMariaDb('Herunterfahren', () => {
  let server: TestServer;
  const fehler: string[] = [];

  beforeAll(async () => {
    const erfassen = (stufe: string) => (obj: unknown, msg?: string) => void fehler.push(`${stufe}: ${msg ?? ''} ${JSON.stringify(obj)}`);
    const logger = { error: erfassen('error'), warn: () => undefined, info: () => undefined, debug: () => undefined, fatal: erfassen('fatal'), trace: () => undefined, child: () => logger };
    server = await startTestServer({ demo: true, logger: logger as never });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('wartet auf eine laufende Einreichung, deren Aufrufer schon aufgelegt hat, bevor die Datenbank geschlossen wird', async () => {
    const token = await anmelden(server, DEMO_WERKSTATT.benutzername, DEMO_WERKSTATT.passwort);
    const sperre = await mysql.createConnection(server.datenbankUrl);
    try {
      // given: the order row is locked by another transaction
      await sperre.query('START TRANSACTION');
      await sperre.query('SELECT id FROM auftrag WHERE spnId = ? FOR UPDATE', [spn(1)]);
      // and a submission for that order is sent, then the client hangs up while it waits for the lock
      const body = JSON.stringify({
        query: 'mutation($i: VorgangsinfoInput!) { vorgangsinfoMelden(input: $i) { ticket { ticketNummer } fehler { code } } }',
        variables: { i: { spnId: spn(1), reparaturstatus: 'FAHRZEUG_IN_ARBEIT', fahrzeugUebernommenAm: '2026-11-30', nachricht: 'beim Herunterfahren', idempotencyKey: 'herunterfahren-1' } },
      });
      const req = http.request(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(body) } });
      req.on('error', () => undefined);
      req.end(body);
      await wartenBis(async () => (await sperre.query<mysql.RowDataPacket[]>("SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE STATE LIKE '%lock%' OR STATE = 'Sending data' OR STATE = 'Statistics'"))[0][0].n > 0);
      await new Promise((r) => setTimeout(r, 200));
      req.destroy();

      // when: the server is shut down (as on SIGTERM: HTTP, then the database)
      let zu = false;
      const schliessen = server.close().then(() => {
        zu = true;
      });
      await new Promise((r) => setTimeout(r, 700));
      // then: it has not closed the database under the waiting submission
      expect(zu).toBe(false);
      await sperre.query('COMMIT');
      await schliessen;
      expect(zu).toBe(true);
      // and the submission ran to its end without an error
      expect(fehler).toEqual([]);
    } finally {
      await sperre.end();
    }
  });
});

async function wartenBis(bedingung: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await bedingung()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('Die Einreichung hat nicht auf die Sperre gewartet');
}
