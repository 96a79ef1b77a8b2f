import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { PubSub, buildSchema, getMetadataStorage } from 'type-graphql';
import './enums';
import { AuftragAbonnementResolver } from '../modules/auftrag/auftrag-abonnement.resolver';
import { AuftragFieldsResolver } from '../modules/auftrag/auftrag-fields.resolver';
import { AuftragResolver } from '../modules/auftrag/auftrag.resolver';
import {
  EingangFieldsResolver,
  FreigabeFieldsResolver,
  KostenvoranschlagFieldsResolver,
  RechnungFieldsResolver,
} from '../modules/dokumente/dokumente-fields.resolver';
import { EinreichungResolver } from '../modules/dokumente/einreichung.resolver';
import { NetzwerkResolver } from '../modules/auftrag/netzwerk.resolver';
import { IdentityResolver } from '../modules/identity/identity.resolver';
import { KontoResolver, WerkstattFieldsResolver } from '../modules/identity/konto.resolver';
import { VersichererResolver } from '../modules/stammdaten/versicherer.resolver';
import { TicketAktionenResolver } from '../modules/ticket/ticket-aktionen.resolver';
import { TicketAuftragFieldsResolver, TicketResolver } from '../modules/ticket/ticket.resolver';
import { DecimalScalar, LocalDateScalar } from './scalars';
import { Subgraph, subgraphBauen } from './federation';
import { authChecker } from './zugriff';

/** Every resolver class of the API. */
export const RESOLVERS = [
  IdentityResolver,
  AuftragResolver,
  AuftragFieldsResolver,
  KostenvoranschlagFieldsResolver,
  FreigabeFieldsResolver,
  RechnungFieldsResolver,
  EingangFieldsResolver,
  VersichererResolver,
  TicketResolver,
  TicketAuftragFieldsResolver,
  TicketAktionenResolver,
  EinreichungResolver,
  NetzwerkResolver,
  KontoResolver,
  WerkstattFieldsResolver,
  AuftragAbonnementResolver,
] as const;

/**
 * type-graphql insists on a PubSub once there are subscriptions; ours bring their own source (the
 * server's event bus in the request context, `subscribe` option), so this one is never used.
 */
const OHNE_PUBSUB: PubSub = {
  publish: () => {
    throw new Error('Abonnements lesen den Ereignis-Bus des Servers (RequestContext.ereignisse), nicht type-graphqls PubSub');
  },
  subscribe: () => {
    throw new Error('Abonnements lesen den Ereignis-Bus des Servers (RequestContext.ereignisse), nicht type-graphqls PubSub');
  },
};

let cache: Promise<GraphQLSchema> | null = null;

/**
 * Builds the executable schema from the code (type-graphql). Input validation happens in the
 * services, where it can answer with `fehler` instead of throwing, so class-validator is off.
 */
export function schemaBauen(): Promise<GraphQLSchema> {
  cache ??= (async () => {
    einfacheFelder();
    const schema = await buildSchema({
      resolvers: [...RESOLVERS] as unknown as [Function, ...Function[]],
      authChecker,
      authMode: 'error',
      validate: false,
      scalarsMap: [],
      pubSub: OHNE_PUBSUB,
    });
    einfacheFelderPruefen();
    return schema;
  })();
  return cache;
}

interface FeldMetadaten {
  name: string;
  schemaName: string;
  simple?: boolean;
  roles?: unknown[];
  middlewares?: unknown[];
}
interface TypMetadaten {
  name: string;
  simpleResolvers?: boolean;
  fields?: FeldMetadaten[];
}

/**
 * Plain fields (an object's own properties) are read by graphql-js's default resolver instead of
 * type-graphql's wrapper, which ran an empty middleware chain for every field of every object (issue
 * 6: type-graphql's `simpleResolvers`, for all object types). Field resolvers (@FieldResolver) are
 * unaffected.
 */
function einfacheFelder(): void {
  for (const t of getMetadataStorage().objectTypes as TypMetadaten[]) t.simpleResolvers ??= true;
}

/**
 * A simple field ignores roles and middleware declared on it and is read under its schema name, so
 * such a declaration would silently stop working: refuse to start instead.
 */
function einfacheFelderPruefen(): void {
  const storage = getMetadataStorage() as unknown as { objectTypes: TypMetadaten[]; interfaceTypes: TypMetadaten[] };
  for (const t of [...storage.objectTypes, ...storage.interfaceTypes]) {
    for (const f of t.fields ?? []) {
      const einfach = f.simple ?? t.simpleResolvers ?? false;
      // `@Authorized()` without roles still checks the login: an empty list counts as a rule.
      if (einfach && (f.roles !== undefined || f.middlewares?.length || f.schemaName !== f.name)) {
        throw new Error(`${t.name}.${f.name}: Rollen, Middleware oder ein abweichender Schemaname an einem einfachen Feld – dort simpleResolvers: false setzen`);
      }
    }
  }
}

let subgraphCache: Promise<Subgraph> | null = null;

/** The schema the server executes: the code-first schema as a Federation 2 subgraph (`_service`, `_entities`). */
export function subgraphSchemaBauen(): Promise<Subgraph> {
  subgraphCache ??= schemaBauen().then(subgraphBauen);
  return subgraphCache;
}

/** The subgraph SDL as committed in `subgraph.graphql` (what `_service { sdl }` answers), with a final newline. */
export async function subgraphSdl(): Promise<string> {
  return `${(await subgraphSchemaBauen()).sdl.trimEnd()}\n`;
}

/** The SDL as committed in `schema.graphql`: sorted, so it is stable between runs, with a final newline. */
export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await schemaBauen()))}\n`;
}
