import { DataSource, QueryRunner } from 'typeorm';
import {
  Aktion,
  Auftragsart,
  Auftragsstatus as S,
  EreignisArt,
  ErinnerungArt,
  Kalkulationssystem,
  KvArt,
  KvStatus,
  RechnungArt,
  RechnungStatus,
  Reparaturstatus,
  RkueStatus,
  Rolle,
  Sparte,
  Stornogrund,
  TicketStatus,
} from '../../common/enums';
import { formatiereNummer, normalisiereKennzeichen, normalisiereSchadennummer, suchtextBilden } from '../../common/ids';
import { berlinDatum } from '../../common/zeit';
import { AuftragSnapshot, hinweiseBerechnen } from '../../modules/auftrag/hinweise.rules';
import { BenachrichtigungAnlass } from '../../modules/benachrichtigung/benachrichtigung.entity';

/**
 * Synthetic data at scale for the benchmark (`npm run seed:scale`): orders of thousands of shops with a
 * skewed distribution, their documents, tickets and history, written with multi-row INSERTs in one
 * transaction per chunk. Everything derives from one seeded PRNG and a fixed end instant, so the same
 * arguments give the same rows on SQLite and MariaDB.
 */
export interface ScaleSeedOptionen {
  auftraege: number;
  seed: number;
  /** Number of shops; default: orders / 100, between 20 and 10,000. */
  werkstaetten?: number;
  /** Orders per transaction. */
  chunk?: number;
  fortschritt?: (fertig: number, gesamt: number) => void;
}

export interface ScaleSeedErgebnis {
  auftraege: number;
  werkstaetten: number;
  zeilen: Record<string, number>;
  /** Orders the benchmark and the tests pick on purpose. */
  beispiele: {
    /** The shop with most orders (about 5 %). */
    groessteWerkstattId: number;
    groessteWerkstattAuftraege: number;
    /** SPN-IDs of orders with hundreds of tickets and history entries. */
    wale: string[];
    /** SPN-IDs of orders without any KV, ticket, history or other child row. */
    leere: string[];
    /** SPN-IDs of ordinary orders (a few KVs, tickets and history entries). */
    normale: string[];
  };
  /** Start and end of the orders' time range (vermitteltAm / aktualisiertAm). */
  von: Date;
  bis: Date;
}

/** The instant the synthetic history ends (fixed, so the data does not depend on the day it is generated). */
export const SCALE_ENDE = new Date('2026-12-01T00:00:00.000Z');
const SPANNE_MS = 3 * 365 * 86_400_000;
/** Password hash of every generated user: bcrypt (cost 4) of `scale-benchmark`, fixed so the rows are deterministic. */
export const SCALE_PASSWORT_HASH = '$2b$04$JLFNO54d/395n4y28Ijzf.7XIMgAWNmGgeMd8l50DLK8Dtc5DqWJm';

/** sfc32: small, fast, good enough for synthetic data; seeded through splitmix32. */
export class Zufall {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  constructor(seed: number) {
    let s = seed >>> 0;
    const split = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = split();
    this.b = split();
    this.c = split();
    this.d = split();
    for (let i = 0; i < 12; i++) this.zahl();
  }
  /** Uniform in [0, 1). */
  zahl(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }
  /** Integer in [min, max]. */
  ganz(min: number, max: number): number {
    return min + Math.floor(this.zahl() * (max - min + 1));
  }
  wahl<T>(werte: readonly T[]): T {
    return werte[Math.floor(this.zahl() * werte.length)];
  }
  /** Picks a key by weight. */
  gewichtet<T extends string>(gewichte: Record<T, number>): T {
    const eintraege = Object.entries(gewichte) as [T, number][];
    let r = this.zahl() * eintraege.reduce((s, [, g]) => s + g, 0);
    for (const [k, g] of eintraege) {
      r -= g;
      if (r < 0) return k;
    }
    return eintraege[eintraege.length - 1][0];
  }
  ja(p: number): boolean {
    return this.zahl() < p;
  }
}

/** `YYYY-MM-DD HH:MM:SS.SSS` UTC: how both SQLite (TypeORM's text format) and MariaDB's DATETIME(3) take an instant. */
export function sqlZeit(d: Date): string {
  return d.toISOString().replace('T', ' ').replace('Z', '');
}

const STATUS_GEWICHTE: Record<S, number> = {
  VERMITTELT: 7,
  KV_IN_PRUEFUNG: 9,
  KORREKTUR_ANGEFORDERT: 4,
  FREIGEGEBEN: 7,
  IN_REPARATUR: 10,
  REPARATUR_ABGESCHLOSSEN: 6,
  RECHNUNG_IN_PRUEFUNG: 6,
  ABGESCHLOSSEN: 43,
  STORNIERT: 8,
};
const NACH_FREIGABE = new Set<S>([S.FREIGEGEBEN, S.IN_REPARATUR, S.REPARATUR_ABGESCHLOSSEN, S.RECHNUNG_IN_PRUEFUNG, S.ABGESCHLOSSEN]);
const ORTE = ['München', 'Lörrach', 'Köln', 'Hamburg', 'Berlin', 'Dresden', 'Würzburg', 'Düsseldorf', 'Stuttgart', 'Leipzig', 'Nürnberg', 'Freiburg'];
const HERSTELLER: [string, string[]][] = [
  ['VW', ['Golf', 'Passat', 'Tiguan', 'Polo']],
  ['BMW', ['320d', 'X3', '118i']],
  ['Mercedes-Benz', ['C 200', 'E 220 d', 'A 180']],
  ['Škoda', ['Octavia', 'Fabia']],
  ['Opel', ['Astra', 'Corsa']],
  ['Ford', ['Focus', 'Fiesta']],
];
const NAMEN = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Yılmaz', 'Kaya', 'Nowak', 'Öztürk'];
const VORNAMEN = ['Anna', 'Jonas', 'Lena', 'Lukas', 'Sophie', 'Elias', 'Marie', 'Paul', 'Emre', 'Zoë'];

type Zeile = (string | number | null)[];

/** Column lists per table, in the order the rows are built. */
const SPALTEN = {
  versicherer: ['id', 'name', 'nachlassBasispunkte', 'kvServicePauschaleCent'],
  werkstatt: ['id', 'partnerNummer', 'name', 'ort', 'kalkulationssystem', 'email', 'erstelltAm'],
  benutzer: ['id', 'benutzername', 'name', 'email', 'passwortHash', 'rolle', 'werkstattId', 'istAdmin', 'aktiv', 'letzteAnmeldung', 'erstelltAm'],
  auftrag: [
    'id', 'spnId', 'auftragsart', 'status', 'werkstattId', 'versichererId', 'schadennummer', 'schadennummerNorm', 'schadentag', 'sparte',
    'kennzeichen', 'kennzeichenNorm', 'hersteller', 'modell', 'fin', 'erstzulassung', 'kundeName', 'kundeAnschrift', 'kundeTelefon',
    'rkueStatus', 'rkueEntschiedenAm', 'rkueBemerkung', 'vermitteltAm', 'aktualisiertAm', 'aenderungsNr', 'suchtext', 'hinweisCodes', 'aktionen',
  ],
  kostenvoranschlag: [
    'id', 'auftragId', 'art', 'laufendeNummer', 'eingegangenAm', 'kalkulationssystem', 'externeReferenz', 'ersatzteileCent', 'arbeitslohnCent',
    'lackierungCent', 'nebenkostenCent', 'mwstCent', 'status', 'korrekturpunkteJson',
  ],
  freigabe: ['id', 'auftragId', 'kvId', 'erteiltAm', 'betragNettoCent', 'nachlassCent'],
  rechnung: [
    'id', 'auftragId', 'werkstattId', 'art', 'rechnungsnummer', 'rechnungsdatum', 'eingegangenAm', 'betragNettoCent', 'mwstCent', 'status',
    'bemerkung', 'vorsteuerabzugsberechtigt', 'fahrzeugUebernommenAm', 'fahrzeugZurueckgegebenAm',
  ],
  storno: ['id', 'auftragId', 'grund', 'bemerkung', 'storniertAm', 'vorherigerStatus', 'benachrichtigungId', 'aufgehobenAm'],
  benachrichtigung: ['id', 'auftragId', 'anlass', 'empfaenger', 'betreff', 'text', 'erstelltAm', 'versendetAm', 'versuche'],
  erinnerung: ['id', 'auftragId', 'art', 'gesendetAm', 'erledigtAm'],
  ticket: [
    'id', 'ticketNummer', 'auftragId', 'werkstattId', 'erstelltVonBenutzerId', 'aktion', 'status', 'erstelltAm', 'aktualisiertAm',
    'reparaturstatus', 'termin', 'fahrzeugUebernommenAm', 'voraussichtlicheFertigstellung', 'fertiggestelltAm', 'fahrzeugZurueckgegebenAm',
    'freigabeErhaltenAm', 'betragNettoCent', 'quelle', 'referenz', 'grund', 'kundeHatUnterschrieben',
  ],
  ticket_nachricht: ['id', 'ticketId', 'von', 'vonRolle', 'text', 'gesendetAm'],
  ereignis: ['id', 'auftragId', 'zeitpunkt', 'art', 'beschreibung', 'akteur', 'akteurRolle'],
} as const;
type Tabelle = keyof typeof SPALTEN;
/** Insert order: parents before children. */
const TABELLEN: Tabelle[] = ['auftrag', 'kostenvoranschlag', 'freigabe', 'rechnung', 'benachrichtigung', 'storno', 'erinnerung', 'ticket', 'ticket_nachricht', 'ereignis'];

/** Multi-row INSERTs of at most `maxParameter` bound values each (SQLite allows 32,766, MariaDB 65,535). */
async function einfuegen(qr: QueryRunner, tabelle: Tabelle, zeilen: Zeile[], maxParameter: number): Promise<void> {
  const spalten = SPALTEN[tabelle];
  const jeAnweisung = Math.max(1, Math.floor(maxParameter / spalten.length));
  const kopf = `INSERT INTO \`${tabelle}\` (${spalten.map((s) => `\`${s}\``).join(', ')}) VALUES `;
  const platzhalter = `(${spalten.map(() => '?').join(', ')})`;
  for (let i = 0; i < zeilen.length; i += jeAnweisung) {
    const teil = zeilen.slice(i, i + jeAnweisung);
    await qr.query(kopf + new Array(teil.length).fill(platzhalter).join(', '), teil.flat());
  }
}

interface Werkstatt {
  id: number;
  partnerNummer: string;
  email: string;
  kalkulationssystem: Kalkulationssystem;
}

/** Share of all orders in the largest shop: "about 5 %", a little more so that its 500th page of 20 exists at 200 k. */
const ANTEIL_GROESSTE = 0.0525;
/** Share of the second largest shop, so the largest stands out clearly whatever the number of shops. */
const ANTEIL_ZWEITE = 0.03;

/**
 * Shop of each order: the largest shop gets about 5 %, the others a Zipf-like share whose exponent is
 * chosen so that the second largest gets 3 %: a few shops are busy, most have a handful of orders.
 */
function werkstattVerteilung(anzahl: number): (r: number) => number {
  const kumuliertFuer = (s: number) => {
    const k: number[] = [];
    let summe = 0;
    for (let i = 1; i < anzahl; i++) k.push((summe += 1 / Math.pow(i, s)));
    return k;
  };
  // Bisection on the exponent: the share of rank 1 among the rest grows with it.
  let lo = 0;
  let hi = 2;
  for (let i = 0; i < 40; i++) {
    const s = (lo + hi) / 2;
    const k = kumuliertFuer(s);
    if (k.length && 1 / k[k.length - 1] < ANTEIL_ZWEITE / (1 - ANTEIL_GROESSTE)) lo = s;
    else hi = s;
  }
  const kumuliert = kumuliertFuer(lo);
  const summe = kumuliert[kumuliert.length - 1] ?? 0;
  return (r: number) => {
    if (r < ANTEIL_GROESSTE || anzahl === 1) return 0;
    const ziel = ((r - ANTEIL_GROESSTE) / (1 - ANTEIL_GROESSTE)) * summe;
    let a = 0;
    let b = kumuliert.length - 1;
    while (a < b) {
      const mitte = (a + b) >> 1;
      if (kumuliert[mitte] < ziel) a = mitte + 1;
      else b = mitte;
    }
    return a + 1;
  };
}

/** Refuses a database that already has orders (seed:scale fills only an empty, migrated one). */
export async function leerPruefen(ds: DataSource): Promise<void> {
  const vorhanden = await ds.query('SELECT COUNT(*) AS n FROM `auftrag`');
  if (Number(vorhanden[0].n) > 0) throw new Error('Die Datenbank enthält schon Aufträge: seed:scale braucht eine leere (nur migrierte) Datenbank.');
}

/** Fills an empty, migrated database. Refuses a database that already has orders. */
export async function scaleDatenAnlegen(ds: DataSource, opts: ScaleSeedOptionen): Promise<ScaleSeedErgebnis> {
  const n = opts.auftraege;
  if (!Number.isInteger(n) || n < 1) throw new Error('Anzahl der Aufträge muss eine positive ganze Zahl sein');
  const sqlite = ds.options.type === 'better-sqlite3';
  const maxParameter = sqlite ? 30_000 : 60_000;
  const chunk = opts.chunk ?? 2_000;
  const anzahlWerkstaetten = opts.werkstaetten ?? Math.min(10_000, Math.max(20, Math.round(n / 100)));
  const z = new Zufall(opts.seed);
  await leerPruefen(ds);

  const zeilenAnzahl: Record<string, number> = {};
  const qr = ds.createQueryRunner();
  await qr.connect();
  try {
    if (sqlite) {
      await qr.query('PRAGMA foreign_keys = OFF');
      await qr.query('PRAGMA synchronous = OFF');
    } else {
      // Rows are generated consistent (parents first, ids assigned here): skip per-row checks while loading.
      await qr.query('SET SESSION foreign_key_checks = 0');
      await qr.query('SET SESSION unique_checks = 0');
    }

    // Master data: insurers, shops, one user per shop, one staff user.
    const versicherer: Zeile[] = ['HUK-COBURG', 'Allianz', 'AXA', 'ERGO', 'Generali', 'R+V', 'DEVK', 'VHV', 'Gothaer', 'LVM', 'Provinzial', 'WGV'].map((name, i) => [
      i + 1,
      name,
      [300, 500, 400, 250][i % 4],
      [4900, 5900, 7500][i % 3],
    ]);
    const werkstaetten: Werkstatt[] = [];
    const werkstattZeilen: Zeile[] = [];
    const benutzerZeilen: Zeile[] = [];
    const systeme = [Kalkulationssystem.DAT, Kalkulationssystem.AUDATEX, Kalkulationssystem.GT_MOTIVE, Kalkulationssystem.SONSTIGES];
    for (let i = 0; i < anzahlWerkstaetten; i++) {
      const id = i + 1;
      const partnerNummer = `P-${String(200_000 + id)}`;
      const w: Werkstatt = { id, partnerNummer, email: `werkstatt${id}@example.org`, kalkulationssystem: systeme[z.ganz(0, 9) < 6 ? 0 : z.ganz(1, 3)] };
      werkstaetten.push(w);
      werkstattZeilen.push([id, partnerNummer, `Autohaus ${z.wahl(NAMEN)} ${id}`, z.wahl(ORTE), w.kalkulationssystem, w.email, sqlZeit(new Date(SCALE_ENDE.getTime() - SPANNE_MS - 86_400_000))]);
      benutzerZeilen.push([id, `w${partnerNummer.toLowerCase()}`, `${z.wahl(VORNAMEN)} ${z.wahl(NAMEN)}`, null, SCALE_PASSWORT_HASH, Rolle.WERKSTATT, id, 1, 1, null, sqlZeit(SCALE_ENDE)]);
    }
    benutzerZeilen.push([anzahlWerkstaetten + 1, 'scale-intern', 'Netzwerk Benchmark', null, SCALE_PASSWORT_HASH, Rolle.INTERN, null, 0, 1, null, sqlZeit(SCALE_ENDE)]);
    await qr.startTransaction();
    await einfuegen(qr, 'versicherer', versicherer, maxParameter);
    await einfuegen(qr, 'werkstatt', werkstattZeilen, maxParameter);
    await einfuegen(qr, 'benutzer', benutzerZeilen, maxParameter);
    await qr.commitTransaction();

    const werkstattVon = werkstattVerteilung(anzahlWerkstaetten);
    const proWerkstatt = new Array<number>(anzahlWerkstaetten).fill(0);
    // A few whales (hundreds of tickets and history entries) and 1 % empty orders, at fixed positions.
    const anzahlWale = Math.max(3, Math.floor(n / 50_000));
    const wale = new Set<number>();
    for (let k = 0; k < anzahlWale; k++) wale.add(1 + Math.floor(((k + 0.5) * n) / anzahlWale));
    const ids = { kv: 0, freigabe: 0, rechnung: 0, storno: 0, benachrichtigung: 0, erinnerung: 0, ticket: 0, nachricht: 0, ereignis: 0 };
    const spnZaehler = new Map<number, number>();
    const sspZaehler = new Map<number, number>();
    const beispiele: ScaleSeedErgebnis['beispiele'] = { groessteWerkstattId: 1, groessteWerkstattAuftraege: 0, wale: [], leere: [], normale: [] };
    const start = new Date(SCALE_ENDE.getTime() - SPANNE_MS);
    const schritt = SPANNE_MS / n;

    for (let ab = 1; ab <= n; ab += chunk) {
      const bis = Math.min(n, ab + chunk - 1);
      const zeilen = Object.fromEntries(TABELLEN.map((t) => [t, [] as Zeile[]])) as Record<Tabelle, Zeile[]>;
      for (let id = ab; id <= bis; id++) {
        const wal = wale.has(id);
        const leer = !wal && id % 100 === 50;
        const wIndex = werkstattVon(z.zahl());
        proWerkstatt[wIndex]++;
        const w = werkstaetten[wIndex];
        const vermitteltAm = new Date(start.getTime() + (id - 1) * schritt + z.zahl() * schritt * 0.9);
        const jahr = Number(berlinDatum(vermitteltAm).slice(0, 4));
        const spnNr = (spnZaehler.get(jahr) ?? 0) + 1;
        spnZaehler.set(jahr, spnNr);
        const spnId = formatiereNummer('SPN', jahr, spnNr);
        const status = leer ? S.VERMITTELT : wal ? S.IN_REPARATUR : z.gewichtet(STATUS_GEWICHTE);
        const auftragsart = !leer && !wal && z.ja(0.04) ? Auftragsart.KV_SERVICE : Auftragsart.REPARATUR;
        let t = vermitteltAm.getTime();
        /** The next instant of this order's history: a few hours to days later, never after the end. */
        const spaeter = (maxStunden = 72) => {
          t = Math.min(SCALE_ENDE.getTime() - 1, t + 60_000 + Math.floor(z.zahl() * maxStunden * 3_600_000));
          return new Date(t);
        };
        const ereignisse: Zeile[] = [];
        const ereignis = (art: EreignisArt, beschreibung: string, akteur: string | null, rolle: string | null, wann: Date) =>
          ereignisse.push([0, id, sqlZeit(wann), art, beschreibung, akteur, rolle]);
        if (!leer) ereignis(EreignisArt.AUFTRAG_VERMITTELT, `Auftrag ${spnId} an die Werkstatt vermittelt.`, 'SPN-System', 'SYSTEM', vermitteltAm);

        // KVs and Nachträge: none before the first KV arrives, 1–5 afterwards; the last one carries the order's state.
        const kvs: { id: number; art: KvArt; nr: number; status: KvStatus; netto: number }[] = [];
        const anzahlKvs = leer || status === S.VERMITTELT ? 0 : wal ? 5 : Math.min(5, 1 + Math.floor(-Math.log(1 - z.zahl()) * 0.9));
        for (let k = 0; k < anzahlKvs; k++) {
          const letzter = k === anzahlKvs - 1;
          const kvStatus = !letzter
            ? z.ja(0.8) ? KvStatus.FREIGEGEBEN : KvStatus.ABGELEHNT
            : status === S.KV_IN_PRUEFUNG ? KvStatus.IN_PRUEFUNG
            : status === S.KORREKTUR_ANGEFORDERT ? KvStatus.KORREKTUR_ANGEFORDERT
            : status === S.STORNIERT ? z.wahl([KvStatus.IN_PRUEFUNG, KvStatus.ABGELEHNT, KvStatus.FREIGEGEBEN])
            : KvStatus.FREIGEGEBEN;
          const art = k === 0 ? KvArt.KV : KvArt.NACHTRAG;
          const teile = z.ganz(5_000, 400_000);
          const lohn = z.ganz(10_000, 250_000);
          const lack = z.ja(0.7) ? z.ganz(20_000, 180_000) : 0;
          const neben = z.ganz(0, 15_000);
          const netto = teile + lohn + lack + neben;
          const kvId = ++ids.kv;
          const eingang = spaeter();
          kvs.push({ id: kvId, art, nr: k + 1, status: kvStatus, netto });
          zeilen.kostenvoranschlag.push([
            kvId, id, art, k + 1, sqlZeit(eingang), w.kalkulationssystem, `EXT-${id}-${k + 1}`, teile, lohn, lack, neben, Math.round(netto * 0.19), kvStatus,
            kvStatus === KvStatus.KORREKTUR_ANGEFORDERT ? JSON.stringify(['Lackierung nicht nachvollziehbar', 'Ersatzteilpreise prüfen']) : null,
          ]);
          ereignis(EreignisArt.KV_EINGEGANGEN, `${art === KvArt.KV ? 'KV' : 'Nachtrag'} ${k + 1} eingegangen (${w.kalkulationssystem}).`, w.kalkulationssystem, 'KALKULATION', eingang);
        }

        // Freigaben: at most 3, one per approved KV, once the order has passed approval.
        const anzahlFreigabenVorher = zeilen.freigabe.length;
        if (NACH_FREIGABE.has(status) || status === S.STORNIERT) {
          for (const kv of kvs.filter((k) => k.status === KvStatus.FREIGEGEBEN).slice(0, 3)) {
            const nachlass = Math.round((kv.netto * 300) / 10_000);
            const wann = spaeter(48);
            zeilen.freigabe.push([++ids.freigabe, id, kv.id, sqlZeit(wann), kv.netto, nachlass]);
            ereignis(EreignisArt.FREIGABE_ERTEILT, `Freigabe für ${kv.art === KvArt.KV ? 'KV' : 'Nachtrag'} ${kv.nr} erteilt.`, 'SPN-Netzwerk', 'INTERN', wann);
          }
        }
        const anzahlFreigaben = zeilen.freigabe.length - anzahlFreigabenVorher;

        // Invoices: 1–2 once the repair is done.
        const rechnungen: { status: RechnungStatus; nummer: string }[] = [];
        if (status === S.RECHNUNG_IN_PRUEFUNG || status === S.ABGESCHLOSSEN || (status === S.REPARATUR_ABGESCHLOSSEN && z.ja(0.2))) {
          const anzahl = z.ja(0.15) ? 2 : 1;
          for (let r = 0; r < anzahl; r++) {
            const rStatus = status === S.ABGESCHLOSSEN ? (r === anzahl - 1 ? RechnungStatus.BEZAHLT : RechnungStatus.KORREKTUR_ANGEFORDERT) : r === anzahl - 1 ? RechnungStatus.IN_PRUEFUNG : RechnungStatus.KORREKTUR_ANGEFORDERT;
            const wann = spaeter(240);
            const netto = z.ganz(50_000, 900_000);
            const nummer = `RE-${id}-${r + 1}`;
            rechnungen.push({ status: rStatus, nummer });
            zeilen.rechnung.push([
              ++ids.rechnung, id, w.id, auftragsart === Auftragsart.KV_SERVICE ? RechnungArt.KV_SERVICE : RechnungArt.REPARATUR, nummer, berlinDatum(wann), sqlZeit(wann),
              netto, Math.round(netto * 0.19), rStatus, rStatus === RechnungStatus.KORREKTUR_ANGEFORDERT ? 'Nachlass fehlt' : null, 1, null, null,
            ]);
            ereignis(EreignisArt.RECHNUNG_EINGEGANGEN, `Rechnung ${nummer} eingegangen.`, 'Werkstatt', 'WERKSTATT', wann);
          }
        }

        // Storno with its e-mail.
        let storno: AuftragSnapshot['storno'] = null;
        if (status === S.STORNIERT) {
          const wann = spaeter(120);
          const grund = z.wahl(Object.values(Stornogrund));
          const mailId = ++ids.benachrichtigung;
          const versendet = new Date(wann.getTime() + 120_000);
          zeilen.benachrichtigung.push([mailId, id, BenachrichtigungAnlass.STORNO, w.email, `Stornierung SPN Vermittlungsauftrag ${spnId}`, 'Der Auftrag wurde storniert.', sqlZeit(wann), sqlZeit(versendet), 1]);
          zeilen.storno.push([++ids.storno, id, grund, null, sqlZeit(wann), S.IN_REPARATUR, mailId, null]);
          storno = { grund, bemerkung: null, benachrichtigtAm: versendet };
          ereignis(EreignisArt.STORNIERT, `Auftrag storniert.`, 'SPN-Netzwerk', 'INTERN', wann);
        }

        // Reminders: 0–2, open ones only while the repair is running.
        let offeneErinnerungen = 0;
        const anzahlErinnerungen = leer ? 0 : wal ? 2 : z.ja(0.3) ? z.ganz(1, 2) : 0;
        for (let e = 0; e < anzahlErinnerungen; e++) {
          const wann = spaeter(96);
          const offen = status === S.IN_REPARATUR && e === anzahlErinnerungen - 1 && z.ja(0.5);
          if (offen) offeneErinnerungen++;
          zeilen.erinnerung.push([++ids.erinnerung, id, z.wahl([ErinnerungArt.REPARATURSTATUS, ErinnerungArt.TERMINSTATUS]), sqlZeit(wann), offen ? null : sqlZeit(spaeter(48))]);
          ereignis(EreignisArt.ERINNERUNG_GESENDET, 'Erinnerung an die Werkstatt gesendet.', 'SPN-System', 'SYSTEM', wann);
        }

        // Tickets 0–3 (whales: 300) with 0–2 messages each.
        const tickets: AuftragSnapshot['tickets'] = [];
        const anzahlTickets = leer ? 0 : wal ? 300 : z.ja(0.35) ? z.ganz(1, 3) : 0;
        for (let k = 0; k < anzahlTickets; k++) {
          const wann = wal ? new Date(vermitteltAm.getTime() + (k + 1) * 3_600_000) : spaeter(72);
          const tJahr = Number(berlinDatum(wann).slice(0, 4));
          const tNr = (sspZaehler.get(tJahr) ?? 0) + 1;
          sspZaehler.set(tJahr, tNr);
          const ticketNummer = formatiereNummer('SSP', tJahr, tNr);
          const aktion = z.gewichtet({ VORGANGSINFO: 6, FEHLENDE_FREIGABE: 3, AUFTRAG_ANFORDERN: 1 } as Record<Aktion, number>);
          const tStatus = k === anzahlTickets - 1 && z.ja(0.3) ? TicketStatus.OFFEN : z.ja(0.9) ? TicketStatus.ERLEDIGT : TicketStatus.ABGELEHNT;
          const ticketId = ++ids.ticket;
          tickets.push({ ticketNummer, aktion, status: tStatus });
          const vi = aktion === Aktion.VORGANGSINFO;
          const ff = aktion === Aktion.FEHLENDE_FREIGABE;
          zeilen.ticket.push([
            ticketId, ticketNummer, id, w.id, w.id, aktion, tStatus, sqlZeit(wann), sqlZeit(wann),
            vi ? z.wahl(Object.values(Reparaturstatus)) : null, vi ? berlinDatum(new Date(wann.getTime() + 3 * 86_400_000)) : null, null, null, null, null,
            ff ? berlinDatum(wann) : null, ff ? z.ganz(50_000, 500_000) : null, ff ? 'E_MAIL' : null, ff ? `FG-${id}-${k}` : null,
            aktion === Aktion.AUFTRAG_ANFORDERN ? 'KUNDE_WUENSCHT_REPARATUR' : null, aktion === Aktion.AUFTRAG_ANFORDERN ? 1 : null,
          ]);
          ereignis(EreignisArt.TICKET_ERSTELLT, `Ticket ${ticketNummer} (${aktion}) erstellt.`, 'Werkstatt', 'WERKSTATT', wann);
          const nachrichten = wal ? 1 : z.ganz(0, 2);
          for (let m = 0; m < nachrichten; m++) {
            const mWann = new Date(wann.getTime() + (m + 1) * 1_800_000);
            const vonWerkstatt = m % 2 === 0;
            zeilen.ticket_nachricht.push([++ids.nachricht, ticketId, vonWerkstatt ? 'Werkstatt' : 'SPN-Team', vonWerkstatt ? 'WERKSTATT' : 'INTERN', vonWerkstatt ? 'Bitte um Rückmeldung.' : 'Wir kümmern uns darum.', sqlZeit(mWann)]);
          }
          if (tStatus !== TicketStatus.OFFEN) ereignis(EreignisArt.TICKET_BEARBEITET, `Ticket ${ticketNummer} bearbeitet.`, 'SPN-Netzwerk', 'INTERN', new Date(wann.getTime() + 2 * 3_600_000));
        }
        // Whales also carry a long history of status reports.
        if (wal) for (let k = 0; k < 200; k++) ereignis(EreignisArt.VORGANGSINFO_GEMELDET, `Vorgangsinfo ${k + 1} gemeldet.`, 'Werkstatt', 'WERKSTATT', spaeter(2));

        // History in time order, ids ascending (newest = highest id, like the product writes it).
        ereignisse.sort((a, b) => (a[2] as string).localeCompare(b[2] as string));
        for (const e of ereignisse) {
          e[0] = ++ids.ereignis;
          zeilen.ereignis.push(e);
        }
        const aktualisiertAm = ereignisse.length ? new Date(`${ereignisse[ereignisse.length - 1][2] as string}Z`.replace(' ', 'T')) : vermitteltAm;

        const rkueStatus = NACH_FREIGABE.has(status) ? (z.ja(0.9) ? RkueStatus.ERTEILT : RkueStatus.IN_PRUEFUNG) : RkueStatus.NICHT_ANGEFRAGT;
        const hinweise = hinweiseBerechnen({
          auftragsart,
          status,
          spnId,
          kvs: kvs.map((k) => ({ art: k.art, laufendeNummer: k.nr, status: k.status, korrekturpunkte: [] })),
          anzahlFreigaben,
          rechnungen: rechnungen.map((r) => ({ rechnungsnummer: r.nummer, status: r.status, bemerkung: null })),
          rkueStatus,
          storno,
          offeneErinnerungen,
          tickets,
          eingaenge: [],
        });
        const codes = hinweise.map((h) => h.code);
        const aktionen = [...new Set(hinweise.flatMap((h) => (h.aktion ? [h.aktion] : [])))];
        const [hersteller, modelle] = z.wahl(HERSTELLER);
        const kennzeichen = `${z.wahl(['M', 'B', 'HH', 'K', 'LÖ', 'S', 'DD'])}-${String.fromCharCode(65 + z.ganz(0, 25))}${String.fromCharCode(65 + z.ganz(0, 25))} ${z.ganz(1, 9999)}`;
        const schadennummer = `${z.ganz(10, 99)}-${String(id).padStart(8, '0')}/${jahr % 100}`;
        zeilen.auftrag.push([
          id, spnId, auftragsart, status, w.id, z.ganz(1, versicherer.length), schadennummer, normalisiereSchadennummer(schadennummer),
          berlinDatum(new Date(vermitteltAm.getTime() - z.ganz(1, 20) * 86_400_000)), z.wahl(Object.values(Sparte)), kennzeichen, normalisiereKennzeichen(kennzeichen),
          hersteller, z.wahl(modelle), null, null, `${z.wahl(VORNAMEN)} ${z.wahl(NAMEN)}`, `Hauptstraße ${z.ganz(1, 200)}, ${z.wahl(ORTE)}`, null,
          rkueStatus, rkueStatus === RkueStatus.ERTEILT ? sqlZeit(aktualisiertAm) : null, null, sqlZeit(vermitteltAm), sqlZeit(aktualisiertAm), 0,
          suchtextBilden(spnId, schadennummer, kennzeichen), codes.length ? `,${codes.join(',')},` : '', aktionen.length ? `,${aktionen.join(',')},` : '',
        ]);
        if (wal) beispiele.wale.push(spnId);
        else if (leer && beispiele.leere.length < 5) beispiele.leere.push(spnId);
        else if (!leer && anzahlKvs >= 2 && anzahlTickets >= 1 && beispiele.normale.length < 5) beispiele.normale.push(spnId);
      }
      await qr.startTransaction();
      try {
        for (const t of TABELLEN) {
          await einfuegen(qr, t, zeilen[t], maxParameter);
          zeilenAnzahl[t] = (zeilenAnzahl[t] ?? 0) + zeilen[t].length;
        }
        await qr.commitTransaction();
      } catch (e) {
        await qr.rollbackTransaction();
        throw e;
      }
      opts.fortschritt?.(bis, n);
    }

    // The vendors' feed pages by a change number in commit order: number the orders by aktualisiertAm.
    await qr.startTransaction();
    if (sqlite) {
      await qr.query(
        'UPDATE `auftrag` SET `aenderungsNr` = x.nr FROM (SELECT `id`, ROW_NUMBER() OVER (ORDER BY `aktualisiertAm`, `id`) AS nr FROM `auftrag`) x WHERE x.`id` = `auftrag`.`id`',
      );
    } else {
      await qr.query(
        'UPDATE `auftrag` a JOIN (SELECT `id`, ROW_NUMBER() OVER (ORDER BY `aktualisiertAm`, `id`) AS nr FROM `auftrag`) x ON x.`id` = a.`id` SET a.`aenderungsNr` = x.nr',
      );
    }
    // Number ranges continue after the generated ones, so the product can go on writing.
    const zaehler: Zeile[] = [['AEND', 0, n]];
    for (const [jahr, nr] of spnZaehler) zaehler.push(['SPN', jahr, nr]);
    for (const [jahr, nr] of sspZaehler) zaehler.push(['SSP', jahr, nr]);
    await qr.query(`DELETE FROM \`nummernkreis\` WHERE \`praefix\` IN ('AEND', 'SPN', 'SSP')`);
    await qr.query(`INSERT INTO \`nummernkreis\` (\`praefix\`, \`jahr\`, \`letzteNummer\`) VALUES ${zaehler.map(() => '(?, ?, ?)').join(', ')}`, zaehler.flat());
    await qr.commitTransaction();
    if (sqlite) {
      await qr.query('PRAGMA foreign_keys = ON');
      await qr.query('PRAGMA synchronous = NORMAL');
      await qr.query('ANALYZE');
    } else {
      await qr.query('SET SESSION foreign_key_checks = 1');
      await qr.query('SET SESSION unique_checks = 1');
      for (const t of ['auftrag', ...TABELLEN.slice(1)]) await qr.query(`ANALYZE TABLE \`${t}\``);
    }

    const groesste = proWerkstatt.indexOf(Math.max(...proWerkstatt));
    beispiele.groessteWerkstattId = groesste + 1;
    beispiele.groessteWerkstattAuftraege = proWerkstatt[groesste];
    return { auftraege: n, werkstaetten: anzahlWerkstaetten, zeilen: zeilenAnzahl, beispiele, von: start, bis: SCALE_ENDE };
  } finally {
    if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
    await qr.release();
  }
}
