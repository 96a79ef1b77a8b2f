import { vendorAkteurName } from './anwendungsfall';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { EreignisArt, Rolle } from '../common/enums';
import { AuftragEntity } from '../modules/auftrag/auftrag.entity';
import { EreignisEntity } from '../modules/auftrag/ereignis.entity';
import { ErinnerungEntity } from '../modules/auftrag/erinnerung.entity';
import { StornoEntity } from '../modules/auftrag/storno.entity';
import { BenachrichtigungEntity } from '../modules/benachrichtigung/benachrichtigung.entity';
import { EingangEntity } from '../modules/dokumente/eingang.entity';
import { FreigabeEntity } from '../modules/dokumente/freigabe.entity';
import { KostenvoranschlagEntity } from '../modules/dokumente/kostenvoranschlag.entity';
import { RechnungEntity } from '../modules/dokumente/rechnung.entity';
import { WerkstattEntity } from '../modules/identity/werkstatt.entity';
import { VersichererEntity } from '../modules/stammdaten/versicherer.entity';
import { TicketNachrichtEntity } from '../modules/ticket/ticket-nachricht.entity';
import { TicketEntity } from '../modules/ticket/ticket.entity';
import { mandantFiltern } from '../modules/auftrag/auftrag-scope';
import { leser } from '../db/leser';
import type { Aufrufer } from './context';

/**
 * Per-request DataLoaders, one per foreign-key edge (architecture rule 7): each batch is one SQL
 * statement, results come back in key order. Children are loaded by the id of a parent the caller was
 * already allowed to see, so the tenant scope of the root query carries over.
 */
/** A per-request loader of one list per order (a facade over the request's child bundle, see `kinderBuendel`). */
export interface ListenLader<T> {
  load(auftragId: number): Promise<T>;
}

export interface Loaders {
  /** Orders by id: only for references from rows already in the caller's scope (a ticket's order). */
  auftrag: DataLoader<number, AuftragEntity | undefined>;
  werkstatt: DataLoader<number, WerkstattEntity | undefined>;
  versicherer: DataLoader<number, VersichererEntity | undefined>;
  kvs: ListenLader<KostenvoranschlagEntity[]>;
  freigaben: ListenLader<FreigabeEntity[]>;
  rechnungen: ListenLader<RechnungEntity[]>;
  stornos: ListenLader<StornoEntity[]>;
  erinnerungen: ListenLader<ErinnerungEntity[]>;
  tickets: ListenLader<TicketEntity[]>;
  /** The messages of all tickets of an order, by ticket id: the same cost whether an order has no ticket or hundreds. */
  ticketNachrichtenJeAuftrag: ListenLader<Map<number, TicketNachrichtEntity[]>>;
  eingaenge: ListenLader<EingangEntity[]>;
  benachrichtigungen: ListenLader<BenachrichtigungEntity[]>;
  verlauf: DataLoader<VerlaufSchluessel, VerlaufSeite>;
  /** Orders by id within the caller's tenant scope (federation references); undefined when not visible. */
  sichtbarerAuftrag: DataLoader<number, AuftragEntity | undefined>;
  /** Orders by (normalised) SPN-ID within the caller's tenant scope; undefined when not visible. */
  sichtbarerAuftragNachSpnId: DataLoader<string, AuftragEntity | undefined>;
  /** Shops by id within the caller's tenant scope (the shops `werkstaetten` lists). */
  sichtbareWerkstatt: DataLoader<number, WerkstattEntity | undefined>;
}

export interface VerlaufSchluessel {
  auftragId: number;
  first: number;
  /** Keyset cursor: only entries with a smaller id (newest first). */
  vorId: number | null;
}

export interface VerlaufSeite {
  eintraege: EreignisEntity[];
  hatMehr: boolean;
  gesamt: number;
}

function nachId<T extends { id: number }>(ds: EntityManager, entity: EntityTarget<T>) {
  return new DataLoader<number, T | undefined>(async (ids) => {
    const rows = await ds.getRepository(entity).find({ where: { id: In([...ids]) } as never });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id));
  });
}

const platzhalter = (n: number): string => new Array(n).fill('?').join(', ');

/** What the child bundle reads per order: each a list ordered by id (= order of receipt). */
interface KinderListen {
  kvs: KostenvoranschlagEntity[];
  freigaben: FreigabeEntity[];
  rechnungen: RechnungEntity[];
  stornos: StornoEntity[];
  erinnerungen: ErinnerungEntity[];
  tickets: TicketEntity[];
  ticketNachrichten: TicketNachrichtEntity[];
  eingaenge: EingangEntity[];
  benachrichtigungen: BenachrichtigungEntity[];
}
type KindArt = keyof KinderListen;

/** One branch of the bundle statement: the rows of one kind for a list of orders. */
interface Zweig {
  /** The branch's number in the statement's first column (`_a`). */
  nummer: number;
  /** `SELECT <n> AS _a, <order id> AS _p, <id> AS _i, <JSON> AS _j FROM … WHERE <order id> IN ` (the list follows). */
  kopf: string;
  ausJson(objekt: Record<string, unknown>): ObjectLiteral;
}

const zweigCache = new WeakMap<DataSource, Map<KindArt, Zweig>>();

function zweige(ds: EntityManager): Map<KindArt, Zweig> {
  const vorhanden = zweigCache.get(ds.connection);
  if (vorhanden) return vorhanden;
  const arten: [KindArt, EntityTarget<ObjectLiteral>][] = [
    ['kvs', KostenvoranschlagEntity],
    ['freigaben', FreigabeEntity],
    ['rechnungen', RechnungEntity],
    ['stornos', StornoEntity],
    ['erinnerungen', ErinnerungEntity],
    ['tickets', TicketEntity],
    ['eingaenge', EingangEntity],
    ['benachrichtigungen', BenachrichtigungEntity],
  ];
  const m = new Map<KindArt, Zweig>();
  arten.forEach(([art, entity], i) => {
    const l = leser(ds, entity, `k${i}`);
    m.set(art, { nummer: i, kopf: `SELECT ${i} AS _a, ${l.spalte('auftragId')} AS _p, ${l.spalte('id')} AS _i, ${l.jsonObjekt} AS _j FROM ${l.tabelle} WHERE ${l.spalte('auftragId')} IN `, ausJson: l.ausJson });
  });
  // Ticket messages belong to an order through their ticket.
  const n = leser(ds, TicketNachrichtEntity, 'kn');
  const t = leser(ds, TicketEntity, 'kt');
  m.set('ticketNachrichten', {
    nummer: arten.length,
    kopf: `SELECT ${arten.length} AS _a, ${t.spalte('auftragId')} AS _p, ${n.spalte('id')} AS _i, ${n.jsonObjekt} AS _j FROM ${n.tabelle} INNER JOIN ${t.tabelle} ON ${t.spalte('id')} = ${n.spalte('ticketId')} WHERE ${t.spalte('auftragId')} IN `,
    ausJson: n.ausJson,
  });
  zweigCache.set(ds.connection, m);
  return m;
}

interface KindSchluessel {
  art: KindArt;
  auftragId: number;
}

/**
 * The child lists of orders (KVs, Freigaben, invoices, Stornos, reminders, tickets and their messages,
 * unmatched submissions, mails) in ONE statement per batch: every list the resolvers of a tick ask for
 * becomes a branch of a UNION ALL whose rows carry the entity as a JSON object. So an overview costs
 * one statement for all its lists, a page of orders one for all the lists of all its orders, and only
 * the kinds a query asks for are read.
 */
function kinderBuendel(ds: EntityManager) {
  return new DataLoader<KindSchluessel, ObjectLiteral[], string>(
    async (schluessel) => {
      const alle = zweige(ds);
      const jeArt = new Map<KindArt, Set<number>>();
      for (const k of schluessel) {
        const ids = jeArt.get(k.art);
        if (ids) ids.add(k.auftragId);
        else jeArt.set(k.art, new Set([k.auftragId]));
      }
      const teile: string[] = [];
      const parameter: number[] = [];
      const nummer = new Map<number, KindArt>();
      for (const [art, ids] of jeArt) {
        const z = alle.get(art)!;
        teile.push(`${z.kopf}(${platzhalter(ids.size)})`);
        parameter.push(...ids);
        nummer.set(z.nummer, art);
      }
      const zeilen: { _a: number | string; _p: number | string; _j: string | Record<string, unknown> }[] = await ds.query(`${teile.join(' UNION ALL ')} ORDER BY _a, _i`, parameter);
      const gruppen = new Map<string, ObjectLiteral[]>();
      for (const z of zeilen) {
        const art = nummer.get(Number(z._a))!;
        const schl = `${art}:${Number(z._p)}`;
        // better-sqlite3 answers JSON as text; mysql2 has already parsed it (MariaDB marks the column as JSON).
        const e = alle.get(art)!.ausJson(typeof z._j === 'string' ? (JSON.parse(z._j) as Record<string, unknown>) : z._j);
        const liste = gruppen.get(schl);
        if (liste) liste.push(e);
        else gruppen.set(schl, [e]);
      }
      return schluessel.map((k) => gruppen.get(kindSchluessel(k)) ?? []);
    },
    { cacheKeyFn: kindSchluessel },
  );
}

function kindSchluessel(k: KindSchluessel): string {
  return `${k.art}:${k.auftragId}`;
}

function listenLader<A extends KindArt>(buendel: ReturnType<typeof kinderBuendel>, art: A): ListenLader<KinderListen[A]> {
  return { load: (auftragId) => buendel.load({ art, auftragId }) as Promise<KinderListen[A]> };
}

/** The messages of an order's tickets, grouped by ticket (oldest first). */
function nachrichtenJeTicket(buendel: ReturnType<typeof kinderBuendel>): ListenLader<Map<number, TicketNachrichtEntity[]>> {
  const lader = listenLader(buendel, 'ticketNachrichten');
  const gruppiert = new Map<number, Promise<Map<number, TicketNachrichtEntity[]>>>();
  const gruppieren = async (auftragId: number) => {
    const jeTicket = new Map<number, TicketNachrichtEntity[]>();
    for (const n of await lader.load(auftragId)) {
      const liste = jeTicket.get(n.ticketId);
      if (liste) liste.push(n);
      else jeTicket.set(n.ticketId, [n]);
    }
    return jeTicket;
  };
  return {
    load: (auftragId) => {
      let p = gruppiert.get(auftragId);
      if (!p) gruppiert.set(auftragId, (p = gruppieren(auftragId)));
      return p;
    },
  };
}

/**
 * The history of many orders in one statement: window functions pick the newest `first + 1` entries per
 * order (older than the cursor, keyset by id) and count all of them. Rows newer than the cursor come
 * along only as carriers of the count (at most one per order), so an order whose entries all lie before
 * the cursor still answers its total.
 */
function verlaufLoader(ds: EntityManager, ohneTicketEreignisse: boolean, eigenerVendor: string | null) {
  const l = leser(ds, EreignisEntity, 'e');
  const ohneTickets = ohneTicketEreignisse ? ` AND e2.art NOT IN ('${EreignisArt.TICKET_ERSTELLT}', '${EreignisArt.TICKET_BEARBEITET}')` : '';
  // A vendor sees only its own unmatched submissions (domain.md, Personal data), also in the history.
  const nurEigeneEingaenge = eigenerVendor === null ? '' : ` AND (e2.art <> '${EreignisArt.EINGANG_NICHT_ZUGEORDNET}' OR (e2.akteurRolle = '${Rolle.KALKULATION}' AND e2.akteur = ?))`;
  const sql = (anzahl: number, mitCursor: boolean) => {
    const aelter = mitCursor ? 'e2.id < ?' : '1 = 1';
    const innen =
      `SELECT e2.id AS id, CASE WHEN ${aelter} THEN 1 ELSE 0 END AS aelter, ` +
      `ROW_NUMBER() OVER (PARTITION BY e2.auftragId, CASE WHEN ${aelter} THEN 1 ELSE 0 END ORDER BY e2.id DESC) AS rn, ` +
      `COUNT(*) OVER (PARTITION BY e2.auftragId) AS gesamt ` +
      `FROM ereignis e2 WHERE e2.auftragId IN (${platzhalter(anzahl)})${ohneTickets}${nurEigeneEingaenge}`;
    return `SELECT ${l.auswahl}, x.aelter AS _aelter, x.gesamt AS _gesamt FROM ${l.tabelle} INNER JOIN (${innen}) x ON x.id = ${l.spalte('id')} WHERE x.rn <= CASE WHEN x.aelter = 1 THEN ? ELSE 1 END ORDER BY ${l.spalte('id')} DESC`;
  };
  return new DataLoader<VerlaufSchluessel, VerlaufSeite, string>(
    async (keys) => {
      const gruppen = new Map<string, VerlaufSchluessel[]>();
      for (const k of keys) {
        const g = `${k.first}:${k.vorId ?? ''}`;
        gruppen.set(g, [...(gruppen.get(g) ?? []), k]);
      }
      const ergebnis = new Map<string, VerlaufSeite>();
      for (const gruppe of gruppen.values()) {
        const { first, vorId } = gruppe[0];
        const ids = [...new Set(gruppe.map((k) => k.auftragId))];
        const cursor = vorId !== null ? [vorId] : [];
        const parameter = [...cursor, ...cursor, ...ids, ...(eigenerVendor === null ? [] : [eigenerVendor]), first + 1];
        const rows: Record<string, unknown>[] = await ds.query(sql(ids.length, vorId !== null), parameter);
        const jeAuftrag = new Map<number, { eintraege: EreignisEntity[]; gesamt: number }>();
        for (const zeile of rows) {
          const e = l.hydrieren(zeile);
          let s = jeAuftrag.get(e.auftragId);
          if (!s) jeAuftrag.set(e.auftragId, (s = { eintraege: [], gesamt: Number(zeile._gesamt) }));
          if (Number(zeile._aelter) === 1) s.eintraege.push(e);
        }
        for (const k of gruppe) {
          const s = jeAuftrag.get(k.auftragId);
          const eigene = s?.eintraege ?? [];
          ergebnis.set(verlaufKey(k), { eintraege: eigene.slice(0, first), hatMehr: eigene.length > first, gesamt: s?.gesamt ?? 0 });
        }
      }
      return keys.map((k) => ergebnis.get(verlaufKey(k))!);
    },
    { cacheKeyFn: verlaufKey },
  );
}

function verlaufKey(k: VerlaufSchluessel): string {
  return `${k.auftragId}:${k.first}:${k.vorId ?? ''}`;
}

/**
 * Rows by a key column, restricted to the caller's tenant scope (mandantFiltern) in the same statement.
 * Without a caller nothing is visible.
 */
function imMandanten<T extends ObjectLiteral, K extends number | string>(ds: EntityManager, entity: EntityTarget<T>, spalte: string, werkstattSpalte: string, aufrufer: Aufrufer | null) {
  return new DataLoader<K, T | undefined>(async (keys) => {
    if (!aufrufer) return keys.map(() => undefined);
    const qb = ds.getRepository(entity).createQueryBuilder('x').where(`x.${spalte} IN (:...keys)`, { keys: [...keys] });
    const rows = await mandantFiltern(qb, aufrufer, werkstattSpalte).getMany();
    const map = new Map(rows.map((r) => [r[spalte] as K, r]));
    return keys.map((k) => map.get(k));
  });
}

/**
 * The loaders of one request. `aufrufer` scopes the `sichtbar…` loaders; `vendorSicht` leaves the
 * history entries about tickets out (vendors get no tickets, domain.md Personal data) and those about
 * other callers' unmatched submissions (`vendorAkteur`: the history name of the vendor's key).
 */
export function createLoaders(ds: EntityManager, opts: { vendorSicht?: boolean; vendorAkteur?: string; aufrufer?: Aufrufer | null } = {}): Loaders {
  const aufrufer = opts.aufrufer ?? null;
  const kinder = kinderBuendel(ds);
  return {
    sichtbarerAuftrag: imMandanten<AuftragEntity, number>(ds, AuftragEntity, 'id', 'x.werkstattId', aufrufer),
    sichtbarerAuftragNachSpnId: imMandanten<AuftragEntity, string>(ds, AuftragEntity, 'spnId', 'x.werkstattId', aufrufer),
    sichtbareWerkstatt: imMandanten<WerkstattEntity, number>(ds, WerkstattEntity, 'id', 'x.id', aufrufer),
    auftrag: nachId(ds, AuftragEntity),
    werkstatt: nachId(ds, WerkstattEntity),
    versicherer: nachId(ds, VersichererEntity),
    kvs: listenLader(kinder, 'kvs'),
    freigaben: listenLader(kinder, 'freigaben'),
    rechnungen: listenLader(kinder, 'rechnungen'),
    stornos: listenLader(kinder, 'stornos'),
    erinnerungen: listenLader(kinder, 'erinnerungen'),
    tickets: listenLader(kinder, 'tickets'),
    ticketNachrichtenJeAuftrag: nachrichtenJeTicket(kinder),
    eingaenge: listenLader(kinder, 'eingaenge'),
    benachrichtigungen: listenLader(kinder, 'benachrichtigungen'),
    verlauf: verlaufLoader(ds, opts.vendorSicht ?? false, opts.vendorSicht ? (opts.vendorAkteur ?? '') : null),
  };
}

/** The loaders for a request of `aufrufer`: tenant-scoped, with the vendor's view where it is one. */
export function loadersFuer(ds: EntityManager, aufrufer: Aufrufer | null): Loaders {
  const vendor = aufrufer?.art === 'API_SCHLUESSEL';
  return createLoaders(ds, { vendorSicht: vendor, vendorAkteur: vendor ? vendorAkteurName(aufrufer.name) : undefined, aufrufer });
}
