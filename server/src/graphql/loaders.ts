import { vendorAkteurName } from './anwendungsfall';
import DataLoader from 'dataloader';
import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
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
import type { Aufrufer } from './context';

/**
 * Per-request DataLoaders, one per foreign-key edge (architecture rule 7): each batch is one SQL
 * statement, results come back in key order. Children are loaded by the id of a parent the caller was
 * already allowed to see, so the tenant scope of the root query carries over.
 */
export interface Loaders {
  /** Orders by id: only for references from rows already in the caller's scope (a ticket's order). */
  auftrag: DataLoader<number, AuftragEntity | undefined>;
  werkstatt: DataLoader<number, WerkstattEntity | undefined>;
  versicherer: DataLoader<number, VersichererEntity | undefined>;
  kvs: DataLoader<number, KostenvoranschlagEntity[]>;
  freigaben: DataLoader<number, FreigabeEntity[]>;
  rechnungen: DataLoader<number, RechnungEntity[]>;
  stornos: DataLoader<number, StornoEntity[]>;
  erinnerungen: DataLoader<number, ErinnerungEntity[]>;
  tickets: DataLoader<number, TicketEntity[]>;
  /** The messages of all tickets of an order, by ticket id: one statement whether an order has no ticket or hundreds. */
  ticketNachrichtenJeAuftrag: DataLoader<number, Map<number, TicketNachrichtEntity[]>>;
  eingaenge: DataLoader<number, EingangEntity[]>;
  benachrichtigungen: DataLoader<number, BenachrichtigungEntity[]>;
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

/**
 * A SELECT of all columns of an entity and a hydrator for its rows, without the query builder and its
 * entity transformer (issue 6: most of TypeORM's time per request went there). Values are converted by
 * the driver's `prepareHydratedValue`, exactly as TypeORM hydrates them, so rows equal what `find` returns.
 */
function schnellesLesen<T extends ObjectLiteral>(ds: EntityManager, entity: EntityTarget<T>, alias: string) {
  const meta = ds.connection.getMetadata(entity);
  const driver = ds.connection.driver;
  const spalten = meta.columns.filter((c) => !c.isVirtual);
  const q = (name: string) => driver.escape(name);
  return {
    tabelle: `${q(meta.tableName)} ${q(alias)}`,
    spalte: (property: string) => `${q(alias)}.${q(meta.findColumnWithPropertyName(property)!.databaseName)}`,
    auswahl: spalten.map((c) => `${q(alias)}.${q(c.databaseName)} AS ${q(c.propertyName)}`).join(', '),
    hydrieren: (zeile: Record<string, unknown>): T => {
      const e = meta.create() as T;
      for (const c of spalten) (e as Record<string, unknown>)[c.propertyName] = driver.prepareHydratedValue(zeile[c.propertyName], c);
      return e;
    },
  };
}

const platzhalter = (n: number): string => new Array(n).fill('?').join(', ');

/** Children by parent id, ordered by id (= order of receipt). */
function kinder<T extends ObjectLiteral & { id: number }>(ds: EntityManager, entity: EntityTarget<T>, fk: keyof T & string) {
  const l = schnellesLesen(ds, entity, 'k');
  const kopf = `SELECT ${l.auswahl} FROM ${l.tabelle} WHERE ${l.spalte(fk)} IN `;
  const ende = ` ORDER BY ${l.spalte('id')}`;
  return new DataLoader<number, T[]>(async (parentIds) => {
    const rows: Record<string, unknown>[] = await ds.query(`${kopf}(${platzhalter(parentIds.length)})${ende}`, [...parentIds]);
    const gruppen = new Map<number, T[]>(parentIds.map((id) => [id, []]));
    for (const zeile of rows) {
      const r = l.hydrieren(zeile);
      gruppen.get(r[fk] as number)?.push(r);
    }
    return parentIds.map((id) => gruppen.get(id) ?? []);
  });
}

/** Messages of the tickets of many orders in one statement, grouped by order and ticket, oldest first. */
function ticketNachrichtenJeAuftrag(ds: EntityManager) {
  const n = schnellesLesen(ds, TicketNachrichtEntity, 'n');
  const t = schnellesLesen(ds, TicketEntity, 't');
  const q = (name: string) => ds.connection.driver.escape(name);
  const kopf = `SELECT ${n.auswahl}, ${t.spalte('auftragId')} AS ${q('_auftragId')} FROM ${n.tabelle} INNER JOIN ${t.tabelle} ON ${t.spalte('id')} = ${n.spalte('ticketId')} WHERE ${t.spalte('auftragId')} IN `;
  const ende = ` ORDER BY ${n.spalte('id')}`;
  return new DataLoader<number, Map<number, TicketNachrichtEntity[]>>(async (auftragIds) => {
    const rows: Record<string, unknown>[] = await ds.query(`${kopf}(${platzhalter(auftragIds.length)})${ende}`, [...auftragIds]);
    const gruppen = new Map<number, Map<number, TicketNachrichtEntity[]>>(auftragIds.map((id) => [id, new Map()]));
    for (const zeile of rows) {
      const nachricht = n.hydrieren(zeile);
      const jeTicket = gruppen.get(Number(zeile._auftragId));
      if (!jeTicket) continue;
      const liste = jeTicket.get(nachricht.ticketId);
      if (liste) liste.push(nachricht);
      else jeTicket.set(nachricht.ticketId, [nachricht]);
    }
    return auftragIds.map((id) => gruppen.get(id)!);
  });
}

/**
 * The history of many orders in two statements: a window function picks the newest `first + 1`
 * entries per order (keyset by id), and one grouped COUNT gives the totals.
 */
function verlaufLoader(ds: EntityManager, ohneTicketEreignisse: boolean, eigenerVendor: string | null) {
  const ohneTickets = ohneTicketEreignisse ? ` AND e2.art NOT IN ('${EreignisArt.TICKET_ERSTELLT}', '${EreignisArt.TICKET_BEARBEITET}')` : '';
  // A vendor sees only its own unmatched submissions (domain.md, Personal data), also in the history.
  const nurEigeneEingaenge = (e: string) => (eigenerVendor === null ? '' : ` AND (${e}.art <> '${EreignisArt.EINGANG_NICHT_ZUGEORDNET}' OR (${e}.akteurRolle = '${Rolle.KALKULATION}' AND ${e}.akteur = :eigenerVendor))`);
  const filter = ohneTickets + nurEigeneEingaenge('e2');
  return new DataLoader<VerlaufSchluessel, VerlaufSeite, string>(
    async (keys) => {
      const gruppen = new Map<string, VerlaufSchluessel[]>();
      for (const k of keys) {
        const g = `${k.first}:${k.vorId ?? ''}`;
        gruppen.set(g, [...(gruppen.get(g) ?? []), k]);
      }
      const ergebnis = new Map<string, VerlaufSeite>();
      const alleIds = [...new Set(keys.map((k) => k.auftragId))];
      const zaehlung = await ds
        .getRepository(EreignisEntity)
        .createQueryBuilder('e')
        .select('e.auftragId', 'auftragId')
        .addSelect('COUNT(*)', 'anzahl')
        .where('e.auftragId IN (:...ids)', { ids: alleIds })
        .andWhere(ohneTicketEreignisse ? 'e.art NOT IN (:...ticketArten)' : '1 = 1', { ticketArten: [EreignisArt.TICKET_ERSTELLT, EreignisArt.TICKET_BEARBEITET] })
        .andWhere(`1 = 1${nurEigeneEingaenge('e')}`, { eigenerVendor })
        .groupBy('e.auftragId')
        .getRawMany<{ auftragId: number; anzahl: number | string }>();
      const gesamt = new Map(zaehlung.map((z) => [Number(z.auftragId), Number(z.anzahl)]));
      for (const gruppe of gruppen.values()) {
        const { first, vorId } = gruppe[0];
        const ids = gruppe.map((k) => k.auftragId);
        const innen = `SELECT x.id FROM (SELECT e2.id AS id, ROW_NUMBER() OVER (PARTITION BY e2.auftragId ORDER BY e2.id DESC) AS rn FROM ereignis e2 WHERE e2.auftragId IN (:...ids)${filter}${vorId !== null ? ' AND e2.id < :vorId' : ''}) x WHERE x.rn <= :grenze`;
        const rows = await ds
          .getRepository(EreignisEntity)
          .createQueryBuilder('e')
          .where(`e.id IN (${innen})`, { ids, vorId, grenze: first + 1, eigenerVendor })
          .orderBy('e.id', 'DESC')
          .getMany();
        for (const k of gruppe) {
          const eigene = rows.filter((r) => r.auftragId === k.auftragId);
          ergebnis.set(verlaufKey(k), { eintraege: eigene.slice(0, first), hatMehr: eigene.length > first, gesamt: gesamt.get(k.auftragId) ?? 0 });
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
  return {
    sichtbarerAuftrag: imMandanten<AuftragEntity, number>(ds, AuftragEntity, 'id', 'x.werkstattId', aufrufer),
    sichtbarerAuftragNachSpnId: imMandanten<AuftragEntity, string>(ds, AuftragEntity, 'spnId', 'x.werkstattId', aufrufer),
    sichtbareWerkstatt: imMandanten<WerkstattEntity, number>(ds, WerkstattEntity, 'id', 'x.id', aufrufer),
    auftrag: nachId(ds, AuftragEntity),
    werkstatt: nachId(ds, WerkstattEntity),
    versicherer: nachId(ds, VersichererEntity),
    kvs: kinder(ds, KostenvoranschlagEntity, 'auftragId'),
    freigaben: kinder(ds, FreigabeEntity, 'auftragId'),
    rechnungen: kinder(ds, RechnungEntity, 'auftragId'),
    stornos: kinder(ds, StornoEntity, 'auftragId'),
    erinnerungen: kinder(ds, ErinnerungEntity, 'auftragId'),
    tickets: kinder(ds, TicketEntity, 'auftragId'),
    ticketNachrichtenJeAuftrag: ticketNachrichtenJeAuftrag(ds),
    eingaenge: kinder(ds, EingangEntity, 'auftragId'),
    benachrichtigungen: kinder(ds, BenachrichtigungEntity, 'auftragId'),
    verlauf: verlaufLoader(ds, opts.vendorSicht ?? false, opts.vendorSicht ? (opts.vendorAkteur ?? '') : null),
  };
}

/** The loaders for a request of `aufrufer`: tenant-scoped, with the vendor's view where it is one. */
export function loadersFuer(ds: EntityManager, aufrufer: Aufrufer | null): Loaders {
  const vendor = aufrufer?.art === 'API_SCHLUESSEL';
  return createLoaders(ds, { vendorSicht: vendor, vendorAkteur: vendor ? vendorAkteurName(aufrufer.name) : undefined, aufrufer });
}
