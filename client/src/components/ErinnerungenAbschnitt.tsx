import { ERINNERUNG_ART_LABEL, formatDatumZeit, label } from '../format';
import { graphql } from '../gql/gql';
import type { ErinnerungListeFragment } from '../gql/graphql';
import { Abschnitt, Leer } from './Abschnitt';

export const ErinnerungListe = graphql(`
  fragment ErinnerungListe on Auftrag {
    erinnerungen {
      id
      art
      gesendetAm
      erledigtAm
    }
  }
`);

/** Reminders to report repair or appointment status, open ones first. */
export function ErinnerungenAbschnitt({ auftrag }: { auftrag: ErinnerungListeFragment }) {
  const offen = auftrag.erinnerungen.filter((e) => !e.erledigtAm);
  const erledigt = auftrag.erinnerungen.filter((e) => e.erledigtAm);
  return (
    <Abschnitt titel="Erinnerungen">
      {auftrag.erinnerungen.length === 0 ? (
        <Leer>Keine Erinnerungen.</Leer>
      ) : (
        <div className="zweispaltig">
          <div>
            <h3>Offen</h3>
            {offen.length === 0 ? (
              <Leer>Keine offene Erinnerung.</Leer>
            ) : (
              <ul className="schlicht">
                {offen.map((e) => (
                  <li key={e.id}>
                    {label(ERINNERUNG_ART_LABEL, e.art)}, gesendet am {formatDatumZeit(e.gesendetAm)}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h3>Erledigt</h3>
            {erledigt.length === 0 ? (
              <Leer>Keine erledigte Erinnerung.</Leer>
            ) : (
              <ul className="schlicht">
                {erledigt.map((e) => (
                  <li key={e.id}>
                    {label(ERINNERUNG_ART_LABEL, e.art)}, gesendet am {formatDatumZeit(e.gesendetAm)},
                    erledigt am {formatDatumZeit(e.erledigtAm)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </Abschnitt>
  );
}
