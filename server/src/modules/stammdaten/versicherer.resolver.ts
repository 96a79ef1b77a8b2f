import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Rolle } from '../../common/enums';
import { RequestContext } from '../../graphql/context';
import { Zugriff } from '../../graphql/zugriff';
import { VersichererEntity } from './versicherer.entity';
import { Versicherer } from './versicherer.types';

@Resolver(() => Versicherer)
export class VersichererResolver {
  @Zugriff(Rolle.WERKSTATT, Rolle.KALKULATION, Rolle.INTERN)
  @Query(() => [Versicherer], { description: 'Alle Versicherer des Netzwerks, nach Name.' })
  versicherer(@Ctx() ctx: RequestContext): Promise<VersichererEntity[]> {
    return ctx.ds.getRepository(VersichererEntity).find({ order: { name: 'ASC', id: 'ASC' } });
  }

  @FieldResolver()
  nachlassProzent(@Root() v: VersichererEntity): number {
    // Basis points are hundredths of a percent, exactly like cents are hundredths of a euro.
    return v.nachlassBasispunkte;
  }

  @FieldResolver()
  kvServicePauschale(@Root() v: VersichererEntity): number {
    return v.kvServicePauschaleCent;
  }
}
