import type { ApolloServerPlugin } from '@apollo/server';

/** Errors of a well-formed request that the GraphQL-over-HTTP spec answers with 200 under `application/json`. */
const ANFRAGEFEHLER = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/** Whether the client asked for the legacy `application/json` only (not `application/graphql-response+json`). */
export function nurAltesJson(accept: string | undefined): boolean {
  if (!accept) return false;
  const typen = accept.split(',').map((t) => t.split(';')[0].trim().toLowerCase());
  return typen.includes('application/json') && !typen.includes('application/graphql-response+json');
}

/**
 * GraphQL over HTTP: a client that accepts only `application/json` (older clients) gets 200 for a
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
