import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

/** True if the error says the session is missing or expired (`extensions.code` UNAUTHENTICATED). */
export function istNichtAngemeldet(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return true;
    try {
      const body: unknown = JSON.parse(error.bodyText);
      const errors = (body as { errors?: { extensions?: { code?: unknown } }[] }).errors;
      return Array.isArray(errors) && errors.some((e) => e?.extensions?.code === 'UNAUTHENTICATED');
    } catch {
      return false;
    }
  }
  return false;
}

/** `ws://` or `wss://` of the page's own origin, path /graphql (the server's graphql-ws endpoint). */
function wsAdresse(): string {
  return `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/graphql`;
}

/**
 * The portal's Apollo Client: same-origin `/graphql` with the httpOnly session cookie (the client
 * never sees or stores a token), no retries (mutations must never be sent twice by the client),
 * and `onNichtAngemeldet` called whenever the server answers UNAUTHENTICATED. Subscriptions go over
 * WebSocket (graphql-ws) to the same address; the browser sends the session cookie with the upgrade.
 * The socket opens with the first subscription, closes shortly after the last, and reconnects a few
 * times after a network loss.
 */
export function createApolloClient(onNichtAngemeldet: () => void): ApolloClient {
  const errorLink = new ErrorLink(({ error }) => {
    if (istNichtAngemeldet(error)) onNichtAngemeldet();
  });
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  const wsLink = new GraphQLWsLink(
    createClient({
      url: wsAdresse(),
      lazy: true,
      lazyCloseTimeout: 3_000,
      retryAttempts: 5,
      // Closed by the server for a missing or ended session (4403): retrying would not help.
      shouldRetry: (e) => !(typeof e === 'object' && e !== null && 'code' in e && (e as { code: number }).code === 4403),
    }),
  );
  const nachArt = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    wsLink,
    httpLink,
  );

  return new ApolloClient({
    link: ApolloLink.from([errorLink, nachArt]),
    cache: new InMemoryCache({
      typePolicies: {
        // Objects without an id, owned by their parent: merge instead of replacing on refetch.
        Fahrzeug: { merge: true },
        Kunde: { merge: true },
        Rkue: { merge: true },
        Storno: { merge: true },
        KvSummen: { merge: true },
        TicketInhalt: { merge: true },
      },
    }),
  });
}
