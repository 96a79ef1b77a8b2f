import {
  AKTION_LABEL,
  ANFORDERUNGS_GRUND_LABEL,
  formatDatum,
  formatDatumZeit,
  formatJaNein,
  FREIGABE_QUELLE_LABEL,
  label,
  REPARATURSTATUS_LABEL,
  TICKET_STATUS_LABEL,
} from '../format';
import { graphql } from '../gql/gql';
import type { TicketListeFragment } from '../gql/graphql';
import { Abschnitt, Leer } from './Abschnitt';
import { Angaben, type Angabe } from './Angaben';
import { Betrag } from './Betrag';
import { Mehrzeilig } from './Mehrzeilig';

export const TicketListe = graphql(`
  fragment TicketListe on Auftrag {
    tickets {
      id
      ticketNummer
      aktion
      status
      erstelltAm
      inhalt {
        reparaturstatus
        termin
        fahrzeugUebernommenAm
        voraussichtlicheFertigstellung
        fertiggestelltAm
        fahrzeugZurueckgegebenAm
        freigabeErhaltenAm
        betragNetto
        quelle
        referenz
        grund
        kundeHatUnterschrieben
      }
      nachrichten {
        von
        text
        gesendetAm
      }
    }
  }
`);

type Ticket = TicketListeFragment['tickets'][number];

/** The filled-in fields of the form that created the ticket (the others are null). */
function inhaltAngaben(inhalt: Ticket['inhalt']): Angabe[] {
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
  if (inhalt.betragNetto) angaben.push({ label: 'Betrag netto', wert: <Betrag wert={inhalt.betragNetto} /> });
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

/** The shop's tickets on this order: number, action, state, content and messages. */
export function TicketsAbschnitt({ auftrag }: { auftrag: TicketListeFragment }) {
  return (
    <Abschnitt titel="Tickets">
      {auftrag.tickets.length === 0 ? (
        <Leer>Keine Tickets.</Leer>
      ) : (
        <ul className="eintraege">
          {auftrag.tickets.map((ticket) => (
            <li className="eintrag" key={ticket.id}>
              <h3>
                Ticket <span className="ticketnummer">{ticket.ticketNummer}</span>
              </h3>
              <Angaben
                angaben={[
                  { label: 'Aktion', wert: label(AKTION_LABEL, ticket.aktion) },
                  { label: 'Status', wert: label(TICKET_STATUS_LABEL, ticket.status) },
                  { label: 'Erstellt am', wert: formatDatumZeit(ticket.erstelltAm) },
                  ...inhaltAngaben(ticket.inhalt),
                ]}
              />
              {ticket.nachrichten.length > 0 && (
                <>
                  <h4>Nachrichten</h4>
                  <ol className="nachrichten">
                    {ticket.nachrichten.map((nachricht, i) => (
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
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="klein">
        Bei Rückfragen oder weiteren Informationen nennen Sie uns bitte die Ticketnummer.
      </p>
    </Abschnitt>
  );
}
