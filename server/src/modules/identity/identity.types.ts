import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Kalkulationssystem, Rolle } from '../../common/enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Eine Partnerwerkstatt des Netzwerks.' })
export class Werkstatt {
  @Field(() => ID, { description: 'Technische ID.' }) id: number;
  @Field({ description: 'Partnernummer der Werkstatt im Netzwerk.' }) partnerNummer: string;
  @Field({ description: 'Name der Werkstatt.' }) name: string;
  @Field(() => String, { nullable: true, description: 'Ort der Werkstatt.' }) ort: string | null;
  @Field(() => Kalkulationssystem, { description: 'Kalkulationssystem, mit dem die Werkstatt KVs erstellt.' }) kalkulationssystem: Kalkulationssystem;
}

@ObjectType({ description: 'Der angemeldete Aufrufer: eine Person oder, bei einem API-Schlüssel, das Kalkulationssystem.' })
export class Benutzer {
  @Field(() => ID, { description: 'Technische ID (bei API-Schlüsseln mit Präfix "api-").' }) id: string;
  @Field({ description: 'Benutzername (bei API-Schlüsseln der Name des Schlüssels).' }) benutzername: string;
  @Field({ description: 'Anzeigename.' }) name: string;
  @Field(() => Rolle, { description: 'Rolle des Aufrufers.' }) rolle: Rolle;
  @Field(() => Werkstatt, { nullable: true, description: 'Werkstatt des Benutzers; null für Netzwerk-Mitarbeiter und API-Schlüssel.' })
  werkstatt: Werkstatt | null;
  @Field(() => String, { nullable: true, description: 'E-Mail-Adresse für Einladung und Passwort-Zurücksetzen; null bei API-Schlüsseln.' }) email: string | null;
  @Field({ description: 'Ob der Benutzer die Benutzer seiner Werkstatt verwalten darf (Werkstatt-Administrator).' }) istAdmin: boolean;
  @Field({ description: 'Ob der Benutzer sich anmelden darf; deaktivierte Benutzer sind sofort abgemeldet.' }) aktiv: boolean;
  @Field(() => Date, { nullable: true, description: 'Zeitpunkt der letzten Anmeldung; null, wenn der Benutzer sich noch nie angemeldet hat.' }) letzteAnmeldung: Date | null;
  @Field({ description: 'Ob der Benutzer eingeladen ist und noch kein Passwort festgelegt hat.' }) einladungOffen: boolean;
}
