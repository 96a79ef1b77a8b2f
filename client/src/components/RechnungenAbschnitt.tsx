import {
  formatDatum,
  formatDatumZeit,
  label,
  RECHNUNG_ART_LABEL,
  RECHNUNG_STATUS_LABEL,
} from '../format';
import { graphql } from '../gql/gql';
import type { RechnungListeFragment } from '../gql/graphql';
import { Abschnitt, Leer } from './Abschnitt';
import { Angaben, type Angabe } from './Angaben';
import { Betrag } from './Betrag';
import { Mehrzeilig } from './Mehrzeilig';

export const RechnungListe = graphql(`
  fragment RechnungListe on Auftrag {
    rechnungen {
      id
      art
      rechnungsnummer
      rechnungsdatum
      eingegangenAm
      betragNetto
      mwst
      betragBrutto
      status
      bemerkung
    }
  }
`);

/** Every invoice that reached the network through its invoice process. */
export function RechnungenAbschnitt({ auftrag }: { auftrag: RechnungListeFragment }) {
  return (
    <Abschnitt titel="Rechnungen">
      {auftrag.rechnungen.length === 0 ? (
        <Leer>Keine Rechnung eingegangen.</Leer>
      ) : (
        <ul className="eintraege">
          {auftrag.rechnungen.map((rechnung) => {
            const angaben: Angabe[] = [
              { label: 'Status', wert: label(RECHNUNG_STATUS_LABEL, rechnung.status) },
              { label: 'Art', wert: label(RECHNUNG_ART_LABEL, rechnung.art) },
              { label: 'Rechnungsdatum', wert: formatDatum(rechnung.rechnungsdatum) },
              { label: 'Eingegangen am', wert: formatDatumZeit(rechnung.eingegangenAm) },
              { label: 'Netto', wert: <Betrag wert={rechnung.betragNetto} /> },
              { label: 'MwSt.', wert: <Betrag wert={rechnung.mwst} /> },
              { label: 'Brutto', wert: <Betrag wert={rechnung.betragBrutto} /> },
            ];
            if (rechnung.bemerkung) {
              angaben.push({ label: 'Bemerkung', wert: <Mehrzeilig text={rechnung.bemerkung} /> });
            }
            return (
              <li className="eintrag" key={rechnung.id}>
                <h3>Rechnung {rechnung.rechnungsnummer}</h3>
                <Angaben angaben={angaben} />
              </li>
            );
          })}
        </ul>
      )}
    </Abschnitt>
  );
}
