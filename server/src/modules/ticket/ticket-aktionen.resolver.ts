import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Rolle } from '../../common/enums';
import { RequestContext } from '../../graphql/context';
import { Zugriff } from '../../graphql/zugriff';
import { AuftragAnfordernInput, FehlendeFreigabeInput, TicketBearbeitenInput, TicketNachrichtInput, TicketPayload, VorgangsinfoInput } from './aktionen.inputs';
import { auftragAnfordern, fehlendeFreigabeMelden, ticketBearbeitenAusfuehren, ticketNachrichtSenden, vorgangsinfoMelden } from './ticket-aktionen.service';

/** The portal's three actions, follow-up messages and the staff's ticket work. */
@Resolver()
export class TicketAktionenResolver {
  @Zugriff(Rolle.WERKSTATT)
  @Mutation(() => TicketPayload, { description: 'Vorgangsinfo: Reparatur- oder Terminstatus melden. Erledigt offene Erinnerungen und führt den Auftrag weiter, wo der Status es sagt.' })
  vorgangsinfoMelden(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Inhalt des Formulars.' }) input: VorgangsinfoInput) {
    return vorgangsinfoMelden(ctx, input);
  }

  @Zugriff(Rolle.WERKSTATT)
  @Mutation(() => TicketPayload, { description: 'Fehlende Freigabe: eine erhaltene Freigabe fehlt im Portal (nur solange ein KV oder Nachtrag in Prüfung oder in Korrektur ist).' })
  fehlendeFreigabeMelden(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Inhalt des Formulars.' }) input: FehlendeFreigabeInput) {
    return fehlendeFreigabeMelden(ctx, input);
  }

  @Zugriff(Rolle.WERKSTATT)
  @Mutation(() => TicketPayload, { description: 'Auftrag anfordern: Reparaturauftrag für einen KV-Service-Auftrag oder einen fälschlich stornierten Auftrag.' })
  auftragAnfordern(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Inhalt des Formulars.' }) input: AuftragAnfordernInput) {
    return auftragAnfordern(ctx, input);
  }

  @Zugriff(Rolle.WERKSTATT)
  @Mutation(() => TicketPayload, { description: 'Weitere Nachricht der Werkstatt zu einem eigenen offenen Ticket.' })
  ticketNachrichtSenden(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Ticketnummer und Text.' }) input: TicketNachrichtInput) {
    return ticketNachrichtSenden(ctx, input);
  }

  @Zugriff(Rolle.INTERN)
  @Mutation(() => TicketPayload, { description: 'Das SPN-Team bearbeitet ein Ticket: Status und Antwort an die Werkstatt; ERLEDIGT bei „Auftrag anfordern“ setzt die Anforderung um.' })
  ticketBearbeiten(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Ticketnummer, neuer Status, Antwort.' }) input: TicketBearbeitenInput) {
    return ticketBearbeitenAusfuehren(ctx, input);
  }
}
