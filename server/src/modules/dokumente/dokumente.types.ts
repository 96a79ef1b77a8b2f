import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EingangArt, Kalkulationssystem, KvArt, KvStatus, RechnungArt, RechnungStatus } from '../../common/enums';
import { DecimalScalar, LocalDateScalar } from '../../graphql/scalars';

@ObjectType({ description: 'Die Summen eines KV (bei einem Nachtrag nur die zusätzlichen Beträge), netto außer MwSt. und brutto.' })
export class KvSummen {
  @Field(() => DecimalScalar, { description: 'Ersatzteile.' }) ersatzteile: number;
  @Field(() => DecimalScalar, { description: 'Arbeitslohn.' }) arbeitslohn: number;
  @Field(() => DecimalScalar, { description: 'Lackierung.' }) lackierung: number;
  @Field(() => DecimalScalar, { description: 'Nebenkosten.' }) nebenkosten: number;
  @Field(() => DecimalScalar, { description: 'Summe netto (vom Server berechnet).' }) netto: number;
  @Field(() => DecimalScalar, { description: 'Mehrwertsteuer.' }) mwst: number;
  @Field(() => DecimalScalar, { description: 'Summe brutto (vom Server berechnet).' }) brutto: number;
}

@ObjectType({ description: 'Ein Kostenvoranschlag (KV) oder KV-Nachtrag mit Summen und Prüfergebnis.' })
export class Kostenvoranschlag {
  @Field(() => ID, { description: 'Technische ID.' }) id: number;
  @Field(() => KvArt, { description: 'KV oder Nachtrag.' }) art: KvArt;
  @Field(() => Int, { description: '1, 2, 3 … über alle eingegangenen KVs und Nachträge des Auftrags, in Eingangsreihenfolge.' }) laufendeNummer: number;
  @Field({ description: 'Zeitpunkt des Eingangs.' }) eingegangenAm: Date;
  @Field(() => Kalkulationssystem, { description: 'System, aus dem der KV kam.' }) kalkulationssystem: Kalkulationssystem;
  @Field(() => String, { nullable: true, description: 'Referenz des Kalkulationssystems.' }) externeReferenz: string | null;
  @Field(() => KvSummen, { description: 'Summen; bei einem Nachtrag nur die zusätzlichen Beträge.' }) summen: KvSummen;
  @Field(() => KvStatus, { description: 'Prüfstand.' }) status: KvStatus;
  @Field(() => [String], { description: 'Korrekturpunkte der Prüfung (leer für Kalkulationssysteme: Freitext des Netzwerks).' }) korrekturpunkte: string[];
}

@ObjectType({ description: 'Die technische Reparaturfreigabe eines KV oder Nachtrags.' })
export class Freigabe {
  @Field(() => ID, { description: 'Technische ID.' }) id: number;
  @Field(() => Kostenvoranschlag, { description: 'Der freigegebene KV oder Nachtrag.' }) kv: Kostenvoranschlag;
  @Field({ description: 'Zeitpunkt der Freigabe.' }) erteiltAm: Date;
  @Field(() => DecimalScalar, { description: 'Freigegebener Nettobetrag.' }) betragNetto: number;
  @Field(() => DecimalScalar, { description: 'Netzwerk-Nachlass: Nettobetrag × Nachlass-Prozentsatz des Versicherers, kaufmännisch gerundet.' }) nachlass: number;
  @Field(() => DecimalScalar, { description: 'Erwarteter Rechnungsbetrag dieser Freigabe: Nettobetrag minus Nachlass.' }) erwarteterRechnungsbetrag: number;
}

@ObjectType({ description: 'Eine über den SPN-Rechnungsprozess eingegangene Rechnung.' })
export class Rechnung {
  @Field(() => ID, { description: 'Technische ID.' }) id: number;
  @Field(() => RechnungArt, { description: 'Reparatur- oder KV-Service-Rechnung.' }) art: RechnungArt;
  @Field({ description: 'Rechnungsnummer der Werkstatt (eindeutig je Werkstatt).' }) rechnungsnummer: string;
  @Field(() => LocalDateScalar, { description: 'Rechnungsdatum.' }) rechnungsdatum: string;
  @Field({ description: 'Zeitpunkt des Eingangs.' }) eingegangenAm: Date;
  @Field(() => DecimalScalar, { description: 'Nettobetrag.' }) betragNetto: number;
  @Field(() => DecimalScalar, { description: 'Mehrwertsteuer.' }) mwst: number;
  @Field(() => DecimalScalar, { description: 'Bruttobetrag.' }) betragBrutto: number;
  @Field(() => RechnungStatus, { description: 'Prüfstand.' }) status: RechnungStatus;
  @Field(() => String, { nullable: true, description: 'Bemerkung der Prüfung (null für Kalkulationssysteme).' }) bemerkung: string | null;
}

@ObjectType({ description: 'Eine Einreichung, die diese SPN-ID nannte, aber nicht zugeordnet werden konnte.' })
export class Eingang {
  @Field(() => ID, { description: 'Technische ID.' }) id: number;
  @Field({ description: 'Zeitpunkt des Eingangs.' }) eingegangenAm: Date;
  @Field(() => EingangArt, { description: 'Art der Einreichung.' }) art: EingangArt;
  @Field(() => Kalkulationssystem, { description: 'System, aus dem die Einreichung kam.' }) kalkulationssystem: Kalkulationssystem;
  @Field(() => String, { nullable: true, description: 'Referenz des Kalkulationssystems.' }) externeReferenz: string | null;
  @Field(() => [String], { description: 'Namen der Felder, die nicht passten, z. B. ["kennzeichen"].' }) abweichendeFelder: string[];
  @Field({ description: 'Ein deutscher Satz für die Werkstatt, warum die Einreichung nicht zugeordnet wurde.' }) grund: string;
}
