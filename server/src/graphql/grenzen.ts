import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  type DocumentNode,
  GraphQLSchema,
  getNamedType,
  isAbstractType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLOutputType,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
  visit,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_FIRST } from './pagination';

/**
 * The limits every GraphQL request is held to, after the OWASP GraphQL cheat sheet and the public
 * limits of GitHub's and Shopify's APIs. They are fixed in code (not dependent on NODE_ENV); the
 * Security section of the README lists them.
 */
export const GRENZEN = {
  /** Parser: tokens per document (a normal portal query has a few hundred). */
  maxTokens: 2_000,
  /** Fields in the longest chain, the leaf included (the client's deepest query needs 5). */
  maxTiefe: 8,
  /** Aliases per operation (batched logins or lookups by alias are what this prevents). */
  maxAliase: 15,
  /** Objects a response may at most hold, estimated before execution (see `kostenSchaetzer`); GitHub allows 500,000 nodes. */
  maxKosten: 500_000,
  /** Extra cost of a mutation field: mutations write and are rarer. */
  mutationsKosten: 50,
  /** Elements assumed for a list field without `first` (an order's KVs, tickets, history …). */
  listenSchaetzung: 10,
  /** Selections the server walks at most while validating (Apollo's `maxRecursiveSelections`). */
  maxRekursiveSelektionen: 10_000,
} as const;

/** Reports a broken limit as a validation error (HTTP 400) with a German message. */
function melden(meldung: string) {
  return {
    exposeLimits: false,
    // graphql-armor would throw, which Apollo turns into a 500; a reported error is a clean 400
    propagateOnRejection: false,
    onReject: [(ctx: ValidationContext | null) => ctx?.reportError(new GraphQLError(meldung, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }))],
  };
}

/** Validation rules for depth and aliases (graphql-armor). */
export function grenzRegeln(): ValidationRule[] {
  return [
    maxDepthRule({
      n: GRENZEN.maxTiefe,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...melden(`Anfrage zu tief verschachtelt: höchstens ${GRENZEN.maxTiefe} Ebenen.`),
    }),
    maxAliasesRule({ n: GRENZEN.maxAliase, ...melden(`Zu viele Aliase in der Anfrage: höchstens ${GRENZEN.maxAliase}.`) }),
  ];
}

function istListe(typ: GraphQLOutputType): boolean {
  return isListType(isNonNullType(typ) ? typ.ofType : typ);
}

/**
 * Cost of one field, after GitHub's node limit: an object costs 1 plus its children, a scalar
 * nothing; a connection (a field with `first`) costs `first` times its children, a plain list field
 * `listenSchaetzung` times; a mutation field costs `mutationsKosten` extra.
 */
function kostenSchaetzer(mutationTyp: string | undefined): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const extra = type.name === mutationTyp ? GRENZEN.mutationsKosten : 0;
    if (!isObjectType(getNamedType(field.type)) && !isAbstractType(getNamedType(field.type))) return extra;
    if (typeof args.first === 'number' && field.args.some((a) => a.name === 'first')) {
      const first = Math.min(Math.max(args.first, 1), MAX_FIRST);
      return extra + 1 + first * childComplexity;
    }
    if (istListe(field.type)) return extra + GRENZEN.listenSchaetzung * (1 + childComplexity);
    return extra + 1 + childComplexity;
  };
}

/**
 * The variables that can change an operation's cost: those in a field's `first` argument and in
 * directives (`@skip`, `@include`). Every other variable (an SPN-ID, a filter) leaves it unchanged.
 */
function kostenVariablen(document: DocumentNode): string[] {
  const namen = new Set<string>();
  const sammeln = (wert: ValueNode) =>
    visit(wert, {
      Variable(v) {
        namen.add(v.name.value);
      },
    });
  visit(document, {
    Field(f) {
      for (const a of f.arguments ?? []) if (a.name.value === 'first') sammeln(a.value);
    },
    Directive(d) {
      for (const a of d.arguments ?? []) sammeln(a.value);
    },
  });
  return [...namen].sort();
}

/** Per parsed document (Apollo keeps one object per query text): its cost variables and the costs seen for their values. */
const kostenCache = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, { variablen: string[]; kosten: Map<string, number> }>>();
/** Costs kept per document; a client walking through many page sizes cannot grow the cache beyond this. */
const KOSTEN_JE_DOKUMENT = 64;

/**
 * The estimated cost of an operation (before execution). The walk over the schema is the same for
 * every request of a document with the same cost variables, so its result is kept (issue 6: it was a
 * twentieth of the CPU of an overview).
 */
export function anfrageKosten(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  let jeSchema = kostenCache.get(schema);
  if (!jeSchema) kostenCache.set(schema, (jeSchema = new WeakMap()));
  let eintrag = jeSchema.get(document);
  if (!eintrag) jeSchema.set(document, (eintrag = { variablen: kostenVariablen(document), kosten: new Map() }));
  // A variable left out (its default applies) and one sent as null cost differently: [] and [null].
  const schluessel = JSON.stringify([operationName ?? null, eintrag.variablen.map((n) => (Object.hasOwn(variables, n) ? [variables[n]] : []))]);
  const bekannt = eintrag.kosten.get(schluessel);
  if (bekannt !== undefined) return bekannt;
  const kosten = getComplexity({ schema, query: document, variables, operationName, estimators: [kostenSchaetzer(schema.getMutationType()?.name)] });
  if (eintrag.kosten.size >= KOSTEN_JE_DOKUMENT) eintrag.kosten.clear();
  eintrag.kosten.set(schluessel, kosten);
  return kosten;
}

/**
 * The refusal of an operation whose estimated cost exceeds `maxKosten`, naming both numbers; null when
 * it may run. Variables that do not fit their types cannot be estimated: execution refuses them with
 * its own clear error before any resolver runs. Used for HTTP (kostenPlugin) and WebSocket alike.
 */
export function kostenPruefen(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
  maxKosten: number = GRENZEN.maxKosten,
): GraphQLError | null {
  let kosten: number;
  try {
    kosten = anfrageKosten(schema, document, variables, operationName);
  } catch (e) {
    if (e instanceof GraphQLError) return null;
    throw e;
  }
  if (kosten <= maxKosten) return null;
  return new GraphQLError(
    `Anfrage zu aufwendig: geschätzte Kosten ${kosten}, erlaubt sind ${maxKosten}. Bitte weniger Felder oder kleinere Seiten (first) abfragen.`,
    { extensions: { code: 'KOSTEN_UEBERSCHRITTEN', kosten, maxKosten, http: { status: 400 } } },
  );
}

/** Refuses an operation over the cost limit before any resolver runs, with HTTP 400 (graphql-query-complexity). */
export function kostenPlugin(schema: GraphQLSchema, maxKosten: number = GRENZEN.maxKosten): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const abgelehnt = kostenPruefen(schema, document, request.variables ?? {}, request.operationName ?? undefined, maxKosten);
          if (abgelehnt) throw abgelehnt;
        },
      };
    },
  };
}
