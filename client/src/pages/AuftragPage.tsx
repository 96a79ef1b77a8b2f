import { NetworkStatus } from '@apollo/client';
import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { AuftragKopf } from '../components/AuftragKopf';
import { BenachrichtigungenAbschnitt } from '../components/BenachrichtigungenAbschnitt';
import { EingaengeAbschnitt } from '../components/EingaengeAbschnitt';
import { ErinnerungenAbschnitt } from '../components/ErinnerungenAbschnitt';
import { Fehlermeldung } from '../components/Fehlermeldung';
import { FreigabenAbschnitt } from '../components/FreigabenAbschnitt';
import { HinweiseAbschnitt } from '../components/HinweiseAbschnitt';
import { KvAbschnitt } from '../components/KvAbschnitt';
import { Laden } from '../components/Laden';
import { RechnungenAbschnitt } from '../components/RechnungenAbschnitt';
import { RkueAbschnitt } from '../components/RkueAbschnitt';
import { StornoAbschnitt } from '../components/StornoAbschnitt';
import { TicketsAbschnitt } from '../components/TicketsAbschnitt';
import { VerlaufAbschnitt } from '../components/VerlaufAbschnitt';
import { formatDatumZeit } from '../format';
import { graphql } from '../gql/gql';
import { auftragPfad, START_PFAD } from '../pfade';
import { useDocumentTitle } from '../use-document-title';

const AuftragUebersichtQuery = graphql(`
  query AuftragUebersicht($spnId: String!) {
    auftrag(spnId: $spnId) {
      id
      spnId
      stand
      ...AuftragKopfdaten
      ...AuftragHinweise
      ...KvListe
      ...FreigabeListe
      ...RkueAngaben
      ...RechnungListe
      ...StornoAngaben
      ...ErinnerungListe
      ...TicketListe
      ...EingangListe
      ...BenachrichtigungListe
      ...VerlaufListe
    }
  }
`);

const AuftragAktualisiertSubscription = graphql(`
  subscription AuftragAktualisiert($spnId: String!) {
    auftragAktualisiert(spnId: $spnId) {
      auftrag {
        id
        status
      }
      ereignis {
        id
        zeitpunkt
        beschreibung
      }
    }
  }
`);

/**
 * `/auftrag/:spnId`: everything the network has recorded for one order at the moment of the call
 * (always fetched from the server), with the next step first. While it is open, the page subscribes
 * to the order's changes (new status, KV, Freigabe, ticket answer …): each one reloads the overview
 * and is announced politely ("Neu: …") without moving the focus.
 */
export function AuftragPage() {
  const { spnId: spnIdParam = '' } = useParams();
  const navigate = useNavigate();
  useDocumentTitle(`Auftrag ${spnIdParam}`);
  const { data, error, refetch, networkStatus } = useQuery(AuftragUebersichtQuery, {
    variables: { spnId: spnIdParam },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const auftrag = data?.auftrag;
  const [neuigkeit, setNeuigkeit] = useState<{ id: string; text: string; zeitpunkt: string } | null>(null);

  useSubscription(AuftragAktualisiertSubscription, {
    variables: { spnId: auftrag?.spnId ?? spnIdParam },
    skip: !auftrag,
    onData: ({ data: ergebnis }) => {
      const ereignis = ergebnis.data?.auftragAktualisiert.ereignis;
      if (!ereignis) return;
      setNeuigkeit({ id: ereignis.id, text: ereignis.beschreibung, zeitpunkt: ereignis.zeitpunkt });
      void refetch();
    },
  });

  // The server tolerates case, spaces and a missing prefix: show the canonical SPN-ID in the URL.
  useEffect(() => {
    if (auftrag && auftrag.spnId !== spnIdParam) {
      void navigate(auftragPfad(auftrag.spnId), { replace: true });
    }
  }, [auftrag, spnIdParam, navigate]);

  const aktualisiert = networkStatus === NetworkStatus.refetch;

  return (
    <article className="uebersicht">
      <h1>
        Auftragsübersicht <span className="spn-id">{auftrag?.spnId ?? spnIdParam}</span>
      </h1>

      {error ? (
        <Fehlermeldung error={error} onErneut={() => void refetch()} />
      ) : !data ? (
        <Laden text="Auftrag wird geladen …" />
      ) : !auftrag ? (
        <div className="meldung meldung-warnung" role="status">
          <p>Kein Auftrag mit dieser SPN-ID gefunden</p>
          <p>
            <Link to={START_PFAD} className="link-gross">
              Zur Suche
            </Link>
          </p>
        </div>
      ) : (
        <>
          <div className="stand-zeile">
            <p>
              Angezeigt wird der zum Zeitpunkt des Aufrufs im SPN System hinterlegte Stand:{' '}
              <strong>{formatDatumZeit(auftrag.stand)}</strong>.
            </p>
            <div className="aktionen">
              <button
                type="button"
                className="knopf knopf-zweit"
                onClick={() => void refetch()}
                disabled={aktualisiert}
              >
                Aktualisieren
              </button>
              <button type="button" className="knopf knopf-zweit" onClick={() => window.print()}>
                Drucken
              </button>
            </div>
            {aktualisiert && <Laden text="Wird aktualisiert …" />}
          </div>
          <p className="live-hinweis" role="status" aria-live="polite" aria-atomic="true">
            {neuigkeit ? (
              <>
                Neu ({formatDatumZeit(neuigkeit.zeitpunkt)}): {neuigkeit.text} Die Übersicht wurde aktualisiert.
              </>
            ) : null}
          </p>
          <HinweiseAbschnitt auftrag={auftrag} />
          <AuftragKopf auftrag={auftrag} />
          <KvAbschnitt auftrag={auftrag} />
          <div className="abschnitte-kompakt">
            <FreigabenAbschnitt auftrag={auftrag} />
            <RkueAbschnitt auftrag={auftrag} />
            <RechnungenAbschnitt auftrag={auftrag} />
            <StornoAbschnitt auftrag={auftrag} />
            <ErinnerungenAbschnitt auftrag={auftrag} />
            <TicketsAbschnitt auftrag={auftrag} />
            <EingaengeAbschnitt auftrag={auftrag} />
          </div>
          <BenachrichtigungenAbschnitt auftrag={auftrag} />
          <VerlaufAbschnitt auftrag={auftrag} />
        </>
      )}
    </article>
  );
}
