import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { istNichtAngemeldet } from './apollo';

/** A German sentence for an error from Apollo Client; never shows technical details. */
export function fehlertext(error: unknown): string {
  if (istNichtAngemeldet(error)) {
    return 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.';
  }
  if (CombinedGraphQLErrors.is(error)) {
    if (error.errors.some((e) => e.extensions?.['code'] === 'FORBIDDEN')) {
      return 'Für diese Ansicht fehlt Ihnen die Berechtigung.';
    }
    return 'Die Daten konnten nicht geladen werden. Bitte versuchen Sie es erneut.';
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return 'Der Server hat nicht wie erwartet geantwortet. Bitte versuchen Sie es später erneut.';
  }
  return 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.';
}
