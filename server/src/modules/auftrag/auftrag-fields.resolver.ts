import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Aktion } from '../../common/enums';
import { RequestContext, istVendor } from '../../graphql/context';
import { cursorDekodieren, cursorKodieren, firstPruefen, seiteBauen } from '../../graphql/pagination';
import { BenachrichtigungAnlass } from '../benachrichtigung/benachrichtigung.entity';
import { erwarteterRechnungsbetrag } from '../dokumente/betraege';
import { AuftragEntity } from './auftrag.entity';
import { aktiverStorno, sichtbareEingaenge, snapshotLaden } from './auftrag-snapshot';
import { Auftrag, EreignisConnection, Fahrzeug, Hinweis, Kunde, Rkue, Storno } from './auftrag.types';
import { EreignisEntity } from './ereignis.entity';
import { hinweiseBerechnen, moeglicheAktionen } from './hinweise.rules';

const ROLLE_ANZEIGE: Record<string, string> = { WERKSTATT: 'Werkstatt', INTERN: 'SPN-Netzwerk', KALKULATION: 'Kalkulationssystem', SYSTEM: 'SPN-System' };

/** How a history entry looks to the caller: vendors see the role, not the person (domain.md, Personal data). */
export function ereignisFuer(e: EreignisEntity, vendor: boolean): EreignisEntity {
  if (!vendor || !e.akteurRolle) return e;
  return { ...e, akteur: ROLLE_ANZEIGE[e.akteurRolle] ?? null };
}

/**
 * The fields of `Auftrag` beyond its own columns. Everything nested is read through the request's
 * loaders, so a page of orders costs a fixed number of statements.
 */
@Resolver(() => Auftrag)
export class AuftragFieldsResolver {
  @FieldResolver(() => Date)
  stand(@Ctx() ctx: RequestContext): Date {
    return ctx.stand;
  }

  @FieldResolver()
  versicherer(@Root() a: AuftragEntity, @Ctx() ctx: RequestContext) {
    return a.versicherer ?? ctx.loaders.versicherer.load(a.versichererId);
  }

  @FieldResolver()
  werkstatt(@Root() a: AuftragEntity, @Ctx() ctx: RequestContext) {
    return a.werkstatt ?? ctx.loaders.werkstatt.load(a.werkstattId);
  }

  @FieldResolver(() => Fahrzeug)
  fahrzeug(@Root() a: AuftragEntity): Fahrzeug {
    return { kennzeichen: a.kennzeichen, hersteller: a.hersteller, modell: a.modell, fin: a.fin, erstzulassung: a.erstzulassung };
  }

  @FieldResolver(() => Kunde, { nullable: true })
  kunde(@Root() a: AuftragEntity, @Ctx() ctx: RequestContext): Kunde | null {
    if (istVendor(ctx.aufrufer)) return null;
    return { name: a.kundeName, anschrift: a.kundeAnschrift, telefon: a.kundeTelefon };
  }

  @FieldResolver()
  kvs(@Root() a: AuftragEntity, @Ctx() ctx: RequestContext) {
    return ctx.loaders.kvs.load(a.id);
  }

  @FieldResolver()
  freigaben(@Root() a: AuftragEntity, @Ctx() ctx: RequestContext) {
    return ctx.loaders.freigaben.load(a.id);
  }

  @FieldResolver()
  async erwarteterRechnungsbetrag(@Root() a: AuftragEntity, @Ctx() ctx: RequestContext): Promise<number | null> {
    const [freigaben, rechnungen] = await Promise.all([ctx.loaders.freigaben.load(a.id), ctx.loaders.rechnungen.load(a.id)]);
    return erwarteterRechnungsbetrag(freigaben, rechnungen);
  }

  @FieldResolver(() => Rkue)
  rkue(@Root() a: AuftragEntity, @Ctx() ctx: RequestContext): Rkue {
    return { status: a.rkueStatus, entschiedenAm: a.rkueEntschiedenAm, bemerkung: istVendor(ctx.aufrufer) ? null : a.rkueBemerkung };
  }

  @FieldResolver()
  rechnungen(@Root() a: AuftragEntity, @Ctx() ctx: RequestContext) {
    return ctx.loaders.rechnungen.load(a.id);
  }

  @FieldResolver(() => Storno, { nullable: true })
  async storno(@Root() a: AuftragEntity, @Ctx() ctx: RequestContext): Promise<Storno | null> {
    if (a.status !== 'STORNIERT') return null;
    const [stornos, mails] = await Promise.all([ctx.loaders.stornos.load(a.id), ctx.loaders.benachrichtigungen.load(a.id)]);
    const s = aktiverStorno(stornos);
    if (!s) return null;
    const mail = mails.find((b) => b.id === s.benachrichtigungId);
    return { grund: s.grund, bemerkung: istVendor(ctx.aufrufer) ? null : s.bemerkung, storniertAm: s.storniertAm, benachrichtigtAm: mail?.versendetAm ?? null };
  }

  @FieldResolver()
  erinnerungen(@Root() a: AuftragEntity, @Ctx() ctx: RequestContext) {
    return ctx.loaders.erinnerungen.load(a.id);
  }

  @FieldResolver(() => EreignisConnection)
  async verlauf(
    @Root() a: AuftragEntity,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Anzahl der Einträge (1 bis 100).' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor: ältere Einträge als dieser.' }) after: string | null,
  ) {
    const vorId = after ? (cursorDekodieren(after, (w) => w.length === 1 && Number.isInteger(w[0]))[0] as number) : null;
    const seite = await ctx.loaders.verlauf.load({ auftragId: a.id, first: firstPruefen(first), vorId });
    const vendor = istVendor(ctx.aufrufer);
    return seiteBauen(seite.eintraege, seite.hatMehr, seite.gesamt, (e) => cursorKodieren([e.id]), (e) => ereignisFuer(e, vendor));
  }

  @FieldResolver(() => [Hinweis])
  async hinweise(@Root() a: AuftragEntity, @Ctx() ctx: RequestContext): Promise<Hinweis[]> {
    return hinweiseBerechnen(await snapshotLaden(ctx.loaders, a, ctx.aufrufer));
  }

  @FieldResolver(() => [Aktion])
  async moeglicheAktionen(@Root() a: AuftragEntity, @Ctx() ctx: RequestContext): Promise<Aktion[]> {
    return moeglicheAktionen(await snapshotLaden(ctx.loaders, a, ctx.aufrufer));
  }

  @FieldResolver()
  async nichtZugeordneteEingaenge(@Root() a: AuftragEntity, @Ctx() ctx: RequestContext) {
    return sichtbareEingaenge(await ctx.loaders.eingaenge.load(a.id), ctx.aufrufer);
  }

  @FieldResolver()
  async benachrichtigungen(@Root() a: AuftragEntity, @Ctx() ctx: RequestContext) {
    const mails = await ctx.loaders.benachrichtigungen.load(a.id);
    // Answers to tickets are about tickets, which vendors do not get.
    return istVendor(ctx.aufrufer) ? mails.filter((m) => m.anlass !== BenachrichtigungAnlass.TICKET_ANTWORT) : mails;
  }
}
