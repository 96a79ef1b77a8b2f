import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Kalkulationssystem, KvArt, KvPruefErgebnis, RechnungArt, RechnungPruefErgebnis } from '../../common/enums';
import { Fehler } from '../../graphql/fehler';
import { DecimalScalar, LocalDateScalar } from '../../graphql/scalars';
import { Auftrag } from '../auftrag/auftrag.types';
import { Kostenvoranschlag, Rechnung } from './dokumente.types';

const IDEMPOTENZ = 'Frei gewählter Schlüssel (bis 100 Zeichen) je Einreichung: dieselbe Einreichung noch einmal liefert dasselbe Ergebnis.';
const NUR_PRUEFEN = 'Alles prüfen, nichts speichern: antwortet wie eine echte Einreichung (Vorabprüfung).';
const ABGLEICH = 'Muss zum Auftrag passen (Abgleich über SPN-ID, Schadennummer und Kennzeichen).';

@InputType({ description: 'Die Summen eines KV netto (bei einem Nachtrag nur die zusätzlichen Beträge) und die Mehrwertsteuer; netto und brutto berechnet der Server.' })
export class KvSummenInput {
  @Field(() => DecimalScalar, { description: 'Ersatzteile.' }) ersatzteile: number;
  @Field(() => DecimalScalar, { description: 'Arbeitslohn.' }) arbeitslohn: number;
  @Field(() => DecimalScalar, { description: 'Lackierung.' }) lackierung: number;
  @Field(() => DecimalScalar, { description: 'Nebenkosten.' }) nebenkosten: number;
  @Field(() => DecimalScalar, { description: 'Mehrwertsteuer: 19 % der Nettosumme (± 0,01 €) oder 0.' }) mwst: number;
}

@InputType({ description: 'Ein KV oder Nachtrag aus einem Kalkulationssystem.' })
export class KvEinreichenInput {
  @Field({ description: 'SPN-ID des Auftrags.' }) spnId: string;
  @Field({ description: `Schadennummer. ${ABGLEICH}` }) schadennummer: string;
  @Field({ description: `Kennzeichen. ${ABGLEICH}` }) kennzeichen: string;
  @Field(() => KvArt, { description: 'KV oder Nachtrag.' }) art: KvArt;
  @Field({ description: 'Referenz des KV im Kalkulationssystem (höchstens 100 Zeichen).' }) externeReferenz: string;
  @Field(() => KvSummenInput, { description: 'Die Summen.' }) summen: KvSummenInput;
  @Field(() => Kalkulationssystem, { nullable: true, description: 'Pflicht für das Netzwerk; bei einem API-Schlüssel gilt dessen System.' }) kalkulationssystem?: Kalkulationssystem | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: NUR_PRUEFEN }) nurPruefen?: boolean | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENZ }) idempotencyKey?: string | null;
}

@ObjectType({ description: 'Ergebnis einer KV-Einreichung.' })
export class KvEinreichenPayload {
  @Field(() => Kostenvoranschlag, { nullable: true, description: 'Der aufgenommene KV; null bei Fehlern und bei nurPruefen.' }) kv: unknown | null;
  @Field(() => Auftrag, { nullable: true, description: 'Der Auftrag nach der Einreichung; null, wenn er nicht gefunden wurde.' }) auftrag: unknown | null;
  @Field(() => [Fehler], { description: 'Fachliche Fehler; leer bei Erfolg.' }) fehler: Fehler[];
}

@InputType({ description: 'Eine Rechnung über den SPN-Rechnungsprozess.' })
export class RechnungEinreichenInput {
  @Field({ description: 'SPN-ID des Auftrags.' }) spnId: string;
  @Field({ description: `Schadennummer. ${ABGLEICH}` }) schadennummer: string;
  @Field({ description: `Kennzeichen. ${ABGLEICH}` }) kennzeichen: string;
  @Field(() => RechnungArt, { description: 'Reparaturrechnung oder KV-Service-Pauschale.' }) art: RechnungArt;
  @Field({ description: 'Rechnungsnummer der Werkstatt (eindeutig je Werkstatt, höchstens 50 Zeichen).' }) rechnungsnummer: string;
  @Field(() => LocalDateScalar, { description: 'Rechnungsdatum.' }) rechnungsdatum: string;
  @Field(() => DecimalScalar, { description: 'Nettobetrag; höchstens der erwartete Rechnungsbetrag.' }) betragNetto: number;
  @Field(() => DecimalScalar, { description: 'Mehrwertsteuer: 19 % des Nettobetrags (± 0,01 €) oder 0.' }) mwst: number;
  @Field(() => Boolean, { nullable: true, description: 'Die Werkstatt ist vorsteuerabzugsberechtigt.' }) vorsteuerabzugsberechtigt?: boolean | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Tag der Fahrzeugübernahme, falls bekannt.' }) fahrzeugUebernommenAm?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Tag der Rückgabe, falls bekannt.' }) fahrzeugZurueckgegebenAm?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: NUR_PRUEFEN }) nurPruefen?: boolean | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENZ }) idempotencyKey?: string | null;
}

@ObjectType({ description: 'Ergebnis einer Rechnungseinreichung.' })
export class RechnungEinreichenPayload {
  @Field(() => Rechnung, { nullable: true, description: 'Die aufgenommene Rechnung; null bei Fehlern und bei nurPruefen.' }) rechnung: unknown | null;
  @Field(() => Auftrag, { nullable: true, description: 'Der Auftrag nach der Einreichung; null, wenn er nicht gefunden wurde.' }) auftrag: unknown | null;
  @Field(() => [Fehler], { description: 'Fachliche Fehler; leer bei Erfolg.' }) fehler: Fehler[];
}

@InputType({ description: 'Prüfung des neuesten KV oder Nachtrags in Prüfung.' })
export class KvPruefenInput {
  @Field(() => ID, { description: 'ID des KV.' }) kvId: string;
  @Field(() => KvPruefErgebnis, { description: 'Ergebnis.' }) ergebnis: KvPruefErgebnis;
  @Field(() => DecimalScalar, { nullable: true, description: 'Freigegebener Nettobetrag (nur FREIGABE; Standard: die Nettosumme des KV).' }) betragNetto?: number | null;
  @Field(() => [String], { nullable: true, description: 'Korrekturpunkte (Pflicht bei KORREKTUR; je höchstens 500 Zeichen).' }) korrekturpunkte?: string[] | null;
}

@InputType({ description: 'Prüfung einer Rechnung.' })
export class RechnungPruefenInput {
  @Field(() => ID, { description: 'ID der Rechnung.' }) rechnungId: string;
  @Field(() => RechnungPruefErgebnis, { description: 'Ergebnis.' }) ergebnis: RechnungPruefErgebnis;
  @Field(() => String, { nullable: true, description: 'Bemerkung (bei KORREKTUR: was zu korrigieren ist).' }) bemerkung?: string | null;
}
