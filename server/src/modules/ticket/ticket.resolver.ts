import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Rolle } from '../../common/enums';
import { RequestContext, istVendor } from '../../graphql/context';
import { firstPruefen } from '../../graphql/pagination';
import { Zugriff } from '../../graphql/zugriff';
import { AuftragEntity } from '../auftrag/auftrag.entity';
import { Auftrag } from '../auftrag/auftrag.types';
import { TicketEntity } from './ticket.entity';
import { ticketFinden, ticketsListen } from './ticket.service';
import { Ticket, TicketConnection, TicketFilter, TicketInhalt, TicketNachricht } from './ticket.types';

@Resolver(() => Ticket)
export class TicketResolver {
  @Zugriff(Rolle.WERKSTATT, Rolle.INTERN)
  @Query(() => Ticket, { nullable: true, description: 'Ein Ticket nach Ticketnummer; null, wenn es es nicht gibt oder es einer anderen Werkstatt gehört.' })
  ticket(@Ctx() ctx: RequestContext, @Arg('ticketNummer', { description: 'Ticketnummer, z. B. "SSP-2026-000042".' }) ticketNummer: string) {
    return ticketFinden(ctx, ticketNummer);
  }

  @Zugriff(Rolle.WERKSTATT, Rolle.INTERN)
  @Query(() => TicketConnection, { description: 'Tickets: offene zuerst, älteste zuerst. Werkstätten sehen die eigenen, das Netzwerk alle (Ticket-Warteschlange).' })
  tickets(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => TicketFilter, { nullable: true, description: 'Filter; alle gesetzten Felder müssen zutreffen.' }) filter: TicketFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Anzahl der Einträge (1 bis 100).' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor: Einträge nach diesem.' }) after: string | null,
  ) {
    return ticketsListen(ctx, filter, firstPruefen(first), after);
  }

  @FieldResolver(() => Auftrag)
  async auftrag(@Root() t: TicketEntity, @Ctx() ctx: RequestContext): Promise<AuftragEntity> {
    const a = await ctx.loaders.auftrag.load(t.auftragId);
    if (!a) throw new Error(`Ticket ${t.id} ohne Auftrag`);
    return a;
  }

  @FieldResolver(() => TicketInhalt)
  inhalt(@Root() t: TicketEntity): TicketInhalt {
    return {
      reparaturstatus: t.reparaturstatus,
      termin: t.termin,
      fahrzeugUebernommenAm: t.fahrzeugUebernommenAm,
      voraussichtlicheFertigstellung: t.voraussichtlicheFertigstellung,
      fertiggestelltAm: t.fertiggestelltAm,
      fahrzeugZurueckgegebenAm: t.fahrzeugZurueckgegebenAm,
      freigabeErhaltenAm: t.freigabeErhaltenAm,
      betragNetto: t.betragNettoCent,
      quelle: t.quelle,
      referenz: t.referenz,
      grund: t.grund,
      kundeHatUnterschrieben: t.kundeHatUnterschrieben,
    };
  }

  @FieldResolver(() => [TicketNachricht])
  async nachrichten(@Root() t: TicketEntity, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.ticketNachrichtenJeAuftrag.load(t.auftragId)).get(t.id) ?? [];
  }
}

/** Adds `Auftrag.tickets`: the shop's tickets on the order; empty for vendors (domain.md, Personal data). */
@Resolver(() => Auftrag)
export class TicketAuftragFieldsResolver {
  @FieldResolver(() => [Ticket], { description: 'Tickets der Werkstatt zu diesem Auftrag; leer für Kalkulationssysteme.' })
  async tickets(@Root() a: AuftragEntity, @Ctx() ctx: RequestContext): Promise<TicketEntity[]> {
    if (istVendor(ctx.aufrufer)) return [];
    // The messages are fetched in the same batch, so an order without tickets costs the same statements as one with many.
    const [tickets] = await Promise.all([ctx.loaders.tickets.load(a.id), ctx.loaders.ticketNachrichtenJeAuftrag.load(a.id)]);
    return tickets;
  }
}
