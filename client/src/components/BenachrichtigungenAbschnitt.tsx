import { formatDatumZeit } from '../format';
import { graphql } from '../gql/gql';
import type { BenachrichtigungListeFragment } from '../gql/graphql';
import { Abschnitt, Leer } from './Abschnitt';

export const BenachrichtigungListe = graphql(`
  fragment BenachrichtigungListe on Auftrag {
    benachrichtigungen {
      id
      betreff
      empfaenger
      erstelltAm
      versendetAm
    }
  }
`);

/** System e-mails about this order and whether they went out ("I never got the mail"). */
export function BenachrichtigungenAbschnitt({ auftrag }: { auftrag: BenachrichtigungListeFragment }) {
  return (
    <Abschnitt titel="Systemmails">
      {auftrag.benachrichtigungen.length === 0 ? (
        <Leer>Keine Systemmails zu diesem Auftrag.</Leer>
      ) : (
        <table className="tabelle tabelle-stapel">
          <caption className="visually-hidden">Systemmails</caption>
          <thead>
            <tr>
              <th scope="col">Betreff</th>
              <th scope="col">Empfänger</th>
              <th scope="col">Erstellt am</th>
              <th scope="col">Versendet am</th>
            </tr>
          </thead>
          <tbody>
            {auftrag.benachrichtigungen.map((mail) => (
              <tr key={mail.id}>
                <td data-label="Betreff">{mail.betreff}</td>
                <td data-label="Empfänger" className="umbruch">
                  {mail.empfaenger}
                </td>
                <td data-label="Erstellt am">{formatDatumZeit(mail.erstelltAm)}</td>
                <td data-label="Versendet am">
                  {mail.versendetAm ? formatDatumZeit(mail.versendetAm) : 'noch nicht versendet'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Abschnitt>
  );
}
