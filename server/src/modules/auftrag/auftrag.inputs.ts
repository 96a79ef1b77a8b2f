import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Auftragsart, ErinnerungArt, RkueStatus, Sparte, Stornogrund } from '../../common/enums';
import { Fehler } from '../../graphql/fehler';
import { LocalDateScalar } from '../../graphql/scalars';
import { Auftrag } from './auftrag.types';

@InputType({ description: 'Ein neuer Vermittlungsauftrag an eine Werkstatt.' })
export class AuftragVermittelnInput {
  @Field(() => ID, { description: 'Die Werkstatt.' }) werkstattId: string;
  @Field(() => ID, { description: 'Der Versicherer.' }) versichererId: string;
  @Field(() => Auftragsart, { description: 'Reparatur- oder KV-Service-Auftrag.' }) auftragsart: Auftragsart;
  @Field(() => Sparte, { description: 'Versicherungssparte.' }) sparte: Sparte;
  @Field({ description: 'Schadennummer des Versicherers (höchstens 30 Zeichen: Buchstaben, Ziffern, - / . und Leerzeichen).' }) schadennummer: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Schadentag.' }) schadentag?: string | null;
  @Field({ description: 'Kennzeichen, wie es auf dem Fahrzeug steht.' }) kennzeichen: string;
  @Field(() => String, { nullable: true, description: 'Hersteller.' }) hersteller?: string | null;
  @Field(() => String, { nullable: true, description: 'Modell.' }) modell?: string | null;
  @Field(() => String, { nullable: true, description: 'FIN (17 Zeichen).' }) fin?: string | null;
  @Field({ description: 'Name des Kunden.' }) kundeName: string;
  @Field(() => String, { nullable: true, description: 'Anschrift des Kunden.' }) kundeAnschrift?: string | null;
  @Field(() => String, { nullable: true, description: 'Telefon des Kunden.' }) kundeTelefon?: string | null;
  @Field(() => String, { nullable: true, description: 'Frei gewählter Schlüssel: dieselbe Vermittlung noch einmal liefert denselben Auftrag.' }) idempotencyKey?: string | null;
}

@InputType({ description: 'Entscheidung zur Reparaturkostenübernahme (RKÜ).' })
export class RkueEntscheidenInput {
  @Field({ description: 'SPN-ID des Auftrags.' }) spnId: string;
  @Field(() => RkueStatus, { description: 'Neuer RKÜ-Status.' }) status: RkueStatus;
  @Field(() => String, { nullable: true, description: 'Bemerkung (für Kalkulationssysteme nicht sichtbar).' }) bemerkung?: string | null;
}

@InputType({ description: 'Stornierung eines Auftrags; die Werkstatt erhält die E-Mail „Stornierung SPN Vermittlungsauftrag …“.' })
export class AuftragStornierenInput {
  @Field({ description: 'SPN-ID des Auftrags.' }) spnId: string;
  @Field(() => Stornogrund, { description: 'Grund.' }) grund: Stornogrund;
  @Field(() => String, { nullable: true, description: 'Bemerkung (steht in der E-Mail; für Kalkulationssysteme nicht sichtbar).' }) bemerkung?: string | null;
}

@InputType({ description: 'Erinnerung an die Werkstatt, den Reparatur- oder Terminstatus zu melden.' })
export class ErinnerungSendenInput {
  @Field({ description: 'SPN-ID des Auftrags.' }) spnId: string;
  @Field(() => ErinnerungArt, { description: 'Worum die Erinnerung bittet.' }) art: ErinnerungArt;
}

@ObjectType({ description: 'Ergebnis einer Änderung am Auftrag durch das Netzwerk.' })
export class AuftragPayload {
  @Field(() => Auftrag, { nullable: true, description: 'Der Auftrag nach der Änderung; null bei Fehlern.' }) auftrag: unknown | null;
  @Field(() => [Fehler], { description: 'Fachliche Fehler; leer bei Erfolg.' }) fehler: Fehler[];
}
