import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Rolle } from '../../common/enums';
import { akteurVon } from '../../graphql/anwendungsfall';
import { RequestContext } from '../../graphql/context';
import { firstPruefen } from '../../graphql/pagination';
import { ANGEMELDET, OEFFENTLICH, Zugriff } from '../../graphql/zugriff';
import { AnmeldenPayload } from './identity.resolver';
import { Werkstatt } from './identity.types';
import { apiSchluesselErstellen, apiSchluesselListe, apiSchluesselWiderrufen, Verwaltung } from './api-schluessel.service';
import { KontoTokenArt } from './konto-token.entity';
import { apiSchluesselAnzeigen, benutzerAnzeigen, benutzerListe, kontoProtokollListe, werkstattLesen } from './konto-lesen.service';
import {
  andereSitzungenBeenden,
  benutzerDeaktivieren,
  benutzerEinladen,
  mitTokenPasswortSetzen,
  passwortAendern,
  passwortVergessen,
  werkstattAnlegen,
  werkstattEinstellungenAendern,
} from './konto.service';
import {
  ApiSchluessel,
  ApiSchluesselErstellenInput,
  ApiSchluesselPayload,
  ApiSchluesselWiderrufenInput,
  BenutzerConnection,
  BenutzerDeaktivierenInput,
  BenutzerEinladenInput,
  BenutzerPayload,
  EinladungAnnehmenInput,
  KontoProtokollConnection,
  PasswortAendernInput,
  PasswortVergessenInput,
  PasswortZuruecksetzenInput,
  WerkstattAnlegenInput,
  WerkstattEinstellungenInput,
  WerkstattPayload,
} from './konto.types';
import { WerkstattEntity } from './werkstatt.entity';

async function verwaltung(ctx: RequestContext): Promise<Verwaltung> {
  const a = ctx.aufrufer!;
  return { ds: ctx.ds, clock: ctx.clock, akteur: await akteurVon(ctx), akteurBenutzerId: a.art === 'BENUTZER' ? a.benutzerId : null };
}

/** Accounts and onboarding: shops, users, invitations, passwords, API keys and the audit trail. */
@Resolver()
export class KontoResolver {
  @Zugriff(Rolle.INTERN)
  @Mutation(() => WerkstattPayload, { description: 'Legt eine Partnerwerkstatt mit ihrem ersten Administrator an; dieser erhält eine Einladung per E-Mail (7 Tage gültig).' })
  async werkstattAnlegen(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Werkstatt und erster Administrator.' }) input: WerkstattAnlegenInput): Promise<WerkstattPayload> {
    const r = await werkstattAnlegen(ctx, input);
    return { werkstatt: r.wert?.werkstatt ?? null, admin: r.wert ? await benutzerAnzeigen(ctx, r.wert.admin) : null, fehler: r.fehler };
  }

  @Zugriff(Rolle.WERKSTATT, Rolle.INTERN)
  @Mutation(() => BenutzerPayload, { description: 'Lädt einen Benutzer per E-Mail ein (Werkstatt-Administrator: in die eigene Werkstatt; Netzwerk: in jede). Der Link ist 7 Tage gültig.' })
  async benutzerEinladen(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Der neue Benutzer.' }) input: BenutzerEinladenInput): Promise<BenutzerPayload> {
    const r = await benutzerEinladen(ctx, input);
    return { benutzer: r.wert ? await benutzerAnzeigen(ctx, r.wert) : null, fehler: r.fehler };
  }

  @Zugriff(OEFFENTLICH)
  @Mutation(() => AnmeldenPayload, { description: 'Nimmt eine Einladung an: Token aus der E-Mail und neues Passwort; danach ist der Benutzer angemeldet.' })
  async einladungAnnehmen(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Token und Passwort.' }) input: EinladungAnnehmenInput): Promise<AnmeldenPayload> {
    const r = await mitTokenPasswortSetzen(ctx, KontoTokenArt.EINLADUNG, input);
    return { token: r.wert?.token ?? null, benutzer: r.wert ? await benutzerAnzeigen(ctx, r.wert.benutzer) : null, fehler: r.fehler };
  }

  @Zugriff(OEFFENTLICH)
  @Mutation(() => AnmeldenPayload, { description: 'Setzt mit dem Token aus der E-Mail „Passwort zurücksetzen“ ein neues Passwort, beendet alle Sitzungen und meldet den Benutzer an.' })
  async passwortZuruecksetzen(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Token und Passwort.' }) input: PasswortZuruecksetzenInput): Promise<AnmeldenPayload> {
    const r = await mitTokenPasswortSetzen(ctx, KontoTokenArt.RESET, input);
    return { token: r.wert?.token ?? null, benutzer: r.wert ? await benutzerAnzeigen(ctx, r.wert.benutzer) : null, fehler: r.fehler };
  }

  @Zugriff(OEFFENTLICH)
  @Mutation(() => Boolean, {
    description: 'Sendet einen Link zum Zurücksetzen des Passworts (1 Stunde gültig) an die E-Mail-Adresse des Kontos. Antwortet immer true, gleich ob es das Konto gibt.',
  })
  passwortVergessen(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Benutzername oder E-Mail-Adresse.' }) input: PasswortVergessenInput): boolean {
    return passwortVergessen(ctx, input);
  }

  @Zugriff(Rolle.WERKSTATT, Rolle.INTERN)
  @Mutation(() => BenutzerPayload, { description: 'Ändert das eigene Passwort (das bisherige ist nötig) und beendet alle anderen Sitzungen des Benutzers.' })
  async passwortAendern(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Bisheriges und neues Passwort.' }) input: PasswortAendernInput): Promise<BenutzerPayload> {
    const r = await passwortAendern(ctx, input);
    return { benutzer: r.wert ? await benutzerAnzeigen(ctx, r.wert) : null, fehler: r.fehler };
  }

  @Zugriff(Rolle.WERKSTATT, Rolle.INTERN)
  @Mutation(() => Int, { description: 'Beendet alle anderen Sitzungen des Aufrufers („überall sonst abmelden“); liefert ihre Anzahl.' })
  andereSitzungenBeenden(@Ctx() ctx: RequestContext): Promise<number> {
    return andereSitzungenBeenden(ctx);
  }

  @Zugriff(Rolle.WERKSTATT, Rolle.INTERN)
  @Mutation(() => BenutzerPayload, { description: 'Deaktiviert einen Benutzer (Werkstatt-Administrator: der eigenen Werkstatt; Netzwerk: jeden) und beendet sofort seine Sitzungen. Der letzte aktive Administrator einer Werkstatt bleibt.' })
  async benutzerDeaktivieren(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Der Benutzer.' }) input: BenutzerDeaktivierenInput): Promise<BenutzerPayload> {
    const r = await benutzerDeaktivieren(ctx, input);
    return { benutzer: r.wert ? await benutzerAnzeigen(ctx, r.wert) : null, fehler: r.fehler };
  }

  @Zugriff(Rolle.WERKSTATT, Rolle.INTERN)
  @Mutation(() => WerkstattPayload, { description: 'Ändert die Einstellungen einer Werkstatt: die Adresse für ihre System-E-Mails (Werkstatt-Administrator: der eigenen; Netzwerk: jeder).' })
  async werkstattEinstellungenAendern(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Die neuen Einstellungen.' }) input: WerkstattEinstellungenInput): Promise<WerkstattPayload> {
    const r = await werkstattEinstellungenAendern(ctx, input);
    return { werkstatt: r.wert, admin: null, fehler: r.fehler };
  }

  @Zugriff(Rolle.INTERN)
  @Mutation(() => ApiSchluesselPayload, { description: 'Erstellt einen API-Schlüssel für ein Kalkulationssystem; der Schlüssel steht nur in dieser Antwort (`schluessel`) und wird nur als Hash gespeichert.' })
  async apiSchluesselErstellen(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Name, Kalkulationssystem und Werkstätten.' }) input: ApiSchluesselErstellenInput): Promise<ApiSchluesselPayload> {
    const r = await apiSchluesselErstellen(await verwaltung(ctx), input);
    return { apiSchluessel: r.eintrag ? apiSchluesselAnzeigen(r.eintrag) : null, schluessel: r.klartext, fehler: r.fehler };
  }

  @Zugriff(Rolle.INTERN)
  @Mutation(() => ApiSchluesselPayload, { description: 'Widerruft einen API-Schlüssel; ab der nächsten Anfrage wird er abgewiesen.' })
  async apiSchluesselWiderrufen(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Der API-Schlüssel.' }) input: ApiSchluesselWiderrufenInput): Promise<ApiSchluesselPayload> {
    const r = await apiSchluesselWiderrufen(await verwaltung(ctx), input);
    return { apiSchluessel: r.eintrag ? apiSchluesselAnzeigen(r.eintrag) : null, schluessel: null, fehler: r.fehler };
  }

  @Zugriff(Rolle.WERKSTATT, Rolle.INTERN)
  @Query(() => BenutzerConnection, { description: 'Benutzer nach Name: ein Werkstatt-Administrator sieht die seiner Werkstatt, das Netzwerk alle (oder die einer Werkstatt).' })
  benutzer(
    @Ctx() ctx: RequestContext,
    @Arg('werkstattId', () => ID, { nullable: true, description: 'Nur Benutzer dieser Werkstatt.' }) werkstattId: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Anzahl der Einträge (1 bis 100).' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor: Einträge nach diesem.' }) after: string | null,
  ) {
    return benutzerListe(ctx, werkstattId, firstPruefen(first), after);
  }

  @Zugriff(Rolle.WERKSTATT, Rolle.KALKULATION, Rolle.INTERN)
  @Query(() => Werkstatt, { nullable: true, description: 'Eine Werkstatt, die der Aufrufer sehen darf (Werkstatt: die eigene; Kalkulationssystem: die verknüpften; Netzwerk: alle); sonst null.' })
  werkstatt(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Technische ID der Werkstatt.' }) id: string): Promise<WerkstattEntity | null> {
    return werkstattLesen(ctx, id);
  }

  @Zugriff(Rolle.INTERN)
  @Query(() => [ApiSchluessel], { description: 'Alle API-Schlüssel, neueste zuerst, ohne die Schlüssel selbst.' })
  async apiSchluessel(@Ctx() ctx: RequestContext): Promise<ApiSchluessel[]> {
    return (await apiSchluesselListe(ctx.ds)).map(apiSchluesselAnzeigen);
  }

  @Zugriff(Rolle.INTERN)
  @Query(() => KontoProtokollConnection, { description: 'Das Konto-Protokoll, neueste Einträge zuerst: wer wann was an Konten, Werkstätten und API-Schlüsseln geändert hat.' })
  kontoProtokoll(
    @Ctx() ctx: RequestContext,
    @Arg('werkstattId', () => ID, { nullable: true, description: 'Nur Einträge dieser Werkstatt.' }) werkstattId: string | null,
    @Arg('benutzerId', () => ID, { nullable: true, description: 'Nur Einträge zu diesem Benutzer.' }) benutzerId: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Anzahl der Einträge (1 bis 100).' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor: Einträge nach diesem.' }) after: string | null,
  ) {
    return kontoProtokollListe(ctx, { werkstattId, benutzerId }, firstPruefen(first), after);
  }
}

/** `Werkstatt.email`: the shop's system-mail address, for its own users and staff only. */
@Resolver(() => Werkstatt)
export class WerkstattFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Adresse für die System-E-Mails der Werkstatt; nur für die eigene Werkstatt und das Netzwerk, sonst null.' })
  email(@Root() w: WerkstattEntity, @Ctx() ctx: RequestContext): string | null {
    const a = ctx.aufrufer;
    if (a?.art !== 'BENUTZER') return null;
    return a.rolle === Rolle.INTERN || a.werkstattId === Number(w.id) ? (w.email ?? null) : null;
  }
}
