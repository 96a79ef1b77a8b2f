import { AKTION_TEXT, ANFORDERUNGSGRUND_TEXT, FREIGABEQUELLE_TEXT, REPARATURSTATUS_TEXT, euro, jaNein } from '../../common/bezeichnungen';
import { Aktion } from '../../common/enums';
import { datumText } from '../../common/zeit';
import type { TicketEntity } from './ticket.entity';

/** The form content of a ticket (TicketInhalt); fields the form does not have are null. */
export type TicketInhaltDaten = Partial<
  Pick<
    TicketEntity,
    | 'reparaturstatus'
    | 'termin'
    | 'fahrzeugUebernommenAm'
    | 'voraussichtlicheFertigstellung'
    | 'fertiggestelltAm'
    | 'fahrzeugZurueckgegebenAm'
    | 'freigabeErhaltenAm'
    | 'betragNettoCent'
    | 'quelle'
    | 'referenz'
    | 'grund'
    | 'kundeHatUnterschrieben'
  >
>;

/**
 * Each form field as the shop reads it on the ticket (the client's TicketInhalt labels): German label
 * and value, in the order of the form. A Record over every field, so a new one needs its wording.
 */
const INHALT_ZEILE: { [F in keyof TicketInhaltDaten]-?: (wert: NonNullable<TicketInhaltDaten[F]>) => string } = {
  reparaturstatus: (w) => `Reparaturstatus: ${REPARATURSTATUS_TEXT[w]}`,
  termin: (w) => `Termin: ${datumText(w)}`,
  fahrzeugUebernommenAm: (w) => `Fahrzeug übernommen am: ${datumText(w)}`,
  voraussichtlicheFertigstellung: (w) => `Voraussichtliche Fertigstellung: ${datumText(w)}`,
  fertiggestelltAm: (w) => `Fertiggestellt am: ${datumText(w)}`,
  fahrzeugZurueckgegebenAm: (w) => `Fahrzeug zurückgegeben am: ${datumText(w)}`,
  freigabeErhaltenAm: (w) => `Freigabe erhalten am: ${datumText(w)}`,
  betragNettoCent: (w) => `Freigegebener Betrag netto: ${euro(w)}`,
  quelle: (w) => `Quelle: ${FREIGABEQUELLE_TEXT[w]}`,
  referenz: (w) => `Referenz: ${w}`,
  grund: (w) => `Grund: ${ANFORDERUNGSGRUND_TEXT[w]}`,
  kundeHatUnterschrieben: (w) => `Kunde hat unterschrieben: ${jaNein(w)}`,
};

/**
 * A follow-up filing as a message: a heading, the form fields that were set (German labels, dates
 * DD.MM.YYYY, amounts in euros), then the free text.
 */
export function inhaltAlsText(e: { aktion: Aktion; inhalt: TicketInhaltDaten; nachricht: string | null }): string {
  const felder = (Object.keys(INHALT_ZEILE) as (keyof TicketInhaltDaten)[]).flatMap((feld) => {
    const wert = e.inhalt[feld];
    if (wert === null || wert === undefined) return [];
    return [(INHALT_ZEILE[feld] as (w: unknown) => string)(wert)];
  });
  return [`Erneute Meldung „${AKTION_TEXT[e.aktion]}“`, ...felder, e.nachricht ?? ''].filter(Boolean).join('\n');
}
