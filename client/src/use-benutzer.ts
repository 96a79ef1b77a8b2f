import { useQuery } from '@apollo/client/react';
import { MeQuery } from './components/Layout';
import type { BenutzerKopfFragment } from './gql/graphql';

/**
 * The logged-in user as the layout loaded it (pages render only after that, so the cache has it);
 * null only if it is missing from the cache.
 */
export function useBenutzer(): BenutzerKopfFragment | null {
  const { data } = useQuery(MeQuery, { fetchPolicy: 'cache-only' });
  return data?.me ?? null;
}
