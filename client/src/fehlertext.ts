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

/**
 * A German sentence for an error that stopped a form submission (a mutation) before the server
 * answered with `fehler`. A network error leaves open whether the server got it: say so, and that
 * sending again is safe (the form repeats its idempotency key, so it is recorded only once).
 */
export function sendefehlertext(error: unknown, { mitSchluessel = true } = {}): string {
  const erneut = mitSchluessel
    ? 'Sie können sie erneut absenden – sie wird nur einmal erfasst.'
    : 'Bitte laden Sie die Seite neu und prüfen Sie, ob sie übernommen wurde, bevor Sie erneut absenden.';
  if (istNichtAngemeldet(error)) {
    return 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.';
  }
  if (CombinedGraphQLErrors.is(error)) {
    if (error.errors.some((e) => e.extensions?.['code'] === 'FORBIDDEN')) {
      return 'Für diese Aktion fehlt Ihnen die Berechtigung.';
    }
    if (error.errors.some((e) => e.extensions?.['code'] === 'BAD_USER_INPUT')) {
      return 'Eine Eingabe hat der Server nicht angenommen. Bitte prüfen Sie Ihre Angaben.';
    }
    return 'Die Eingabe konnte nicht verarbeitet werden. Bitte versuchen Sie es erneut.';
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return `Der Server hat nicht wie erwartet geantwortet. Möglicherweise wurde Ihre Eingabe nicht übernommen. ${erneut}`;
  }
  return `Der Server ist nicht erreichbar. Möglicherweise wurde Ihre Eingabe nicht übermittelt. Bitte prüfen Sie Ihre Verbindung. ${erneut}`;
}
