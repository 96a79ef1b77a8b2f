import { EREIGNIS_ART_LABEL, formatAnzahl, formatDatumZeit, label, LEER } from '../format';
import { graphql } from '../gql/gql';
import type { VerlaufListeFragment } from '../gql/graphql';
import { Abschnitt, Leer } from './Abschnitt';

export const VerlaufListe = graphql(`
  fragment VerlaufListe on Auftrag {
    verlauf(first: 50) {
      totalCount
      nodes {
        id
        zeitpunkt
        art
        beschreibung
        akteur
      }
    }
  }
`);

/** The order's history: who changed what, when. */
export function VerlaufAbschnitt({ auftrag }: { auftrag: VerlaufListeFragment }) {
  const { nodes, totalCount } = auftrag.verlauf;
  return (
    <Abschnitt titel="Verlauf">
      {nodes.length === 0 ? (
        <Leer>Keine Einträge im Verlauf.</Leer>
      ) : (
        <>
          <table className="tabelle tabelle-stapel">
            <caption className="visually-hidden">Verlauf</caption>
            <thead>
              <tr>
                <th scope="col">Zeitpunkt</th>
                <th scope="col">Ereignis</th>
                <th scope="col">Beschreibung</th>
                <th scope="col">Von</th>
              </tr>
            </thead>
            <tbody>
              {nodes.map((ereignis) => (
                <tr key={ereignis.id}>
                  <td data-label="Zeitpunkt">{formatDatumZeit(ereignis.zeitpunkt)}</td>
                  <td data-label="Ereignis">{label(EREIGNIS_ART_LABEL, ereignis.art)}</td>
                  <td data-label="Beschreibung">{ereignis.beschreibung}</td>
                  <td data-label="Von">{ereignis.akteur ?? LEER}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {totalCount > nodes.length && (
            <p className="klein">
              Angezeigt werden {formatAnzahl(nodes.length)} von {formatAnzahl(totalCount)} Einträgen.
            </p>
          )}
        </>
      )}
    </Abschnitt>
  );
}
