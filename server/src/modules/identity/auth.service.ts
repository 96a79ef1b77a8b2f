import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { DataSource, EntityManager } from 'typeorm';
import { FehlerCode, Rolle } from '../../common/enums';
import { dbZeit } from '../../db/db-zeit';
import { inTransaktion } from '../../db/transaktion';
import { Aufrufer, RequestContext } from '../../graphql/context';
import { Fehler } from '../../graphql/fehler';
import { ApiSchluesselEntity } from './api-schluessel.entity';
import { BenutzerEntity } from './benutzer.entity';
import { SitzungEntity } from './sitzung.entity';
import { SITZUNG_PRAEFIX, neuesToken, sha256 } from './token';

/**
 * A bcrypt hash of a random password at the configured cost: compared against when the user does not
 * exist, so both paths cost the same and the answer time does not tell which user names exist.
 */
const dummyHashes = new Map<number, string>();
function dummyHash(kosten: number): string {
  let hash = dummyHashes.get(kosten);
  if (!hash) {
    hash = bcrypt.hashSync(`kein-benutzer-${randomBytes(16).toString('hex')}`, kosten);
    dummyHashes.set(kosten, hash);
  }
  return hash;
}

/** Stored as `passwortHash` of an invited user who has not chosen a password yet: no password matches it. */
export const KEIN_PASSWORT = '!';

export function passwortHashen(passwort: string, cost: number): Promise<string> {
  return bcrypt.hash(passwort, cost);
}

export interface AnmeldeErgebnis {
  token: string | null;
  benutzer: BenutzerEntity | null;
  fehler: Fehler[];
}

/**
 * Checks user name and password and opens a session. A wrong name and a wrong password answer the
 * same, in about the same time. Only the token's hash is stored.
 */
export async function anmelden(ctx: RequestContext, benutzername: string, passwort: string): Promise<AnmeldeErgebnis> {
  const benutzer = await ctx.ds.getRepository(BenutzerEntity).findOne({ where: { benutzername: benutzername.trim().toLowerCase(), aktiv: true } });
  const hash = benutzer && benutzer.passwortHash !== KEIN_PASSWORT ? benutzer.passwortHash : dummyHash(ctx.config.bcryptCost);
  const passt = await bcrypt.compare(passwort, hash);
  if (!benutzer || !passt) {
    return { token: null, benutzer: null, fehler: [Fehler.von(FehlerCode.ANMELDUNG_FEHLGESCHLAGEN, 'Benutzername oder Passwort ist falsch.')] };
  }
  const jetzt = ctx.clock.now();
  const sitzung = await inTransaktion(ctx.ds, (m) => sitzungOeffnen(ctx, m, benutzer, jetzt));
  ctx.cookie.setzen(sitzung.token, sitzung.ablaufAm);
  return { token: sitzung.token, benutzer, fehler: [] };
}

/** Verifies a password against a user's stored hash (false for a user without password). */
export function passwortStimmt(benutzer: BenutzerEntity, passwort: string): Promise<boolean> {
  return bcrypt.compare(passwort, benutzer.passwortHash !== KEIN_PASSWORT ? benutzer.passwortHash : dummyHash(10));
}

/**
 * Opens a session for the user inside the caller's transaction and records the login time. The
 * caller sets the cookie after the commit.
 */
export async function sitzungOeffnen(ctx: RequestContext, m: EntityManager, benutzer: BenutzerEntity, jetzt: Date): Promise<{ token: string; ablaufAm: Date }> {
  const token = neuesToken(SITZUNG_PRAEFIX);
  const ablaufAm = new Date(jetzt.getTime() + ctx.config.sitzungStunden * 3_600_000);
  await m.insert(SitzungEntity, { tokenHash: sha256(token), benutzerId: benutzer.id, erstelltAm: jetzt, ablaufAm, beendetAm: null });
  await m.update(BenutzerEntity, { id: benutzer.id }, { letzteAnmeldung: jetzt });
  benutzer.letzteAnmeldung = jetzt;
  return { token, ablaufAm };
}

/** Ends the caller's session (the token stops working at once). True when a session was ended. */
export async function abmelden(ctx: RequestContext): Promise<boolean> {
  ctx.cookie.loeschen();
  if (ctx.aufrufer?.art !== 'BENUTZER') return false;
  const r = await ctx.ds.getRepository(SitzungEntity).update({ id: ctx.aufrufer.sitzungId }, { beendetAm: ctx.clock.now() });
  return (r.affected ?? 0) > 0;
}

/**
 * Resolves a bearer token or cookie value to the caller, in one SQL statement: a session (prefix
 * `sst_`) of an active user, or an unrevoked API key with its linked shops. Null for anything else.
 */
export async function aufruferAusToken(ds: DataSource, token: string, jetzt: Date): Promise<Aufrufer | null> {
  if (token.length > 200) return null;
  const hash = sha256(token);
  if (token.startsWith(SITZUNG_PRAEFIX)) {
    // Written by hand: this runs before every request, and the query builder cost more than the statement (issue 6).
    const [row] = (await ds.query(
      'SELECT s.id AS sitzungId, b.id AS benutzerId, b.benutzername AS benutzername, b.name AS name, b.rolle AS rolle, b.werkstattId AS werkstattId, ' +
        'b.istAdmin AS istAdmin, b.email AS email, b.letzteAnmeldung AS letzteAnmeldung ' +
        'FROM sitzung s INNER JOIN benutzer b ON b.id = s.benutzerId WHERE s.tokenHash = ? AND s.beendetAm IS NULL AND s.ablaufAm > ? AND b.aktiv = 1',
      [hash, dbZeit(ds, jetzt)],
    )) as { sitzungId: number; benutzerId: number; benutzername: string; name: string; rolle: Rolle.WERKSTATT | Rolle.INTERN; werkstattId: number | null; istAdmin: number | boolean; email: string | null; letzteAnmeldung: Date | string | null }[];
    if (!row) return null;
    return {
      art: 'BENUTZER',
      rolle: row.rolle,
      sitzungId: Number(row.sitzungId),
      benutzerId: Number(row.benutzerId),
      benutzername: row.benutzername,
      name: row.name,
      werkstattId: row.werkstattId === null ? null : Number(row.werkstattId),
      istAdmin: Boolean(row.istAdmin),
      email: row.email ?? null,
      letzteAnmeldung: rohZeit(row.letzteAnmeldung),
    };
  }
  const rows = await ds
    .getRepository(ApiSchluesselEntity)
    .createQueryBuilder('k')
    .leftJoin('api_schluessel_werkstatt', 'l', 'l.apiSchluesselId = k.id')
    .select(['k.id AS id', 'k.name AS name', 'k.kalkulationssystem AS kalkulationssystem', 'l.werkstattId AS werkstattId'])
    .where('k.schluesselHash = :hash', { hash })
    .andWhere('k.widerrufenAm IS NULL')
    .getRawMany<{ id: number; name: string; kalkulationssystem: ApiSchluesselEntity['kalkulationssystem']; werkstattId: number | null }>();
  if (rows.length === 0) return null;
  return {
    art: 'API_SCHLUESSEL',
    rolle: Rolle.KALKULATION,
    apiSchluesselId: Number(rows[0].id),
    name: rows[0].name,
    kalkulationssystem: rows[0].kalkulationssystem,
    werkstattIds: rows.filter((r) => r.werkstattId !== null).map((r) => Number(r.werkstattId)),
  };
}

/** A datetime read with getRawOne: a Date (MariaDB) or `YYYY-MM-DD HH:MM:SS.SSS` UTC text (SQLite). */
function rohZeit(wert: Date | string | null | undefined): Date | null {
  if (wert === null || wert === undefined) return null;
  if (wert instanceof Date) return wert;
  const d = new Date(`${wert.replace(' ', 'T')}${/Z$|[+-]\d\d:?\d\d$/.test(wert) ? '' : 'Z'}`);
  return Number.isNaN(d.getTime()) ? null : d;
}
