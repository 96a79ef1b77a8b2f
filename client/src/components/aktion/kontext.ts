import { berlinDatumVon, heuteBerlin, spaetestesDatum, type DatumsKontext } from '../../formular-regeln';
import type { AktionAuftragQuery } from '../../gql/graphql';

/** The order as the action page loaded it. */
export type AktionsAuftrag = NonNullable<AktionAuftragQuery['auftrag']>;

/** What the date rules need, "today" computed now (a form may stay open over midnight). */
export function datumsKontext(auftrag: AktionsAuftrag): DatumsKontext {
  return {
    heute: heuteBerlin(),
    vermitteltAm: berlinDatumVon(auftrag.vermitteltAm) ?? '0000-01-01',
    bisherigeUebernahme: spaetestesDatum(auftrag.tickets.map((t) => t.inhalt.fahrzeugUebernommenAm)),
  };
}
