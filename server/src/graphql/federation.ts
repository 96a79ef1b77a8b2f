import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLError, GraphQLFieldResolver, GraphQLSchema, lexicographicSortSchema, parse } from 'graphql';
import { createResolversMap } from 'type-graphql';
import { Rolle } from '../common/enums';
import { normalisiereSpnId } from '../common/ids';
import { AuftragEntity } from '../modules/auftrag/auftrag.entity';
import { WerkstattEntity } from '../modules/identity/werkstatt.entity';
import { VersichererEntity } from '../modules/stammdaten/versicherer.entity';
import { RequestContext, aufruferId } from './context';
import { keinZugriff, nichtAngemeldet } from './fehler';

/** Federation 2: the directives the portal's types use (`@key` on Auftrag, Werkstatt, Versicherer). */
const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

type Referenz = { __typename: string; id?: string | number; spnId?: string };

function technischeId(wert: string | number | undefined): number | null {
  const n = typeof wert === 'number' ? wert : /^\d{1,15}$/.test(String(wert ?? '')) ? Number(wert) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/**
 * Entity references (`_entities`) are resolved like the root queries: through the request's loaders (one
 * statement per type and key for the whole batch) and within the caller's tenant scope, so a reference to
 * an order or shop the caller may not see resolves to null, exactly like one that does not exist. Order
 * references count towards the SPN-ID enumeration brake like `auftrag(spnId:)`.
 */
const REFERENZEN: GraphQLResolverMap<RequestContext> = {
  Auftrag: {
    __resolveReference: (ref: Referenz, ctx: RequestContext): Promise<AuftragEntity | null> =>
      ctx.drosseln.spnSuche(aufruferId(ctx.aufrufer!), async () => {
        if (ref.spnId !== undefined) {
          const spnId = normalisiereSpnId(String(ref.spnId));
          return (spnId && (await ctx.loaders.sichtbarerAuftragNachSpnId.load(spnId))) || null;
        }
        const id = technischeId(ref.id);
        return (id && (await ctx.loaders.sichtbarerAuftrag.load(id))) || null;
      }),
  },
  Werkstatt: {
    __resolveReference: async (ref: Referenz, ctx: RequestContext): Promise<WerkstattEntity | null> => {
      const id = technischeId(ref.id);
      return (id && (await ctx.loaders.sichtbareWerkstatt.load(id))) || null;
    },
  },
  Versicherer: {
    // Every logged-in caller may list all insurers (`versicherer`).
    __resolveReference: async (ref: Referenz, ctx: RequestContext): Promise<VersichererEntity | null> => {
      const id = technischeId(ref.id);
      return (id && (await ctx.loaders.versicherer.load(id))) || null;
    },
  },
};

const ENTITAETEN = new Set(Object.keys(REFERENZEN));
/** At most this many references per request (a gateway batches per query; 100 is plenty). */
export const MAX_REFERENZEN = 100;

/**
 * `_entities` takes `[_Any!]!`, i.e. anything: a reference that is not an object with a known
 * `__typename` and a string or number key is refused as bad input instead of failing inside
 * @apollo/subgraph (which would be an internal error).
 */
function referenzenPruefen(referenzen: unknown): void {
  const ungueltig = (grund: string) => new GraphQLError(`Ungültige Referenz: ${grund}`, { extensions: { code: 'BAD_USER_INPUT' } });
  if (!Array.isArray(referenzen)) throw ungueltig('erwartet wird eine Liste von Objekten.');
  if (referenzen.length > MAX_REFERENZEN) throw ungueltig(`höchstens ${MAX_REFERENZEN} je Anfrage.`);
  for (const r of referenzen) {
    if (typeof r !== 'object' || r === null || Array.isArray(r)) throw ungueltig('jede Referenz ist ein Objekt mit __typename und Schlüssel.');
    const ref = r as Record<string, unknown>;
    if (typeof ref.__typename !== 'string' || !ENTITAETEN.has(ref.__typename)) throw ungueltig(`__typename muss einer von ${[...ENTITAETEN].join(', ')} sein.`);
    const schluessel = ['id', 'spnId'].filter((k) => ref[k] !== undefined);
    if (schluessel.length === 0 || schluessel.some((k) => typeof ref[k] !== 'string' && typeof ref[k] !== 'number')) throw ungueltig('id oder spnId (Text oder Zahl) fehlt.');
  }
}

export interface Subgraph {
  schema: GraphQLSchema;
  /** What `_service { sdl }` answers: the SDL with the federation directives (committed as subgraph.graphql). */
  sdl: string;
}

/**
 * Turns the code-first schema into a Federation 2 subgraph (@apollo/subgraph): the SDL is printed with
 * its applied directives (`printSchemaWithDirectives`; graphql's printSchema drops them) and built again
 * with the resolvers of type-graphql, whose authorization checks travel with them. `_entities` needs a
 * login like every query; `_service` (the schema) is open where introspection is (demo mode,
 * SPN_INTROSPEKTION=1), otherwise only for network staff, whose tooling composes the graph.
 */
export function subgraphBauen(schema: GraphQLSchema): Subgraph {
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(lexicographicSortSchema(schema))}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<RequestContext>;
  for (const [typ, referenz] of Object.entries(REFERENZEN)) resolvers[typ] = { ...(resolvers[typ] as object), ...referenz } as GraphQLResolverMap<RequestContext>[string];
  const sub = buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });

  const felder = sub.getQueryType()!.getFields();
  const entities = felder._entities;
  const service = felder._service;
  const entitiesResolve = entities.resolve as GraphQLFieldResolver<unknown, RequestContext>;
  const serviceResolve = service.resolve as GraphQLFieldResolver<unknown, RequestContext>;
  const sdl = (serviceResolve(undefined, {}, undefined as never, undefined as never) as { sdl: string }).sdl;
  entities.resolve = (quelle, args, ctx, info) => {
    if (!ctx.aufrufer) throw nichtAngemeldet();
    referenzenPruefen((args as { representations: unknown }).representations);
    return entitiesResolve(quelle, args, ctx, info);
  };
  service.resolve = (quelle, args, ctx, info) => {
    if (!ctx.config.introspektion) {
      if (!ctx.aufrufer) throw nichtAngemeldet();
      if (ctx.aufrufer.rolle !== Rolle.INTERN) throw keinZugriff();
    }
    return serviceResolve(quelle, args, ctx, info);
  };
  entities.description = 'Federation: löst Referenzen anderer Dienste auf Auftrag (spnId oder id), Werkstatt und Versicherer (id) auf; null, wenn es sie nicht gibt oder der Aufrufer sie nicht sehen darf.';
  service.description = 'Federation: das SDL dieses Dienstes mit seinen Direktiven (für das Zusammensetzen im Gateway).';
  return { schema: sub, sdl };
}
