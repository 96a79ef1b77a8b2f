import { Link } from 'react-router';
import { AKTION_LABEL, formatDatumZeit, label, TICKET_STATUS_LABEL } from '../format';
import { graphql } from '../gql/gql';
import type { TicketDetailsFragment } from '../gql/graphql';
import { auftragPfad } from '../pfade';
import { Abschnitt, Leer } from './Abschnitt';
import { Angaben } from './Angaben';
import { NachrichtenListe, ticketInhaltAngaben } from './TicketInhalt';

export const TicketDetails = graphql(`
  fragment TicketDetails on Ticket {
    id
    ticketNummer
    aktion
    status
    erstelltAm
    auftrag {
      id
      spnId
      fahrzeug {
        kennzeichen
      }
      werkstatt {
        id
        name
        partnerNummer
      }
    }
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
`);

/** Ticket data (action, state, order, shop for staff), the form content and the messages. */
export function TicketAnsicht({ ticket, mitWerkstatt }: { ticket: TicketDetailsFragment; mitWerkstatt: boolean }) {
  const inhalt = ticketInhaltAngaben(ticket.inhalt);
  const { werkstatt } = ticket.auftrag;
  return (
    <>
      <Abschnitt titel="Ticket">
        <Angaben
          angaben={[
            { label: 'Ticketnummer', wert: <span className="ticketnummer">{ticket.ticketNummer}</span> },
            { label: 'Aktion', wert: label(AKTION_LABEL, ticket.aktion) },
            {
              label: 'Status',
              wert: <span className="status">{label(TICKET_STATUS_LABEL, ticket.status)}</span>,
            },
            {
              label: 'Auftrag',
              wert: (
                <Link to={auftragPfad(ticket.auftrag.spnId)} className="spn-id">
                  {ticket.auftrag.spnId}
                </Link>
              ),
            },
            {
              label: 'Kennzeichen',
              wert: <span className="kennzeichen">{ticket.auftrag.fahrzeug.kennzeichen}</span>,
            },
            ...(mitWerkstatt
              ? [{ label: 'Werkstatt', wert: `${werkstatt.name} (Partner-Nr. ${werkstatt.partnerNummer})` }]
              : []),
            { label: 'Erstellt am', wert: formatDatumZeit(ticket.erstelltAm) },
          ]}
        />
      </Abschnitt>
      <Abschnitt titel="Inhalt der Meldung">
        {inhalt.length === 0 ? <Leer>Keine Angaben.</Leer> : <Angaben angaben={inhalt} />}
      </Abschnitt>
      <Abschnitt titel="Nachrichten">
        {ticket.nachrichten.length === 0 ? (
          <Leer>Noch keine Nachrichten.</Leer>
        ) : (
          <NachrichtenListe nachrichten={ticket.nachrichten} />
        )}
      </Abschnitt>
    </>
  );
}
