import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Rolle } from '../../common/enums';
import { RequestContext } from '../../graphql/context';
import { Zugriff } from '../../graphql/zugriff';
import { KvEinreichenInput, KvEinreichenPayload, RechnungEinreichenInput, RechnungEinreichenPayload } from './dokumente.inputs';
import { kvEinreichen, rechnungEinreichen } from './einreichung.service';

/** Documents from calculation systems (API key) and staff. */
@Resolver()
export class EinreichungResolver {
  @Zugriff(Rolle.KALKULATION, Rolle.INTERN)
  @Mutation(() => KvEinreichenPayload, { description: 'Reicht einen KV oder Nachtrag ein (Abgleich über SPN-ID, Schadennummer und Kennzeichen); nurPruefen prüft nur.' })
  async kvEinreichen(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Der KV.' }) input: KvEinreichenInput) {
    const r = await kvEinreichen(ctx, input);
    return { kv: r.dokument, auftrag: r.auftrag, fehler: r.fehler };
  }

  @Zugriff(Rolle.KALKULATION, Rolle.INTERN)
  @Mutation(() => RechnungEinreichenPayload, { description: 'Reicht eine Rechnung ein; höchstens der erwartete Rechnungsbetrag (sonst BETRAG_UEBERSCHRITTEN); nurPruefen prüft nur.' })
  async rechnungEinreichen(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Die Rechnung.' }) input: RechnungEinreichenInput) {
    const r = await rechnungEinreichen(ctx, input);
    return { rechnung: r.dokument, auftrag: r.auftrag, fehler: r.fehler };
  }
}
