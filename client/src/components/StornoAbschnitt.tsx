import { formatDatumZeit, label, LEER, STORNOGRUND_LABEL } from '../format';
import { graphql } from '../gql/gql';
import type { StornoAngabenFragment } from '../gql/graphql';
import { Abschnitt, Leer } from './Abschnitt';
import { Angaben } from './Angaben';
import { Mehrzeilig } from './Mehrzeilig';

export const StornoAngaben = graphql(`
  fragment StornoAngaben on Auftrag {
    storno {
      grund
      bemerkung
      storniertAm
      benachrichtigtAm
    }
  }
`);

/** The cancellation, its reason and when the system e-mail went out. */
export function StornoAbschnitt({ auftrag }: { auftrag: StornoAngabenFragment }) {
  const { storno } = auftrag;
  return (
    <Abschnitt titel="Storno">
      {storno ? (
        <Angaben
          angaben={[
            { label: 'Grund', wert: label(STORNOGRUND_LABEL, storno.grund) },
            { label: 'Bemerkung', wert: storno.bemerkung ? <Mehrzeilig text={storno.bemerkung} /> : LEER },
            { label: 'Storniert am', wert: formatDatumZeit(storno.storniertAm) },
            {
              label: 'E-Mail versendet am',
              wert: storno.benachrichtigtAm ? formatDatumZeit(storno.benachrichtigtAm) : 'noch nicht versendet',
            },
          ]}
        />
      ) : (
        <Leer>Der Auftrag ist nicht storniert.</Leer>
      )}
    </Abschnitt>
  );
}
