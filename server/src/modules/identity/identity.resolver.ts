import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { FehlerCode, Rolle } from '../../common/enums';
import { RequestContext } from '../../graphql/context';
import { Fehler } from '../../graphql/fehler';
import { Connection, cursorDekodieren, cursorKodieren, firstPruefen, seiteBauen } from '../../graphql/pagination';
import { ANGEMELDET, OEFFENTLICH, Zugriff } from '../../graphql/zugriff';
import { mandantFiltern } from '../auftrag/auftrag-scope';
import { abmelden, anmelden } from './auth.service';
import { benutzerAnzeigen } from './konto-lesen.service';
import { Benutzer, Werkstatt } from './identity.types';
import { WerkstattEntity } from './werkstatt.entity';

@InputType({ description: 'Anmeldedaten.' })
export class AnmeldenInput {
  @Field({ description: 'Benutzername.' }) benutzername: string;
  @Field({ description: 'Passwort.' }) passwort: string;
}

@ObjectType({ description: 'Ergebnis einer Anmeldung.' })
export class AnmeldenPayload {
  @Field(() => String, { nullable: true, description: 'Bearer-Token der neuen Sitzung (zusätzlich als httpOnly-Cookie gesetzt); null bei Fehlern.' }) token: string | null;
  @Field(() => Benutzer, { nullable: true, description: 'Der angemeldete Benutzer; null bei Fehlern.' }) benutzer: Benutzer | null;
  @Field(() => [Fehler], { description: 'Fachliche Fehler, z. B. ANMELDUNG_FEHLGESCHLAGEN.' }) fehler: Fehler[];
}

@ObjectType({ description: 'Eine Seite einer Werkstattliste.' })
export class WerkstattConnection extends Connection(Werkstatt, 'Werkstatt', 'Werkstätten') {}


@Resolver()
export class IdentityResolver {
  @Zugriff(OEFFENTLICH)
  @Mutation(() => AnmeldenPayload, { description: 'Meldet einen Benutzer an: liefert ein Token und setzt das Sitzungs-Cookie.' })
  async anmelden(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Benutzername und Passwort.' }) input: AnmeldenInput): Promise<AnmeldenPayload> {
    const warten = await ctx.drosseln.anmeldungPruefen(input.benutzername, ctx.clientAdresse);
    if (warten !== null) {
      const minuten = Math.ceil(warten / 60);
      return {
        token: null,
        benutzer: null,
        fehler: [{ code: FehlerCode.ANMELDUNG_FEHLGESCHLAGEN, feld: null, meldung: `Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie ${minuten} ${minuten === 1 ? 'Minute' : 'Minuten'} und versuchen Sie es dann erneut.` }],
      };
    }
    const r = await anmelden(ctx, input.benutzername, input.passwort);
    await ctx.drosseln.anmeldungErgebnis(input.benutzername, r.token !== null);
    return { token: r.token, benutzer: r.benutzer ? await benutzerAnzeigen(ctx, r.benutzer) : null, fehler: r.fehler };
  }

  @Zugriff(OEFFENTLICH)
  @Mutation(() => Boolean, { description: 'Beendet die Sitzung des Aufrufers (das Token gilt danach nicht mehr) und löscht das Cookie.' })
  abmelden(@Ctx() ctx: RequestContext): Promise<boolean> {
    return abmelden(ctx);
  }

  @Zugriff(ANGEMELDET)
  @Query(() => Benutzer, { description: 'Der Aufrufer: Benutzer mit Rolle und Werkstatt, bei API-Schlüsseln Rolle KALKULATION ohne Werkstatt.' })
  async me(@Ctx() ctx: RequestContext): Promise<Benutzer> {
    const a = ctx.aufrufer!;
    if (a.art === 'API_SCHLUESSEL') {
      return { id: `api-${a.apiSchluesselId}`, benutzername: a.name, name: a.name, rolle: Rolle.KALKULATION, werkstatt: null, email: null, istAdmin: false, aktiv: true, letzteAnmeldung: null, einladungOffen: false };
    }
    const werkstatt = a.werkstattId ? ((await ctx.loaders.werkstatt.load(a.werkstattId)) ?? null) : null;
    return {
      id: String(a.benutzerId),
      benutzername: a.benutzername,
      name: a.name,
      rolle: a.rolle,
      werkstatt,
      email: a.email,
      istAdmin: a.istAdmin,
      aktiv: true,
      letzteAnmeldung: a.letzteAnmeldung,
      einladungOffen: false,
    };
  }

  @Zugriff(Rolle.WERKSTATT, Rolle.KALKULATION, Rolle.INTERN)
  @Query(() => WerkstattConnection, { description: 'Werkstätten, die der Aufrufer sehen darf (Werkstatt: die eigene; Kalkulationssystem: die verknüpften; Netzwerk: alle), nach Name.' })
  async werkstaetten(
    @Ctx() ctx: RequestContext,
    @Arg('suche', () => String, { nullable: true, description: 'Findet Name, Ort oder Partnernummer.' }) suche: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Anzahl der Einträge (1 bis 100).' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor: Einträge nach diesem.' }) after: string | null,
  ) {
    firstPruefen(first);
    const basis = () => {
      const qb = ctx.ds.getRepository(WerkstattEntity).createQueryBuilder('w').where('1 = 1');
      mandantFiltern(qb, ctx.aufrufer!, 'w.id');
      const s = suche?.trim();
      if (s) {
        const muster = `%${s.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
        qb.andWhere("(LOWER(w.name) LIKE :m ESCAPE '!' OR LOWER(w.ort) LIKE :m ESCAPE '!' OR LOWER(w.partnerNummer) LIKE :m ESCAPE '!')", { m: muster });
      }
      return qb;
    };
    const seite = basis();
    if (after) {
      const [name, id] = cursorDekodieren(after, (w) => w.length === 2 && typeof w[0] === 'string' && typeof w[1] === 'number');
      seite.andWhere('(w.name > :cn OR (w.name = :cn AND w.id > :cid))', { cn: name, cid: id });
    }
    const [rows, total] = await Promise.all([seite.orderBy('w.name', 'ASC').addOrderBy('w.id', 'ASC').limit(first + 1).getMany(), basis().getCount()]);
    return seiteBauen(rows.slice(0, first), rows.length > first, total, (w) => cursorKodieren([w.name, w.id]), (w) => w);
  }
}

