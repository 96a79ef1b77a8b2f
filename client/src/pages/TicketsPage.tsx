import { Link } from 'react-router';
import { TicketFilterFelder } from '../components/TicketFilterFelder';
import { TicketTabelle } from '../components/TicketTabelle';
import { ticketPfad, WARTESCHLANGE_PFAD } from '../pfade';
import { useBenutzer } from '../use-benutzer';
import { useDocumentTitle } from '../use-document-title';

/** `/tickets`: the shop's tickets ("Meine Tickets"), open first, filterable by status (kept in the URL). */
export function TicketsPage() {
  useDocumentTitle('Meine Tickets');
  const benutzer = useBenutzer();
  if (benutzer?.rolle === 'INTERN') {
    return (
      <>
        <h1>Meine Tickets</h1>
        <p className="meldung meldung-info">
          Als Mitarbeiter des SPN-Netzwerks finden Sie die Tickets aller Werkstätten in der
          Ticket-Warteschlange.
        </p>
        <p>
          <Link to={WARTESCHLANGE_PFAD} className="link-gross">
            Zur Ticket-Warteschlange
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Meine Tickets</h1>
      <p className="einleitung">
        Ihre Meldungen (Vorgangsinfo, Fehlende Freigabe, Auftrag anfordern) mit Ticketnummer und
        Bearbeitungsstand – offene zuerst. Bei Rückfragen nennen Sie uns bitte die Ticketnummer.
      </p>
      <TicketFilterFelder mitAktion={false}>
        {({ filter, schluessel, gefiltert }) => (
          <TicketTabelle
            key={schluessel}
            filter={filter}
            beschriftung="Meine Tickets"
            leerText={gefiltert ? 'Keine Tickets mit diesem Status.' : 'Sie haben noch keine Tickets.'}
            detailPfad={ticketPfad}
          />
        )}
      </TicketFilterFelder>
    </>
  );
}
