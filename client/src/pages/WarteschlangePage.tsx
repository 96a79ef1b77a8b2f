import { Link } from 'react-router';
import { TicketFilterFelder } from '../components/TicketFilterFelder';
import { TicketTabelle } from '../components/TicketTabelle';
import { TICKETS_PFAD, warteschlangeTicketPfad } from '../pfade';
import { useBenutzer } from '../use-benutzer';
import { useDocumentTitle } from '../use-document-title';

/** `/ticket-warteschlange` (staff): all shops' tickets, open and oldest first, filterable by status and action. */
export function WarteschlangePage() {
  useDocumentTitle('Ticket-Warteschlange');
  const benutzer = useBenutzer();
  if (benutzer?.rolle !== 'INTERN') return <NurIntern />;
  return (
    <>
      <h1>Ticket-Warteschlange</h1>
      <p className="einleitung">
        Die Tickets aller Werkstätten: offene zuerst, die ältesten oben.
      </p>
      <TicketFilterFelder mitAktion>
        {({ filter, schluessel, gefiltert }) => (
          <TicketTabelle
            key={schluessel}
            filter={filter}
            beschriftung="Ticket-Warteschlange"
            leerText={gefiltert ? 'Keine Tickets zu diesem Filter.' : 'Es liegen keine Tickets vor.'}
            detailPfad={warteschlangeTicketPfad}
            mitWerkstatt
          />
        )}
      </TicketFilterFelder>
    </>
  );
}

/** What a shop user sees on a staff page. */
export function NurIntern() {
  return (
    <>
      <h1>Ticket-Warteschlange</h1>
      <p className="meldung meldung-warnung" role="status">
        Die Ticket-Warteschlange ist nur für Mitarbeiter des SPN-Netzwerks. Ihre eigenen Tickets
        finden Sie unter „Meine Tickets“.
      </p>
      <p>
        <Link to={TICKETS_PFAD} className="link-gross">
          Meine Tickets
        </Link>
      </p>
    </>
  );
}
