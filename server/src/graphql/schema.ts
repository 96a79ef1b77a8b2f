import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { PubSub, buildSchema } from 'type-graphql';
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
  cache ??= buildSchema({
    resolvers: [...RESOLVERS] as unknown as [Function, ...Function[]],
    authChecker,
    authMode: 'error',
    validate: false,
    scalarsMap: [],
    pubSub: OHNE_PUBSUB,
  });
  return cache;
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
