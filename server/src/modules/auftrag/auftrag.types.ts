import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';
import {
  Aktion,
  AuftragOrderField,
  Auftragsart,
  Auftragsstatus,
  ErinnerungArt,
  EreignisArt,
  HinweisCode,
  OrderDirection,
  RkueStatus,
  Sparte,
  Stornogrund,
} from '../../common/enums';
import { Connection } from '../../graphql/pagination';
import { DecimalScalar, LocalDateScalar } from '../../graphql/scalars';
import { Benachrichtigung } from '../benachrichtigung/benachrichtigung.types';
import { Eingang, Freigabe, Kostenvoranschlag, Rechnung } from '../dokumente/dokumente.types';
import { Werkstatt } from '../identity/identity.types';
import { Versicherer } from '../stammdaten/versicherer.types';

@ObjectType({ description: 'Das beschädigte Fahrzeug.' })
export class Fahrzeug {
  @Field({ description: 'Amtliches Kennzeichen, wie erfasst, z. B. "M-AB 1234".' }) kennzeichen: string;
  @Field(() => String, { nullable: true, description: 'Hersteller.' }) hersteller: string | null;
  @Field(() => String, { nullable: true, description: 'Modell.' }) modell: string | null;
  @Field(() => String, { nullable: true, description: 'Fahrzeug-Identifizierungsnummer (FIN).' }) fin: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Tag der Erstzulassung.' }) erstzulassung: string | null;
}

@ObjectType({ description: 'Kontaktdaten des Kunden (nur für die Werkstatt des Auftrags und das Netzwerk).' })
export class Kunde {
  @Field({ description: 'Name des Kunden.' }) name: string;
  @Field(() => String, { nullable: true, description: 'Anschrift.' }) anschrift: string | null;
  @Field(() => String, { nullable: true, description: 'Telefonnummer.' }) telefon: string | null;
}

@ObjectType({ description: 'Stand der Reparaturkostenübernahme (RKÜ) durch den Versicherer; unabhängig von der Freigabe.' })
export class Rkue {
  @Field(() => RkueStatus, { description: 'Status der RKÜ.' }) status: RkueStatus;
  @Field(() => Date, { nullable: true, description: 'Zeitpunkt der Entscheidung des Versicherers (ERTEILT oder ABGELEHNT); null, solange die RKÜ nicht angefragt oder in Prüfung ist.' }) entschiedenAm: Date | null;
  @Field(() => String, { nullable: true, description: 'Bemerkung des Netzwerks (null für Kalkulationssysteme).' }) bemerkung: string | null;
}

@ObjectType({ description: 'Die Stornierung eines Auftrags.' })
export class Storno {
  @Field(() => Stornogrund, { description: 'Grund der Stornierung.' }) grund: Stornogrund;
  @Field(() => String, { nullable: true, description: 'Bemerkung des Netzwerks (null für Kalkulationssysteme).' }) bemerkung: string | null;
  @Field({ description: 'Zeitpunkt der Stornierung.' }) storniertAm: Date;
  @Field(() => Date, { nullable: true, description: 'Zeitpunkt, zu dem die Storno-E-Mail („Stornierung SPN Vermittlungsauftrag …“) versendet wurde.' })
  benachrichtigtAm: Date | null;
}

@ObjectType({ description: 'Eine Erinnerung an die Werkstatt, den Reparatur- oder Terminstatus zu melden.' })
export class Erinnerung {
  @Field(() => ID, { description: 'Technische ID.' }) id: number;
  @Field(() => ErinnerungArt, { description: 'Worum die Erinnerung bittet.' }) art: ErinnerungArt;
  @Field({ description: 'Zeitpunkt der Erinnerung.' }) gesendetAm: Date;
  @Field(() => Date, { nullable: true, description: 'Zeitpunkt, zu dem sie durch eine Vorgangsinfo erledigt wurde; null, solange offen.' }) erledigtAm: Date | null;
}

@ObjectType({ description: 'Ein Eintrag im Verlauf eines Auftrags: wer hat wann was getan.' })
export class Ereignis {
  @Field(() => ID, { description: 'Technische ID.' }) id: number;
  @Field({ description: 'Zeitpunkt.' }) zeitpunkt: Date;
  @Field(() => EreignisArt, { description: 'Art des Eintrags.' }) art: EreignisArt;
  @Field({ description: 'Beschreibung (vom System formuliert).' }) beschreibung: string;
  @Field(() => String, { nullable: true, description: 'Wer es getan hat (für Kalkulationssysteme nur die Rolle).' }) akteur: string | null;
}

@ObjectType({ description: 'Eine Seite des Verlaufs, neueste Einträge zuerst.' })
export class EreignisConnection extends Connection(Ereignis, 'Ereignis', 'Verlaufseinträgen') {}

@ObjectType({ description: 'Eine FAQ-Antwort, die jetzt auf den Auftrag zutrifft, mit der Aktion, die hilft.' })
export class Hinweis {
  @Field(() => HinweisCode, { description: 'Die FAQ-Situation.' }) code: HinweisCode;
  @Field({ description: 'Kurzer Titel.' }) titel: string;
  @Field({ description: 'Die Antwort für diesen Auftrag: was los ist und was zu tun ist.' }) text: string;
  @Field(() => Aktion, { nullable: true, description: 'Die Aktion, die hier hilft; null, wenn keine Aktion passt oder sie gerade nicht möglich ist.' })
  aktion: Aktion | null;
}

// Federation: other services reference an order by its SPN-ID (or its technical id).
@Directive('@key(fields: "spnId")')
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Ein Vermittlungsauftrag: ein beschädigtes Fahrzeug bei einer Werkstatt, mit allem, was das Netzwerk dazu erfasst hat.' })
export class Auftrag {
  @Field(() => ID, { description: 'Technische ID.' }) id: number;
  @Field({ description: 'SPN-ID des Auftrags, z. B. "SPN-2026-004711".' }) spnId: string;
  @Field(() => Auftragsart, { description: 'Reparaturauftrag oder KV-Service.' }) auftragsart: Auftragsart;
  @Field(() => Auftragsstatus, { description: 'Status zum Zeitpunkt `stand`.' }) status: Auftragsstatus;
  @Field({ description: 'Zeitpunkt dieser Antwort: der angezeigte Status ist der zu diesem Zeitpunkt erfasste.' }) stand: Date;
  @Field({ description: 'Zeitpunkt der Vermittlung.' }) vermitteltAm: Date;
  @Field({ description: 'Zeitpunkt des letzten Verlaufseintrags.' }) aktualisiertAm: Date;
  @Field(() => Versicherer, { description: 'Der Versicherer.' }) versicherer: Versicherer;
  @Field(() => Werkstatt, { description: 'Die Werkstatt.' }) werkstatt: Werkstatt;
  @Field({ description: 'Schadennummer des Versicherers.' }) schadennummer: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Schadentag.' }) schadentag: string | null;
  @Field(() => Sparte, { description: 'Versicherungssparte.' }) sparte: Sparte;
  @Field(() => Fahrzeug, { description: 'Das Fahrzeug.' }) fahrzeug: Fahrzeug;
  @Field(() => Kunde, { nullable: true, description: 'Kontaktdaten des Kunden; null für Kalkulationssysteme.' }) kunde: Kunde | null;
  @Field(() => [Kostenvoranschlag], { description: 'Alle KVs und Nachträge in Eingangsreihenfolge.' }) kvs: Kostenvoranschlag[];
  @Field(() => [Freigabe], { description: 'Alle Freigaben.' }) freigaben: Freigabe[];
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Summe der erwarteten Beträge der Freigaben minus die Nettobeträge der Rechnungen, die nicht KORREKTUR_ANGEFORDERT sind; null ohne Freigabe.',
  })
  erwarteterRechnungsbetrag: number | null;
  @Field(() => Rkue, { description: 'Stand der Reparaturkostenübernahme.' }) rkue: Rkue;
  @Field(() => [Rechnung], { description: 'Alle Rechnungen in Eingangsreihenfolge.' }) rechnungen: Rechnung[];
  @Field(() => Storno, { nullable: true, description: 'Die Stornierung; null, wenn der Auftrag jetzt nicht storniert ist.' }) storno: Storno | null;
  @Field(() => [Erinnerung], { description: 'Offene und erledigte Erinnerungen.' }) erinnerungen: Erinnerung[];
  // `tickets` is added by the ticket module's field resolver (TicketAuftragFieldsResolver).
  @Field(() => EreignisConnection, { description: 'Verlauf des Auftrags, neueste Einträge zuerst.' }) verlauf: EreignisConnection;
  @Field(() => [Hinweis], { description: 'Die FAQ-Antworten, die jetzt zutreffen, dringendste zuerst; die erste ist der „Nächste Schritt“.' }) hinweise: Hinweis[];
  @Field(() => [Aktion], { description: 'Die Aktionen der Werkstatt, die jetzt möglich sind, gleich wer fragt.' }) moeglicheAktionen: Aktion[];
  @Field(() => [Eingang], { description: 'Einreichungen, die diese SPN-ID nannten, aber nicht zugeordnet werden konnten (z. B. Kennzeichen weicht ab); für Kalkulationssysteme nur die eigenen.' })
  nichtZugeordneteEingaenge: Eingang[];
  @Field(() => [Benachrichtigung], { description: 'System-E-Mails zu diesem Auftrag und ob sie versendet wurden.' }) benachrichtigungen: Benachrichtigung[];
}

@ObjectType({ description: 'Eine Seite einer Auftragsliste.' })
export class AuftragConnection extends Connection(Auftrag, 'Auftrag', 'Aufträgen') {}

@InputType({ description: 'Filter für Auftragslisten; alle gesetzten Felder müssen zutreffen.' })
export class AuftragFilter {
  @Field(() => [Auftragsstatus], { nullable: true, description: 'Nur Aufträge mit einem dieser Status.' }) status?: Auftragsstatus[] | null;
  @Field(() => Auftragsart, { nullable: true, description: 'Nur Aufträge dieser Art.' }) auftragsart?: Auftragsart | null;
  @Field(() => String, { nullable: true, description: 'Findet SPN-ID, Schadennummer oder Kennzeichen (ohne Rücksicht auf Groß-/Kleinschreibung, Leerzeichen und Bindestriche).' })
  suche?: string | null;
  @Field(() => HinweisCode, { nullable: true, description: 'Nur Aufträge, auf die dieser Hinweis zutrifft.' }) hinweis?: HinweisCode | null;
  @Field(() => Date, { nullable: true, description: 'Nur Aufträge, deren aktualisiertAm zu oder nach diesem Zeitpunkt liegt: der Abruf-Feed der Kalkulationssysteme.' })
  geaendertSeit?: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'Nur Aufträge, deren Hinweise eine Aktion anbieten („Offene Punkte“).' }) mitAktion?: boolean | null;
}

@InputType({ description: 'Sortierung: Standard AKTUALISIERT_AM DESC, mit geaendertSeit AKTUALISIERT_AM ASC; bei Gleichstand nach ID.' })
export class AuftragOrder {
  @Field(() => AuftragOrderField, { description: 'Sortierfeld.' }) field: AuftragOrderField;
  @Field(() => OrderDirection, { description: 'Richtung.' }) direction: OrderDirection;
}

@ObjectType({ description: 'Eine Änderung an einem Auftrag, wie sie ein Abonnement meldet: der Auftrag nach der Änderung und der neue Verlaufseintrag.' })
export class AuftragAenderung {
  @Field(() => Auftrag, { description: 'Der Auftrag nach der Änderung, wie ihn der Abonnent sehen darf.' }) auftrag: Auftrag;
  @Field(() => Ereignis, { description: 'Der Verlaufseintrag, der die Änderung beschreibt.' }) ereignis: Ereignis;
}
