import {
  AUFTRAGSART_LABEL,
  AUFTRAGSSTATUS_LABEL,
  formatDatum,
  formatDatumZeit,
  label,
  LEER,
  SPARTE_LABEL,
} from '../format';
import { graphql } from '../gql/gql';
import type { AuftragKopfdatenFragment } from '../gql/graphql';
import { Abschnitt } from './Abschnitt';
import { Angaben } from './Angaben';

export const AuftragKopfdaten = graphql(`
  fragment AuftragKopfdaten on Auftrag {
    id
    spnId
    auftragsart
    status
    stand
    vermitteltAm
    aktualisiertAm
    schadennummer
    schadentag
    sparte
    versicherer {
      id
      name
    }
    werkstatt {
      id
      name
      partnerNummer
      ort
    }
    fahrzeug {
      kennzeichen
      hersteller
      modell
      fin
      erstzulassung
    }
    kunde {
      name
      anschrift
      telefon
    }
  }
`);

/** Order master data: the order itself, the vehicle and the customer. */
export function AuftragKopf({ auftrag }: { auftrag: AuftragKopfdatenFragment }) {
  const { fahrzeug, kunde, werkstatt } = auftrag;
  const fahrzeugName = [fahrzeug.hersteller, fahrzeug.modell].filter(Boolean).join(' ');
  return (
    <div className="kopfdaten">
      <Abschnitt titel="Auftragsdaten" className="kachel">
        <Angaben
          angaben={[
            { label: 'SPN-ID', wert: <span className="spn-id">{auftrag.spnId}</span> },
            { label: 'Auftragsart', wert: label(AUFTRAGSART_LABEL, auftrag.auftragsart) },
            {
              label: 'Status',
              wert: (
                <strong className={`status status-${auftrag.status.toLowerCase()}`}>
                  {label(AUFTRAGSSTATUS_LABEL, auftrag.status)}
                </strong>
              ),
            },
            { label: 'Stand', wert: formatDatumZeit(auftrag.stand) },
            { label: 'Versicherer', wert: auftrag.versicherer.name },
            {
              label: 'Werkstatt',
              wert: `${werkstatt.name}${werkstatt.ort ? `, ${werkstatt.ort}` : ''} (Partner-Nr. ${werkstatt.partnerNummer})`,
            },
            { label: 'Schadennummer', wert: auftrag.schadennummer },
            { label: 'Schadentag', wert: formatDatum(auftrag.schadentag) },
            { label: 'Sparte', wert: label(SPARTE_LABEL, auftrag.sparte) },
            { label: 'Vermittelt am', wert: formatDatumZeit(auftrag.vermitteltAm) },
            { label: 'Zuletzt geändert', wert: formatDatumZeit(auftrag.aktualisiertAm) },
          ]}
        />
      </Abschnitt>
      <Abschnitt titel="Fahrzeug" className="kachel">
        <Angaben
          angaben={[
            { label: 'Kennzeichen', wert: <span className="kennzeichen">{fahrzeug.kennzeichen}</span> },
            { label: 'Fahrzeug', wert: fahrzeugName || LEER },
            { label: 'FIN', wert: fahrzeug.fin ?? LEER },
            { label: 'Erstzulassung', wert: formatDatum(fahrzeug.erstzulassung) },
          ]}
        />
      </Abschnitt>
      <Abschnitt titel="Kunde" className="kachel">
        {kunde ? (
          <Angaben
            angaben={[
              { label: 'Name', wert: kunde.name },
              { label: 'Anschrift', wert: kunde.anschrift ?? LEER },
              { label: 'Telefon', wert: kunde.telefon ?? LEER },
            ]}
          />
        ) : (
          <p className="leer">Keine Kundendaten sichtbar.</p>
        )}
      </Abschnitt>
    </div>
  );
}
