import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Kalkulationssystem } from '../../common/enums';
import { Fehler } from '../../graphql/fehler';
import { Connection } from '../../graphql/pagination';
import { Benutzer, Werkstatt } from './identity.types';
import { KontoAenderungArt } from './konto-protokoll.entity';

registerEnumType(KontoAenderungArt, {
  name: 'KontoAenderungArt',
  description: 'Art einer Änderung an Konten, Werkstätten oder API-Schlüsseln (Konto-Protokoll).',
  valuesConfig: {
    WERKSTATT_ANGELEGT: { description: 'Werkstatt angelegt.' },
    WERKSTATT_GEAENDERT: { description: 'Einstellungen der Werkstatt geändert.' },
    BENUTZER_ANGELEGT: { description: 'Benutzer über die Kommandozeile angelegt.' },
    BENUTZER_EINGELADEN: { description: 'Benutzer eingeladen (E-Mail mit Link).' },
    EINLADUNG_ANGENOMMEN: { description: 'Einladung angenommen, Passwort festgelegt.' },
    PASSWORT_VERGESSEN: { description: 'Link zum Zurücksetzen des Passworts gesendet.' },
    PASSWORT_ZURUECKGESETZT: { description: 'Passwort über den E-Mail-Link neu festgelegt.' },
    PASSWORT_GEAENDERT: { description: 'Passwort vom Benutzer geändert.' },
    SITZUNGEN_BEENDET: { description: 'Andere Sitzungen beendet („überall sonst abmelden“).' },
    BENUTZER_DEAKTIVIERT: { description: 'Benutzer deaktiviert.' },
    API_SCHLUESSEL_ERSTELLT: { description: 'API-Schlüssel erstellt.' },
    API_SCHLUESSEL_WIDERRUFEN: { description: 'API-Schlüssel widerrufen.' },
  },
});

@ObjectType({ description: 'Eine Seite einer Benutzerliste.' })
export class BenutzerConnection extends Connection(Benutzer, 'Benutzer', 'Benutzern') {}

@ObjectType({ description: 'Ein Eintrag im Konto-Protokoll: wer wann was an Konten, Werkstätten oder API-Schlüsseln geändert hat.' })
export class KontoProtokollEintrag {
  @Field(() => ID, { description: 'Technische ID.' }) id: number;
  @Field({ description: 'Zeitpunkt der Änderung.' }) zeitpunkt: Date;
  @Field(() => KontoAenderungArt, { description: 'Art der Änderung.' }) art: KontoAenderungArt;
  @Field({ description: 'Wer die Änderung vorgenommen hat.' }) akteur: string;
  @Field({ description: 'Was geändert wurde.' }) beschreibung: string;
  @Field(() => ID, { nullable: true, description: 'Betroffener Benutzer, falls einer.' }) benutzerId: number | null;
  @Field(() => ID, { nullable: true, description: 'Betroffene Werkstatt, falls eine.' }) werkstattId: number | null;
  @Field(() => ID, { nullable: true, description: 'Betroffener API-Schlüssel, falls einer.' }) apiSchluesselId: number | null;
}

@ObjectType({ description: 'Eine Seite des Konto-Protokolls.' })
export class KontoProtokollConnection extends Connection(KontoProtokollEintrag, 'KontoProtokoll', 'Einträgen des Konto-Protokolls') {}

@ObjectType({ description: 'Ein API-Schlüssel eines Kalkulationssystem-Anbieters (Rolle KALKULATION). Der Schlüssel selbst wird nur beim Erstellen einmal gezeigt.' })
export class ApiSchluessel {
  @Field(() => ID, { description: 'Technische ID.' }) id: string;
  @Field({ description: 'Bezeichnung, z. B. „DAT Produktion“.' }) name: string;
  @Field(() => Kalkulationssystem, { description: 'Kalkulationssystem des Anbieters.' }) kalkulationssystem: Kalkulationssystem;
  @Field({ description: 'Die ersten Zeichen des Schlüssels, um ihn wiederzuerkennen.' }) praefix: string;
  @Field(() => [Werkstatt], { description: 'Werkstätten, deren Aufträge der Schlüssel lesen und für die er Dokumente einreichen darf.' }) werkstaetten: Werkstatt[];
  @Field({ description: 'Zeitpunkt der Erstellung.' }) erstelltAm: Date;
  @Field(() => Date, { nullable: true, description: 'Zeitpunkt des Widerrufs; null, solange der Schlüssel gilt.' }) widerrufenAm: Date | null;
}

@InputType({ description: 'Der erste Administrator einer neuen Werkstatt.' })
export class WerkstattAdminInput {
  @Field({ description: 'Vor- und Nachname.' }) name: string;
  @Field({ description: 'E-Mail-Adresse, an die die Einladung geht.' }) email: string;
  @Field({ description: 'Benutzername (3 bis 100 Zeichen aus a–z, 0–9 und . _ @ -).' }) benutzername: string;
}

@InputType({ description: 'Eine neue Partnerwerkstatt mit ihrem ersten Administrator.' })
export class WerkstattAnlegenInput {
  @Field({ description: 'Partnernummer im Netzwerk (eindeutig).' }) partnerNummer: string;
  @Field({ description: 'Name der Werkstatt.' }) name: string;
  @Field(() => String, { nullable: true, description: 'Ort.' }) ort?: string | null;
  @Field({ description: 'Adresse, an die die System-E-Mails der Werkstatt gehen.' }) email: string;
  @Field(() => Kalkulationssystem, { description: 'Kalkulationssystem der Werkstatt.' }) kalkulationssystem: Kalkulationssystem;
  @Field(() => WerkstattAdminInput, { description: 'Der erste Administrator; er erhält eine Einladung per E-Mail.' }) admin: WerkstattAdminInput;
}

@ObjectType({ description: 'Ergebnis einer Änderung an einer Werkstatt.' })
export class WerkstattPayload {
  @Field(() => Werkstatt, { nullable: true, description: 'Die Werkstatt; null bei Fehlern.' }) werkstatt: Werkstatt | null;
  @Field(() => Benutzer, { nullable: true, description: 'Bei werkstattAnlegen: der eingeladene erste Administrator.' }) admin: Benutzer | null;
  @Field(() => [Fehler], { description: 'Fachliche Fehler.' }) fehler: Fehler[];
}

@InputType({ description: 'Einladung eines Benutzers in eine Werkstatt.' })
export class BenutzerEinladenInput {
  @Field(() => ID, { nullable: true, description: 'Werkstatt (Pflicht für das Netzwerk; ein Werkstatt-Administrator lädt in die eigene Werkstatt ein).' }) werkstattId?: string | null;
  @Field({ description: 'Vor- und Nachname.' }) name: string;
  @Field({ description: 'E-Mail-Adresse, an die die Einladung geht.' }) email: string;
  @Field({ description: 'Benutzername (3 bis 100 Zeichen aus a–z, 0–9 und . _ @ -).' }) benutzername: string;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Ob der Benutzer Administrator der Werkstatt wird.' }) istAdmin?: boolean | null;
}

@ObjectType({ description: 'Ergebnis einer Änderung an einem Benutzer.' })
export class BenutzerPayload {
  @Field(() => Benutzer, { nullable: true, description: 'Der Benutzer; null bei Fehlern.' }) benutzer: Benutzer | null;
  @Field(() => [Fehler], { description: 'Fachliche Fehler.' }) fehler: Fehler[];
}

@InputType({ description: 'Annahme einer Einladung: Token aus der E-Mail und das gewünschte Passwort.' })
export class EinladungAnnehmenInput {
  @Field({ description: 'Das Token aus dem Link der Einladung.' }) token: string;
  @Field({ description: 'Neues Passwort: mindestens 12 Zeichen, nicht der Benutzername, nicht leicht zu erraten.' }) passwort: string;
}

@InputType({ description: 'Neues Passwort über den Link aus der E-Mail „Passwort zurücksetzen“.' })
export class PasswortZuruecksetzenInput {
  @Field({ description: 'Das Token aus dem Link der E-Mail.' }) token: string;
  @Field({ description: 'Neues Passwort: mindestens 12 Zeichen, nicht der Benutzername, nicht leicht zu erraten.' }) passwort: string;
}

@InputType({ description: 'Anforderung eines Links zum Zurücksetzen des Passworts.' })
export class PasswortVergessenInput {
  @Field({ description: 'Benutzername oder E-Mail-Adresse.' }) benutzernameOderEmail: string;
}

@InputType({ description: 'Änderung des eigenen Passworts.' })
export class PasswortAendernInput {
  @Field({ description: 'Das bisherige Passwort.' }) altesPasswort: string;
  @Field({ description: 'Das neue Passwort: mindestens 12 Zeichen, nicht der Benutzername, nicht leicht zu erraten.' }) neuesPasswort: string;
}

@InputType({ description: 'Deaktivierung eines Benutzers.' })
export class BenutzerDeaktivierenInput {
  @Field(() => ID, { description: 'Der Benutzer.' }) benutzerId: string;
}

@InputType({ description: 'Einstellungen einer Werkstatt.' })
export class WerkstattEinstellungenInput {
  @Field(() => ID, { nullable: true, description: 'Werkstatt (Pflicht für das Netzwerk; ein Werkstatt-Administrator ändert die eigene).' }) werkstattId?: string | null;
  @Field({ description: 'Adresse, an die die System-E-Mails der Werkstatt gehen.' }) email: string;
}

@InputType({ description: 'Ein neuer API-Schlüssel für ein Kalkulationssystem.' })
export class ApiSchluesselErstellenInput {
  @Field({ description: 'Bezeichnung, z. B. „DAT Produktion“.' }) name: string;
  @Field(() => Kalkulationssystem, { description: 'Kalkulationssystem des Anbieters.' }) kalkulationssystem: Kalkulationssystem;
  @Field(() => [ID], { description: 'Werkstätten, deren Aufträge der Schlüssel lesen darf (mindestens eine).' }) werkstattIds: string[];
}

@InputType({ description: 'Widerruf eines API-Schlüssels.' })
export class ApiSchluesselWiderrufenInput {
  @Field(() => ID, { description: 'Der API-Schlüssel.' }) id: string;
}

@ObjectType({ description: 'Ergebnis einer Änderung an einem API-Schlüssel.' })
export class ApiSchluesselPayload {
  @Field(() => ApiSchluessel, { nullable: true, description: 'Der API-Schlüssel; null bei Fehlern.' }) apiSchluessel: ApiSchluessel | null;
  @Field(() => String, { nullable: true, description: 'Der Schlüssel selbst, nur in der Antwort von apiSchluesselErstellen und nur dieses eine Mal; er wird nur als Hash gespeichert.' })
  schluessel: string | null;
  @Field(() => [Fehler], { description: 'Fachliche Fehler.' }) fehler: Fehler[];
}
