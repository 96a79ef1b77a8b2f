import type { ApolloServerPlugin } from '@apollo/server';

/** Errors of a well-formed request that the GraphQL-over-HTTP spec answers with 200 under `application/json`. */
const ANFRAGEFEHLER = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * Whether the client is a legacy one: it does not accept `application/graphql-response+json` (it sent
 * `application/json`, the wildcard or no Accept header), so it gets `application/json`, where the
 * specification says a request error SHOULD still be answered with 200.
 */
export function nurAltesJson(accept: string | undefined): boolean {
  const typen = (accept ?? '').split(',').map((t) => t.split(';')[0].trim().toLowerCase());
  return !typen.includes('application/graphql-response+json');
}

/**
 * GraphQL over HTTP: a client that does not accept `application/graphql-response+json` (older
 * clients) gets 200 for a
 * parse, validation or variable error, as the specification says it SHOULD, because such clients
 * read the errors from the body; with `application/graphql-response+json` (the portal's client and
 * every current one) these stay 4xx. Apollo itself answers 400 in both cases.
 */
export function altesJsonStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      if (!nurAltesJson(request.http?.headers.get('accept'))) return;
      return {
        async willSendResponse({ response, errors }) {
          if (response.http.status !== 400 || !errors?.length) return;
          if (errors.every((e) => ANFRAGEFEHLER.has(String(e.extensions?.code)))) response.http.status = 200;
        },
      };
    },
  };
}
