import type { Aktion } from './gql/graphql';
import { AKTION_SLUG } from './format';

export const LOGIN_PFAD = '/anmelden';
export const START_PFAD = '/';
export const AUFTRAEGE_PFAD = '/auftraege';
export const OFFENE_PUNKTE_PFAD = '/offene-punkte';

/** Path of an order's overview: `/auftrag/SPN-2026-004711`. */
export function auftragPfad(spnId: string): string {
  return `/auftrag/${encodeURIComponent(spnId)}`;
}

/** Path of an action's form page: `/auftrag/SPN-2026-004711/aktion/vorgangsinfo`. */
export function aktionPfad(spnId: string, aktion: Aktion): string {
  return `${auftragPfad(spnId)}/aktion/${AKTION_SLUG[aktion]}`;
}

export const TICKETS_PFAD = '/tickets';
export const WARTESCHLANGE_PFAD = '/ticket-warteschlange';

/** Path of a shop's ticket: `/tickets/SSP-2026-000042`. */
export function ticketPfad(ticketNummer: string): string {
  return `${TICKETS_PFAD}/${encodeURIComponent(ticketNummer)}`;
}

/** Path of a ticket in the staff queue: `/ticket-warteschlange/SSP-2026-000042`. */
export function warteschlangeTicketPfad(ticketNummer: string): string {
  return `${WARTESCHLANGE_PFAD}/${encodeURIComponent(ticketNummer)}`;
}

export const PASSWORT_VERGESSEN_PFAD = '/passwort-vergessen';
/** Pages the links of the account e-mails open (the token follows in the fragment: `#token=…`). */
export const EINLADUNG_PFAD = '/einladung';
export const PASSWORT_ZURUECKSETZEN_PFAD = '/passwort-zuruecksetzen';
export const KONTO_PFAD = '/konto';
export const BENUTZER_PFAD = '/benutzer';
export const WERKSTAETTEN_PFAD = '/werkstaetten';
export const API_SCHLUESSEL_PFAD = '/api-schluessel';

/** Staff's page of one shop (its users): `/werkstaetten/12`. */
export function werkstattPfad(werkstattId: string): string {
  return `${WERKSTAETTEN_PFAD}/${encodeURIComponent(werkstattId)}`;
}
