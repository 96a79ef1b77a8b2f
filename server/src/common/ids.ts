/** SPN-IDs (`SPN-YYYY-NNNNNN`) and ticket numbers (`SSP-YYYY-NNNNNN`), and the matching rules for plates and claim numbers. */

const SPN_ID = /^(?:SPN-?)?(\d{4})-?(\d{6})$/;

/**
 * Normalises what a user typed into the canonical SPN-ID, tolerating case, surrounding spaces and a
 * missing `SPN-` prefix (domain.md, Glossary). Null when it cannot be an SPN-ID.
 */
export function normalisiereSpnId(eingabe: string): string | null {
  const m = SPN_ID.exec(eingabe.trim().toUpperCase());
  return m ? `SPN-${m[1]}-${m[2]}` : null;
}

export function formatiereNummer(praefix: 'SPN' | 'SSP', jahr: number, laufend: number): string {
  return `${praefix}-${jahr}-${String(laufend).padStart(6, '0')}`;
}

const TICKET_NUMMER = /^SSP-?(\d{4})-?(\d{6})$/;

export function normalisiereTicketNummer(eingabe: string): string | null {
  const m = TICKET_NUMMER.exec(eingabe.trim().toUpperCase());
  return m ? `SSP-${m[1]}-${m[2]}` : null;
}

/** Plate as used for matching: Unicode NFC, upper case, without spaces and hyphens ("lö-x 7e" → "LÖX7E"). */
export function normalisiereKennzeichen(kennzeichen: string): string {
  return kennzeichen.normalize('NFC').toUpperCase().replace(/[\s\-‐‑–]/gu, '');
}

/** Claim number as used for matching: upper case, without spaces. */
export function normalisiereSchadennummer(schadennummer: string): string {
  return schadennummer.normalize('NFC').toUpperCase().replace(/\s/gu, '');
}

/** Schadennummer syntax of domain.md: at most 30 characters of letters, digits, `-`, `/`, `.` and spaces. */
export function schadennummerGueltig(schadennummer: string): boolean {
  return /^[\p{L}\p{N}\-/. ]{1,30}$/u.test(schadennummer.normalize('NFC')) && schadennummer.trim().length > 0;
}

/** Free-text search key: upper case without spaces and hyphens, so plates, claim numbers and SPN-IDs match loosely. */
export function normalisiereSuche(text: string): string {
  return normalisiereKennzeichen(text);
}

/** The order's search key of the list filter `suche`: SPN-ID, claim number and plate, normalised and separated by `|`. */
export function suchtextBilden(spnId: string, schadennummer: string, kennzeichen: string): string {
  return `|${normalisiereSuche(spnId)}|${normalisiereSuche(schadennummer)}|${normalisiereSuche(kennzeichen)}|`;
}
