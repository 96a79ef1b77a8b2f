import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  AUFTRAGSSTATUS_LABEL,
  formatAnzahl,
  formatAnzahlAuftraege,
  formatDatumZeit,
  label,
  LEER,
} from '../format';
import { graphql } from '../gql/gql';
import type { AuftragFilter } from '../gql/graphql';
import { auftragPfad } from '../pfade';
import { Fehlermeldung } from './Fehlermeldung';
import { Laden } from './Laden';

const AuftragListeQuery = graphql(`
  query AuftragListe(
    $filter: AuftragFilter
    $first: Int!
    $after: String
    $mitHinweisen: Boolean!
  ) {
    auftraege(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        spnId
        status
        schadennummer
        aktualisiertAm
        fahrzeug {
          kennzeichen
        }
        versicherer {
          id
          name
        }
        hinweise @include(if: $mitHinweisen) {
          code
          titel
          aktion
        }
      }
    }
  }
`);

export const SEITENGROESSE = 20;

interface AuftragListeProps {
  filter: AuftragFilter;
  /** Table caption (for screen readers). */
  beschriftung: string;
  /** Sentence shown when nothing matches. */
  leerText: string;
  /** Show the first Hinweis of each order ("Nächster Schritt") instead of insurer and claim number. */
  mitHinweisen?: boolean;
}

/**
 * A paged table of orders for a filter (20 per page, cursor based). Remount it (key) when the
 * filter changes so paging starts again at page 1.
 */
export function AuftragListe({ filter, beschriftung, leerText, mitHinweisen = false }: AuftragListeProps) {
  // `after` cursor of every page visited so far; the last one is the page shown.
  const [cursor, setCursor] = useState<(string | null)[]>([null]);
  const seite = cursor.length;
  const { data, previousData, loading, error, refetch } = useQuery(AuftragListeQuery, {
    variables: { filter, first: SEITENGROESSE, after: cursor[seite - 1], mitHinweisen },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const anzeige = data ?? previousData;

  if (error && !anzeige) return <Fehlermeldung error={error} onErneut={() => void refetch()} />;
  if (!anzeige) return <Laden text="Aufträge werden geladen …" />;

  const { nodes, totalCount, pageInfo } = anzeige.auftraege;
  const seiten = Math.max(1, Math.ceil(totalCount / SEITENGROESSE));

  return (
    <div className="auftrag-liste">
      <p className="anzahl" role="status">
        {formatAnzahlAuftraege(totalCount)}
        {loading && <span className="laden-inline"> – wird aktualisiert …</span>}
      </p>
      {error && <Fehlermeldung error={error} onErneut={() => void refetch()} />}
      {nodes.length === 0 ? (
        <p className="leer">{leerText}</p>
      ) : (
        <table className="tabelle tabelle-stapel">
          <caption className="visually-hidden">{beschriftung}</caption>
          <thead>
            <tr>
              <th scope="col">SPN-ID</th>
              <th scope="col">Status</th>
              <th scope="col">Kennzeichen</th>
              {mitHinweisen ? (
                <th scope="col">Nächster Schritt</th>
              ) : (
                <>
                  <th scope="col">Schadennummer</th>
                  <th scope="col">Versicherer</th>
                </>
              )}
              <th scope="col">Aktualisiert</th>
            </tr>
          </thead>
          <tbody>
            {nodes.map((auftrag) => (
              <tr key={auftrag.id}>
                <td data-label="SPN-ID">
                  <Link to={auftragPfad(auftrag.spnId)} className="spn-id">
                    {auftrag.spnId}
                  </Link>
                </td>
                <td data-label="Status">{label(AUFTRAGSSTATUS_LABEL, auftrag.status)}</td>
                <td data-label="Kennzeichen" className="kennzeichen">
                  {auftrag.fahrzeug.kennzeichen}
                </td>
                {mitHinweisen ? (
                  <td data-label="Nächster Schritt">{auftrag.hinweise?.[0]?.titel ?? LEER}</td>
                ) : (
                  <>
                    <td data-label="Schadennummer">{auftrag.schadennummer}</td>
                    <td data-label="Versicherer">{auftrag.versicherer.name}</td>
                  </>
                )}
                <td data-label="Aktualisiert">{formatDatumZeit(auftrag.aktualisiertAm)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(seite > 1 || pageInfo.hasNextPage) && (
        <div className="blaettern">
          <button
            type="button"
            className="knopf knopf-zweit"
            disabled={seite === 1 || loading}
            onClick={() => setCursor((c) => c.slice(0, -1))}
          >
            Vorherige Seite
          </button>
          <span className="seitenangabe">
            Seite {formatAnzahl(seite)} von {formatAnzahl(seiten)}
          </span>
          <button
            type="button"
            className="knopf knopf-zweit"
            disabled={!pageInfo.hasNextPage || !pageInfo.endCursor || loading}
            onClick={() => {
              const naechster = pageInfo.endCursor;
              if (naechster) setCursor((c) => [...c, naechster]);
            }}
          >
            Nächste Seite
          </button>
        </div>
      )}
    </div>
  );
}
