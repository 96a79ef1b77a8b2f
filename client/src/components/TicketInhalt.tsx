import {
  ANFORDERUNGS_GRUND_LABEL,
  formatDatum,
  formatDatumZeit,
  formatJaNein,
  FREIGABE_QUELLE_LABEL,
  label,
  REPARATURSTATUS_LABEL,
} from '../format';
import type { TicketInhalt } from '../gql/graphql';
import type { Angabe } from './Angaben';
import { Betrag } from './Betrag';
import { Mehrzeilig } from './Mehrzeilig';

type Inhalt = Partial<Omit<TicketInhalt, '__typename'>>;

/** The filled-in fields of the form that created the ticket, German labels (the others are null). */
export function ticketInhaltAngaben(inhalt: Inhalt): Angabe[] {
  const angaben: Angabe[] = [];
  const datum = (l: string, wert: string | null | undefined) => {
    if (wert) angaben.push({ label: l, wert: formatDatum(wert) });
  };
  if (inhalt.reparaturstatus) {
    angaben.push({ label: 'Reparaturstatus', wert: label(REPARATURSTATUS_LABEL, inhalt.reparaturstatus) });
  }
  datum('Termin', inhalt.termin);
  datum('Fahrzeug übernommen am', inhalt.fahrzeugUebernommenAm);
  datum('Voraussichtliche Fertigstellung', inhalt.voraussichtlicheFertigstellung);
  datum('Fertiggestellt am', inhalt.fertiggestelltAm);
  datum('Fahrzeug zurückgegeben am', inhalt.fahrzeugZurueckgegebenAm);
  datum('Freigabe erhalten am', inhalt.freigabeErhaltenAm);
  if (inhalt.betragNetto) {
    angaben.push({ label: 'Freigegebener Betrag netto', wert: <Betrag wert={inhalt.betragNetto} /> });
  }
  if (inhalt.quelle) angaben.push({ label: 'Quelle', wert: label(FREIGABE_QUELLE_LABEL, inhalt.quelle) });
  if (inhalt.referenz) angaben.push({ label: 'Referenz', wert: inhalt.referenz });
  if (inhalt.grund) angaben.push({ label: 'Grund', wert: label(ANFORDERUNGS_GRUND_LABEL, inhalt.grund) });
  if (inhalt.kundeHatUnterschrieben !== null && inhalt.kundeHatUnterschrieben !== undefined) {
    angaben.push({
      label: 'Kunde hat unterschrieben',
      wert: formatJaNein(inhalt.kundeHatUnterschrieben),
    });
  }
  return angaben;
}

interface Nachricht {
  von: string;
  text: string;
  gesendetAm: string;
}

/** A ticket's messages, oldest first: sender, time, text (plain text with line breaks). */
export function NachrichtenListe({ nachrichten }: { nachrichten: readonly Nachricht[] }) {
  return (
    <ol className="nachrichten">
      {nachrichten.map((nachricht, i) => (
        <li key={i}>
          <p className="nachricht-kopf">
            {nachricht.von}, {formatDatumZeit(nachricht.gesendetAm)}
          </p>
          <p>
            <Mehrzeilig text={nachricht.text} />
          </p>
        </li>
      ))}
    </ol>
  );
}
