import { Arg, Resolver, Root, Subscription } from 'type-graphql';
import { Rolle } from '../../common/enums';
import { RequestContext } from '../../graphql/context';
import { Zugriff } from '../../graphql/zugriff';
import { AuftragAenderungWert, auftragsAenderungenAbonnieren } from './auftrag-abonnement.service';
import { AuftragAenderung } from './auftrag.types';

/** Order changes pushed over WebSocket (graphql-ws at /graphql), with the visibility rules of the queries. */
@Resolver(() => AuftragAenderung)
export class AuftragAbonnementResolver {
  @Zugriff(Rolle.WERKSTATT, Rolle.KALKULATION, Rolle.INTERN)
  @Subscription(() => AuftragAenderung, {
    description: 'Meldet jede Änderung (jeden neuen Verlaufseintrag) eines Auftrags, den der Aufrufer sehen darf; ein Auftrag, den er nicht sehen darf, meldet nie etwas.',
    subscribe: ({ args, context }) => auftragsAenderungenAbonnieren(context as RequestContext, String(args.spnId)),
  })
  auftragAktualisiert(
    @Root() wert: AuftragAenderungWert,
    @Arg('spnId', { description: 'Die SPN-ID, z. B. "SPN-2026-004711" (tolerant wie bei `auftrag`).' }) _spnId: string,
  ): AuftragAenderungWert {
    return wert;
  }

  @Zugriff(Rolle.WERKSTATT, Rolle.KALKULATION, Rolle.INTERN)
  @Subscription(() => AuftragAenderung, {
    description: 'Meldet jede Änderung aller Aufträge, die der Aufrufer sehen darf (Werkstatt: die eigenen; Kalkulationssystem: die der verknüpften Werkstätten, ohne Tickets; Netzwerk: alle).',
    subscribe: ({ context }) => auftragsAenderungenAbonnieren(context as RequestContext, null),
  })
  auftraegeAktualisiert(@Root() wert: AuftragAenderungWert): AuftragAenderungWert {
    return wert;
  }
}
