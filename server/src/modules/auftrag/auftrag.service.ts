import { EntityManager } from 'typeorm';
import { AuftragOrderField, HinweisCode, OrderDirection } from '../../common/enums';
import { normalisiereSpnId, normalisiereSuche } from '../../common/ids';
import { dbZeit } from '../../db/db-zeit';
import { Aufrufer, RequestContext, istVendor } from '../../graphql/context';
import { Seite, cursorDekodieren, cursorKodieren, seiteBauen } from '../../graphql/pagination';
import { AuftragEntity } from './auftrag.entity';
import { mandantBedingung, mandantFiltern } from './auftrag-scope';
import { leser } from '../../db/leser';
import { WerkstattEntity } from '../identity/werkstatt.entity';
import { VersichererEntity } from '../stammdaten/versicherer.entity';
import { AuftragFilter, AuftragOrder } from './auftrag.types';

/** Escapes LIKE metacharacters with `!` (an escape character both SQLite and MySQL accept as written). */
function likeMuster(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

function aufrufer(ctx: RequestContext): Aufrufer {
  if (!ctx.aufrufer) throw new Error('Auftragsabfrage ohne Aufrufer: der Resolver muss @Zugriff deklarieren');
  return ctx.aufrufer;
}

/**
 * Finds one order by what a user typed (case, spaces and a missing `SPN-` prefix tolerated), within
 * the caller's tenant scope. An order the caller may not see answers null, exactly like a wrong SPN-ID.
 */
export async function auftragFinden(ctx: RequestContext, spnIdEingabe: string): Promise<AuftragEntity | null> {
  const spnId = normalisiereSpnId(spnIdEingabe);
  if (!spnId) return null;
  // Shop and insurer come in the same statement (the overview always shows them); lists use the loaders.
  // Written by hand: the query builder cost more CPU than the statement (issue 6).
  const m = ctx.ds.manager;
  const a = leser(m, AuftragEntity, 'a', 'a_');
  const w = leser(m, WerkstattEntity, 'w', 'w_');
  const v = leser(m, VersichererEntity, 'v', 'v_');
  const mandant = mandantBedingung(aufrufer(ctx), a.spalte('werkstattId'));
  const [zeile]: Record<string, unknown>[] = await m.query(
    `SELECT ${a.auswahl}, ${w.auswahl}, ${v.auswahl} FROM ${a.tabelle} ` +
      `INNER JOIN ${w.tabelle} ON ${w.spalte('id')} = ${a.spalte('werkstattId')} INNER JOIN ${v.tabelle} ON ${v.spalte('id')} = ${a.spalte('versichererId')} ` +
      `WHERE ${a.spalte('spnId')} = ? AND ${mandant.sql}`,
    [spnId, ...mandant.parameter],
  );
  if (!zeile) return null;
  const auftrag = a.hydrieren(zeile);
  auftrag.werkstatt = w.hydrieren(zeile);
  auftrag.versicherer = v.hydrieren(zeile);
  return auftrag;
}

/** Finds an order by its id within the caller's tenant scope (for references such as `Ticket.auftrag`). */
export async function auftragNachId(ctx: RequestContext, id: number): Promise<AuftragEntity | null> {
  const qb = ctx.ds.getRepository(AuftragEntity).createQueryBuilder('a').where('a.id = :id', { id });
  return mandantFiltern(qb, aufrufer(ctx), 'a.werkstattId').getOne();
}

const SORTSPALTE: Record<AuftragOrderField, 'aktualisiertAm' | 'vermitteltAm' | 'spnId'> = {
  AKTUALISIERT_AM: 'aktualisiertAm',
  VERMITTELT_AM: 'vermitteltAm',
  SPN_ID: 'spnId',
};

/**
 * A page of the orders the caller may see: every filter of the contract, a stable order (the sort
 * field, ties broken by id) and keyset cursors, so a deep page costs what the first costs.
 */
export async function auftraegeListen(
  ctx: RequestContext,
  filter: AuftragFilter | null | undefined,
  orderBy: AuftragOrder | null | undefined,
  first: number,
  after: string | null | undefined,
): Promise<Seite<AuftragEntity>> {
  const wer = aufrufer(ctx);
  const order: AuftragOrder = orderBy ?? { field: AuftragOrderField.AKTUALISIERT_AM, direction: filter?.geaendertSeit ? OrderDirection.ASC : OrderDirection.DESC };
  const spalte = SORTSPALTE[order.field];
  const istZeit = spalte !== 'spnId';
  const asc = order.direction === OrderDirection.ASC;

  // Written by hand (issue 6): building these statements with the query builder cost more CPU than running them.
  const bedingungen: string[] = [];
  const werte: unknown[] = [];
  const und = (sql: string, ...w: unknown[]) => {
    bedingungen.push(sql);
    werte.push(...w);
  };
  const mandant = mandantBedingung(wer, 'a.werkstattId');
  und(mandant.sql, ...mandant.parameter);
  if (filter?.status?.length) und(`a.status IN (${filter.status.map(() => '?').join(', ')})`, ...filter.status);
  if (filter?.auftragsart) und('a.auftragsart = ?', filter.auftragsart);
  const suche = filter?.suche ? normalisiereSuche(filter.suche).replace(/\|/g, '') : '';
  if (suche) und("a.suchtext LIKE ? ESCAPE '!'", likeMuster(suche));
  if (filter?.hinweis) {
    // Vendors never see TICKET_OFFEN (no tickets for vendors), so they cannot filter by it either.
    if (istVendor(wer) && filter.hinweis === HinweisCode.TICKET_OFFEN) und('1 = 0');
    else und("a.hinweisCodes LIKE ? ESCAPE '!'", likeMuster(`,${filter.hinweis},`));
  }
  if (filter?.mitAktion === true) und("a.aktionen <> ''");
  if (filter?.mitAktion === false) und("a.aktionen = ''");
  if (filter?.geaendertSeit) und('a.aktualisiertAm >= ?', dbZeit(ctx.ds, filter.geaendertSeit));
  const filterSql = bedingungen.join(' AND ');
  const filterWerte = [...werte];

  // The vendors' polling feed (geaendertSeit, oldest change first) pages by the change sequence number,
  // which grows in commit order: a change committed after a page was read always comes on a later page.
  const feed = !!filter?.geaendertSeit && order.field === AuftragOrderField.AKTUALISIERT_AM && asc;
  let reihenfolge: string;
  if (feed) {
    if (after) {
      const [nr] = cursorDekodieren(after, (w) => w.length === 2 && w[0] === 'f' && Number.isInteger(w[1])).slice(1);
      und('a.aenderungsNr > ?', nr);
    }
    reihenfolge = 'a.aenderungsNr ASC';
  } else {
    const richtung = asc ? 'ASC' : 'DESC';
    if (after) {
      const [wert, id] = cursorDekodieren(after, (w) => w.length === 2 && typeof w[0] === 'string' && typeof w[1] === 'number' && (!istZeit || !Number.isNaN(Date.parse(w[0]))));
      const v = istZeit ? dbZeit(ctx.ds, new Date(wert as string)) : (wert as string);
      const op = asc ? '>' : '<';
      // The first condition alone bounds the index range (SQLite does not derive a range from the OR), so a
      // deep page seeks to its cursor instead of walking every entry before it.
      und(`a.${spalte} ${op}= ? AND (a.${spalte} ${op} ? OR a.id ${op} ?)`, v, v, id);
    }
    reihenfolge = `a.${spalte} ${richtung}, a.id ${richtung}`;
  }
  // The rows are read without TypeORM's entity transformer, which cost more CPU than the statement (issue 6).
  if (!Number.isSafeInteger(first)) throw new Error(`Seitengröße ${String(first)} ist keine ganze Zahl (firstPruefen vergessen?)`);
  const l = leser(ctx.ds.manager, AuftragEntity, 'a');
  const rows = ((await ctx.ds.query(`SELECT ${l.auswahl} FROM ${l.tabelle} WHERE ${bedingungen.join(' AND ')} ORDER BY ${reihenfolge} LIMIT ${first + 1}`, werte)) as Record<string, unknown>[]).map(
    l.hydrieren,
  );
  // Counted only when the query asks for totalCount (the vendors' feed does not).
  const totalCount = async () => {
    const [{ anzahl }] = (await ctx.ds.query(`SELECT COUNT(*) AS anzahl FROM ${l.tabelle} WHERE ${filterSql}`, filterWerte)) as { anzahl: number | string }[];
    return Number(anzahl);
  };
  return seiteBauen(
    rows.slice(0, first),
    rows.length > first,
    totalCount,
    (a) => cursorKodieren(feed ? ['f', a.aenderungsNr] : [istZeit ? (a[spalte] as Date).toISOString() : (a[spalte] as string), a.id]),
    (a) => a,
  );
}

/**
 * The order a mutation changes: found by what the caller typed, within the caller's tenant scope,
 * and locked for the rest of the transaction. Null exactly when `auftragFinden` would answer null.
 */
export async function auftragZumAendern(m: EntityManager, wer: Aufrufer, spnIdEingabe: string): Promise<AuftragEntity | null> {
  const spnId = normalisiereSpnId(spnIdEingabe);
  if (!spnId) return null;
  const qb = m.getRepository(AuftragEntity).createQueryBuilder('a').where('a.spnId = :spnId', { spnId });
  mandantFiltern(qb, wer, 'a.werkstattId');
  if (m.connection.options.type !== 'better-sqlite3') qb.setLock('pessimistic_write');
  return qb.getOne();
}
