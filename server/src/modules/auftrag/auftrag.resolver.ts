import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Rolle } from '../../common/enums';
import { aufruferId, RequestContext } from '../../graphql/context';
import { firstPruefen } from '../../graphql/pagination';
import { Zugriff } from '../../graphql/zugriff';
import { AuftragEntity } from './auftrag.entity';
import { auftraegeListen, auftragFinden } from './auftrag.service';
import { Auftrag, AuftragConnection, AuftragFilter, AuftragOrder } from './auftrag.types';

@Resolver(() => Auftrag)
export class AuftragResolver {
  @Zugriff(Rolle.WERKSTATT, Rolle.KALKULATION, Rolle.INTERN)
  @Query(() => Auftrag, { nullable: true, description: 'Ein Auftrag nach SPN-ID (Groß-/Kleinschreibung, Leerzeichen und fehlendes "SPN-" werden toleriert); null, wenn es ihn nicht gibt oder der Aufrufer ihn nicht sehen darf.' })
  auftrag(@Ctx() ctx: RequestContext, @Arg('spnId', { description: 'Die SPN-ID, z. B. "SPN-2026-004711".' }) spnId: string): Promise<AuftragEntity | null> {
    // Guessing other shops' SPN-IDs is slowed down: many misses in a row pause the lookups.
    return ctx.drosseln.spnSuche(aufruferId(ctx.aufrufer!), () => auftragFinden(ctx, spnId));
  }

  @Zugriff(Rolle.WERKSTATT, Rolle.KALKULATION, Rolle.INTERN)
  @Query(() => AuftragConnection, { description: 'Die Aufträge, die der Aufrufer sehen darf, gefiltert, sortiert und seitenweise (Cursor).' })
  auftraege(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AuftragFilter, { nullable: true, description: 'Filter; alle gesetzten Felder müssen zutreffen.' }) filter: AuftragFilter | null,
    @Arg('orderBy', () => AuftragOrder, { nullable: true, description: 'Sortierung; Standard: zuletzt geändert zuerst, mit geaendertSeit älteste Änderung zuerst.' }) orderBy: AuftragOrder | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Anzahl der Einträge (1 bis 100).' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor: Einträge nach diesem (endCursor der vorigen Seite).' }) after: string | null,
  ) {
    return auftraegeListen(ctx, filter, orderBy, firstPruefen(first), after);
  }
}
