import { formatDatumZeit, label, LEER, RKUE_STATUS_LABEL } from '../format';
import { graphql } from '../gql/gql';
import type { RkueAngabenFragment } from '../gql/graphql';
import { Abschnitt } from './Abschnitt';
import { Angaben, type Angabe } from './Angaben';
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

/**
 * The insurer's cost coverage (RKÜ), separate from the technical Freigabe. A decision date only for a
 * decided RKÜ (ERTEILT or ABGELEHNT): "nicht angefragt" and "in Prüfung" have none.
 */
export function RkueAbschnitt({ auftrag }: { auftrag: RkueAngabenFragment }) {
  const { rkue } = auftrag;
  const entschieden = (rkue.status === 'ERTEILT' || rkue.status === 'ABGELEHNT') && rkue.entschiedenAm;
  const angaben: Angabe[] = [{ label: 'Status', wert: label(RKUE_STATUS_LABEL, rkue.status) }];
  if (entschieden) angaben.push({ label: 'Entschieden am', wert: formatDatumZeit(rkue.entschiedenAm) });
  angaben.push({ label: 'Bemerkung', wert: rkue.bemerkung ? <Mehrzeilig text={rkue.bemerkung} /> : LEER });
  return (
    <Abschnitt titel="Reparaturkostenübernahme (RKÜ)">
      <Angaben angaben={angaben} />
    </Abschnitt>
  );
}
