import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Abschnitt, Leer } from '../components/Abschnitt';
import { Fehlermeldung } from '../components/Fehlermeldung';
import { Laden } from '../components/Laden';
import { NachrichtSendenFormular } from '../components/NachrichtSendenFormular';
import { TicketBearbeitenFormular } from '../components/TicketBearbeitenFormular';
import { TicketAnsicht } from '../components/TicketDetails';
import { label, TICKET_STATUS_LABEL } from '../format';
import { istTicketOffen } from '../formular-regeln';
import { graphql } from '../gql/gql';
import {
  ticketPfad,
  TICKETS_PFAD,
  WARTESCHLANGE_PFAD,
  warteschlangeTicketPfad,
} from '../pfade';
import { useBenutzer } from '../use-benutzer';
import { useDocumentTitle } from '../use-document-title';
import { NurIntern } from './WarteschlangePage';

const TicketDetailQuery = graphql(`
  query TicketDetail($ticketNummer: String!) {
    ticket(ticketNummer: $ticketNummer) {
      ...TicketDetails
    }
  }
`);

type Modus = 'werkstatt' | 'intern';

/** `/tickets/:ticketNummer`: a shop's ticket with content, messages and "Nachricht senden". */
export function TicketPage() {
  return <TicketSeite modus="werkstatt" />;
}

/** `/ticket-warteschlange/:ticketNummer` (staff): a ticket with content, messages and "Bearbeiten". */
export function WarteschlangeTicketPage() {
  const benutzer = useBenutzer();
  if (benutzer?.rolle !== 'INTERN') return <NurIntern />;
  return <TicketSeite modus="intern" />;
}

/** A short confirmation after sending, in a status region that receives focus. */
function Erfolgsmeldung({ text }: { text: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [text]);
  return (
    <div ref={ref} tabIndex={-1} role="status" className="meldung meldung-erfolg">
      <p>{text}</p>
    </div>
  );
}

function TicketSeite({ modus }: { modus: Modus }) {
  const { ticketNummer: nummerParam = '' } = useParams();
  const navigate = useNavigate();
  const benutzer = useBenutzer();
  useDocumentTitle(`Ticket ${nummerParam}`);
  const { data, previousData, error, refetch } = useQuery(TicketDetailQuery, {
    variables: { ticketNummer: nummerParam },
    fetchPolicy: 'cache-and-network',
  });
  const anzeige = data ?? previousData;
  const ticket = anzeige?.ticket;
  const [erfolg, setErfolg] = useState<string | null>(null);
  // A new form (and idempotency key) after each successful submission.
  const [formularNr, setFormularNr] = useState(0);
  const zurListe = modus === 'intern' ? WARTESCHLANGE_PFAD : TICKETS_PFAD;
  const pfad = modus === 'intern' ? warteschlangeTicketPfad : ticketPfad;

  // The server tolerates other spellings of the number: show the canonical one in the URL.
  useEffect(() => {
    if (ticket && ticket.ticketNummer !== nummerParam) {
      void navigate(pfad(ticket.ticketNummer), { replace: true });
    }
  }, [ticket, nummerParam, navigate, pfad]);

  const rueckweg = (
    <p>
      <Link to={zurListe} className="link-gross">
        {modus === 'intern' ? 'Zurück zur Ticket-Warteschlange' : 'Zurück zu Meine Tickets'}
      </Link>
    </p>
  );

  return (
    <article className="ticket-seite">
      <h1>
        Ticket <span className="ticketnummer">{ticket?.ticketNummer ?? nummerParam}</span>
      </h1>
      {error && !anzeige ? (
        <Fehlermeldung error={error} onErneut={() => void refetch()} />
      ) : !anzeige ? (
        <Laden text="Ticket wird geladen …" />
      ) : !ticket ? (
        <>
          <div className="meldung meldung-warnung" role="status">
            <p>Kein Ticket mit dieser Nummer gefunden</p>
          </div>
          {rueckweg}
        </>
      ) : (
        <>
          {erfolg && <Erfolgsmeldung key={formularNr} text={erfolg} />}
          <TicketAnsicht ticket={ticket} mitWerkstatt={modus === 'intern'} />
          {modus === 'werkstatt' ? (
            <Abschnitt titel="Nachricht senden">
              {istTicketOffen(ticket.status) ? (
                <NachrichtSendenFormular
                  key={formularNr}
                  ticket={ticket}
                  onGesendet={() => {
                    setErfolg(`Ihre Nachricht zum Ticket ${ticket.ticketNummer} wurde gesendet.`);
                    setFormularNr((n) => n + 1);
                  }}
                />
              ) : (
                <Leer>
                  Dieses Ticket ist abgeschlossen ({label(TICKET_STATUS_LABEL, ticket.status)}). Für ein
                  neues Anliegen nutzen Sie bitte die passende Aktion auf der Auftragsübersicht.
                </Leer>
              )}
            </Abschnitt>
          ) : (
            <Abschnitt titel="Bearbeiten">
              {istTicketOffen(ticket.status) && benutzer?.rolle === 'INTERN' ? (
                <TicketBearbeitenFormular
                  key={formularNr}
                  ticket={ticket}
                  onGespeichert={(neu, mitAntwort) => {
                    setErfolg(
                      `Gespeichert: Das Ticket ${neu.ticketNummer} ist jetzt „${label(TICKET_STATUS_LABEL, neu.status)}“.` +
                        (mitAntwort ? ' Die Antwort wurde an die Werkstatt gesendet.' : ''),
                    );
                    setFormularNr((n) => n + 1);
                  }}
                />
              ) : (
                <Leer>
                  Dieses Ticket ist abgeschlossen ({label(TICKET_STATUS_LABEL, ticket.status)}); es kann
                  nicht mehr bearbeitet werden.
                </Leer>
              )}
            </Abschnitt>
          )}
          {rueckweg}
        </>
      )}
    </article>
  );
}
