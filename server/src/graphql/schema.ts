import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import './enums';
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
] as const;

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
  });
  return cache;
}

/** The SDL as committed in `schema.graphql`: sorted, so it is stable between runs, with a final newline. */
export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await schemaBauen()))}\n`;
}
