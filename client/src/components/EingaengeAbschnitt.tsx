import { EINGANG_ART_LABEL, formatDatumZeit, KALKULATIONSSYSTEM_LABEL, label } from '../format';
import { graphql } from '../gql/gql';
import type { EingangListeFragment } from '../gql/graphql';
import { Abschnitt, Leer } from './Abschnitt';

export const EingangListe = graphql(`
  fragment EingangListe on Auftrag {
    nichtZugeordneteEingaenge {
      id
      eingegangenAm
      art
      kalkulationssystem
      externeReferenz
      grund
    }
  }
`);

/** Submissions that named this SPN-ID but could not be matched (e.g. the plate differs). */
export function EingaengeAbschnitt({ auftrag }: { auftrag: EingangListeFragment }) {
  const eingaenge = auftrag.nichtZugeordneteEingaenge;
  return (
    <Abschnitt titel="Nicht zugeordnete Eingänge">
      {eingaenge.length === 0 ? (
        <Leer>Keine nicht zugeordneten Eingänge.</Leer>
      ) : (
        <ul className="eintraege">
          {eingaenge.map((eingang) => (
            <li className="eintrag" key={eingang.id}>
              <p className="eingang-kopf">
                <strong>{label(EINGANG_ART_LABEL, eingang.art)}</strong> aus{' '}
                {label(KALKULATIONSSYSTEM_LABEL, eingang.kalkulationssystem)}, eingegangen am{' '}
                {formatDatumZeit(eingang.eingegangenAm)}
                {eingang.externeReferenz && <> (Referenz {eingang.externeReferenz})</>}
              </p>
              <p>{eingang.grund}</p>
            </li>
          ))}
        </ul>
      )}
    </Abschnitt>
  );
}
