import {
  formatDatumZeit,
  KALKULATIONSSYSTEM_LABEL,
  KV_ART_LABEL,
  KV_STATUS_LABEL,
  label,
  LEER,
} from '../format';
import { graphql } from '../gql/gql';
import type { KvListeFragment } from '../gql/graphql';
import { Abschnitt, Leer } from './Abschnitt';
import { Angaben } from './Angaben';
import { Betrag } from './Betrag';

export const KvListe = graphql(`
  fragment KvListe on Auftrag {
    kvs {
      id
      art
      laufendeNummer
      eingegangenAm
      kalkulationssystem
      externeReferenz
      status
      korrekturpunkte
      summen {
        ersatzteile
        arbeitslohn
        lackierung
        nebenkosten
        netto
        mwst
        brutto
      }
    }
  }
`);

type Kv = KvListeFragment['kvs'][number];

function KvEintrag({ kv }: { kv: Kv }) {
  const titel = `${label(KV_ART_LABEL, kv.art)} ${kv.laufendeNummer}`;
  const { summen } = kv;
  const zeilen: [string, string][] = [
    ['Ersatzteile', summen.ersatzteile],
    ['Arbeitslohn', summen.arbeitslohn],
    ['Lackierung', summen.lackierung],
    ['Nebenkosten', summen.nebenkosten],
    ['Netto', summen.netto],
    ['MwSt.', summen.mwst],
    ['Brutto', summen.brutto],
  ];
  return (
    <li className="eintrag">
      <h3>{titel}</h3>
      <Angaben
        angaben={[
          { label: 'Status', wert: label(KV_STATUS_LABEL, kv.status) },
          { label: 'Eingegangen am', wert: formatDatumZeit(kv.eingegangenAm) },
          { label: 'Kalkulationssystem', wert: label(KALKULATIONSSYSTEM_LABEL, kv.kalkulationssystem) },
          { label: 'Referenz', wert: kv.externeReferenz ?? LEER },
        ]}
      />
      <table className="tabelle summen">
        <caption>
          Summen {titel}
          {kv.art === 'NACHTRAG' && <span className="klein"> (nur die zusätzlichen Beträge)</span>}
        </caption>
        <tbody>
          {zeilen.map(([position, betrag]) => (
            <tr key={position} className={position === 'Brutto' ? 'summe' : undefined}>
              <th scope="row">{position}</th>
              <td className="zahl">
                <Betrag wert={betrag} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {kv.korrekturpunkte.length > 0 && (
        <div className="korrektur">
          <h4>Korrekturpunkte</h4>
          <ul>
            {kv.korrekturpunkte.map((punkt, i) => (
              <li key={i}>{punkt}</li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

/** Every KV and Nachtrag with sums, review state and correction points. */
export function KvAbschnitt({ auftrag }: { auftrag: KvListeFragment }) {
  return (
    <Abschnitt titel="Kostenvoranschläge & Nachträge">
      {auftrag.kvs.length === 0 ? (
        <Leer>Kein KV eingegangen.</Leer>
      ) : (
        <ul className="eintraege kv-liste">
          {auftrag.kvs.map((kv) => (
            <KvEintrag key={kv.id} kv={kv} />
          ))}
        </ul>
      )}
    </Abschnitt>
  );
}
