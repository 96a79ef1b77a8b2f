import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { FehlerCode, Kalkulationssystem, Rolle } from '../../common/enums';
import { dbZeit } from '../../db/db-zeit';
import { istEindeutigkeitsVerletzung } from '../../db/idempotenz.service';
import { inTransaktion, zeilensperre } from '../../db/transaktion';
import { akteurVon } from '../../graphql/anwendungsfall';
import { Aufrufer, BenutzerAufrufer, RequestContext } from '../../graphql/context';
import { FachlicherFehler, Fehler, keinZugriff } from '../../graphql/fehler';
import { einzeiligePflicht, einzeiligerText, validieren } from '../../graphql/validierung';
import type { Akteur, Vorgang } from '../auftrag/auftrag-lifecycle.service';
import { BenachrichtigungAnlass } from '../benachrichtigung/benachrichtigung.entity';
import { benachrichtigungEinreihen } from '../benachrichtigung/outbox.service';
import { KEIN_PASSWORT, passwortHashen, passwortStimmt, sitzungOeffnen } from './auth.service';
import { BenutzerEntity } from './benutzer.entity';
import { EINLADUNG_PFAD, PASSWORT_ZURUECKSETZEN_PFAD, einladungsMail, kontoLink, zuruecksetzenMail } from './konto-mails';
import { KontoAenderungArt } from './konto-protokoll.entity';
import { kontoProtokollieren } from './konto-protokoll.service';
import { KontoTokenArt, KontoTokenEntity } from './konto-token.entity';
import { passwortPruefen } from './passwort-regeln';
import { SitzungEntity } from './sitzung.entity';
import { neuesToken, sha256 } from './token';
import { WerkstattEntity } from './werkstatt.entity';

/**
 * Accounts and onboarding (issue 5): shops created by staff, users invited by staff or their shop's
 * admin, invitations and password resets by single-use e-mailed tokens, password changes,
 * deactivation. Every change writes the account audit trail in its own transaction.
 */

/** An invitation link is valid for 7 days, a reset link for 1 hour. */
export const EINLADUNG_GUELTIG_MS = 7 * 86_400_000;
export const RESET_GUELTIG_MS = 3_600_000;

export interface KontoErgebnis<T> {
  wert: T | null;
  fehler: Fehler[];
}

// ---------------------------------------------------------------------------------------------
// Validation

const BENUTZERNAME = /^[a-z0-9._@-]{3,100}$/;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/u;

const benutzernameSchema = z
  .string()
  .transform((b) => b.trim().toLowerCase())
  .refine((b) => BENUTZERNAME.test(b), { error: 'Benutzername: 3 bis 100 Zeichen aus a–z, 0–9 und . _ @ -.' });
export const emailSchema = z
  .string()
  .transform((e) => e.trim())
  .refine((e) => e.length <= 254 && EMAIL.test(e), { error: 'Bitte eine gültige E-Mail-Adresse angeben, z. B. name@werkstatt.de.' });
const idSchema = (was: string) => z.string().regex(/^\d{1,10}$/, { error: `${was}: keine gültige ID.` }).transform(Number);

const neuerBenutzerSchema = z.object({
  name: einzeiligePflicht('Name', 200),
  email: emailSchema,
  benutzername: benutzernameSchema,
});

const werkstattAnlegenSchema = z.object({
  partnerNummer: z
    .string()
    .transform((p) => p.trim().toUpperCase())
    .refine((p) => /^[A-Z0-9][A-Z0-9-]{0,19}$/.test(p), { error: 'Partnernummer: 1 bis 20 Zeichen aus Buchstaben, Ziffern und „-“.' }),
  name: einzeiligePflicht('Name der Werkstatt', 200),
  ort: einzeiligerText('Ort', 100).nullish(),
  email: emailSchema,
  kalkulationssystem: z.nativeEnum(Kalkulationssystem),
  admin: neuerBenutzerSchema,
});

const einladenSchema = neuerBenutzerSchema.extend({
  werkstattId: idSchema('Werkstatt').nullish(),
  istAdmin: z.boolean().nullish(),
});

// ---------------------------------------------------------------------------------------------
// Helpers

/** Runs one account use case in a transaction; a FachlicherFehler rolls it back and becomes `fehler`. */
async function vorgang<T>(ctx: RequestContext, akteur: Akteur, fn: (v: Vorgang) => Promise<T>): Promise<KontoErgebnis<T>> {
  try {
    return { wert: await inTransaktion(ctx.ds, (m) => fn({ m, jetzt: ctx.clock.now(), akteur })), fehler: [] };
  } catch (e) {
    if (e instanceof FachlicherFehler) return { wert: null, fehler: e.fehler };
    throw e;
  }
}

function benutzerAufrufer(ctx: RequestContext): BenutzerAufrufer {
  const a = ctx.aufrufer;
  if (a?.art !== 'BENUTZER') throw keinZugriff();
  return a;
}

/**
 * The shop whose accounts the caller manages: staff name one (`werkstattId`), a shop admin manages
 * only its own; a shop employee who is not admin may not (FORBIDDEN). Another shop's id answers
 * NICHT_GEFUNDEN, like a shop that does not exist.
 */
export function verwalteteWerkstatt(aufrufer: Aufrufer, werkstattId: number | null | undefined, feld = ['input', 'werkstattId']): number {
  if (aufrufer.art !== 'BENUTZER') throw keinZugriff();
  if (aufrufer.rolle === Rolle.INTERN) {
    if (werkstattId === null || werkstattId === undefined) throw FachlicherFehler.von(FehlerCode.VALIDIERUNG, 'Bitte die Werkstatt angeben.', feld);
    return werkstattId;
  }
  if (!aufrufer.istAdmin || aufrufer.werkstattId === null) throw keinZugriff();
  if (werkstattId !== null && werkstattId !== undefined && werkstattId !== aufrufer.werkstattId) throw werkstattNichtGefunden(feld);
  return aufrufer.werkstattId;
}

/** Staff, or a shop admin (FORBIDDEN otherwise): who may read and manage shop accounts. */
export function darfKontenVerwalten(aufrufer: Aufrufer): void {
  if (aufrufer.art !== 'BENUTZER') throw keinZugriff();
  if (aufrufer.rolle !== Rolle.INTERN && !aufrufer.istAdmin) throw keinZugriff();
}

const werkstattNichtGefunden = (feld = ['input', 'werkstattId']) => FachlicherFehler.von(FehlerCode.NICHT_GEFUNDEN, 'Diese Werkstatt gibt es nicht.', feld);
const benutzerNichtGefunden = () => FachlicherFehler.von(FehlerCode.NICHT_GEFUNDEN, 'Diesen Benutzer gibt es nicht.', ['input', 'benutzerId']);
const tokenUngueltig = () =>
  FachlicherFehler.von(
    FehlerCode.TOKEN_UNGUELTIG,
    'Der Link ist ungültig, abgelaufen oder wurde bereits verwendet. Fordern Sie auf der Anmeldeseite über „Passwort vergessen“ einen neuen an.',
    ['input', 'token'],
  );

function passwortFehler(passwort: string, benutzer: { benutzername: string; name: string; email: string | null }, feld: string): Fehler | null {
  const problem = passwortPruefen(passwort, benutzer.benutzername, [benutzer.name, benutzer.email ?? '']);
  return problem ? Fehler.von(FehlerCode.VALIDIERUNG, problem, ['input', feld]) : null;
}

/** Ends the user's open sessions (all, or all but one); returns how many. */
async function sitzungenBeenden(m: EntityManager, benutzerId: number, jetzt: Date, ausser: number | null = null): Promise<number> {
  const qb = m
    .createQueryBuilder()
    .update(SitzungEntity)
    .set({ beendetAm: jetzt })
    .where('benutzerId = :benutzerId', { benutzerId })
    .andWhere('beendetAm IS NULL')
    .andWhere('ablaufAm > :jetzt', { jetzt: dbZeit(m.connection, jetzt) });
  if (ausser !== null) qb.andWhere('id <> :ausser', { ausser });
  const r = await qb.execute();
  return r.affected ?? 0;
}

/** Marks the user's unused tokens (of the given kinds) used, so older links stop working. */
async function tokensEntwerten(m: EntityManager, benutzerId: number, jetzt: Date, arten: KontoTokenArt[]): Promise<void> {
  await m
    .createQueryBuilder()
    .update(KontoTokenEntity)
    .set({ verwendetAm: jetzt })
    .where('benutzerId = :benutzerId', { benutzerId })
    .andWhere('verwendetAm IS NULL')
    .andWhere('art IN (:...arten)', { arten })
    .execute();
}

async function tokenAusstellen(v: Vorgang, benutzerId: number, art: KontoTokenArt): Promise<{ token: string; ablaufAm: Date }> {
  const token = neuesToken('');
  const ablaufAm = new Date(v.jetzt.getTime() + (art === KontoTokenArt.EINLADUNG ? EINLADUNG_GUELTIG_MS : RESET_GUELTIG_MS));
  await v.m.insert(KontoTokenEntity, { art, tokenHash: sha256(token), benutzerId, erstelltAm: v.jetzt, ablaufAm, verwendetAm: null });
  return { token, ablaufAm };
}

/** Sends the invitation: a token valid 7 days, the mail through the outbox. */
async function einladungSenden(ctx: RequestContext, v: Vorgang, b: BenutzerEntity, werkstatt: WerkstattEntity | null): Promise<void> {
  const { token, ablaufAm } = await tokenAusstellen(v, b.id, KontoTokenArt.EINLADUNG);
  const mail = einladungsMail({
    name: b.name,
    benutzername: b.benutzername,
    werkstatt: werkstatt?.name ?? null,
    istAdmin: b.istAdmin,
    einladender: v.akteur.name,
    link: kontoLink(ctx.config.basisUrl, EINLADUNG_PFAD, token),
    gueltigBis: ablaufAm,
  });
  await benachrichtigungEinreihen(v, { auftragId: null, anlass: BenachrichtigungAnlass.KONTO, empfaenger: b.email!, ...mail });
}

async function benutzerEinfuegen(
  v: Vorgang,
  d: { name: string; email: string; benutzername: string; werkstattId: number | null; istAdmin: boolean; rolle: Rolle.WERKSTATT | Rolle.INTERN },
  feldPraefix: string[],
): Promise<BenutzerEntity> {
  if (await v.m.getRepository(BenutzerEntity).exists({ where: { benutzername: d.benutzername } })) {
    throw FachlicherFehler.von(FehlerCode.BEREITS_VORHANDEN, `Der Benutzername „${d.benutzername}“ ist bereits vergeben.`, [...feldPraefix, 'benutzername']);
  }
  const b = v.m.getRepository(BenutzerEntity).create({
    benutzername: d.benutzername,
    name: d.name,
    email: d.email,
    passwortHash: KEIN_PASSWORT,
    rolle: d.rolle,
    werkstattId: d.werkstattId,
    istAdmin: d.istAdmin,
    aktiv: true,
    letzteAnmeldung: null,
    erstelltAm: v.jetzt,
  });
  await v.m.insert(BenutzerEntity, b);
  return b;
}

// ---------------------------------------------------------------------------------------------
// Use cases

export interface WerkstattAnlegenDaten {
  partnerNummer: string;
  name: string;
  ort?: string | null;
  email: string;
  kalkulationssystem: Kalkulationssystem;
  admin: { name: string; email: string; benutzername: string };
}

/** Staff create a shop with its first admin, who receives an invitation e-mail. */
export async function werkstattAnlegen(ctx: RequestContext, input: WerkstattAnlegenDaten): Promise<KontoErgebnis<{ werkstatt: WerkstattEntity; admin: BenutzerEntity }>> {
  const g = validieren(werkstattAnlegenSchema, input);
  if (!g.ok) return { wert: null, fehler: g.fehler };
  const d = g.wert;
  const a = benutzerAufrufer(ctx);
  try {
    return await vorgang(ctx, await akteurVon(ctx), async (v) => {
      if (await v.m.getRepository(WerkstattEntity).exists({ where: { partnerNummer: d.partnerNummer } })) {
        throw FachlicherFehler.von(FehlerCode.BEREITS_VORHANDEN, `Die Partnernummer ${d.partnerNummer} ist bereits vergeben.`, ['input', 'partnerNummer']);
      }
      const werkstatt = v.m.getRepository(WerkstattEntity).create({
        partnerNummer: d.partnerNummer,
        name: d.name,
        ort: d.ort ?? null,
        kalkulationssystem: d.kalkulationssystem,
        email: d.email,
        erstelltAm: v.jetzt,
      });
      await v.m.insert(WerkstattEntity, werkstatt);
      const admin = await benutzerEinfuegen(v, { ...d.admin, werkstattId: werkstatt.id, istAdmin: true, rolle: Rolle.WERKSTATT }, ['input', 'admin']);
      await kontoProtokollieren(v, {
        art: KontoAenderungArt.WERKSTATT_ANGELEGT,
        beschreibung: `Werkstatt „${werkstatt.name}“ (${werkstatt.partnerNummer}) angelegt.`,
        werkstattId: werkstatt.id,
        akteurBenutzerId: a.benutzerId,
      });
      await kontoProtokollieren(v, {
        art: KontoAenderungArt.BENUTZER_EINGELADEN,
        beschreibung: `${admin.name} (${admin.benutzername}) als Administrator/in eingeladen.`,
        benutzerId: admin.id,
        werkstattId: werkstatt.id,
        akteurBenutzerId: a.benutzerId,
      });
      await einladungSenden(ctx, v, admin, werkstatt);
      return { werkstatt, admin };
    });
  } catch (e) {
    if (istEindeutigkeitsVerletzung(e)) return { wert: null, fehler: [Fehler.von(FehlerCode.BEREITS_VORHANDEN, 'Partnernummer oder Benutzername ist bereits vergeben.', ['input'])] };
    throw e;
  }
}

export interface BenutzerEinladenDaten {
  werkstattId?: string | null;
  name: string;
  email: string;
  benutzername: string;
  istAdmin?: boolean | null;
}

/** A shop admin (own shop) or staff (any shop) invite a user, who receives an invitation e-mail. */
export async function benutzerEinladen(ctx: RequestContext, input: BenutzerEinladenDaten): Promise<KontoErgebnis<BenutzerEntity>> {
  const a = benutzerAufrufer(ctx);
  darfKontenVerwalten(a);
  const g = validieren(einladenSchema, input);
  if (!g.ok) return { wert: null, fehler: g.fehler };
  const d = g.wert;
  try {
    return await vorgang(ctx, await akteurVon(ctx), async (v) => {
      const werkstattId = verwalteteWerkstatt(a, d.werkstattId);
      const werkstatt = await v.m.getRepository(WerkstattEntity).findOneBy({ id: werkstattId });
      if (!werkstatt) throw werkstattNichtGefunden();
      const b = await benutzerEinfuegen(v, { name: d.name, email: d.email, benutzername: d.benutzername, werkstattId, istAdmin: d.istAdmin ?? false, rolle: Rolle.WERKSTATT }, ['input']);
      await kontoProtokollieren(v, {
        art: KontoAenderungArt.BENUTZER_EINGELADEN,
        beschreibung: `${b.name} (${b.benutzername}) ${b.istAdmin ? 'als Administrator/in' : 'als Mitarbeiter/in'} eingeladen.`,
        benutzerId: b.id,
        werkstattId,
        akteurBenutzerId: a.benutzerId,
      });
      await einladungSenden(ctx, v, b, werkstatt);
      return b;
    });
  } catch (e) {
    if (istEindeutigkeitsVerletzung(e)) return { wert: null, fehler: [Fehler.von(FehlerCode.BEREITS_VORHANDEN, `Der Benutzername „${d.benutzername}“ ist bereits vergeben.`, ['input', 'benutzername'])] };
    throw e;
  }
}

export interface AnmeldungNachToken {
  token: string;
  benutzer: BenutzerEntity;
}

/**
 * Redeems an e-mailed token (invitation or reset) with a new password and logs the user in. The token
 * is single-use: it is marked used in the same transaction that sets the password, by a conditional
 * update, so two concurrent uses cannot both succeed. All of the user's other open tokens of these
 * kinds stop working; a reset also ends every session.
 */
export async function mitTokenPasswortSetzen(ctx: RequestContext, art: KontoTokenArt, input: { token: string; passwort: string }): Promise<KontoErgebnis<AnmeldungNachToken>> {
  const jetzt = ctx.clock.now();
  const token = input.token.trim();
  // Look the token up first (no transaction) to check the password against the user name and hash it
  // outside the transaction: bcrypt is slow and SQLite runs write transactions one at a time.
  const gefunden =
    token.length > 0 && token.length <= 200
      ? await ctx.ds
          .getRepository(KontoTokenEntity)
          .createQueryBuilder('t')
          .innerJoinAndSelect('t.benutzer', 'b')
          .where('t.tokenHash = :hash', { hash: sha256(token) })
          .andWhere('t.art = :art', { art })
          .getOne()
      : null;
  if (!gefunden || gefunden.verwendetAm !== null || gefunden.ablaufAm.getTime() <= jetzt.getTime() || !gefunden.benutzer?.aktiv) return { wert: null, fehler: tokenUngueltig().fehler };
  const benutzer = gefunden.benutzer;
  const problem = passwortFehler(input.passwort, benutzer, 'passwort');
  if (problem) return { wert: null, fehler: [problem] };
  const hash = await passwortHashen(input.passwort, ctx.config.bcryptCost);
  const akteur: Akteur = { name: benutzer.name, rolle: benutzer.rolle };
  const r = await vorgang(ctx, akteur, async (v) => {
    const eingeloest = await v.m
      .createQueryBuilder()
      .update(KontoTokenEntity)
      .set({ verwendetAm: v.jetzt })
      .where('id = :id', { id: gefunden.id })
      .andWhere('verwendetAm IS NULL')
      .andWhere('ablaufAm > :jetzt', { jetzt: dbZeit(v.m.connection, v.jetzt) })
      .execute();
    if ((eingeloest.affected ?? 0) !== 1) throw tokenUngueltig();
    const b = await v.m.getRepository(BenutzerEntity).findOne({ where: { id: benutzer.id }, lock: zeilensperre(v.m) });
    if (!b || !b.aktiv) throw tokenUngueltig();
    await v.m.update(BenutzerEntity, { id: b.id }, { passwortHash: hash });
    await tokensEntwerten(v.m, b.id, v.jetzt, [KontoTokenArt.EINLADUNG, KontoTokenArt.RESET]);
    const beendet = art === KontoTokenArt.RESET ? await sitzungenBeenden(v.m, b.id, v.jetzt) : 0;
    await kontoProtokollieren(v, {
      art: art === KontoTokenArt.EINLADUNG ? KontoAenderungArt.EINLADUNG_ANGENOMMEN : KontoAenderungArt.PASSWORT_ZURUECKGESETZT,
      beschreibung:
        art === KontoTokenArt.EINLADUNG
          ? `${b.name} (${b.benutzername}) hat die Einladung angenommen und ein Passwort festgelegt.`
          : `${b.name} (${b.benutzername}) hat über den E-Mail-Link ein neues Passwort festgelegt${beendet ? `; ${beendet} Sitzung(en) beendet` : ''}.`,
      benutzerId: b.id,
      werkstattId: b.werkstattId,
      akteurBenutzerId: b.id,
    });
    const sitzung = await sitzungOeffnen(ctx, v.m, b, v.jetzt);
    b.passwortHash = hash;
    return { sitzung, benutzer: b };
  });
  if (!r.wert) return { wert: null, fehler: r.fehler };
  ctx.cookie.setzen(r.wert.sitzung.token, r.wert.sitzung.ablaufAm);
  return { wert: { token: r.wert.sitzung.token, benutzer: r.wert.benutzer }, fehler: [] };
}

/**
 * "Passwort vergessen": answers at once and the same whatever was entered; the lookup and the mail
 * happen after the answer (ctx.hintergrund), so neither the answer, its timing nor its SQL statements
 * tell whether an account exists. Every active account whose user name or e-mail matches gets a reset
 * link valid for one hour; an earlier unused link stops working.
 */
export function passwortVergessen(ctx: RequestContext, input: { benutzernameOderEmail: string }): boolean {
  const kennung = input.benutzernameOderEmail.trim().toLowerCase();
  if (kennung.length === 0 || kennung.length > 254) return true;
  ctx.hintergrund(async () => {
    // Brakes against flooding an inbox: per address, and at most a few mails per account and hour.
    // The answer above is the same either way.
    if (!(await ctx.drosseln.resetAnfrageErlaubt(ctx.clientAdresse))) return;
    const treffer = await ctx.ds
      .getRepository(BenutzerEntity)
      .createQueryBuilder('b')
      .where('b.aktiv = :aktiv', { aktiv: true })
      .andWhere('b.email IS NOT NULL')
      .andWhere('(b.benutzername = :k OR LOWER(b.email) = :k)', { k: kennung })
      .getMany();
    for (const b of treffer) {
      if (!(await ctx.drosseln.resetMailErlaubt(b.id))) continue;
      await inTransaktion(ctx.ds, async (m) => {
        const v: Vorgang = { m, jetzt: ctx.clock.now(), akteur: { name: `${b.name} (Passwort vergessen)`, rolle: 'SYSTEM' } };
        await tokensEntwerten(m, b.id, v.jetzt, [KontoTokenArt.RESET]);
        const { token, ablaufAm } = await tokenAusstellen(v, b.id, KontoTokenArt.RESET);
        const mail = zuruecksetzenMail({ name: b.name, benutzername: b.benutzername, link: kontoLink(ctx.config.basisUrl, PASSWORT_ZURUECKSETZEN_PFAD, token), gueltigBis: ablaufAm });
        await benachrichtigungEinreihen(v, { auftragId: null, anlass: BenachrichtigungAnlass.KONTO, empfaenger: b.email!, ...mail });
        await kontoProtokollieren(v, {
          art: KontoAenderungArt.PASSWORT_VERGESSEN,
          beschreibung: `Link zum Zurücksetzen des Passworts an ${b.name} (${b.benutzername}) gesendet.`,
          benutzerId: b.id,
          werkstattId: b.werkstattId,
          akteurBenutzerId: null,
        });
      });
    }
  });
  return true;
}

/** The logged-in user changes their password (old one required); their other sessions end. */
export async function passwortAendern(ctx: RequestContext, input: { altesPasswort: string; neuesPasswort: string }): Promise<KontoErgebnis<BenutzerEntity>> {
  const a = benutzerAufrufer(ctx);
  const b = await ctx.ds.getRepository(BenutzerEntity).findOneByOrFail({ id: a.benutzerId });
  // Wrong old passwords count like failed logins: a taken-over session cannot guess it without limit.
  const warten = await ctx.drosseln.kontoPausiert(b.benutzername);
  if (warten !== null) {
    return { wert: null, fehler: [Fehler.von(FehlerCode.ANMELDUNG_FEHLGESCHLAGEN, `Zu viele falsche Versuche. Bitte warten Sie ${Math.ceil(warten / 60)} Minuten.`, ['input', 'altesPasswort'])] };
  }
  const stimmt = await passwortStimmt(b, input.altesPasswort);
  await ctx.drosseln.anmeldungErgebnis(b.benutzername, stimmt);
  if (!stimmt) {
    return { wert: null, fehler: [Fehler.von(FehlerCode.ANMELDUNG_FEHLGESCHLAGEN, 'Das bisherige Passwort ist falsch.', ['input', 'altesPasswort'])] };
  }
  const problem = passwortFehler(input.neuesPasswort, b, 'neuesPasswort');
  if (problem) return { wert: null, fehler: [problem] };
  if (input.neuesPasswort === input.altesPasswort) {
    return { wert: null, fehler: [Fehler.von(FehlerCode.VALIDIERUNG, 'Das neue Passwort muss sich vom bisherigen unterscheiden.', ['input', 'neuesPasswort'])] };
  }
  const hash = await passwortHashen(input.neuesPasswort, ctx.config.bcryptCost);
  return vorgang(ctx, await akteurVon(ctx), async (v) => {
    await v.m.update(BenutzerEntity, { id: b.id }, { passwortHash: hash });
    const beendet = await sitzungenBeenden(v.m, b.id, v.jetzt, a.sitzungId);
    await tokensEntwerten(v.m, b.id, v.jetzt, [KontoTokenArt.RESET]);
    await kontoProtokollieren(v, {
      art: KontoAenderungArt.PASSWORT_GEAENDERT,
      beschreibung: `Passwort geändert; ${beendet} andere Sitzung(en) beendet.`,
      benutzerId: b.id,
      werkstattId: b.werkstattId,
      akteurBenutzerId: a.benutzerId,
    });
    return b;
  });
}

/** "Überall sonst abmelden": ends the caller's other sessions; returns how many. */
export async function andereSitzungenBeenden(ctx: RequestContext): Promise<number> {
  const a = benutzerAufrufer(ctx);
  const r = await vorgang(ctx, await akteurVon(ctx), async (v) => {
    const beendet = await sitzungenBeenden(v.m, a.benutzerId, v.jetzt, a.sitzungId);
    await kontoProtokollieren(v, {
      art: KontoAenderungArt.SITZUNGEN_BEENDET,
      beschreibung: `${beendet} andere Sitzung(en) beendet.`,
      benutzerId: a.benutzerId,
      werkstattId: a.werkstattId,
      akteurBenutzerId: a.benutzerId,
    });
    return beendet;
  });
  return r.wert ?? 0;
}

/**
 * Deactivates a user (shop admin: own shop; staff: any): the user's sessions end at once and open
 * links stop working. The last active admin of a shop cannot be deactivated (LETZTER_ADMIN).
 */
export async function benutzerDeaktivieren(ctx: RequestContext, input: { benutzerId: string }): Promise<KontoErgebnis<BenutzerEntity>> {
  const a = benutzerAufrufer(ctx);
  darfKontenVerwalten(a);
  const g = validieren(z.object({ benutzerId: idSchema('Benutzer') }), input);
  if (!g.ok) return { wert: null, fehler: g.fehler };
  return vorgang(ctx, await akteurVon(ctx), async (v) => {
    const ziel = await v.m.getRepository(BenutzerEntity).findOneBy({ id: g.wert.benutzerId });
    if (!ziel) throw benutzerNichtGefunden();
    if (a.rolle !== Rolle.INTERN && ziel.werkstattId !== a.werkstattId) throw benutzerNichtGefunden();
    if (ziel.werkstattId !== null) {
      // One admin at a time per shop: two admins deactivating each other cannot both succeed.
      await v.m.getRepository(WerkstattEntity).findOne({ where: { id: ziel.werkstattId }, lock: zeilensperre(v.m) });
    }
    const b = await v.m.getRepository(BenutzerEntity).findOneByOrFail({ id: ziel.id });
    if (!b.aktiv) throw FachlicherFehler.von(FehlerCode.STATUS_UNGUELTIG, 'Der Benutzer ist bereits deaktiviert.', ['input', 'benutzerId']);
    if (b.istAdmin && b.werkstattId !== null) {
      const aktiveAdmins = await v.m.getRepository(BenutzerEntity).countBy({ werkstattId: b.werkstattId, istAdmin: true, aktiv: true });
      if (aktiveAdmins <= 1) {
        throw FachlicherFehler.von(
          FehlerCode.LETZTER_ADMIN,
          'Das ist der letzte aktive Administrator der Werkstatt. Laden Sie zuerst einen weiteren Administrator ein.',
          ['input', 'benutzerId'],
        );
      }
    }
    await v.m.update(BenutzerEntity, { id: b.id }, { aktiv: false });
    b.aktiv = false;
    const beendet = await sitzungenBeenden(v.m, b.id, v.jetzt);
    await tokensEntwerten(v.m, b.id, v.jetzt, [KontoTokenArt.EINLADUNG, KontoTokenArt.RESET]);
    await kontoProtokollieren(v, {
      art: KontoAenderungArt.BENUTZER_DEAKTIVIERT,
      beschreibung: `${b.name} (${b.benutzername}) deaktiviert; ${beendet} Sitzung(en) beendet.`,
      benutzerId: b.id,
      werkstattId: b.werkstattId,
      akteurBenutzerId: a.benutzerId,
    });
    return b;
  });
}

/** A shop admin (own shop) or staff change the address that receives the shop's system e-mails. */
export async function werkstattEinstellungenAendern(ctx: RequestContext, input: { werkstattId?: string | null; email: string }): Promise<KontoErgebnis<WerkstattEntity>> {
  const a = benutzerAufrufer(ctx);
  darfKontenVerwalten(a);
  const g = validieren(z.object({ werkstattId: idSchema('Werkstatt').nullish(), email: emailSchema }), input);
  if (!g.ok) return { wert: null, fehler: g.fehler };
  return vorgang(ctx, await akteurVon(ctx), async (v) => {
    const werkstattId = verwalteteWerkstatt(a, g.wert.werkstattId);
    const w = await v.m.getRepository(WerkstattEntity).findOne({ where: { id: werkstattId }, lock: zeilensperre(v.m) });
    if (!w) throw werkstattNichtGefunden();
    const vorher = w.email;
    await v.m.update(WerkstattEntity, { id: w.id }, { email: g.wert.email });
    w.email = g.wert.email;
    await kontoProtokollieren(v, {
      art: KontoAenderungArt.WERKSTATT_GEAENDERT,
      beschreibung: `Adresse für System-E-Mails von ${vorher} auf ${w.email} geändert.`,
      werkstattId: w.id,
      akteurBenutzerId: a.benutzerId,
    });
    return w;
  });
}
