import { Rolle } from '../../common/enums';
import { RequestContext } from '../../graphql/context';
import { Seite, cursorDekodieren, cursorKodieren, seiteBauen } from '../../graphql/pagination';
import { mandantFiltern } from '../auftrag/auftrag-scope';
import { ApiSchluesselMitWerkstaetten } from './api-schluessel.service';
import { WerkstattEntity } from './werkstatt.entity';
import { KEIN_PASSWORT } from './auth.service';
import { BenutzerEntity } from './benutzer.entity';
import { Benutzer, Werkstatt } from './identity.types';
import { KontoProtokollEntity } from './konto-protokoll.entity';
import { ApiSchluessel } from './konto.types';
import { darfKontenVerwalten } from './konto.service';

/** The read side of account management: user lists (tenant-scoped) and the audit trail (staff). */

/** A user as the API shows it; the shop comes through the request's loader. */
export async function benutzerAnzeigen(ctx: RequestContext, b: BenutzerEntity): Promise<Benutzer> {
  const werkstatt = b.werkstattId ? ((await ctx.loaders.werkstatt.load(b.werkstattId)) ?? null) : null;
  return {
    id: String(b.id),
    benutzername: b.benutzername,
    name: b.name,
    rolle: b.rolle,
    werkstatt,
    email: b.email,
    istAdmin: b.istAdmin,
    aktiv: b.aktiv,
    letzteAnmeldung: b.letzteAnmeldung,
    einladungOffen: b.passwortHash === KEIN_PASSWORT,
  };
}

export function apiSchluesselAnzeigen(e: ApiSchluesselMitWerkstaetten): ApiSchluessel {
  const s = e.schluessel;
  return {
    id: String(s.id),
    name: s.name,
    kalkulationssystem: s.kalkulationssystem,
    praefix: s.praefix,
    werkstaetten: e.werkstaetten as Werkstatt[],
    erstelltAm: s.erstelltAm,
    widerrufenAm: s.widerrufenAm,
  };
}

function idOderNull(id: string | null | undefined): number | null | 'UNGUELTIG' {
  if (id === null || id === undefined) return null;
  return /^\d{1,10}$/.test(id) ? Number(id) : 'UNGUELTIG';
}

/**
 * Users by name: a shop admin sees its own shop's users (another shop's id gives an empty list, like
 * a shop that does not exist), staff all users or one shop's (`werkstattId`).
 */
export async function benutzerListe(ctx: RequestContext, werkstattIdText: string | null | undefined, first: number, after: string | null): Promise<Seite<Benutzer>> {
  const a = ctx.aufrufer!;
  darfKontenVerwalten(a);
  let werkstattId = idOderNull(werkstattIdText);
  if (a.art === 'BENUTZER' && a.rolle !== Rolle.INTERN) {
    if (werkstattId !== null && werkstattId !== a.werkstattId) werkstattId = 'UNGUELTIG';
    else werkstattId = a.werkstattId;
  }
  const basis = () => {
    const qb = ctx.ds.getRepository(BenutzerEntity).createQueryBuilder('b').where('1 = 1');
    if (werkstattId === 'UNGUELTIG') qb.andWhere('1 = 0');
    else if (werkstattId !== null) qb.andWhere('b.werkstattId = :w', { w: werkstattId });
    return qb;
  };
  const seite = basis();
  if (after) {
    const [name, id] = cursorDekodieren(after, (w) => w.length === 2 && typeof w[0] === 'string' && typeof w[1] === 'number');
    seite.andWhere('(b.name > :cn OR (b.name = :cn AND b.id > :cid))', { cn: name, cid: id });
  }
  const [rows, total] = await Promise.all([seite.orderBy('b.name', 'ASC').addOrderBy('b.id', 'ASC').limit(first + 1).getMany(), basis().getCount()]);
  const sichtbar = rows.slice(0, first);
  const anzeigen = await Promise.all(sichtbar.map((b) => benutzerAnzeigen(ctx, b)));
  return seiteBauen(
    sichtbar.map((b, i) => ({ b, anzeige: anzeigen[i] })),
    rows.length > first,
    total,
    (r) => cursorKodieren([r.b.name, r.b.id]),
    (r) => r.anzeige,
  );
}

/** The audit trail, newest first, optionally of one shop or one user (staff only, declared on the query). */
export async function kontoProtokollListe(
  ctx: RequestContext,
  filter: { werkstattId?: string | null; benutzerId?: string | null },
  first: number,
  after: string | null,
): Promise<Seite<KontoProtokollEntity>> {
  const werkstattId = idOderNull(filter.werkstattId);
  const benutzerId = idOderNull(filter.benutzerId);
  const basis = () => {
    const qb = ctx.ds.getRepository(KontoProtokollEntity).createQueryBuilder('p').where('1 = 1');
    if (werkstattId === 'UNGUELTIG' || benutzerId === 'UNGUELTIG') qb.andWhere('1 = 0');
    if (typeof werkstattId === 'number') qb.andWhere('p.werkstattId = :w', { w: werkstattId });
    if (typeof benutzerId === 'number') qb.andWhere('p.benutzerId = :b', { b: benutzerId });
    return qb;
  };
  const seite = basis();
  if (after) {
    const [id] = cursorDekodieren(after, (w) => w.length === 1 && typeof w[0] === 'number');
    seite.andWhere('p.id < :cid', { cid: id });
  }
  const [rows, total] = await Promise.all([seite.orderBy('p.id', 'DESC').limit(first + 1).getMany(), basis().getCount()]);
  return seiteBauen(rows.slice(0, first), rows.length > first, total, (p) => cursorKodieren([p.id]), (p) => p);
}


/** One shop the caller may see (tenant scope as for orders), or null. */
export async function werkstattLesen(ctx: RequestContext, idText: string): Promise<WerkstattEntity | null> {
  const id = idOderNull(idText);
  if (typeof id !== 'number') return null;
  const qb = ctx.ds.getRepository(WerkstattEntity).createQueryBuilder('w').where('w.id = :id', { id });
  mandantFiltern(qb, ctx.aufrufer!, 'w.id');
  return qb.getOne();
}
