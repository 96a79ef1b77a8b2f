import { formatDatumZeit, KV_ART_LABEL, label } from '../format';
import { graphql } from '../gql/gql';
import type { FreigabeListeFragment } from '../gql/graphql';
import { Abschnitt, Leer } from './Abschnitt';
import { Angaben } from './Angaben';
import { Betrag } from './Betrag';

export const FreigabeListe = graphql(`
  fragment FreigabeListe on Auftrag {
    erwarteterRechnungsbetrag
    freigaben {
      id
      erteiltAm
      betragNetto
      nachlass
      erwarteterRechnungsbetrag
      kv {
        id
        art
        laufendeNummer
      }
    }
  }
`);

/** Every Freigabe with approved amount, network discount and expected invoice amount. */
export function FreigabenAbschnitt({ auftrag }: { auftrag: FreigabeListeFragment }) {
  return (
    <Abschnitt titel="Freigaben">
      {auftrag.freigaben.length === 0 ? (
        <Leer>Keine Freigabe erteilt.</Leer>
      ) : (
        <table className="tabelle tabelle-stapel">
          <caption className="visually-hidden">Freigaben</caption>
          <thead>
            <tr>
              <th scope="col">Erteilt am</th>
              <th scope="col">Zu</th>
              <th scope="col" className="zahl">
                Freigabe netto
              </th>
              <th scope="col" className="zahl">
                Nachlass
              </th>
              <th scope="col" className="zahl">
                Erwarteter Betrag
              </th>
            </tr>
          </thead>
          <tbody>
            {auftrag.freigaben.map((freigabe) => (
              <tr key={freigabe.id}>
                <td data-label="Erteilt am">{formatDatumZeit(freigabe.erteiltAm)}</td>
                <td data-label="Zu">
                  {label(KV_ART_LABEL, freigabe.kv.art)} {freigabe.kv.laufendeNummer}
                </td>
                <td data-label="Freigabe netto" className="zahl">
                  <Betrag wert={freigabe.betragNetto} />
                </td>
                <td data-label="Nachlass" className="zahl">
                  <Betrag wert={freigabe.nachlass} />
                </td>
                <td data-label="Erwarteter Betrag" className="zahl">
                  <Betrag wert={freigabe.erwarteterRechnungsbetrag} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Angaben
        className="hervorgehoben"
        angaben={[
          {
            label: 'Erwarteter Rechnungsbetrag',
            wert:
              auftrag.erwarteterRechnungsbetrag === null ||
              auftrag.erwarteterRechnungsbetrag === undefined ? (
                'keiner (ohne Freigabe)'
              ) : (
                <>
                  <Betrag wert={auftrag.erwarteterRechnungsbetrag} />{' '}
                  <span className="klein">netto, höchstens abrechenbar</span>
                </>
              ),
          },
        ]}
      />
    </Abschnitt>
  );
}
