/** GraphQL documents shared by the e2e tests: the full overview, as the client asks for it, and a list page. */

// The one definition of the full order selection lives with the benchmark, which compares the
// product's answer to it with a raw-SQL baseline.
export { AUFTRAG_FELDER } from '../../server/src/tools/bench/abfragen';
import { AUFTRAG_FELDER } from '../../server/src/tools/bench/abfragen';

export const UEBERSICHT = /* GraphQL */ `
  query Uebersicht($spnId: String!) { auftrag(spnId: $spnId) { ...AuftragFelder } }
  ${AUFTRAG_FELDER}
`;

export const LISTE = /* GraphQL */ `
  query Liste($filter: AuftragFilter, $orderBy: AuftragOrder, $first: Int, $after: String) {
    auftraege(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id spnId status aktualisiertAm vermitteltAm werkstatt { id } hinweise { code aktion } } }
    }
  }
`;

export const LISTE_VOLL = /* GraphQL */ `
  query ListeVoll($filter: AuftragFilter, $first: Int, $after: String) {
    auftraege(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...AuftragFelder } }
  }
  ${AUFTRAG_FELDER}
`;

/** `SPN-2026-000007` for demo order 7. */
export const spn = (n: number): string => `SPN-2026-${String(n).padStart(6, '0')}`;
