import 'reflect-metadata';
import http from 'node:http';
import express from 'express';
import { auditServer } from 'graphql-http';
import { loadConfig } from '../../server/src/config/config';
import { GRENZEN } from '../../server/src/graphql/grenzen';
import { anfrageFrist } from '../../server/src/http/sicherheit';
import { anmelden, DEMO_INTERN, testServerFuerDatei } from '../utils/server';

/**
 * The request limits and server settings of the Security section (README), each tried with a request
 * that breaks it: a refused request gets a 4xx with a clear message, never a 500 and never
 * schema details; plus the GraphQL-over-HTTP audit of the `graphql-http` package.
 */
const server = testServerFuerDatei({ demo: true, env: { SPN_INTROSPEKTION: '0' } });
/** For the audit, whose queries ask `__type`: the HTTP layer is the same, introspection on; behind one proxy. */
const offenerServer = testServerFuerDatei({ demo: true, env: { SPN_INTROSPEKTION: '1', SPN_VERTRAUTE_PROXYS: '1' } });

async function roh(init: RequestInit & { pfad?: string } = {}): Promise<{ status: number; headers: Headers; text: string; json: any }> {
  const res = await fetch(`${server().url}${init.pfad ?? '/graphql'}`, init);
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, headers: res.headers, text, json };
}

let intern: string;
beforeAll(async () => {
  intern = await anmelden(server(), DEMO_INTERN.benutzername, DEMO_INTERN.passwort);
});

/** POSTs as the demo staff user, so a query within the limits is answered in full. */
function alsIntern(query: string) {
  return post({ query }, { authorization: `Bearer ${intern}` });
}

function post(body: unknown, headers: Record<string, string> = {}) {
  return roh({ method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

/** An order query with a chain of `felder` fields, the leaf included: auftrag → tickets → auftrag → … → id. */
function verschachtelt(felder: number): string {
  const objekte = Array.from({ length: felder - 1 }, (_, i) => (i === 0 ? 'auftrag(spnId: "SPN-2026-000001")' : i % 2 === 1 ? 'tickets' : 'auftrag'));
  return `{ ${objekte.map((o) => `${o} { `).join('')}id${' }'.repeat(objekte.length)} }`;
}

describe('Einstellungen ohne Demo-Abhängigkeit', () => {
  it('Introspektion ist nur im Demo-Modus oder auf ausdrücklichen Wunsch an', () => {
    const basis = { DATABASE_URL: 'sqlite:/tmp/x.sqlite' };
    expect(loadConfig({ ...basis, SPN_DEMO: '1' }).introspektion).toBe(true);
    expect(loadConfig({ ...basis, SPN_DEMO: '0' }).introspektion).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/x' }).introspektion).toBe(false);
    expect(loadConfig({ ...basis, SPN_DEMO: '0', SPN_INTROSPEKTION: '1' }).introspektion).toBe(true);
    expect(loadConfig({ ...basis, SPN_DEMO: '1', SPN_INTROSPEKTION: 'false' }).introspektion).toBe(false);
  });

  it('lehnt Introspektion ab und verrät bei Tippfehlern keine Feldnamen', async () => {
    const intro = await post({ query: '{ __schema { types { name } } }' });
    expect(intro.status).toBe(400);
    expect(intro.text).toMatch(/introspection/i);
    expect(intro.text).not.toMatch(/"name":"Auftrag"/);

    const tippfehler = await post({ query: '{ auftraeg(first: 1) { totalCount } }' });
    expect(tippfehler.status).toBe(400);
    expect(tippfehler.text).not.toMatch(/Did you mean|auftraege/);
  });
});

describe('Grenzen je Anfrage', () => {
  it('lehnt zu tiefe Anfragen mit 400 ab, erlaubt aber die erlaubte Tiefe', async () => {
    const erlaubt = verschachtelt(GRENZEN.maxTiefe);
    const zuTief = verschachtelt(GRENZEN.maxTiefe + 1);
    const ok = await alsIntern(erlaubt);
    expect(ok.status).toBe(200);
    expect(ok.json.errors).toBeUndefined();
    const r = await post({ query: zuTief });
    expect(r.status).toBe(400);
    expect(r.json.errors[0].message).toMatch(/zu tief verschachtelt/);
  });

  it('lehnt mehr als die erlaubten Aliase ab', async () => {
    const aliase = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: versicherer { name }`).join(' ')} }`;
    const ok = await alsIntern(aliase(GRENZEN.maxAliase));
    expect(ok.status).toBe(200);
    expect(ok.json.errors).toBeUndefined();
    const r = await post({ query: aliase(GRENZEN.maxAliase + 1) });
    expect(r.status).toBe(400);
    expect(r.json.errors[0].message).toMatch(/Zu viele Aliase/);
  });

  it('lehnt Dokumente mit zu vielen Token schon beim Parsen ab', async () => {
    const felder = Array.from({ length: GRENZEN.maxTokens }, () => '__typename').join(' ');
    const r = await post({ query: `{ ${felder} }` });
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(r.json.errors[0].message).toMatch(/2000 tokens/);
  });

  it('lehnt zu aufwendige Anfragen vor der Ausführung ab und nennt Kosten und Grenze', async () => {
    const teuer = `{ ${Array.from({ length: 6 }, (_, i) => `l${i}: auftraege(first: 100) { nodes { tickets { auftrag { tickets { nachrichten { text } } } } } }`).join(' ')} }`;
    const r = await post({ query: teuer });
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions.code).toBe('KOSTEN_UEBERSCHRITTEN');
    expect(r.json.errors[0].extensions.maxKosten).toBe(GRENZEN.maxKosten);
    expect(r.json.errors[0].message).toMatch(/Anfrage zu aufwendig: geschätzte Kosten \d+, erlaubt sind \d+/);
    // nothing ran: no SQL statement for the refused request
    expect(r.headers.get('x-sql-statements')).toBe('0');
  });

  it('lehnt first außerhalb 1 … 100 verständlich ab', async () => {
    for (const first of [0, 101, -1]) {
      const r = await post({ query: `{ auftraege(first: ${first}) { totalCount } }` }, { authorization: 'Bearer demo-kalkulation-key' });
      expect(r.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(r.json.errors[0].message).toMatch(/first/);
    }
  });

  it('lehnt Anfragen über 100 kB mit 413 ab, ohne Stack oder Pfade', async () => {
    const r = await post({ query: `{ __typename }`, variables: { x: 'x'.repeat(110_000) } });
    expect(r.status).toBe(413);
    expect(r.json.errors[0].message).toBe('Die Anfrage ist zu groß (höchstens 100 kB).');
    expect(r.text).not.toMatch(/at .*\.(js|ts):\d+|node_modules|\/work\//);
  });

  it('antwortet älteren Clients (nur application/json oder ohne Accept) bei Validierungsfehlern mit 200 und denselben Fehlern', async () => {
    const zuTief = verschachtelt(GRENZEN.maxTiefe + 1);
    const modern = await post({ query: zuTief });
    const alt = await post({ query: zuTief }, { accept: 'application/json' });
    const ohneAccept = await roh({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: zuTief }) });
    expect([modern.status, alt.status, ohneAccept.status]).toEqual([400, 200, 200]);
    expect(ohneAccept.json.errors).toEqual(modern.json.errors);
    expect(alt.headers.get('content-type')).toMatch(/^application\/json/);
    expect(alt.json.errors).toEqual(modern.json.errors);
  });

  it('beantwortet kaputtes JSON mit 400 und einer verständlichen Meldung', async () => {
    const r = await post('{"query": "{ __typename }"');
    expect(r.status).toBe(400);
    expect(r.json.errors[0].message).toBe('Der Inhalt der Anfrage ist kein gültiges JSON.');
  });

  it('beantwortet unbekannte Adressen außerhalb der Seiten mit 404 als JSON', async () => {
    for (const [method, pfad] of [['GET', '/health'], ['GET', '/health/unbekannt'], ['POST', '/irgendwo'], ['DELETE', '/health/live']]) {
      const r = await roh({ method, pfad });
      expect({ method, pfad, status: r.status, typ: r.headers.get('content-type'), code: r.json?.errors?.[0]?.extensions?.code }).toEqual({
        method,
        pfad,
        status: 404,
        typ: expect.stringMatching(/^application\/json/),
        code: 'NICHT_GEFUNDEN',
      });
    }
  });

  it('verarbeitet keine HTTP-Stapel (Batching)', async () => {
    const r = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(r.status).toBe(400);
    expect(r.text).not.toContain('"__typename":"Query"');
  });

  it('führt keine Mutation per GET aus (405) und verlangt bei GET den CSRF-Schutz-Header', async () => {
    const mutation = encodeURIComponent('mutation { abmelden }');
    const r = await roh({ pfad: `/graphql?query=${mutation}`, headers: { 'apollo-require-preflight': 'true' } });
    expect(r.status).toBe(405);
    const ohneHeader = await roh({ pfad: `/graphql?query=${encodeURIComponent('{ __typename }')}` });
    expect(ohneHeader.status).toBe(400);
    expect(ohneHeader.text).toMatch(/CSRF/i);
  });

  it('lehnt nicht unterstützte Medientypen ab', async () => {
    const r = await roh({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ __typename }' });
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
  });
});

describe('Anfragefrist', () => {
  it('beantwortet eine Anfrage, die die Frist überschreitet, mit 503 und Retry-After; die spätere Antwort geht ins Leere', async () => {
    // A tiny app with the same middleware and a handler that answers only when the test says so.
    let freigeben!: () => void;
    const gehalten = new Promise<void>((r) => (freigeben = r));
    let spaeteAntwortFehler: unknown = null;
    const app = express();
    app.use(anfrageFrist(50));
    app.get('/langsam', async (_req, res) => {
      await gehalten;
      try {
        res.json({ data: 'zu spät' });
      } catch (e) {
        spaeteAntwortFehler = e;
      }
    });
    const s = http.createServer(app);
    await new Promise<void>((r) => s.listen(0, r));
    const port = (s.address() as { port: number }).port;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/langsam`);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      const antwort = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect(antwort.errors[0].extensions.code).toBe('ZEITUEBERSCHREITUNG');
      freigeben();
      await new Promise((r) => setImmediate(r));
      expect(spaeteAntwortFehler).toBeNull();
    } finally {
      freigeben();
      await new Promise((r) => s.close(r));
    }
  });
});

describe('Sicherheits-Header', () => {
  it('die API trägt nosniff und DENY für Frames, aber kein x-powered-by (CSP der Seiten: Browser-Test)', async () => {
    const api = await post({ query: '{ __typename }' });
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    expect(api.headers.get('x-frame-options')).toBe('DENY');
    expect(api.headers.get('x-powered-by')).toBeNull();
  });

  it('hinter einem vertrauten Proxy: Secure-Cookie und HSTS nur bei https laut X-Forwarded-Proto; ohne Proxy-Vertrauen zählt der Header nicht', async () => {
    const anmeldung = { query: 'mutation { anmelden(input: { benutzername: "demo-werkstatt-2", passwort: "demo-werkstatt-2" }) { token } }' };
    const cookie = (h: Headers) => h.getSetCookie().find((c) => c.startsWith('spn_sitzung=')) ?? '';
    const proxyHttps = await fetch(`${offenerServer().url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' }, body: JSON.stringify(anmeldung) });
    expect(cookie(proxyHttps.headers)).toMatch(/;\s*Secure/i);
    expect(proxyHttps.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const proxyHttp = await fetch(`${offenerServer().url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'http' }, body: JSON.stringify(anmeldung) });
    expect(cookie(proxyHttp.headers)).not.toMatch(/Secure/i);
    // the server without trusted proxies ignores the header (a client could forge it)
    const direkt = await fetch(`${server().url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' }, body: JSON.stringify(anmeldung) });
    expect(cookie(direkt.headers)).not.toMatch(/Secure/i);
    expect(direkt.headers.get('strict-transport-security')).toBeNull();
  });

  it('das Sitzungs-Cookie ist HttpOnly und SameSite', async () => {
    const r = await post({ query: 'mutation { anmelden(input: { benutzername: "demo-werkstatt", passwort: "demo-werkstatt" }) { token } }' });
    const cookie = r.headers.getSetCookie().find((c) => c.startsWith('spn_sitzung='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });
});

describe('GraphQL over HTTP (graphql-http Audit)', () => {
  it('erfüllt jedes MUST und mindestens 90 % der SHOULD', async () => {
    const ergebnisse = await auditServer({ url: `${offenerServer().url}/graphql` });
    const art = (id: string) => ergebnisse.filter((e) => e.name.startsWith(id));
    const must = art('MUST');
    const should = art('SHOULD');
    const nichtOk = (liste: typeof ergebnisse) => liste.filter((e) => e.status !== 'ok').map((e) => `${e.name}: ${'reason' in e ? e.reason : ''}`);
    expect(must.length).toBeGreaterThan(0);
    expect(nichtOk(must)).toEqual([]);
    const offen = nichtOk(should);
    // at most 10 % may fail; on failure the report lists the SHOULDs that did not pass
    expect(offen.length <= Math.floor(should.length * 0.1) ? 'ok' : { von: should.length, offen }).toBe('ok');
  });
});
