import { randomUUID } from 'node:crypto';
import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** Codes a client may see with their own message; everything else is masked. */
const OEFFENTLICHE_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // Limits (graphql/grenzen.ts, http/drosselung.ts)
  'KOSTEN_UEBERSCHRITTEN',
  'ZU_VIELE_ANFRAGEN',
]);

export interface FehlerProtokoll {
  error(objekt: Record<string, unknown>, nachricht: string): void;
}

/**
 * Apollo's formatError: expected errors pass with their German message; an unexpected one (a bug, a
 * database error) reaches the client only as a generic message with an error id that is also in the
 * server log, never with SQL, a stack or data.
 */
export function fehlerMaskieren(log: FehlerProtokoll) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && OEFFENTLICHE_CODES.has(code)) {
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const fehlerId = randomUUID();
    const original = unwrapResolverError(error);
    log.error({ fehlerId, pfad: formatted.path, fehler: original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : String(original) }, 'Unerwarteter Fehler');
    return {
      message: `Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut (Fehler-ID ${fehlerId}).`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', fehlerId },
    };
  };
}
