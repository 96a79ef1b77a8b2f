import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext, istVendor } from '../../graphql/context';
import { eingangGrund } from '../auftrag/auftrag-snapshot';
import { EingangEntity } from './eingang.entity';
import { FreigabeEntity } from './freigabe.entity';
import { kvKorrekturpunkte, kvNettoCent } from './betraege';
import { KostenvoranschlagEntity } from './kostenvoranschlag.entity';
import { RechnungEntity } from './rechnung.entity';
import { Eingang, Freigabe, Kostenvoranschlag, KvSummen, Rechnung } from './dokumente.types';

@Resolver(() => Kostenvoranschlag)
export class KostenvoranschlagFieldsResolver {
  @FieldResolver(() => KvSummen)
  summen(@Root() kv: KostenvoranschlagEntity): KvSummen {
    const netto = kvNettoCent(kv);
    return {
      ersatzteile: kv.ersatzteileCent,
      arbeitslohn: kv.arbeitslohnCent,
      lackierung: kv.lackierungCent,
      nebenkosten: kv.nebenkostenCent,
      netto,
      mwst: kv.mwstCent,
      brutto: netto + kv.mwstCent,
    };
  }

  @FieldResolver(() => [String])
  korrekturpunkte(@Root() kv: KostenvoranschlagEntity, @Ctx() ctx: RequestContext): string[] {
    return istVendor(ctx.aufrufer) ? [] : kvKorrekturpunkte(kv);
  }
}

@Resolver(() => Freigabe)
export class FreigabeFieldsResolver {
  @FieldResolver(() => Kostenvoranschlag)
  async kv(@Root() f: FreigabeEntity, @Ctx() ctx: RequestContext): Promise<KostenvoranschlagEntity> {
    const kvs = await ctx.loaders.kvs.load(f.auftragId);
    const kv = kvs.find((k) => k.id === f.kvId);
    if (!kv) throw new Error(`Freigabe ${f.id} verweist auf einen fehlenden KV`);
    return kv;
  }

  @FieldResolver()
  betragNetto(@Root() f: FreigabeEntity): number {
    return f.betragNettoCent;
  }

  @FieldResolver()
  nachlass(@Root() f: FreigabeEntity): number {
    return f.nachlassCent;
  }

  @FieldResolver()
  erwarteterRechnungsbetrag(@Root() f: FreigabeEntity): number {
    return f.betragNettoCent - f.nachlassCent;
  }
}

@Resolver(() => Rechnung)
export class RechnungFieldsResolver {
  @FieldResolver()
  betragNetto(@Root() r: RechnungEntity): number {
    return r.betragNettoCent;
  }

  @FieldResolver()
  mwst(@Root() r: RechnungEntity): number {
    return r.mwstCent;
  }

  @FieldResolver()
  betragBrutto(@Root() r: RechnungEntity): number {
    return r.betragNettoCent + r.mwstCent;
  }

  @FieldResolver(() => String, { nullable: true })
  bemerkung(@Root() r: RechnungEntity, @Ctx() ctx: RequestContext): string | null {
    return istVendor(ctx.aufrufer) ? null : r.bemerkung;
  }
}

@Resolver(() => Eingang)
export class EingangFieldsResolver {
  @FieldResolver(() => [String])
  abweichendeFelder(@Root() e: EingangEntity): string[] {
    return e.abweichendeFelder.split(',').filter(Boolean);
  }

  @FieldResolver()
  grund(@Root() e: EingangEntity): string {
    const satz = eingangGrund(e);
    return `Die Einreichung konnte nicht zugeordnet werden: ${satz}.`;
  }
}
