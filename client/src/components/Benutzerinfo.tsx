import { graphql } from '../gql/gql';
import type { BenutzerKopfFragment } from '../gql/graphql';

export const BenutzerKopf = graphql(`
  fragment BenutzerKopf on Benutzer {
    id
    benutzername
    name
    rolle
    istAdmin
    werkstatt {
      id
      name
      partnerNummer
    }
  }
`);

/** Who is logged in, for the header: name and shop. */
export function Benutzerinfo({ benutzer }: { benutzer: BenutzerKopfFragment }) {
  return (
    <p className="benutzerinfo">
      <span className="benutzer-name">{benutzer.name}</span>
      {benutzer.werkstatt && (
        <span className="benutzer-werkstatt">
          {benutzer.werkstatt.name}{' '}
          <span className="partnernummer">(Partner-Nr. {benutzer.werkstatt.partnerNummer})</span>
        </span>
      )}
    </p>
  );
}
