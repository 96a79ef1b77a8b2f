import type { ApolloCache } from '@apollo/client';

/** The fields of an order that an action or a ticket change can alter. */
const GEAENDERTE_AUFTRAGSFELDER = [
  'status',
  'auftragsart',
  'aktualisiertAm',
  'stand',
  'hinweise',
  'moeglicheAktionen',
  'tickets',
  'erinnerungen',
  'kvs',
  'storno',
  'verlauf',
  'benachrichtigungen',
  'erwarteterRechnungsbetrag',
] as const;

/**
 * After an action or a ticket change: drop what the cache knows about the order's changing state
 * and every cached order and ticket list, so the overview, "Offene Punkte" and the ticket lists
 * show the new state (status, Hinweise, allowed actions, tickets) instead of the old one. Fields
 * that do not change (SPN-ID, vehicle, shop) stay, so a ticket page keeps showing its order.
 */
export function nachAenderungVerwerfen(cache: ApolloCache, auftragId: string | null | undefined): void {
  if (auftragId) {
    const id = cache.identify({ __typename: 'Auftrag', id: auftragId });
    for (const fieldName of GEAENDERTE_AUFTRAGSFELDER) cache.evict({ id, fieldName });
  }
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'auftraege' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'tickets' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'auftrag' });
  cache.gc();
}
