import { AKTION_LABEL, formatDatumZeit, label, TICKET_STATUS_LABEL } from '../format';
import { graphql } from '../gql/gql';
import type { TicketListeFragment } from '../gql/graphql';
import { Abschnitt, Leer } from './Abschnitt';
import { Angaben } from './Angaben';
import { NachrichtenListe, ticketInhaltAngaben } from './TicketInhalt';

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
                  ...ticketInhaltAngaben(ticket.inhalt),
                ]}
              />
              {ticket.nachrichten.length > 0 && (
                <>
                  <h4>Nachrichten</h4>
                  <NachrichtenListe nachrichten={ticket.nachrichten} />
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
