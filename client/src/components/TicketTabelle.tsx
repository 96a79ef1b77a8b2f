import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  AKTION_LABEL,
  formatAnzahl,
  formatAnzahlTickets,
  formatDatumZeit,
  label,
  TICKET_STATUS_LABEL,
} from '../format';
import { graphql } from '../gql/gql';
import type { TicketFilter } from '../gql/graphql';
import { auftragPfad } from '../pfade';
import { Fehlermeldung } from './Fehlermeldung';
import { Laden } from './Laden';

const TicketSeiteQuery = graphql(`
  query TicketSeite($filter: TicketFilter, $first: Int!, $after: String, $mitWerkstatt: Boolean!) {
    tickets(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ticketNummer
        aktion
        status
        erstelltAm
        auftrag {
          id
          spnId
          werkstatt @include(if: $mitWerkstatt) {
            id
            name
          }
        }
      }
    }
  }
`);

export const TICKET_SEITENGROESSE = 20;

interface TicketTabelleProps {
  filter: TicketFilter;
  /** Table caption (for screen readers). */
  beschriftung: string;
  leerText: string;
  /** Path of a ticket's detail page. */
  detailPfad: (ticketNummer: string) => string;
  /** Staff queue: show the shop of each ticket. */
  mitWerkstatt?: boolean;
}

/**
 * A paged table of tickets in the server's order (open first, oldest first), 20 per page. Remount
 * it (key) when the filter changes so paging starts again at page 1.
 */
export function TicketTabelle({ filter, beschriftung, leerText, detailPfad, mitWerkstatt = false }: TicketTabelleProps) {
  const [cursor, setCursor] = useState<(string | null)[]>([null]);
  const seite = cursor.length;
  const { data, previousData, loading, error, refetch } = useQuery(TicketSeiteQuery, {
    variables: { filter, first: TICKET_SEITENGROESSE, after: cursor[seite - 1], mitWerkstatt },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const anzeige = data ?? previousData;

  if (error && !anzeige) return <Fehlermeldung error={error} onErneut={() => void refetch()} />;
  if (!anzeige) return <Laden text="Tickets werden geladen …" />;

  const { nodes, totalCount, pageInfo } = anzeige.tickets;
  const seiten = Math.max(1, Math.ceil(totalCount / TICKET_SEITENGROESSE));

  return (
    <div className="ticket-liste">
      <p className="anzahl" role="status">
        {formatAnzahlTickets(totalCount)}
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
              <th scope="col">Ticketnummer</th>
              <th scope="col">Aktion</th>
              <th scope="col">Status</th>
              <th scope="col">SPN-ID</th>
              {mitWerkstatt && <th scope="col">Werkstatt</th>}
              <th scope="col">Erstellt</th>
            </tr>
          </thead>
          <tbody>
            {nodes.map((ticket) => (
              <tr key={ticket.id}>
                <td data-label="Ticketnummer">
                  <Link to={detailPfad(ticket.ticketNummer)} className="ticketnummer">
                    {ticket.ticketNummer}
                  </Link>
                </td>
                <td data-label="Aktion">{label(AKTION_LABEL, ticket.aktion)}</td>
                <td data-label="Status">{label(TICKET_STATUS_LABEL, ticket.status)}</td>
                <td data-label="SPN-ID">
                  <Link to={auftragPfad(ticket.auftrag.spnId)} className="spn-id">
                    {ticket.auftrag.spnId}
                  </Link>
                </td>
                {mitWerkstatt && <td data-label="Werkstatt">{ticket.auftrag.werkstatt?.name}</td>}
                <td data-label="Erstellt">{formatDatumZeit(ticket.erstelltAm)}</td>
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
