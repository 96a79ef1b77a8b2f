import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { AKTION_LABEL, label } from '../../format';
import { auftragPfad, TICKETS_PFAD } from '../../pfade';
import { useDocumentTitle } from '../../use-document-title';
import type { ErgebnisTicket } from './AktionErgebnis';

interface Props {
  ticket: ErgebnisTicket;
  spnId: string;
  /** The ticket was already open: the filing was added to it as a message. */
  bestehend: boolean;
}

/**
 * After a successful action: the ticket number, big, and the FAQ sentence what it means; focus
 * moves to the heading so screen readers announce the result.
 */
export function Bestaetigung({ ticket, spnId, bestehend }: Props) {
  const titelRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(`Meldung erhalten – ${ticket.ticketNummer}`);
  useEffect(() => {
    titelRef.current?.focus();
  }, []);

  return (
    <section className="bestaetigung" aria-labelledby="bestaetigung-titel">
      <h1 id="bestaetigung-titel" ref={titelRef} tabIndex={-1}>
        Meldung erhalten
      </h1>
      <p className="ticketnummer-anzeige">
        <span className="ticketnummer-label">Ihre Ticketnummer</span>
        <strong className="ticketnummer ticketnummer-gross">{ticket.ticketNummer}</strong>
      </p>
      <p className="bestaetigung-text">
        Ihre Meldung haben wir erhalten und bearbeiten diese unter der Ticketnummer{' '}
        <span className="ticketnummer">{ticket.ticketNummer}</span>. Falls Sie Rückfragen haben oder
        weitere Infos melden möchten, nennen Sie uns bitte diese Ticketnummer.
      </p>
      {bestehend && (
        <p className="meldung meldung-info">
          Zu dieser Aktion war bereits das Ticket {ticket.ticketNummer} offen. Ihre Meldung wurde
          diesem Ticket hinzugefügt.
        </p>
      )}
      <p className="klein">
        Aktion „{label(AKTION_LABEL, ticket.aktion)}“ zum Auftrag <span className="spn-id">{spnId}</span>
      </p>
      <ul className="link-liste">
        <li>
          <Link to={auftragPfad(spnId)} className="link-gross">
            Zur Auftragsübersicht
          </Link>
        </li>
        <li>
          <Link to={TICKETS_PFAD} className="link-gross">
            Meine Tickets
          </Link>
        </li>
      </ul>
    </section>
  );
}
