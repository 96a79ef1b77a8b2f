import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Clock } from '../../server/src/common/zeit';
import { Config, loadConfig, projektVerzeichnis } from '../../server/src/config/config';
import { openDatabase } from '../../server/src/db/data-source';
import { demoDatenAnlegen } from '../../server/src/db/seed/demo-seed';
import { Logger, loggerErstellen } from '../../server/src/logger';
import { createServer } from '../../server/src/server';
import { testDatenbank } from './db';

/** The demo accounts of `demoDatenAnlegen` (user name = password). */
export const DEMO_WERKSTATT = { benutzername: 'demo-werkstatt', passwort: 'demo-werkstatt' } as const;
export const DEMO_WERKSTATT_2 = { benutzername: 'demo-werkstatt-2', passwort: 'demo-werkstatt-2' } as const;
export const DEMO_INTERN = { benutzername: 'demo-intern', passwort: 'demo-intern' } as const;
/** The demo API key of the calculation system; send it as `{ token: DEMO_API_SCHLUESSEL }`. */
export const DEMO_API_SCHLUESSEL = 'demo-kalkulation-key';

export interface GqlFehler {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GqlAntwort<T> {
  data?: T | null;
  errors?: GqlFehler[];
}

export interface GqlErgebnis<T> {
  status: number;
  body: GqlAntwort<T>;
  headers: Headers;
  /** Value of `x-sql-statements`: SQL statements the request caused (null if the header is missing). */
  sqlStatements: number | null;
}

export interface GqlOptionen {
  /** Session token or API key, sent as `Authorization: Bearer …`. */
  token?: string;
  /** Raw `Cookie` header, e.g. from `sitzungsCookie(ergebnis.headers)`. */
  cookie?: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  /** Base URL, e.g. `http://localhost:41234`. */
  url: string;
  ds: DataSource;
  config: Config;
  /** POSTs one GraphQL operation as JSON to `/graphql`. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, opts?: GqlOptionen): Promise<GqlErgebnis<T>>;
  /** Stops the server, closes the DataSource and deletes the database. Idempotent. */
  close(): Promise<void>;
  /** Waits for the work requests left running after their answer (e.g. the mail of passwortVergessen). */
  hintergrundAbwarten(): Promise<void>;
  /** Subscriptions currently open on this server (wait for them before causing the event). */
  abonnenten(): number;
  /** The database's DATABASE_URL (a second server on the same database: `startTestServer({ datenbankUrl })`). */
  datenbankUrl: string;
}

export interface TestServerOptionen {
  /** Create the demo accounts and data (`demoDatenAnlegen`). Default: false (empty database). */
  demo?: boolean;
  /** Clock of the server (default: system time); see `TestUhr`. */
  clock?: Clock;
  /** Extra environment for `loadConfig`, e.g. `{ SPN_SITZUNG_STUNDEN: '1' }`. DATABASE_URL is set by the helper. */
  env?: Record<string, string>;
  logger?: Logger;
  /**
   * Use this existing database (of another test server) instead of a fresh one: a second server process
   * on the same data. It is neither seeded nor deleted by this server.
   */
  datenbankUrl?: string;
}

/**
 * Starts the real server on a free port with a fresh database (see `testDatenbank`): migrations run,
 * demo data when asked, SQL counting on, bcrypt cost 4. Every test file starts its own server.
 */
export async function startTestServer(opts: TestServerOptionen = {}): Promise<TestServer> {
  const db = opts.datenbankUrl ? { url: opts.datenbankUrl, drop: async () => undefined } : await testDatenbank();
  let ds: DataSource | undefined;
  let stop: (() => Promise<void>) | undefined;
  let geschlossen: Promise<void> | undefined;

  const close = () =>
    (geschlossen ??= (async () => {
      const fehler: unknown[] = [];
      for (const schritt of [stop, ds?.isInitialized ? () => ds!.destroy() : undefined, db.drop]) {
        try {
          await schritt?.();
        } catch (e) {
          fehler.push(e);
        }
      }
      if (fehler.length) throw fehler[0];
    })());

  try {
    const config = loadConfig(
      {
        PORT: '0',
        SPN_BCRYPT_COST: '4',
        SPN_SQL_ZAEHLEN: '1',
        SPN_DEMO: opts.demo ? '1' : '0',
        ...opts.env,
        DATABASE_URL: db.url,
      },
      projektVerzeichnis(),
    );
    ds = await openDatabase(config.database, { sqlLog: config.sqlLog });
    if (opts.demo && !opts.datenbankUrl) await demoDatenAnlegen(ds, { bcryptCost: config.bcryptCost });
    // Unexpected (masked) server errors still reach the test output; TEST_LOG_LEVEL=info shows more.
    const logger = opts.logger ?? loggerErstellen(process.env.TEST_LOG_LEVEL ?? 'error');
    const server = await createServer(config, ds, { clock: opts.clock, logger });
    stop = () => server.stop();
    const url = await server.listen(0);
    const dataSource = ds;
    return {
      url,
      ds: dataSource,
      config,
      close,
      abonnenten: () => server.abonnenten(),
      datenbankUrl: db.url,
      gql: (query, variables, o) => gqlSenden(url, query, variables, o),
      hintergrundAbwarten: () => server.hintergrundAbwarten(),
    };
  } catch (e) {
    await close().catch(() => undefined);
    throw e;
  }
}

async function gqlSenden<T>(url: string, query: string, variables: Record<string, unknown> | undefined, opts: GqlOptionen = {}): Promise<GqlErgebnis<T>> {
  // as the portal's client (Apollo Client 4) and every current GraphQL client ask
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9' };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.cookie) headers.cookie = opts.cookie;
  Object.assign(headers, opts.headers);
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  let body: GqlAntwort<T>;
  try {
    body = JSON.parse(text) as GqlAntwort<T>;
  } catch {
    throw new Error(`/graphql antwortete mit HTTP ${res.status} ohne JSON: ${text.slice(0, 500)}`);
  }
  const zahl = res.headers.get('x-sql-statements');
  return { status: res.status, body, headers: res.headers, sqlStatements: zahl === null ? null : Number(zahl) };
}

/**
 * Starts one server for the whole test file (beforeAll) and closes it afterwards (afterAll).
 * Returns a getter: `const server = testServerFuerDatei({ demo: true }); … server().gql(…)`.
 */
export function testServerFuerDatei(opts: TestServerOptionen = {}): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(opts);
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('Der Testserver läuft noch nicht (nur in Tests und Hooks nach beforeAll verfügbar).');
    return server;
  };
}

const ANMELDEN = /* GraphQL */ `
  mutation Anmelden($input: AnmeldenInput!) {
    anmelden(input: $input) {
      token
      fehler { code meldung }
    }
  }
`;

/** Logs in and returns the session token; throws with the server's answer if that fails. */
export async function anmelden(server: Pick<TestServer, 'gql'>, benutzername: string, passwort: string): Promise<string> {
  const r = await server.gql<{ anmelden: { token: string | null; fehler: { code: string; meldung: string }[] } }>(ANMELDEN, {
    input: { benutzername, passwort },
  });
  const token = r.body.data?.anmelden.token;
  if (!token) throw new Error(`Anmeldung als ${benutzername} fehlgeschlagen (HTTP ${r.status}): ${JSON.stringify(r.body)}`);
  return token;
}

/** The `Cookie` header value that sends back the cookies a response set (e.g. the session cookie of `anmelden`). */
export function cookiesAus(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .filter((c) => !/=$/.test(c))
    .join('; ');
}
