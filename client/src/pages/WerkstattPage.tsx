import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Fehlermeldung } from '../components/Fehlermeldung';
import { Laden } from '../components/Laden';
import { BenutzerVerwaltung } from '../components/konto/BenutzerVerwaltung';
import { WerkstattEinstellungen } from '../components/konto/WerkstattEinstellungen';
import { formatDatumZeit } from '../format';
import { graphql } from '../gql/gql';
import { WERKSTAETTEN_PFAD } from '../pfade';
import { useDocumentTitle } from '../use-document-title';

const WerkstattKopfQuery = graphql(`
  query WerkstattKopf($id: ID!) {
    werkstatt(id: $id) {
      id
      name
      partnerNummer
      ort
    }
    kontoProtokoll(werkstattId: $id, first: 50) {
      nodes {
        id
        zeitpunkt
        akteur
        beschreibung
      }
    }
  }
`);

/** `/werkstaetten/:werkstattId` (staff): one shop's users (invite, deactivate), its settings and its account history. */
export function WerkstattPage() {
  const { werkstattId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(WerkstattKopfQuery, { variables: { id: werkstattId }, fetchPolicy: 'cache-and-network' });
  const w = data?.werkstatt;
  useDocumentTitle(w ? w.name : 'Werkstatt');
  if (!data && loading) return <Laden />;
  if (error && !data) return <Fehlermeldung error={error} onErneut={() => void refetch()} />;
  if (!w) {
    return (
      <>
        <h1>Werkstatt nicht gefunden</h1>
        <p>
          <Link to={WERKSTAETTEN_PFAD}>Zu den Werkstätten</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <p>
        <Link to={WERKSTAETTEN_PFAD}>Alle Werkstätten</Link>
      </p>
      <h1>{w.name}</h1>
      <p className="einleitung">
        Partner-Nr. {w.partnerNummer}
        {w.ort ? `, ${w.ort}` : ''}
      </p>
      <BenutzerVerwaltung werkstattId={w.id} />
      <WerkstattEinstellungen werkstattId={w.id} mitId />
      <section className="abschnitt" aria-labelledby="protokoll-titel">
        <h2 id="protokoll-titel">Konto-Protokoll</h2>
        {data.kontoProtokoll.nodes.length === 0 ? (
          <p className="leer">Noch keine Einträge.</p>
        ) : (
          <table className="tabelle">
            <caption className="visually-hidden">Änderungen an Konten dieser Werkstatt, neueste zuerst</caption>
            <thead>
              <tr>
                <th scope="col">Zeitpunkt</th>
                <th scope="col">Wer</th>
                <th scope="col">Was</th>
              </tr>
            </thead>
            <tbody>
              {data.kontoProtokoll.nodes.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{formatDatumZeit(e.zeitpunkt)}</td>
                  <td>{e.akteur}</td>
                  <td>{e.beschreibung}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
