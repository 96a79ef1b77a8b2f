import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';

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

/**
 * The portal's Apollo Client: same-origin `/graphql` with the httpOnly session cookie (the client
 * never sees or stores a token), no retries (mutations must never be sent twice by the client),
 * and `onNichtAngemeldet` called whenever the server answers UNAUTHENTICATED.
 */
export function createApolloClient(onNichtAngemeldet: () => void): ApolloClient {
  const errorLink = new ErrorLink(({ error }) => {
    if (istNichtAngemeldet(error)) onNichtAngemeldet();
  });
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  return new ApolloClient({
    link: ApolloLink.from([errorLink, httpLink]),
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
