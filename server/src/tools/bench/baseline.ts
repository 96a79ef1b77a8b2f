import { createHash } from 'node:crypto';
import http from 'node:http';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import { Rolle } from '../../common/enums';
import { formatDecimal } from '../../common/money';
import { DatabaseConfig, parseDatabaseUrl, projektVerzeichnis } from '../../config/config';
import { snapshotBauen } from '../../modules/auftrag/auftrag-snapshot';
import { hinweiseBerechnen, moeglicheAktionen } from '../../modules/auftrag/hinweise.rules';
import { erwarteterRechnungsbetrag, kvKorrekturpunkte, kvNettoCent } from '../../modules/dokumente/betraege';
import { aktiverStorno, eingangGrund, sichtbareEingaenge } from '../../modules/auftrag/auftrag-snapshot';

/**
 * The benchmark's baseline (issue 6): a bare `node:http` server without GraphQL or ORM that answers
 * the benchmark's four questions with hand-written SQL (better-sqlite3 statements / mysql2 prepared
 * statements) and builds exactly the JSON the product's `/graphql` answers. Authentication works as
 * in the product (session token or API key, one statement). Only the pure domain functions (FAQ
 * rules, money, amounts) are shared with the product, so both compute the same Hinweise.
 *
 *   GET /q1?spnId=…                  Q1, the overview (Q1_UEBERSICHT)
 *   GET /liste?first=20[&after=…]    Q2/Q3, the caller's order list (Q2_LISTE)
 *   GET /feed?seit=…&first=…         Q4, the vendors' feed (Q4_FEED)
 *
 * Every answer carries `x-sql-statements`. Start: `DATABASE_URL=… PORT=… node dist/server/src/tools/bench/baseline.js`.
 */

type Zeile = Record<string, any>;

interface Db {
  alle(sql: string, params: unknown[]): Promise<Zeile[]>;
}

function sqliteDb(pfad: string): Db {
  const db = new Database(pfad);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  const cache = new Map<string, Database.Statement>();
  return {
    alle: (sql, params) => {
      let stmt = cache.get(sql);
      if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
      return Promise.resolve(stmt.all(...params) as Zeile[]);
    },
  };
}

function mysqlDb(c: Extract<DatabaseConfig, { type: 'mysql' }>): Db {
  const pool = mysql.createPool({
    host: c.host,
    port: c.port,
    user: c.user,
    password: c.password,
    database: c.database,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: true,
    supportBigNumbers: true,
    connectionLimit: 10,
  });
  return {
    alle: async (sql, params) => {
      const [rows] = await pool.execute(sql, params as any[]);
      return rows as Zeile[];
    },
  };
}

/** Counts the statements of one request. */
class Anfrage {
  anzahl = 0;
  constructor(private readonly db: Db) {}
  alle(sql: string, params: unknown[]): Promise<Zeile[]> {
    this.anzahl++;
    return this.db.alle(sql, params);
  }
}

interface Aufrufer {
  art: 'BENUTZER' | 'API_SCHLUESSEL';
  apiSchluesselId: number | null;
  /** null: every shop (staff). */
  werkstaetten: number[] | null;
}

/** `YYYY-MM-DD HH:MM:SS.SSS` (UTC, as stored) → ISO 8601 as GraphQL's DateTimeISO writes it. */
function iso(wert: string | null): string | null {
  if (wert === null) return null;
  return wert.length === 23 ? `${wert.slice(0, 10)}T${wert.slice(11)}Z` : new Date(`${wert.replace(' ', 'T')}Z`).toISOString();
}
function sqlZeit(d: Date): string {
  return d.toISOString().replace('T', ' ').replace('Z', '');
}
const geld = (cent: number | null): string | null => (cent === null ? null : formatDecimal(Number(cent)));
const cursor = (werte: (string | number)[]): string => Buffer.from(JSON.stringify(werte), 'utf8').toString('base64url');
const platzhalter = (n: number): string => new Array(n).fill('?').join(', ');

async function aufruferLaden(q: Anfrage, token: string): Promise<Aufrufer | null> {
  if (token.length > 200) return null;
  const hash = createHash('sha256').update(token, 'utf8').digest('hex');
  if (token.startsWith('sst_')) {
    const [s] = await q.alle(
      'SELECT b.rolle AS rolle, b.werkstattId AS werkstattId FROM sitzung s INNER JOIN benutzer b ON b.id = s.benutzerId ' +
        'WHERE s.tokenHash = ? AND s.beendetAm IS NULL AND s.ablaufAm > ? AND b.aktiv = 1',
      [hash, sqlZeit(new Date())],
    );
    if (!s) return null;
    return { art: 'BENUTZER', apiSchluesselId: null, werkstaetten: s.rolle === Rolle.INTERN ? null : s.werkstattId === null ? [] : [Number(s.werkstattId)] };
  }
  const rows = await q.alle(
    'SELECT k.id AS id, l.werkstattId AS werkstattId FROM api_schluessel k LEFT JOIN api_schluessel_werkstatt l ON l.apiSchluesselId = k.id ' +
      'WHERE k.schluesselHash = ? AND k.widerrufenAm IS NULL',
    [hash],
  );
  if (rows.length === 0) return null;
  return { art: 'API_SCHLUESSEL', apiSchluesselId: Number(rows[0].id), werkstaetten: rows.filter((r) => r.werkstattId !== null).map((r) => Number(r.werkstattId)) };
}

/** The tenant scope as SQL on `a.werkstattId`. */
function mandant(wer: Aufrufer): { sql: string; params: number[] } {
  if (wer.werkstaetten === null) return { sql: '1 = 1', params: [] };
  if (wer.werkstaetten.length === 0) return { sql: '1 = 0', params: [] };
  return { sql: `a.werkstattId IN (${platzhalter(wer.werkstaetten.length)})`, params: wer.werkstaetten };
}

function kvJson(k: Zeile, vendor: boolean) {
  const netto = kvNettoCent(k as any);
  return {
    id: String(k.id),
    art: k.art,
    laufendeNummer: k.laufendeNummer,
    eingegangenAm: iso(k.eingegangenAm),
    kalkulationssystem: k.kalkulationssystem,
    externeReferenz: k.externeReferenz,
    status: k.status,
    korrekturpunkte: vendor ? [] : kvKorrekturpunkte(k as any),
    summen: {
      ersatzteile: geld(k.ersatzteileCent),
      arbeitslohn: geld(k.arbeitslohnCent),
      lackierung: geld(k.lackierungCent),
      nebenkosten: geld(k.nebenkostenCent),
      netto: geld(netto),
      mwst: geld(k.mwstCent),
      brutto: geld(netto + k.mwstCent),
    },
  };
}

const EREIGNIS_TICKET = ['TICKET_ERSTELLT', 'TICKET_BEARBEITET'];
const ROLLE_ANZEIGE: Record<string, string> = { WERKSTATT: 'Werkstatt', INTERN: 'SPN-Netzwerk', KALKULATION: 'Kalkulationssystem', SYSTEM: 'SPN-System' };

/** Q1: one order with everything the overview shows; 1 + 11 statements (the lists in parallel). */
async function uebersicht(q: Anfrage, wer: Aufrufer, spnIdEingabe: string) {
  const m = /^(?:SPN-?)?(\d{4})-?(\d{6})$/.exec(spnIdEingabe.trim().toUpperCase());
  if (!m) return { auftrag: null };
  const scope = mandant(wer);
  const [a] = await q.alle(
    'SELECT a.*, w.name AS w_name, w.partnerNummer AS w_partnerNummer, w.ort AS w_ort, w.kalkulationssystem AS w_kalkulationssystem, ' +
      'v.name AS v_name, v.nachlassBasispunkte AS v_nachlassBasispunkte, v.kvServicePauschaleCent AS v_kvServicePauschaleCent ' +
      `FROM auftrag a INNER JOIN werkstatt w ON w.id = a.werkstattId INNER JOIN versicherer v ON v.id = a.versichererId WHERE a.spnId = ? AND ${scope.sql}`,
    [`SPN-${m[1]}-${m[2]}`, ...scope.params],
  );
  if (!a) return { auftrag: null };
  const vendor = wer.art === 'API_SCHLUESSEL';
  const id = a.id;
  const ohneTickets = vendor ? ` AND art NOT IN ('${EREIGNIS_TICKET.join("', '")}')` : '';
  const [kvs, freigaben, rechnungen, stornos, erinnerungen, tickets, nachrichten, eingaenge, mails, verlauf, [{ n: verlaufGesamt }]] = await Promise.all([
    q.alle('SELECT * FROM kostenvoranschlag WHERE auftragId = ? ORDER BY id', [id]),
    q.alle('SELECT * FROM freigabe WHERE auftragId = ? ORDER BY id', [id]),
    q.alle('SELECT * FROM rechnung WHERE auftragId = ? ORDER BY id', [id]),
    q.alle('SELECT * FROM storno WHERE auftragId = ? ORDER BY id', [id]),
    q.alle('SELECT * FROM erinnerung WHERE auftragId = ? ORDER BY id', [id]),
    vendor ? Promise.resolve([]) : q.alle('SELECT * FROM ticket WHERE auftragId = ? ORDER BY id', [id]),
    vendor ? Promise.resolve([]) : q.alle('SELECT n.* FROM ticket_nachricht n INNER JOIN ticket t ON t.id = n.ticketId WHERE t.auftragId = ? ORDER BY n.id', [id]),
    q.alle('SELECT * FROM eingang WHERE auftragId = ? ORDER BY id', [id]),
    q.alle('SELECT * FROM benachrichtigung WHERE auftragId = ? ORDER BY id', [id]),
    q.alle(`SELECT id, zeitpunkt, art, beschreibung, akteur, akteurRolle FROM ereignis WHERE auftragId = ?${ohneTickets} ORDER BY id DESC LIMIT 51`, [id]),
    q.alle(`SELECT COUNT(*) AS n FROM ereignis WHERE auftragId = ?${ohneTickets}`, [id]),
  ]);

  const eingaengeSichtbar = sichtbareEingaenge(eingaenge as any, vendor ? ({ art: 'API_SCHLUESSEL', apiSchluesselId: wer.apiSchluesselId } as any) : null);
  const snapshot = snapshotBauen(
    a as any,
    {
      kvs: kvs as any,
      freigaben: freigaben.map((f) => ({ erteiltAm: new Date(iso(f.erteiltAm)!) })),
      rechnungen: rechnungen.map((r) => ({ ...r, eingegangenAm: new Date(iso(r.eingegangenAm)!) })) as any,
      stornos: stornos.map((s) => ({ ...s, aufgehobenAm: s.aufgehobenAm })) as any,
      erinnerungen: erinnerungen as any,
      tickets: tickets as any,
      eingaenge: eingaenge.map((e) => ({ ...e, eingegangenAm: new Date(iso(e.eingegangenAm)!) })) as any,
      benachrichtigungen: mails.map((b) => ({ id: b.id, versendetAm: b.versendetAm === null ? null : new Date(iso(b.versendetAm)!) })),
    },
    vendor ? ({ art: 'API_SCHLUESSEL', apiSchluesselId: wer.apiSchluesselId } as any) : null,
  );
  const hinweise = hinweiseBerechnen(snapshot);
  const storno = a.status === 'STORNIERT' ? aktiverStorno(stornos as any) : null;
  const stornoMail = storno ? mails.find((b) => b.id === storno.benachrichtigungId) : undefined;
  const nachrichtenJe = new Map<number, Zeile[]>();
  for (const n of nachrichten) nachrichtenJe.set(n.ticketId, [...(nachrichtenJe.get(n.ticketId) ?? []), n]);
  const verlaufSichtbar = verlauf.slice(0, 50);

  return {
    auftrag: {
      id: String(a.id),
      spnId: a.spnId,
      auftragsart: a.auftragsart,
      status: a.status,
      stand: new Date().toISOString(),
      vermitteltAm: iso(a.vermitteltAm),
      aktualisiertAm: iso(a.aktualisiertAm),
      versicherer: { id: String(a.versichererId), name: a.v_name, nachlassProzent: geld(a.v_nachlassBasispunkte), kvServicePauschale: geld(a.v_kvServicePauschaleCent) },
      werkstatt: { id: String(a.werkstattId), name: a.w_name, partnerNummer: a.w_partnerNummer, ort: a.w_ort, kalkulationssystem: a.w_kalkulationssystem },
      schadennummer: a.schadennummer,
      schadentag: a.schadentag,
      sparte: a.sparte,
      fahrzeug: { kennzeichen: a.kennzeichen, hersteller: a.hersteller, modell: a.modell, fin: a.fin, erstzulassung: a.erstzulassung },
      kunde: vendor ? null : { name: a.kundeName, anschrift: a.kundeAnschrift, telefon: a.kundeTelefon },
      kvs: kvs.map((k) => kvJson(k, vendor)),
      freigaben: freigaben.map((f) => {
        const kv = kvs.find((k) => k.id === f.kvId)!;
        return {
          id: String(f.id),
          erteiltAm: iso(f.erteiltAm),
          betragNetto: geld(f.betragNettoCent),
          nachlass: geld(f.nachlassCent),
          erwarteterRechnungsbetrag: geld(f.betragNettoCent - f.nachlassCent),
          kv: { id: String(kv.id), art: kv.art, laufendeNummer: kv.laufendeNummer },
        };
      }),
      erwarteterRechnungsbetrag: geld(erwarteterRechnungsbetrag(freigaben as any, rechnungen as any)),
      rkue: { status: a.rkueStatus, entschiedenAm: iso(a.rkueEntschiedenAm), bemerkung: vendor ? null : a.rkueBemerkung },
      rechnungen: rechnungen.map((r) => ({
        id: String(r.id),
        art: r.art,
        rechnungsnummer: r.rechnungsnummer,
        rechnungsdatum: r.rechnungsdatum,
        eingegangenAm: iso(r.eingegangenAm),
        betragNetto: geld(r.betragNettoCent),
        mwst: geld(r.mwstCent),
        betragBrutto: geld(r.betragNettoCent + r.mwstCent),
        status: r.status,
        bemerkung: vendor ? null : r.bemerkung,
      })),
      storno: storno
        ? { grund: storno.grund, bemerkung: vendor ? null : storno.bemerkung, storniertAm: iso(storno.storniertAm as any), benachrichtigtAm: iso(stornoMail?.versendetAm ?? null) }
        : null,
      erinnerungen: erinnerungen.map((e) => ({ id: String(e.id), art: e.art, gesendetAm: iso(e.gesendetAm), erledigtAm: iso(e.erledigtAm) })),
      tickets: tickets.map((t) => ({
        id: String(t.id),
        ticketNummer: t.ticketNummer,
        aktion: t.aktion,
        status: t.status,
        erstelltAm: iso(t.erstelltAm),
        inhalt: {
          reparaturstatus: t.reparaturstatus,
          termin: t.termin,
          fahrzeugUebernommenAm: t.fahrzeugUebernommenAm,
          voraussichtlicheFertigstellung: t.voraussichtlicheFertigstellung,
          fertiggestelltAm: t.fertiggestelltAm,
          fahrzeugZurueckgegebenAm: t.fahrzeugZurueckgegebenAm,
          freigabeErhaltenAm: t.freigabeErhaltenAm,
          betragNetto: geld(t.betragNettoCent),
          quelle: t.quelle,
          referenz: t.referenz,
          grund: t.grund,
          kundeHatUnterschrieben: t.kundeHatUnterschrieben === null ? null : Boolean(t.kundeHatUnterschrieben),
        },
        nachrichten: (nachrichtenJe.get(t.id) ?? []).map((n) => ({ von: n.von, text: n.text, gesendetAm: iso(n.gesendetAm) })),
      })),
      verlauf: {
        totalCount: Number(verlaufGesamt),
        pageInfo: { hasNextPage: verlauf.length > 50, endCursor: verlaufSichtbar.length ? cursor([verlaufSichtbar[verlaufSichtbar.length - 1].id]) : null },
        nodes: verlaufSichtbar.map((e) => ({
          id: String(e.id),
          zeitpunkt: iso(e.zeitpunkt),
          art: e.art,
          beschreibung: e.beschreibung,
          akteur: vendor && e.akteurRolle ? (ROLLE_ANZEIGE[e.akteurRolle] ?? null) : e.akteur,
        })),
      },
      hinweise: hinweise.map((h) => ({ code: h.code, titel: h.titel, text: h.text, aktion: h.aktion })),
      moeglicheAktionen: moeglicheAktionen(snapshot),
      nichtZugeordneteEingaenge: eingaengeSichtbar.map((e: Zeile) => ({
        id: String(e.id),
        eingegangenAm: iso(e.eingegangenAm),
        art: e.art,
        kalkulationssystem: e.kalkulationssystem,
        externeReferenz: e.externeReferenz,
        abweichendeFelder: String(e.abweichendeFelder).split(',').filter(Boolean),
        grund: `Die Einreichung konnte nicht zugeordnet werden: ${eingangGrund(e as any)}.`,
      })),
      benachrichtigungen: mails
        .filter((b) => !vendor || b.anlass !== 'TICKET_ANTWORT')
        .map((b) => ({ id: String(b.id), betreff: b.betreff, empfaenger: b.empfaenger, erstelltAm: iso(b.erstelltAm), versendetAm: iso(b.versendetAm) })),
    },
  };
}

function cursorLesen(after: string): unknown[] | null {
  try {
    const w: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    return Array.isArray(w) ? w : null;
  } catch {
    return null;
  }
}

/** Children of a page of orders, one statement per list. */
async function kinder(q: Anfrage, tabelle: string, spalten: string, ids: number[]): Promise<Map<number, Zeile[]>> {
  const je = new Map<number, Zeile[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return je;
  const rows = await q.alle(`SELECT ${spalten} FROM ${tabelle} WHERE auftragId IN (${platzhalter(ids.length)}) ORDER BY id`, ids);
  for (const r of rows) je.get(r.auftragId)!.push(r);
  return je;
}

/** Q2/Q3: the caller's orders, newest change first, keyset-paged; auth + page + count + 3 lists. */
async function liste(q: Anfrage, wer: Aufrufer, first: number, after: string | null) {
  const scope = mandant(wer);
  let keyset = '';
  const keysetParams: unknown[] = [];
  if (after) {
    const w = cursorLesen(after);
    if (!w || w.length !== 2 || typeof w[0] !== 'string' || typeof w[1] !== 'number') throw new Error('Ungültiger Cursor');
    const zeit = sqlZeit(new Date(w[0]));
    keyset = ' AND a.aktualisiertAm <= ? AND (a.aktualisiertAm < ? OR a.id < ?)';
    keysetParams.push(zeit, zeit, w[1]);
  }
  const [seite, [{ n: gesamt }]] = await Promise.all([
    q.alle(
      `SELECT a.id, a.spnId, a.status, a.auftragsart, a.aktualisiertAm, a.kennzeichen FROM auftrag a WHERE ${scope.sql}${keyset} ORDER BY a.aktualisiertAm DESC, a.id DESC LIMIT ${first + 1}`,
      [...scope.params, ...keysetParams],
    ),
    q.alle(`SELECT COUNT(*) AS n FROM auftrag a WHERE ${scope.sql}`, scope.params),
  ]);
  const zeilen = seite.slice(0, first);
  const ids = zeilen.map((a) => a.id);
  const [kvs, freigaben, rechnungen] = await Promise.all([
    kinder(q, 'kostenvoranschlag', 'id, auftragId, art, laufendeNummer, status, ersatzteileCent, arbeitslohnCent, lackierungCent, nebenkostenCent, mwstCent', ids),
    kinder(q, 'freigabe', 'id, auftragId, kvId, erteiltAm, betragNettoCent, nachlassCent', ids),
    kinder(q, 'rechnung', 'id, auftragId, rechnungsnummer, status, betragNettoCent, mwstCent', ids),
  ]);
  const letzte = zeilen[zeilen.length - 1];
  return {
    auftraege: {
      totalCount: Number(gesamt),
      pageInfo: { hasNextPage: seite.length > first, endCursor: letzte ? cursor([iso(letzte.aktualisiertAm)!, letzte.id]) : null },
      nodes: zeilen.map((a) => {
        const eigeneKvs = kvs.get(a.id)!;
        return {
          id: String(a.id),
          spnId: a.spnId,
          status: a.status,
          auftragsart: a.auftragsart,
          aktualisiertAm: iso(a.aktualisiertAm),
          fahrzeug: { kennzeichen: a.kennzeichen },
          kvs: eigeneKvs.map((k) => {
            const netto = kvNettoCent(k as any);
            return { id: String(k.id), art: k.art, laufendeNummer: k.laufendeNummer, status: k.status, summen: { netto: geld(netto), brutto: geld(netto + k.mwstCent) } };
          }),
          freigaben: freigaben.get(a.id)!.map((f) => {
            const kv = eigeneKvs.find((k) => k.id === f.kvId)!;
            return {
              id: String(f.id),
              erteiltAm: iso(f.erteiltAm),
              betragNetto: geld(f.betragNettoCent),
              erwarteterRechnungsbetrag: geld(f.betragNettoCent - f.nachlassCent),
              kv: { id: String(kv.id), laufendeNummer: kv.laufendeNummer },
            };
          }),
          rechnungen: rechnungen.get(a.id)!.map((r) => ({
            id: String(r.id),
            rechnungsnummer: r.rechnungsnummer,
            status: r.status,
            betragNetto: geld(r.betragNettoCent),
            betragBrutto: geld(r.betragNettoCent + r.mwstCent),
          })),
        };
      }),
    },
  };
}

/** Q4: changes since `seit` in change-number order; auth + page + 2 lists (no count: not asked for). */
async function feed(q: Anfrage, wer: Aufrufer, seit: string, first: number, after: string | null) {
  const scope = mandant(wer);
  const params: unknown[] = [...scope.params, sqlZeit(new Date(seit))];
  let keyset = '';
  if (after) {
    const w = cursorLesen(after);
    if (!w || w.length !== 2 || w[0] !== 'f' || !Number.isInteger(w[1])) throw new Error('Ungültiger Cursor');
    keyset = ' AND a.aenderungsNr > ?';
    params.push(w[1]);
  }
  const seite = await q.alle(
    `SELECT a.id, a.spnId, a.status, a.aktualisiertAm, a.aenderungsNr FROM auftrag a WHERE ${scope.sql} AND a.aktualisiertAm >= ?${keyset} ORDER BY a.aenderungsNr ASC LIMIT ${first + 1}`,
    params,
  );
  const zeilen = seite.slice(0, first);
  const ids = zeilen.map((a) => a.id);
  const [kvs, rechnungen] = await Promise.all([
    kinder(q, 'kostenvoranschlag', 'id, auftragId, laufendeNummer, status, ersatzteileCent, arbeitslohnCent, lackierungCent, nebenkostenCent', ids),
    kinder(q, 'rechnung', 'id, auftragId, rechnungsnummer, status, betragNettoCent', ids),
  ]);
  const letzte = zeilen[zeilen.length - 1];
  return {
    auftraege: {
      pageInfo: { hasNextPage: seite.length > first, endCursor: letzte ? cursor(['f', Number(letzte.aenderungsNr)]) : null },
      nodes: zeilen.map((a) => ({
        spnId: a.spnId,
        status: a.status,
        aktualisiertAm: iso(a.aktualisiertAm),
        kvs: kvs.get(a.id)!.map((k) => ({ laufendeNummer: k.laufendeNummer, status: k.status, summen: { netto: geld(kvNettoCent(k as any)) } })),
        rechnungen: rechnungen.get(a.id)!.map((r) => ({ rechnungsnummer: r.rechnungsnummer, status: r.status, betragNetto: geld(r.betragNettoCent) })),
      })),
    },
  };
}

function zahl(wert: string | null, standard: number): number {
  const n = wert === null ? standard : Number(wert);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new Error('first muss zwischen 1 und 100 liegen');
  return n;
}

export function baselineStarten(dbConfig: DatabaseConfig, port: number): Promise<http.Server> {
  const db = dbConfig.type === 'sqlite' ? sqliteDb(dbConfig.path) : mysqlDb(dbConfig);
  const server = http.createServer((req, res) => {
    const q = new Anfrage(db);
    const antworten = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'x-sql-statements': String(q.anzahl) });
      res.end(text);
    };
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://baseline');
      const auth = req.headers.authorization;
      const wer = auth?.startsWith('Bearer ') ? await aufruferLaden(q, auth.slice(7).trim()) : null;
      if (!wer) return antworten(401, { errors: [{ message: 'Nicht angemeldet', extensions: { code: 'UNAUTHENTICATED' } }] });
      const p = url.searchParams;
      if (url.pathname === '/q1') return antworten(200, { data: await uebersicht(q, wer, p.get('spnId') ?? '') });
      if (url.pathname === '/liste') return antworten(200, { data: await liste(q, wer, zahl(p.get('first'), 20), p.get('after')) });
      if (url.pathname === '/feed') return antworten(200, { data: await feed(q, wer, p.get('seit') ?? '', zahl(p.get('first'), 20), p.get('after')) });
      return antworten(404, { errors: [{ message: 'Unbekannter Pfad' }] });
    })().catch((e: unknown) => antworten(500, { errors: [{ message: e instanceof Error ? e.message : String(e) }] }));
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

if (require.main === module) {
  const config = parseDatabaseUrl(process.env.DATABASE_URL, projektVerzeichnis());
  const port = Number(process.env.PORT ?? 4100);
  void baselineStarten(config, port).then(() => process.stdout.write(`Baseline (raw SQL, ${config.type}) auf http://localhost:${port}\n`));
}
