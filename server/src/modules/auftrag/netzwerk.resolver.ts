import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Rolle } from '../../common/enums';
import { RequestContext } from '../../graphql/context';
import { Zugriff } from '../../graphql/zugriff';
import { KvPruefenInput, RechnungPruefenInput } from '../dokumente/dokumente.inputs';
import { AuftragPayload, AuftragStornierenInput, AuftragVermittelnInput, ErinnerungSendenInput, RkueEntscheidenInput } from './auftrag.inputs';
import { erinnern, kvPruefenAusfuehren, rechnungPruefenAusfuehren, rkueEntscheidenAusfuehren, stornieren, vermitteln } from './netzwerk.service';

/** The network's operations on orders (role INTERN). */
@Resolver()
export class NetzwerkResolver {
  @Zugriff(Rolle.INTERN)
  @Mutation(() => AuftragPayload, { description: 'Vermittelt einen neuen Auftrag an eine Werkstatt (SPN-ID SPN-JJJJ-NNNNNN); mit idempotencyKey genau einmal.' })
  auftragVermitteln(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Daten des Auftrags.' }) input: AuftragVermittelnInput) {
    return vermitteln(ctx, input);
  }

  @Zugriff(Rolle.INTERN)
  @Mutation(() => AuftragPayload, { description: 'Prüft den neuesten KV oder Nachtrag in Prüfung: Freigabe, Korrektur (mit Punkten) oder Ablehnung.' })
  kvPruefen(@Ctx() ctx: RequestContext, @Arg('input', { description: 'KV und Ergebnis.' }) input: KvPruefenInput) {
    return kvPruefenAusfuehren(ctx, input);
  }

  @Zugriff(Rolle.INTERN)
  @Mutation(() => AuftragPayload, { description: 'Prüft eine Rechnung: übermitteln, Korrektur anfordern oder als bezahlt markieren.' })
  rechnungPruefen(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Rechnung und Ergebnis.' }) input: RechnungPruefenInput) {
    return rechnungPruefenAusfuehren(ctx, input);
  }

  @Zugriff(Rolle.INTERN)
  @Mutation(() => AuftragPayload, { description: 'Erfasst die Entscheidung des Versicherers zur Reparaturkostenübernahme; bewegt den Auftrag nicht.' })
  rkueEntscheiden(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Auftrag und RKÜ-Status.' }) input: RkueEntscheidenInput) {
    return rkueEntscheidenAusfuehren(ctx, input);
  }

  @Zugriff(Rolle.INTERN)
  @Mutation(() => AuftragPayload, { description: 'Storniert einen Auftrag; die Werkstatt erhält die E-Mail „Stornierung SPN Vermittlungsauftrag …“ mit dem Grund.' })
  auftragStornieren(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Auftrag, Grund und Bemerkung.' }) input: AuftragStornierenInput) {
    return stornieren(ctx, input);
  }

  @Zugriff(Rolle.INTERN)
  @Mutation(() => AuftragPayload, { description: 'Erinnert die Werkstatt, den Reparatur- oder Terminstatus zu melden; bewegt den Auftrag nicht.' })
  erinnerungSenden(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Auftrag und Art der Erinnerung.' }) input: ErinnerungSendenInput) {
    return erinnern(ctx, input);
  }
}
