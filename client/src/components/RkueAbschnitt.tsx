import { formatDatumZeit, label, LEER, RKUE_STATUS_LABEL } from '../format';
import { graphql } from '../gql/gql';
import type { RkueAngabenFragment } from '../gql/graphql';
import { Abschnitt } from './Abschnitt';
import { Angaben } from './Angaben';
import { Mehrzeilig } from './Mehrzeilig';

export const RkueAngaben = graphql(`
  fragment RkueAngaben on Auftrag {
    rkue {
      status
      entschiedenAm
      bemerkung
    }
  }
`);

/** The insurer's cost coverage (RKÜ), separate from the technical Freigabe. */
export function RkueAbschnitt({ auftrag }: { auftrag: RkueAngabenFragment }) {
  const { rkue } = auftrag;
  return (
    <Abschnitt titel="Reparaturkostenübernahme (RKÜ)">
      <Angaben
        angaben={[
          { label: 'Status', wert: label(RKUE_STATUS_LABEL, rkue.status) },
          { label: 'Entschieden am', wert: formatDatumZeit(rkue.entschiedenAm) },
          { label: 'Bemerkung', wert: rkue.bemerkung ? <Mehrzeilig text={rkue.bemerkung} /> : LEER },
        ]}
      />
    </Abschnitt>
  );
}
