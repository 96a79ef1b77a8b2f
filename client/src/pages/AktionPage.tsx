import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { AuftragFormular } from '../components/aktion/AuftragFormular';
import { Bestaetigung } from '../components/aktion/Bestaetigung';
import type { ErgebnisTicket } from '../components/aktion/AktionErgebnis';
import { Fehlermeldung } from '../components/Fehlermeldung';
import { Laden } from '../components/Laden';
import { AKTION_LABEL, AUFTRAGSSTATUS_LABEL, aktionZuSlug, label } from '../format';
import { aktionNichtMoeglichGrund, istTicketOffen } from '../formular-regeln';
import { graphql } from '../gql/gql';
import type { Aktion } from '../gql/graphql';
import { auftragPfad, START_PFAD, WARTESCHLANGE_PFAD } from '../pfade';
import { useBenutzer } from '../use-benutzer';
import { useDocumentTitle } from '../use-document-title';
import { NichtGefundenPage } from './NichtGefundenPage';

const AktionAuftragQuery = graphql(`
  query AktionAuftrag($spnId: String!) {
    auftrag(spnId: $spnId) {
      id
      spnId
      status
      auftragsart
      vermitteltAm
      moeglicheAktionen
      fahrzeug {
        kennzeichen
      }
      kvs {
        id
        status
      }
      tickets {
        id
        ticketNummer
        aktion
        status
        inhalt {
          fahrzeugUebernommenAm
        }
      }
    }
  }
`);

/**
 * `/auftrag/:spnId/aktion/vorgangsinfo|fehlende-freigabe|auftrag-anfordern`: the form of one of the
 * three portal actions, offered only while the order allows it (`moeglicheAktionen`, fetched
 * fresh), and after sending the confirmation with the ticket number.
 */
export function AktionPage() {
  const { spnId = '', aktion: slug } = useParams();
  const aktion = aktionZuSlug(slug);
  if (!aktion) return <NichtGefundenPage />;
  // A new form instance (new idempotency key) for every order and action.
  return <AktionSeite key={`${spnId}/${aktion}`} spnId={spnId} aktion={aktion} />;
}

const EINLEITUNG: Record<Aktion, string> = {
  VORGANGSINFO:
    'Melden Sie den aktuellen Reparatur- oder Terminstatus. Offene Erinnerungen zu diesem Auftrag sind damit erledigt.',
  FEHLENDE_FREIGABE:
    'Sie haben für diesen Auftrag eine Freigabe erhalten, die im Portal nicht angezeigt wird? Melden Sie sie hier; das SPN-Team prüft sie.',
  AUFTRAG_ANFORDERN:
    'Fordern Sie einen Reparaturauftrag an, wenn für diesen Auftrag nur ein KV-Service-Auftrag vorliegt oder er fälschlicherweise storniert wurde.',
};

function AktionSeite({ spnId, aktion }: { spnId: string; aktion: Aktion }) {
  const titel = AKTION_LABEL[aktion];
  useDocumentTitle(`${titel} – ${spnId}`);
  const benutzer = useBenutzer();
  const [erfolg, setErfolg] = useState<{ ticket: ErgebnisTicket; spnId: string; bestehend: boolean } | null>(null);
  const { data, error, refetch } = useQuery(AktionAuftragQuery, {
    variables: { spnId },
    fetchPolicy: 'network-only',
    skip: benutzer !== null && benutzer.rolle !== 'WERKSTATT',
  });
  const auftrag = data?.auftrag;

  if (erfolg) {
    return <Bestaetigung ticket={erfolg.ticket} spnId={erfolg.spnId} bestehend={erfolg.bestehend} />;
  }

  const kopf = (
    <>
      <h1 id="aktion-titel">{titel}</h1>
      <p className="aktion-auftrag">
        Auftrag <span className="spn-id">{auftrag?.spnId ?? spnId}</span>
        {auftrag && (
          <>
            {' · '}Kennzeichen <span className="kennzeichen">{auftrag.fahrzeug.kennzeichen}</span>
            {' · '}Status {label(AUFTRAGSSTATUS_LABEL, auftrag.status)}
          </>
        )}
      </p>
    </>
  );
  const zurueck = (
    <p>
      <Link to={auftragPfad(auftrag?.spnId ?? spnId)} className="link-gross">
        Zurück zur Auftragsübersicht
      </Link>
    </p>
  );

  if (benutzer && benutzer.rolle !== 'WERKSTATT') {
    return (
      <>
        {kopf}
        <div className="meldung meldung-warnung" role="status">
          <p>
            Die Aktion „{titel}“ meldet die Werkstatt des Auftrags. Als Mitarbeiter des SPN-Netzwerks
            bearbeiten Sie die Meldungen in der Ticket-Warteschlange.
          </p>
        </div>
        <p>
          <Link to={WARTESCHLANGE_PFAD} className="link-gross">
            Zur Ticket-Warteschlange
          </Link>
        </p>
        {zurueck}
      </>
    );
  }
  if (error) {
    return (
      <>
        {kopf}
        <Fehlermeldung error={error} onErneut={() => void refetch()} />
      </>
    );
  }
  if (!data) {
    return (
      <>
        {kopf}
        <Laden text="Auftrag wird geladen …" />
      </>
    );
  }
  if (!auftrag) {
    return (
      <>
        {kopf}
        <div className="meldung meldung-warnung" role="status">
          <p>Kein Auftrag mit dieser SPN-ID gefunden</p>
          <p>
            <Link to={START_PFAD} className="link-gross">
              Zur Suche
            </Link>
          </p>
        </div>
      </>
    );
  }
  if (!auftrag.moeglicheAktionen.includes(aktion)) {
    return (
      <>
        {kopf}
        <div className="meldung meldung-warnung" role="status">
          <p>
            <strong>Die Aktion „{titel}“ ist für diesen Auftrag zurzeit nicht möglich.</strong>
          </p>
          <p>{aktionNichtMoeglichGrund(aktion, auftrag)}</p>
        </div>
        {zurueck}
      </>
    );
  }

  const offenesTicket = auftrag.tickets.find((t) => t.aktion === aktion && istTicketOffen(t.status));
  return (
    <>
      {kopf}
      <p className="einleitung">{EINLEITUNG[aktion]}</p>
      {offenesTicket && (
        <p className="meldung meldung-info">
          Zu dieser Aktion ist bereits das Ticket{' '}
          <span className="ticketnummer">{offenesTicket.ticketNummer}</span> offen. Ihre Meldung wird
          diesem Ticket hinzugefügt.
        </p>
      )}
      <AuftragFormular
        aktion={aktion}
        auftrag={auftrag}
        titelId="aktion-titel"
        onErfolg={(ticket) =>
          setErfolg({
            ticket,
            spnId: auftrag.spnId,
            bestehend: auftrag.tickets.some((t) => t.ticketNummer === ticket.ticketNummer),
          })
        }
      />
    </>
  );
}
