/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** Exakter Betrag in Euro als Zeichenkette mit zwei Nachkommastellen, z. B. "1234.50" (intern in Cent). */
  Decimal: { input: string; output: string; }
  /** Kalenderdatum im Format JJJJ-MM-TT, z. B. "2026-12-03" („heute“ bezieht sich auf Europe/Berlin). */
  LocalDate: { input: string; output: string; }
};

/** Die drei Aktionen des Portals. */
export type Aktion =
  /** Auftrag anfordern: ein Reparaturauftrag wird benötigt. */
  | 'AUFTRAG_ANFORDERN'
  /** Fehlende Freigabe: eine erhaltene Freigabe fehlt im Portal. */
  | 'FEHLENDE_FREIGABE'
  /** Vorgangsinfo: Reparatur- oder Terminstatus melden. */
  | 'VORGANGSINFO';

/** Warum ein Reparaturauftrag angefordert wird. */
export type AnforderungsGrund =
  /** Der Auftrag wurde fälschlicherweise storniert. */
  | 'FAELSCHLICH_STORNIERT'
  /** Der Kunde wünscht die Reparatur (bisher nur KV-Service). */
  | 'KUNDE_WUENSCHT_REPARATUR';

/** Anmeldedaten. */
export type AnmeldenInput = {
  /** Benutzername. */
  benutzername: Scalars['String']['input'];
  /** Passwort. */
  passwort: Scalars['String']['input'];
};

/** Ergebnis einer Anmeldung. */
export type AnmeldenPayload = {
  __typename?: 'AnmeldenPayload';
  /** Der angemeldete Benutzer; null bei Fehlern. */
  benutzer?: Maybe<Benutzer>;
  /** Fachliche Fehler, z. B. ANMELDUNG_FEHLGESCHLAGEN. */
  fehler: Array<Fehler>;
  /** Bearer-Token der neuen Sitzung (zusätzlich als httpOnly-Cookie gesetzt); null bei Fehlern. */
  token?: Maybe<Scalars['String']['output']>;
};

/** Ein API-Schlüssel eines Kalkulationssystem-Anbieters (Rolle KALKULATION). Der Schlüssel selbst wird nur beim Erstellen einmal gezeigt. */
export type ApiSchluessel = {
  __typename?: 'ApiSchluessel';
  /** Zeitpunkt der Erstellung. */
  erstelltAm: Scalars['DateTimeISO']['output'];
  /** Technische ID. */
  id: Scalars['ID']['output'];
  /** Kalkulationssystem des Anbieters. */
  kalkulationssystem: Kalkulationssystem;
  /** Bezeichnung, z. B. „DAT Produktion“. */
  name: Scalars['String']['output'];
  /** Die ersten Zeichen des Schlüssels, um ihn wiederzuerkennen. */
  praefix: Scalars['String']['output'];
  /** Werkstätten, deren Aufträge der Schlüssel lesen und für die er Dokumente einreichen darf. */
  werkstaetten: Array<Werkstatt>;
  /** Zeitpunkt des Widerrufs; null, solange der Schlüssel gilt. */
  widerrufenAm?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** Ein neuer API-Schlüssel für ein Kalkulationssystem. */
export type ApiSchluesselErstellenInput = {
  /** Kalkulationssystem des Anbieters. */
  kalkulationssystem: Kalkulationssystem;
  /** Bezeichnung, z. B. „DAT Produktion“. */
  name: Scalars['String']['input'];
  /** Werkstätten, deren Aufträge der Schlüssel lesen darf (mindestens eine). */
  werkstattIds: Array<Scalars['ID']['input']>;
};

/** Ergebnis einer Änderung an einem API-Schlüssel. */
export type ApiSchluesselPayload = {
  __typename?: 'ApiSchluesselPayload';
  /** Der API-Schlüssel; null bei Fehlern. */
  apiSchluessel?: Maybe<ApiSchluessel>;
  /** Fachliche Fehler. */
  fehler: Array<Fehler>;
  /** Der Schlüssel selbst, nur in der Antwort von apiSchluesselErstellen und nur dieses eine Mal; er wird nur als Hash gespeichert. */
  schluessel?: Maybe<Scalars['String']['output']>;
};

/** Widerruf eines API-Schlüssels. */
export type ApiSchluesselWiderrufenInput = {
  /** Der API-Schlüssel. */
  id: Scalars['ID']['input'];
};

/** Ein Vermittlungsauftrag: ein beschädigtes Fahrzeug bei einer Werkstatt, mit allem, was das Netzwerk dazu erfasst hat. */
export type Auftrag = {
  __typename?: 'Auftrag';
  /** Zeitpunkt des letzten Verlaufseintrags. */
  aktualisiertAm: Scalars['DateTimeISO']['output'];
  /** Reparaturauftrag oder KV-Service. */
  auftragsart: Auftragsart;
  /** System-E-Mails zu diesem Auftrag und ob sie versendet wurden. */
  benachrichtigungen: Array<Benachrichtigung>;
  /** Offene und erledigte Erinnerungen. */
  erinnerungen: Array<Erinnerung>;
  /** Summe der erwarteten Beträge der Freigaben minus die Nettobeträge der Rechnungen, die nicht KORREKTUR_ANGEFORDERT sind; null ohne Freigabe. */
  erwarteterRechnungsbetrag?: Maybe<Scalars['Decimal']['output']>;
  /** Das Fahrzeug. */
  fahrzeug: Fahrzeug;
  /** Alle Freigaben. */
  freigaben: Array<Freigabe>;
  /** Die FAQ-Antworten, die jetzt zutreffen, dringendste zuerst; die erste ist der „Nächste Schritt“. */
  hinweise: Array<Hinweis>;
  /** Technische ID. */
  id: Scalars['ID']['output'];
  /** Kontaktdaten des Kunden; null für Kalkulationssysteme. */
  kunde?: Maybe<Kunde>;
  /** Alle KVs und Nachträge in Eingangsreihenfolge. */
  kvs: Array<Kostenvoranschlag>;
  /** Die Aktionen der Werkstatt, die jetzt möglich sind, gleich wer fragt. */
  moeglicheAktionen: Array<Aktion>;
  /** Einreichungen, die diese SPN-ID nannten, aber nicht zugeordnet werden konnten (z. B. Kennzeichen weicht ab); für Kalkulationssysteme nur die eigenen. */
  nichtZugeordneteEingaenge: Array<Eingang>;
  /** Alle Rechnungen in Eingangsreihenfolge. */
  rechnungen: Array<Rechnung>;
  /** Stand der Reparaturkostenübernahme. */
  rkue: Rkue;
  /** Schadennummer des Versicherers. */
  schadennummer: Scalars['String']['output'];
  /** Schadentag. */
  schadentag?: Maybe<Scalars['LocalDate']['output']>;
  /** Versicherungssparte. */
  sparte: Sparte;
  /** SPN-ID des Auftrags, z. B. "SPN-2026-004711". */
  spnId: Scalars['String']['output'];
  /** Zeitpunkt dieser Antwort: der angezeigte Status ist der zu diesem Zeitpunkt erfasste. */
  stand: Scalars['DateTimeISO']['output'];
  /** Status zum Zeitpunkt `stand`. */
  status: Auftragsstatus;
  /** Die Stornierung; null, wenn der Auftrag jetzt nicht storniert ist. */
  storno?: Maybe<Storno>;
  /** Tickets der Werkstatt zu diesem Auftrag; leer für Kalkulationssysteme. */
  tickets: Array<Ticket>;
  /** Verlauf des Auftrags, neueste Einträge zuerst. */
  verlauf: EreignisConnection;
  /** Zeitpunkt der Vermittlung. */
  vermitteltAm: Scalars['DateTimeISO']['output'];
  /** Der Versicherer. */
  versicherer: Versicherer;
  /** Die Werkstatt. */
  werkstatt: Werkstatt;
};


/** Ein Vermittlungsauftrag: ein beschädigtes Fahrzeug bei einer Werkstatt, mit allem, was das Netzwerk dazu erfasst hat. */
export type AuftragVerlaufArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Eine Änderung an einem Auftrag, wie sie ein Abonnement meldet: der Auftrag nach der Änderung und der neue Verlaufseintrag. */
export type AuftragAenderung = {
  __typename?: 'AuftragAenderung';
  /** Der Auftrag nach der Änderung, wie ihn der Abonnent sehen darf. */
  auftrag: Auftrag;
  /** Der Verlaufseintrag, der die Änderung beschreibt. */
  ereignis: Ereignis;
};

/** Auftrag anfordern: ein Reparaturauftrag wird benötigt (nur KV-Service-Auftrag oder fälschlich storniert). */
export type AuftragAnfordernInput = {
  /** Warum ein Reparaturauftrag benötigt wird. */
  grund: AnforderungsGrund;
  /** Frei gewählter Schlüssel (bis 100 Zeichen) je Formularabsendung: dieselbe Absendung noch einmal liefert dasselbe Ticket statt eines zweiten. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Der Kunde hat Reparaturauftrag und Abtretungserklärung oder Zahlungsanweisung unterschrieben (muss true sein). */
  kundeHatUnterschrieben: Scalars['Boolean']['input'];
  /** Nachricht an das SPN-Team (höchstens 2.000 Zeichen, keine Gesundheitsdaten). */
  nachricht?: InputMaybe<Scalars['String']['input']>;
  /** SPN-ID des Auftrags (Groß-/Kleinschreibung und fehlendes "SPN-" werden toleriert). */
  spnId: Scalars['String']['input'];
};

/** Eine Seite einer Auftragsliste. */
export type AuftragConnection = {
  __typename?: 'AuftragConnection';
  /** Die Einträge mit ihren Cursorn. */
  edges: Array<AuftragEdge>;
  /** Die Einträge ohne Cursor. */
  nodes: Array<Auftrag>;
  /** Angaben zum Blättern. */
  pageInfo: PageInfo;
  /** Gesamtzahl der Einträge über alle Seiten (mit den gesetzten Filtern). */
  totalCount: Scalars['Int']['output'];
};

/** Ein Eintrag einer Liste von Aufträgen mit seinem Cursor. */
export type AuftragEdge = {
  __typename?: 'AuftragEdge';
  /** Cursor dieses Eintrags. */
  cursor: Scalars['String']['output'];
  /** Der Eintrag. */
  node: Auftrag;
};

/** Filter für Auftragslisten; alle gesetzten Felder müssen zutreffen. */
export type AuftragFilter = {
  /** Nur Aufträge dieser Art. */
  auftragsart?: InputMaybe<Auftragsart>;
  /** Nur Aufträge, deren aktualisiertAm zu oder nach diesem Zeitpunkt liegt: der Abruf-Feed der Kalkulationssysteme. */
  geaendertSeit?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Nur Aufträge, auf die dieser Hinweis zutrifft. */
  hinweis?: InputMaybe<HinweisCode>;
  /** Nur Aufträge, deren Hinweise eine Aktion anbieten („Offene Punkte“). */
  mitAktion?: InputMaybe<Scalars['Boolean']['input']>;
  /** Nur Aufträge mit einem dieser Status. */
  status?: InputMaybe<Array<Auftragsstatus>>;
  /** Findet SPN-ID, Schadennummer oder Kennzeichen (ohne Rücksicht auf Groß-/Kleinschreibung, Leerzeichen und Bindestriche). */
  suche?: InputMaybe<Scalars['String']['input']>;
};

/** Sortierung: Standard AKTUALISIERT_AM DESC, mit geaendertSeit AKTUALISIERT_AM ASC; bei Gleichstand nach ID. */
export type AuftragOrder = {
  /** Richtung. */
  direction: OrderDirection;
  /** Sortierfeld. */
  field: AuftragOrderField;
};

/** Sortierfeld für Auftragslisten. */
export type AuftragOrderField =
  /** Zeitpunkt der letzten Änderung. */
  | 'AKTUALISIERT_AM'
  /** SPN-ID. */
  | 'SPN_ID'
  /** Zeitpunkt der Vermittlung. */
  | 'VERMITTELT_AM';

/** Ergebnis einer Änderung am Auftrag durch das Netzwerk. */
export type AuftragPayload = {
  __typename?: 'AuftragPayload';
  /** Der Auftrag nach der Änderung; null bei Fehlern. */
  auftrag?: Maybe<Auftrag>;
  /** Fachliche Fehler; leer bei Erfolg. */
  fehler: Array<Fehler>;
};

/** Stornierung eines Auftrags; die Werkstatt erhält die E-Mail „Stornierung SPN Vermittlungsauftrag …“. */
export type AuftragStornierenInput = {
  /** Bemerkung (steht in der E-Mail; für Kalkulationssysteme nicht sichtbar). */
  bemerkung?: InputMaybe<Scalars['String']['input']>;
  /** Grund. */
  grund: Stornogrund;
  /** SPN-ID des Auftrags. */
  spnId: Scalars['String']['input'];
};

/** Ein neuer Vermittlungsauftrag an eine Werkstatt. */
export type AuftragVermittelnInput = {
  /** Reparatur- oder KV-Service-Auftrag. */
  auftragsart: Auftragsart;
  /** FIN (17 Zeichen). */
  fin?: InputMaybe<Scalars['String']['input']>;
  /** Hersteller. */
  hersteller?: InputMaybe<Scalars['String']['input']>;
  /** Frei gewählter Schlüssel: dieselbe Vermittlung noch einmal liefert denselben Auftrag. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Kennzeichen, wie es auf dem Fahrzeug steht. */
  kennzeichen: Scalars['String']['input'];
  /** Anschrift des Kunden. */
  kundeAnschrift?: InputMaybe<Scalars['String']['input']>;
  /** Name des Kunden. */
  kundeName: Scalars['String']['input'];
  /** Telefon des Kunden. */
  kundeTelefon?: InputMaybe<Scalars['String']['input']>;
  /** Modell. */
  modell?: InputMaybe<Scalars['String']['input']>;
  /** Schadennummer des Versicherers (höchstens 30 Zeichen: Buchstaben, Ziffern, - / . und Leerzeichen). */
  schadennummer: Scalars['String']['input'];
  /** Schadentag. */
  schadentag?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Versicherungssparte. */
  sparte: Sparte;
  /** Der Versicherer. */
  versichererId: Scalars['ID']['input'];
  /** Die Werkstatt. */
  werkstattId: Scalars['ID']['input'];
};

/** Art des Vermittlungsauftrags. */
export type Auftragsart =
  /** Kostenvoranschlagservice: Besichtigung und KV gegen Pauschale, keine Reparatur. */
  | 'KV_SERVICE'
  /** Reparaturauftrag. */
  | 'REPARATUR';

/** Status eines Auftrags im Lebenszyklus. */
export type Auftragsstatus =
  /** Der Auftrag ist abgeschlossen. */
  | 'ABGESCHLOSSEN'
  /** Die technische Reparaturfreigabe liegt vor. */
  | 'FREIGEGEBEN'
  /** Das Fahrzeug ist laut Werkstatt in Arbeit. */
  | 'IN_REPARATUR'
  /** Der KV muss korrigiert und erneut gesendet werden. */
  | 'KORREKTUR_ANGEFORDERT'
  /** Ein KV ist eingegangen und wird geprüft. */
  | 'KV_IN_PRUEFUNG'
  /** Eine Rechnung ist eingegangen und wird geprüft. */
  | 'RECHNUNG_IN_PRUEFUNG'
  /** Die Reparatur ist laut Werkstatt abgeschlossen; die Rechnung wird erwartet. */
  | 'REPARATUR_ABGESCHLOSSEN'
  /** Der Auftrag wurde storniert. */
  | 'STORNIERT'
  /** Vermittelt; es liegt noch kein KV in Prüfung vor. */
  | 'VERMITTELT';

/** Eine System-E-Mail des Netzwerks an die Werkstatt und ob sie versendet wurde. */
export type Benachrichtigung = {
  __typename?: 'Benachrichtigung';
  /** Betreff der E-Mail. */
  betreff: Scalars['String']['output'];
  /** Empfängeradresse. */
  empfaenger: Scalars['String']['output'];
  /** Zeitpunkt, zu dem die E-Mail zum Versand eingereiht wurde. */
  erstelltAm: Scalars['DateTimeISO']['output'];
  /** Technische ID. */
  id: Scalars['ID']['output'];
  /** Zeitpunkt des Versands; null, solange sie noch nicht versendet ist. */
  versendetAm?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** Der angemeldete Aufrufer: eine Person oder, bei einem API-Schlüssel, das Kalkulationssystem. */
export type Benutzer = {
  __typename?: 'Benutzer';
  /** Ob der Benutzer sich anmelden darf; deaktivierte Benutzer sind sofort abgemeldet. */
  aktiv: Scalars['Boolean']['output'];
  /** Benutzername (bei API-Schlüsseln der Name des Schlüssels). */
  benutzername: Scalars['String']['output'];
  /** Ob der Benutzer eingeladen ist und noch kein Passwort festgelegt hat. */
  einladungOffen: Scalars['Boolean']['output'];
  /** E-Mail-Adresse für Einladung und Passwort-Zurücksetzen; null bei API-Schlüsseln. */
  email?: Maybe<Scalars['String']['output']>;
  /** Technische ID (bei API-Schlüsseln mit Präfix "api-"). */
  id: Scalars['ID']['output'];
  /** Ob der Benutzer die Benutzer seiner Werkstatt verwalten darf (Werkstatt-Administrator). */
  istAdmin: Scalars['Boolean']['output'];
  /** Zeitpunkt der letzten Anmeldung; null, wenn der Benutzer sich noch nie angemeldet hat. */
  letzteAnmeldung?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Anzeigename. */
  name: Scalars['String']['output'];
  /** Rolle des Aufrufers. */
  rolle: Rolle;
  /** Werkstatt des Benutzers; null für Netzwerk-Mitarbeiter und API-Schlüssel. */
  werkstatt?: Maybe<Werkstatt>;
};

/** Eine Seite einer Benutzerliste. */
export type BenutzerConnection = {
  __typename?: 'BenutzerConnection';
  /** Die Einträge mit ihren Cursorn. */
  edges: Array<BenutzerEdge>;
  /** Die Einträge ohne Cursor. */
  nodes: Array<Benutzer>;
  /** Angaben zum Blättern. */
  pageInfo: PageInfo;
  /** Gesamtzahl der Einträge über alle Seiten (mit den gesetzten Filtern). */
  totalCount: Scalars['Int']['output'];
};

/** Deaktivierung eines Benutzers. */
export type BenutzerDeaktivierenInput = {
  /** Der Benutzer. */
  benutzerId: Scalars['ID']['input'];
};

/** Ein Eintrag einer Liste von Benutzern mit seinem Cursor. */
export type BenutzerEdge = {
  __typename?: 'BenutzerEdge';
  /** Cursor dieses Eintrags. */
  cursor: Scalars['String']['output'];
  /** Der Eintrag. */
  node: Benutzer;
};

/** Einladung eines Benutzers in eine Werkstatt. */
export type BenutzerEinladenInput = {
  /** Benutzername (3 bis 100 Zeichen aus a–z, 0–9 und . _ @ -). */
  benutzername: Scalars['String']['input'];
  /** E-Mail-Adresse, an die die Einladung geht. */
  email: Scalars['String']['input'];
  /** Ob der Benutzer Administrator der Werkstatt wird. */
  istAdmin?: InputMaybe<Scalars['Boolean']['input']>;
  /** Vor- und Nachname. */
  name: Scalars['String']['input'];
  /** Werkstatt (Pflicht für das Netzwerk; ein Werkstatt-Administrator lädt in die eigene Werkstatt ein). */
  werkstattId?: InputMaybe<Scalars['ID']['input']>;
};

/** Ergebnis einer Änderung an einem Benutzer. */
export type BenutzerPayload = {
  __typename?: 'BenutzerPayload';
  /** Der Benutzer; null bei Fehlern. */
  benutzer?: Maybe<Benutzer>;
  /** Fachliche Fehler. */
  fehler: Array<Fehler>;
};

/** Eine Einreichung, die diese SPN-ID nannte, aber nicht zugeordnet werden konnte. */
export type Eingang = {
  __typename?: 'Eingang';
  /** Namen der Felder, die nicht passten, z. B. ["kennzeichen"]. */
  abweichendeFelder: Array<Scalars['String']['output']>;
  /** Art der Einreichung. */
  art: EingangArt;
  /** Zeitpunkt des Eingangs. */
  eingegangenAm: Scalars['DateTimeISO']['output'];
  /** Referenz des Kalkulationssystems. */
  externeReferenz?: Maybe<Scalars['String']['output']>;
  /** Ein deutscher Satz für die Werkstatt, warum die Einreichung nicht zugeordnet wurde. */
  grund: Scalars['String']['output'];
  /** Technische ID. */
  id: Scalars['ID']['output'];
  /** System, aus dem die Einreichung kam. */
  kalkulationssystem: Kalkulationssystem;
};

/** Art einer eingegangenen Einreichung. */
export type EingangArt =
  /** Kostenvoranschlag. */
  | 'KV'
  /** KV-Nachtrag. */
  | 'NACHTRAG'
  /** Rechnung. */
  | 'RECHNUNG';

/** Annahme einer Einladung: Token aus der E-Mail und das gewünschte Passwort. */
export type EinladungAnnehmenInput = {
  /** Neues Passwort: mindestens 12 Zeichen, nicht der Benutzername, nicht leicht zu erraten. */
  passwort: Scalars['String']['input'];
  /** Das Token aus dem Link der Einladung. */
  token: Scalars['String']['input'];
};

/** Ein Eintrag im Verlauf eines Auftrags: wer hat wann was getan. */
export type Ereignis = {
  __typename?: 'Ereignis';
  /** Wer es getan hat (für Kalkulationssysteme nur die Rolle). */
  akteur?: Maybe<Scalars['String']['output']>;
  /** Art des Eintrags. */
  art: EreignisArt;
  /** Beschreibung (vom System formuliert). */
  beschreibung: Scalars['String']['output'];
  /** Technische ID. */
  id: Scalars['ID']['output'];
  /** Zeitpunkt. */
  zeitpunkt: Scalars['DateTimeISO']['output'];
};

/** Art eines Eintrags im Verlauf eines Auftrags. */
export type EreignisArt =
  /** Die Auftragsart wurde geändert. */
  | 'AUFTRAGSART_GEAENDERT'
  /** Der Auftrag wurde vermittelt. */
  | 'AUFTRAG_VERMITTELT'
  /** Eine Einreichung konnte nicht zugeordnet werden. */
  | 'EINGANG_NICHT_ZUGEORDNET'
  /** Eine Erinnerung wurde gesendet. */
  | 'ERINNERUNG_GESENDET'
  /** Eine System-E-Mail wurde versendet. */
  | 'E_MAIL_VERSENDET'
  /** Eine Freigabe wurde erteilt. */
  | 'FREIGABE_ERTEILT'
  /** Eine Korrektur wurde angefordert. */
  | 'KORREKTUR_ANGEFORDERT'
  /** Ein KV oder Nachtrag wurde abgelehnt. */
  | 'KV_ABGELEHNT'
  /** Ein KV oder Nachtrag ist eingegangen. */
  | 'KV_EINGEGANGEN'
  /** Eine Rechnung ist eingegangen. */
  | 'RECHNUNG_EINGEGANGEN'
  /** Eine Rechnung wurde geprüft. */
  | 'RECHNUNG_GEPRUEFT'
  /** Der RKÜ-Status hat sich geändert. */
  | 'RKUE_GEAENDERT'
  /** Der Auftrag wurde storniert. */
  | 'STORNIERT'
  /** Die Stornierung wurde aufgehoben. */
  | 'STORNO_AUFGEHOBEN'
  /** Ein Ticket wurde bearbeitet. */
  | 'TICKET_BEARBEITET'
  /** Ein Ticket wurde erstellt. */
  | 'TICKET_ERSTELLT'
  /** Die Werkstatt hat eine Vorgangsinfo gemeldet. */
  | 'VORGANGSINFO_GEMELDET';

/** Eine Seite des Verlaufs, neueste Einträge zuerst. */
export type EreignisConnection = {
  __typename?: 'EreignisConnection';
  /** Die Einträge mit ihren Cursorn. */
  edges: Array<EreignisEdge>;
  /** Die Einträge ohne Cursor. */
  nodes: Array<Ereignis>;
  /** Angaben zum Blättern. */
  pageInfo: PageInfo;
  /** Gesamtzahl der Einträge über alle Seiten (mit den gesetzten Filtern). */
  totalCount: Scalars['Int']['output'];
};

/** Ein Eintrag einer Liste von Verlaufseinträgen mit seinem Cursor. */
export type EreignisEdge = {
  __typename?: 'EreignisEdge';
  /** Cursor dieses Eintrags. */
  cursor: Scalars['String']['output'];
  /** Der Eintrag. */
  node: Ereignis;
};

/** Eine Erinnerung an die Werkstatt, den Reparatur- oder Terminstatus zu melden. */
export type Erinnerung = {
  __typename?: 'Erinnerung';
  /** Worum die Erinnerung bittet. */
  art: ErinnerungArt;
  /** Zeitpunkt, zu dem sie durch eine Vorgangsinfo erledigt wurde; null, solange offen. */
  erledigtAm?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Zeitpunkt der Erinnerung. */
  gesendetAm: Scalars['DateTimeISO']['output'];
  /** Technische ID. */
  id: Scalars['ID']['output'];
};

/** Worum eine Erinnerung bittet. */
export type ErinnerungArt =
  /** Den Reparaturstatus melden. */
  | 'REPARATURSTATUS'
  /** Den Terminstatus melden. */
  | 'TERMINSTATUS';

/** Erinnerung an die Werkstatt, den Reparatur- oder Terminstatus zu melden. */
export type ErinnerungSendenInput = {
  /** Worum die Erinnerung bittet. */
  art: ErinnerungArt;
  /** SPN-ID des Auftrags. */
  spnId: Scalars['String']['input'];
};

/** Das beschädigte Fahrzeug. */
export type Fahrzeug = {
  __typename?: 'Fahrzeug';
  /** Tag der Erstzulassung. */
  erstzulassung?: Maybe<Scalars['LocalDate']['output']>;
  /** Fahrzeug-Identifizierungsnummer (FIN). */
  fin?: Maybe<Scalars['String']['output']>;
  /** Hersteller. */
  hersteller?: Maybe<Scalars['String']['output']>;
  /** Amtliches Kennzeichen, wie erfasst, z. B. "M-AB 1234". */
  kennzeichen: Scalars['String']['output'];
  /** Modell. */
  modell?: Maybe<Scalars['String']['output']>;
};

/** Fehlende Freigabe: die Werkstatt hat eine Freigabe erhalten, die im Portal fehlt. */
export type FehlendeFreigabeInput = {
  /** Freigegebener Nettobetrag laut Freigabe. */
  betragNetto?: InputMaybe<Scalars['Decimal']['input']>;
  /** Tag, an dem die Freigabe erhalten wurde. */
  freigabeErhaltenAm: Scalars['LocalDate']['input'];
  /** Frei gewählter Schlüssel (bis 100 Zeichen) je Formularabsendung: dieselbe Absendung noch einmal liefert dasselbe Ticket statt eines zweiten. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Nachricht an das SPN-Team (höchstens 2.000 Zeichen, keine Gesundheitsdaten). */
  nachricht?: InputMaybe<Scalars['String']['input']>;
  /** Woher die Freigabe kam. */
  quelle?: InputMaybe<FreigabeQuelle>;
  /** Referenz oder Aktenzeichen der Freigabe (höchstens 100 Zeichen). */
  referenz?: InputMaybe<Scalars['String']['input']>;
  /** SPN-ID des Auftrags (Groß-/Kleinschreibung und fehlendes "SPN-" werden toleriert). */
  spnId: Scalars['String']['input'];
};

/** Ein erwarteter fachlicher Fehler einer Mutation, mit einer Meldung, nach der eine Werkstatt handeln kann. */
export type Fehler = {
  __typename?: 'Fehler';
  /** Art des Fehlers. */
  code: FehlerCode;
  /** Pfad des betroffenen Eingabefelds, z. B. ["input", "termin"]. */
  feld?: Maybe<Array<Scalars['String']['output']>>;
  /** Verständliche Meldung auf Deutsch: was nicht stimmt und was zu tun ist. */
  meldung: Scalars['String']['output'];
};

/** Art eines erwarteten fachlichen Fehlers. */
export type FehlerCode =
  /** Die Aktion ist in der Situation des Auftrags nicht möglich. */
  | 'AKTION_NICHT_ERLAUBT'
  /** Benutzername oder Passwort ist falsch. */
  | 'ANMELDUNG_FEHLGESCHLAGEN'
  /** Kein Auftrag mit dieser SPN-ID (oder kein Zugriff darauf). */
  | 'AUFTRAG_NICHT_GEFUNDEN'
  /** Benutzername oder Partnernummer ist bereits vergeben. */
  | 'BEREITS_VORHANDEN'
  /** Der Betrag übersteigt den erwarteten Rechnungsbetrag. */
  | 'BETRAG_UEBERSCHRITTEN'
  /** Der idempotencyKey wurde bereits mit anderem Inhalt verwendet. */
  | 'IDEMPOTENZ_KONFLIKT'
  /** Kein Zugriff auf dieses Objekt. */
  | 'KEIN_ZUGRIFF'
  /** Der letzte aktive Administrator einer Werkstatt kann nicht deaktiviert werden. */
  | 'LETZTER_ADMIN'
  /** Benutzer, Werkstatt oder API-Schlüssel gibt es nicht (oder kein Zugriff darauf). */
  | 'NICHT_GEFUNDEN'
  /** Der aktuelle Status erlaubt diesen Schritt nicht. */
  | 'STATUS_UNGUELTIG'
  /** Kein Ticket mit dieser Nummer (oder kein Zugriff darauf). */
  | 'TICKET_NICHT_GEFUNDEN'
  /** Der Link aus der E-Mail ist ungültig, abgelaufen oder wurde bereits verwendet. */
  | 'TOKEN_UNGUELTIG'
  /** Eine Eingabe ist ungültig (siehe feld). */
  | 'VALIDIERUNG'
  /** Die Einreichung passt nicht zum Auftrag (Schadennummer oder Kennzeichen weicht ab). */
  | 'ZUORDNUNG_FEHLGESCHLAGEN';

/** Die technische Reparaturfreigabe eines KV oder Nachtrags. */
export type Freigabe = {
  __typename?: 'Freigabe';
  /** Freigegebener Nettobetrag. */
  betragNetto: Scalars['Decimal']['output'];
  /** Zeitpunkt der Freigabe. */
  erteiltAm: Scalars['DateTimeISO']['output'];
  /** Erwarteter Rechnungsbetrag dieser Freigabe: Nettobetrag minus Nachlass. */
  erwarteterRechnungsbetrag: Scalars['Decimal']['output'];
  /** Technische ID. */
  id: Scalars['ID']['output'];
  /** Der freigegebene KV oder Nachtrag. */
  kv: Kostenvoranschlag;
  /** Netzwerk-Nachlass: Nettobetrag × Nachlass-Prozentsatz des Versicherers, kaufmännisch gerundet. */
  nachlass: Scalars['Decimal']['output'];
};

/** Woher die Werkstatt eine Freigabe erhalten hat. */
export type FreigabeQuelle =
  /** Per E-Mail. */
  | 'E_MAIL'
  /** Über das Kalkulationssystem. */
  | 'KALKULATIONSSYSTEM'
  /** Auf anderem Weg. */
  | 'SONSTIGES'
  /** Telefonisch. */
  | 'TELEFON';

/** Eine FAQ-Antwort, die jetzt auf den Auftrag zutrifft, mit der Aktion, die hilft. */
export type Hinweis = {
  __typename?: 'Hinweis';
  /** Die Aktion, die hier hilft; null, wenn keine Aktion passt oder sie gerade nicht möglich ist. */
  aktion?: Maybe<Aktion>;
  /** Die FAQ-Situation. */
  code: HinweisCode;
  /** Die Antwort für diesen Auftrag: was los ist und was zu tun ist. */
  text: Scalars['String']['output'];
  /** Kurzer Titel. */
  titel: Scalars['String']['output'];
};

/** Die FAQ-Situationen: je ein Code für einen Hinweis zum Auftrag. */
export type HinweisCode =
  /** Eine Erinnerung ist offen: Reparatur- oder Terminstatus melden. */
  | 'ERINNERUNG_OFFEN'
  /** Freigabe liegt vor; reicht sie nicht, einen KV-Nachtrag senden. */
  | 'FREIGABE_NICHT_AUSREICHEND'
  /** Für den KV wurde eine Korrektur angefordert. */
  | 'KORREKTUR_ANGEFORDERT'
  /** Der KV wurde abgelehnt. */
  | 'KV_ABGELEHNT'
  /** Es liegt noch kein KV vor. */
  | 'KV_FEHLT'
  /** Der KV wird geprüft; noch keine Freigabe. */
  | 'KV_IN_PRUEFUNG'
  /** Nur KV-Service-Auftrag; für eine Reparatur wird ein Reparaturauftrag benötigt. */
  | 'KV_SERVICE_AUFTRAG'
  /** Die Rechnung fehlt oder muss korrigiert werden. */
  | 'RECHNUNG_FEHLT'
  /** Die Freigabe ist technisch; die RKÜ ist noch offen. */
  | 'RKUE_OFFEN'
  /** Der Auftrag wurde storniert. */
  | 'STORNIERT'
  /** Ein Ticket ist in Bearbeitung. */
  | 'TICKET_OFFEN';

/** Kalkulationssoftware, aus der KVs und Rechnungen übermittelt werden. */
export type Kalkulationssystem =
  /** Audatex. */
  | 'AUDATEX'
  /** DAT. */
  | 'DAT'
  /** GT Motive. */
  | 'GT_MOTIVE'
  /** Ein anderes System. */
  | 'SONSTIGES';

/** Art einer Änderung an Konten, Werkstätten oder API-Schlüsseln (Konto-Protokoll). */
export type KontoAenderungArt =
  /** API-Schlüssel erstellt. */
  | 'API_SCHLUESSEL_ERSTELLT'
  /** API-Schlüssel widerrufen. */
  | 'API_SCHLUESSEL_WIDERRUFEN'
  /** Benutzer über die Kommandozeile angelegt. */
  | 'BENUTZER_ANGELEGT'
  /** Benutzer deaktiviert. */
  | 'BENUTZER_DEAKTIVIERT'
  /** Benutzer eingeladen (E-Mail mit Link). */
  | 'BENUTZER_EINGELADEN'
  /** Einladung angenommen, Passwort festgelegt. */
  | 'EINLADUNG_ANGENOMMEN'
  /** Passwort vom Benutzer geändert. */
  | 'PASSWORT_GEAENDERT'
  /** Link zum Zurücksetzen des Passworts gesendet. */
  | 'PASSWORT_VERGESSEN'
  /** Passwort über den E-Mail-Link neu festgelegt. */
  | 'PASSWORT_ZURUECKGESETZT'
  /** Andere Sitzungen beendet („überall sonst abmelden“). */
  | 'SITZUNGEN_BEENDET'
  /** Werkstatt angelegt. */
  | 'WERKSTATT_ANGELEGT'
  /** Einstellungen der Werkstatt geändert. */
  | 'WERKSTATT_GEAENDERT';

/** Eine Seite des Konto-Protokolls. */
export type KontoProtokollConnection = {
  __typename?: 'KontoProtokollConnection';
  /** Die Einträge mit ihren Cursorn. */
  edges: Array<KontoProtokollEdge>;
  /** Die Einträge ohne Cursor. */
  nodes: Array<KontoProtokollEintrag>;
  /** Angaben zum Blättern. */
  pageInfo: PageInfo;
  /** Gesamtzahl der Einträge über alle Seiten (mit den gesetzten Filtern). */
  totalCount: Scalars['Int']['output'];
};

/** Ein Eintrag einer Liste von Einträgen des Konto-Protokolls mit seinem Cursor. */
export type KontoProtokollEdge = {
  __typename?: 'KontoProtokollEdge';
  /** Cursor dieses Eintrags. */
  cursor: Scalars['String']['output'];
  /** Der Eintrag. */
  node: KontoProtokollEintrag;
};

/** Ein Eintrag im Konto-Protokoll: wer wann was an Konten, Werkstätten oder API-Schlüsseln geändert hat. */
export type KontoProtokollEintrag = {
  __typename?: 'KontoProtokollEintrag';
  /** Wer die Änderung vorgenommen hat. */
  akteur: Scalars['String']['output'];
  /** Betroffener API-Schlüssel, falls einer. */
  apiSchluesselId?: Maybe<Scalars['ID']['output']>;
  /** Art der Änderung. */
  art: KontoAenderungArt;
  /** Betroffener Benutzer, falls einer. */
  benutzerId?: Maybe<Scalars['ID']['output']>;
  /** Was geändert wurde. */
  beschreibung: Scalars['String']['output'];
  /** Technische ID. */
  id: Scalars['ID']['output'];
  /** Betroffene Werkstatt, falls eine. */
  werkstattId?: Maybe<Scalars['ID']['output']>;
  /** Zeitpunkt der Änderung. */
  zeitpunkt: Scalars['DateTimeISO']['output'];
};

/** Ein Kostenvoranschlag (KV) oder KV-Nachtrag mit Summen und Prüfergebnis. */
export type Kostenvoranschlag = {
  __typename?: 'Kostenvoranschlag';
  /** KV oder Nachtrag. */
  art: KvArt;
  /** Zeitpunkt des Eingangs. */
  eingegangenAm: Scalars['DateTimeISO']['output'];
  /** Referenz des Kalkulationssystems. */
  externeReferenz?: Maybe<Scalars['String']['output']>;
  /** Technische ID. */
  id: Scalars['ID']['output'];
  /** System, aus dem der KV kam. */
  kalkulationssystem: Kalkulationssystem;
  /** Korrekturpunkte der Prüfung (leer für Kalkulationssysteme: Freitext des Netzwerks). */
  korrekturpunkte: Array<Scalars['String']['output']>;
  /** 1, 2, 3 … über alle eingegangenen KVs und Nachträge des Auftrags, in Eingangsreihenfolge. */
  laufendeNummer: Scalars['Int']['output'];
  /** Prüfstand. */
  status: KvStatus;
  /** Summen; bei einem Nachtrag nur die zusätzlichen Beträge. */
  summen: KvSummen;
};

/** Kontaktdaten des Kunden (nur für die Werkstatt des Auftrags und das Netzwerk). */
export type Kunde = {
  __typename?: 'Kunde';
  /** Anschrift. */
  anschrift?: Maybe<Scalars['String']['output']>;
  /** Name des Kunden. */
  name: Scalars['String']['output'];
  /** Telefonnummer. */
  telefon?: Maybe<Scalars['String']['output']>;
};

/** Art eines Kostenvoranschlags. */
export type KvArt =
  /** Kostenvoranschlag. */
  | 'KV'
  /** KV-Nachtrag mit nur den zusätzlichen Beträgen. */
  | 'NACHTRAG';

/** Ein KV oder Nachtrag aus einem Kalkulationssystem. */
export type KvEinreichenInput = {
  /** KV oder Nachtrag. */
  art: KvArt;
  /** Referenz des KV im Kalkulationssystem (höchstens 100 Zeichen). */
  externeReferenz: Scalars['String']['input'];
  /** Frei gewählter Schlüssel (bis 100 Zeichen) je Einreichung: dieselbe Einreichung noch einmal liefert dasselbe Ergebnis. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Pflicht für das Netzwerk; bei einem API-Schlüssel gilt dessen System. */
  kalkulationssystem?: InputMaybe<Kalkulationssystem>;
  /** Kennzeichen. Muss zum Auftrag passen (Abgleich über SPN-ID, Schadennummer und Kennzeichen). */
  kennzeichen: Scalars['String']['input'];
  /** Alles prüfen, nichts speichern: antwortet wie eine echte Einreichung (Vorabprüfung). */
  nurPruefen?: InputMaybe<Scalars['Boolean']['input']>;
  /** Schadennummer. Muss zum Auftrag passen (Abgleich über SPN-ID, Schadennummer und Kennzeichen). */
  schadennummer: Scalars['String']['input'];
  /** SPN-ID des Auftrags. */
  spnId: Scalars['String']['input'];
  /** Die Summen. */
  summen: KvSummenInput;
};

/** Ergebnis einer KV-Einreichung. */
export type KvEinreichenPayload = {
  __typename?: 'KvEinreichenPayload';
  /** Der Auftrag nach der Einreichung; null, wenn er nicht gefunden wurde. */
  auftrag?: Maybe<Auftrag>;
  /** Fachliche Fehler; leer bei Erfolg. */
  fehler: Array<Fehler>;
  /** Der aufgenommene KV; null bei Fehlern und bei nurPruefen. */
  kv?: Maybe<Kostenvoranschlag>;
};

/** Ergebnis einer KV-Prüfung. */
export type KvPruefErgebnis =
  /** KV ablehnen. */
  | 'ABLEHNUNG'
  /** Freigabe erteilen. */
  | 'FREIGABE'
  /** Korrektur anfordern. */
  | 'KORREKTUR';

/** Prüfung des neuesten KV oder Nachtrags in Prüfung. */
export type KvPruefenInput = {
  /** Freigegebener Nettobetrag (nur FREIGABE; Standard: die Nettosumme des KV). */
  betragNetto?: InputMaybe<Scalars['Decimal']['input']>;
  /** Ergebnis. */
  ergebnis: KvPruefErgebnis;
  /** Korrekturpunkte (Pflicht bei KORREKTUR; je höchstens 500 Zeichen). */
  korrekturpunkte?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ID des KV. */
  kvId: Scalars['ID']['input'];
};

/** Prüfstand eines KV oder Nachtrags. */
export type KvStatus =
  /** Abgelehnt. */
  | 'ABGELEHNT'
  /** Freigegeben. */
  | 'FREIGEGEBEN'
  /** In Prüfung. */
  | 'IN_PRUEFUNG'
  /** Korrektur angefordert. */
  | 'KORREKTUR_ANGEFORDERT';

/** Die Summen eines KV (bei einem Nachtrag nur die zusätzlichen Beträge), netto außer MwSt. und brutto. */
export type KvSummen = {
  __typename?: 'KvSummen';
  /** Arbeitslohn. */
  arbeitslohn: Scalars['Decimal']['output'];
  /** Summe brutto (vom Server berechnet). */
  brutto: Scalars['Decimal']['output'];
  /** Ersatzteile. */
  ersatzteile: Scalars['Decimal']['output'];
  /** Lackierung. */
  lackierung: Scalars['Decimal']['output'];
  /** Mehrwertsteuer. */
  mwst: Scalars['Decimal']['output'];
  /** Nebenkosten. */
  nebenkosten: Scalars['Decimal']['output'];
  /** Summe netto (vom Server berechnet). */
  netto: Scalars['Decimal']['output'];
};

/** Die Summen eines KV netto (bei einem Nachtrag nur die zusätzlichen Beträge) und die Mehrwertsteuer; netto und brutto berechnet der Server. */
export type KvSummenInput = {
  /** Arbeitslohn. */
  arbeitslohn: Scalars['Decimal']['input'];
  /** Ersatzteile. */
  ersatzteile: Scalars['Decimal']['input'];
  /** Lackierung. */
  lackierung: Scalars['Decimal']['input'];
  /** Mehrwertsteuer: 19 % der Nettosumme (± 0,01 €) oder 0. */
  mwst: Scalars['Decimal']['input'];
  /** Nebenkosten. */
  nebenkosten: Scalars['Decimal']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Beendet die Sitzung des Aufrufers (das Token gilt danach nicht mehr) und löscht das Cookie. */
  abmelden: Scalars['Boolean']['output'];
  /** Beendet alle anderen Sitzungen des Aufrufers („überall sonst abmelden“); liefert ihre Anzahl. */
  andereSitzungenBeenden: Scalars['Int']['output'];
  /** Meldet einen Benutzer an: liefert ein Token und setzt das Sitzungs-Cookie. */
  anmelden: AnmeldenPayload;
  /** Erstellt einen API-Schlüssel für ein Kalkulationssystem; der Schlüssel steht nur in dieser Antwort (`schluessel`) und wird nur als Hash gespeichert. */
  apiSchluesselErstellen: ApiSchluesselPayload;
  /** Widerruft einen API-Schlüssel; ab der nächsten Anfrage wird er abgewiesen. */
  apiSchluesselWiderrufen: ApiSchluesselPayload;
  /** Auftrag anfordern: Reparaturauftrag für einen KV-Service-Auftrag oder einen fälschlich stornierten Auftrag. */
  auftragAnfordern: TicketPayload;
  /** Storniert einen Auftrag; die Werkstatt erhält die E-Mail „Stornierung SPN Vermittlungsauftrag …“ mit dem Grund. */
  auftragStornieren: AuftragPayload;
  /** Vermittelt einen neuen Auftrag an eine Werkstatt (SPN-ID SPN-JJJJ-NNNNNN); mit idempotencyKey genau einmal. */
  auftragVermitteln: AuftragPayload;
  /** Deaktiviert einen Benutzer (Werkstatt-Administrator: der eigenen Werkstatt; Netzwerk: jeden) und beendet sofort seine Sitzungen. Der letzte aktive Administrator einer Werkstatt bleibt. */
  benutzerDeaktivieren: BenutzerPayload;
  /** Lädt einen Benutzer per E-Mail ein (Werkstatt-Administrator: in die eigene Werkstatt; Netzwerk: in jede). Der Link ist 7 Tage gültig. */
  benutzerEinladen: BenutzerPayload;
  /** Nimmt eine Einladung an: Token aus der E-Mail und neues Passwort; danach ist der Benutzer angemeldet. */
  einladungAnnehmen: AnmeldenPayload;
  /** Erinnert die Werkstatt, den Reparatur- oder Terminstatus zu melden; bewegt den Auftrag nicht. */
  erinnerungSenden: AuftragPayload;
  /** Fehlende Freigabe: eine erhaltene Freigabe fehlt im Portal (nur solange ein KV oder Nachtrag in Prüfung oder in Korrektur ist). */
  fehlendeFreigabeMelden: TicketPayload;
  /** Reicht einen KV oder Nachtrag ein (Abgleich über SPN-ID, Schadennummer und Kennzeichen); nurPruefen prüft nur. */
  kvEinreichen: KvEinreichenPayload;
  /** Prüft den neuesten KV oder Nachtrag in Prüfung: Freigabe, Korrektur (mit Punkten) oder Ablehnung. */
  kvPruefen: AuftragPayload;
  /** Ändert das eigene Passwort (das bisherige ist nötig) und beendet alle anderen Sitzungen des Benutzers. */
  passwortAendern: BenutzerPayload;
  /** Sendet einen Link zum Zurücksetzen des Passworts (1 Stunde gültig) an die E-Mail-Adresse des Kontos. Antwortet immer true, gleich ob es das Konto gibt. */
  passwortVergessen: Scalars['Boolean']['output'];
  /** Setzt mit dem Token aus der E-Mail „Passwort zurücksetzen“ ein neues Passwort, beendet alle Sitzungen und meldet den Benutzer an. */
  passwortZuruecksetzen: AnmeldenPayload;
  /** Reicht eine Rechnung ein; höchstens der erwartete Rechnungsbetrag (sonst BETRAG_UEBERSCHRITTEN); nurPruefen prüft nur. */
  rechnungEinreichen: RechnungEinreichenPayload;
  /** Prüft eine Rechnung: übermitteln, Korrektur anfordern oder als bezahlt markieren. */
  rechnungPruefen: AuftragPayload;
  /** Erfasst die Entscheidung des Versicherers zur Reparaturkostenübernahme; bewegt den Auftrag nicht. */
  rkueEntscheiden: AuftragPayload;
  /** Das SPN-Team bearbeitet ein Ticket: Status und Antwort an die Werkstatt; ERLEDIGT bei „Auftrag anfordern“ setzt die Anforderung um. */
  ticketBearbeiten: TicketPayload;
  /** Weitere Nachricht der Werkstatt zu einem eigenen offenen Ticket. */
  ticketNachrichtSenden: TicketPayload;
  /** Vorgangsinfo: Reparatur- oder Terminstatus melden. Erledigt offene Erinnerungen und führt den Auftrag weiter, wo der Status es sagt. */
  vorgangsinfoMelden: TicketPayload;
  /** Legt eine Partnerwerkstatt mit ihrem ersten Administrator an; dieser erhält eine Einladung per E-Mail (7 Tage gültig). */
  werkstattAnlegen: WerkstattPayload;
  /** Ändert die Einstellungen einer Werkstatt: die Adresse für ihre System-E-Mails (Werkstatt-Administrator: der eigenen; Netzwerk: jeder). */
  werkstattEinstellungenAendern: WerkstattPayload;
};


export type MutationAnmeldenArgs = {
  input: AnmeldenInput;
};


export type MutationApiSchluesselErstellenArgs = {
  input: ApiSchluesselErstellenInput;
};


export type MutationApiSchluesselWiderrufenArgs = {
  input: ApiSchluesselWiderrufenInput;
};


export type MutationAuftragAnfordernArgs = {
  input: AuftragAnfordernInput;
};


export type MutationAuftragStornierenArgs = {
  input: AuftragStornierenInput;
};


export type MutationAuftragVermittelnArgs = {
  input: AuftragVermittelnInput;
};


export type MutationBenutzerDeaktivierenArgs = {
  input: BenutzerDeaktivierenInput;
};


export type MutationBenutzerEinladenArgs = {
  input: BenutzerEinladenInput;
};


export type MutationEinladungAnnehmenArgs = {
  input: EinladungAnnehmenInput;
};


export type MutationErinnerungSendenArgs = {
  input: ErinnerungSendenInput;
};


export type MutationFehlendeFreigabeMeldenArgs = {
  input: FehlendeFreigabeInput;
};


export type MutationKvEinreichenArgs = {
  input: KvEinreichenInput;
};


export type MutationKvPruefenArgs = {
  input: KvPruefenInput;
};


export type MutationPasswortAendernArgs = {
  input: PasswortAendernInput;
};


export type MutationPasswortVergessenArgs = {
  input: PasswortVergessenInput;
};


export type MutationPasswortZuruecksetzenArgs = {
  input: PasswortZuruecksetzenInput;
};


export type MutationRechnungEinreichenArgs = {
  input: RechnungEinreichenInput;
};


export type MutationRechnungPruefenArgs = {
  input: RechnungPruefenInput;
};


export type MutationRkueEntscheidenArgs = {
  input: RkueEntscheidenInput;
};


export type MutationTicketBearbeitenArgs = {
  input: TicketBearbeitenInput;
};


export type MutationTicketNachrichtSendenArgs = {
  input: TicketNachrichtInput;
};


export type MutationVorgangsinfoMeldenArgs = {
  input: VorgangsinfoInput;
};


export type MutationWerkstattAnlegenArgs = {
  input: WerkstattAnlegenInput;
};


export type MutationWerkstattEinstellungenAendernArgs = {
  input: WerkstattEinstellungenInput;
};

/** Sortierrichtung. */
export type OrderDirection =
  /** Aufsteigend. */
  | 'ASC'
  /** Absteigend. */
  | 'DESC';

/** Angaben zum Blättern in einer Liste. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor des letzten Eintrags dieser Seite; als `after` für die nächste Seite. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Ob nach dieser Seite weitere Einträge folgen. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Änderung des eigenen Passworts. */
export type PasswortAendernInput = {
  /** Das bisherige Passwort. */
  altesPasswort: Scalars['String']['input'];
  /** Das neue Passwort: mindestens 12 Zeichen, nicht der Benutzername, nicht leicht zu erraten. */
  neuesPasswort: Scalars['String']['input'];
};

/** Anforderung eines Links zum Zurücksetzen des Passworts. */
export type PasswortVergessenInput = {
  /** Benutzername oder E-Mail-Adresse. */
  benutzernameOderEmail: Scalars['String']['input'];
};

/** Neues Passwort über den Link aus der E-Mail „Passwort zurücksetzen“. */
export type PasswortZuruecksetzenInput = {
  /** Neues Passwort: mindestens 12 Zeichen, nicht der Benutzername, nicht leicht zu erraten. */
  passwort: Scalars['String']['input'];
  /** Das Token aus dem Link der E-Mail. */
  token: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Alle API-Schlüssel, neueste zuerst, ohne die Schlüssel selbst. */
  apiSchluessel: Array<ApiSchluessel>;
  /** Die Aufträge, die der Aufrufer sehen darf, gefiltert, sortiert und seitenweise (Cursor). */
  auftraege: AuftragConnection;
  /** Ein Auftrag nach SPN-ID (Groß-/Kleinschreibung, Leerzeichen und fehlendes "SPN-" werden toleriert); null, wenn es ihn nicht gibt oder der Aufrufer ihn nicht sehen darf. */
  auftrag?: Maybe<Auftrag>;
  /** Benutzer nach Name: ein Werkstatt-Administrator sieht die seiner Werkstatt, das Netzwerk alle (oder die einer Werkstatt). */
  benutzer: BenutzerConnection;
  /** Das Konto-Protokoll, neueste Einträge zuerst: wer wann was an Konten, Werkstätten und API-Schlüsseln geändert hat. */
  kontoProtokoll: KontoProtokollConnection;
  /** Der Aufrufer: Benutzer mit Rolle und Werkstatt, bei API-Schlüsseln Rolle KALKULATION ohne Werkstatt. */
  me: Benutzer;
  /** Ein Ticket nach Ticketnummer; null, wenn es es nicht gibt oder es einer anderen Werkstatt gehört. */
  ticket?: Maybe<Ticket>;
  /** Tickets: offene zuerst, älteste zuerst. Werkstätten sehen die eigenen, das Netzwerk alle (Ticket-Warteschlange). */
  tickets: TicketConnection;
  /** Alle Versicherer des Netzwerks, nach Name. */
  versicherer: Array<Versicherer>;
  /** Werkstätten, die der Aufrufer sehen darf (Werkstatt: die eigene; Kalkulationssystem: die verknüpften; Netzwerk: alle), nach Name. */
  werkstaetten: WerkstattConnection;
  /** Eine Werkstatt, die der Aufrufer sehen darf (Werkstatt: die eigene; Kalkulationssystem: die verknüpften; Netzwerk: alle); sonst null. */
  werkstatt?: Maybe<Werkstatt>;
};


export type QueryAuftraegeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuftragFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AuftragOrder>;
};


export type QueryAuftragArgs = {
  spnId: Scalars['String']['input'];
};


export type QueryBenutzerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  werkstattId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryKontoProtokollArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  benutzerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  werkstattId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTicketArgs = {
  ticketNummer: Scalars['String']['input'];
};


export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWerkstaettenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  suche?: InputMaybe<Scalars['String']['input']>;
};


export type QueryWerkstattArgs = {
  id: Scalars['ID']['input'];
};

/** Eine über den SPN-Rechnungsprozess eingegangene Rechnung. */
export type Rechnung = {
  __typename?: 'Rechnung';
  /** Reparatur- oder KV-Service-Rechnung. */
  art: RechnungArt;
  /** Bemerkung der Prüfung (null für Kalkulationssysteme). */
  bemerkung?: Maybe<Scalars['String']['output']>;
  /** Bruttobetrag. */
  betragBrutto: Scalars['Decimal']['output'];
  /** Nettobetrag. */
  betragNetto: Scalars['Decimal']['output'];
  /** Zeitpunkt des Eingangs. */
  eingegangenAm: Scalars['DateTimeISO']['output'];
  /** Technische ID. */
  id: Scalars['ID']['output'];
  /** Mehrwertsteuer. */
  mwst: Scalars['Decimal']['output'];
  /** Rechnungsdatum. */
  rechnungsdatum: Scalars['LocalDate']['output'];
  /** Rechnungsnummer der Werkstatt (eindeutig je Werkstatt). */
  rechnungsnummer: Scalars['String']['output'];
  /** Prüfstand. */
  status: RechnungStatus;
};

/** Art einer Rechnung. */
export type RechnungArt =
  /** Rechnung über die KV-Service-Pauschale. */
  | 'KV_SERVICE'
  /** Reparaturrechnung. */
  | 'REPARATUR';

/** Eine Rechnung über den SPN-Rechnungsprozess. */
export type RechnungEinreichenInput = {
  /** Reparaturrechnung oder KV-Service-Pauschale. */
  art: RechnungArt;
  /** Nettobetrag; höchstens der erwartete Rechnungsbetrag. */
  betragNetto: Scalars['Decimal']['input'];
  /** Tag der Fahrzeugübernahme, falls bekannt. */
  fahrzeugUebernommenAm?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Tag der Rückgabe, falls bekannt. */
  fahrzeugZurueckgegebenAm?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Frei gewählter Schlüssel (bis 100 Zeichen) je Einreichung: dieselbe Einreichung noch einmal liefert dasselbe Ergebnis. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Kennzeichen. Muss zum Auftrag passen (Abgleich über SPN-ID, Schadennummer und Kennzeichen). */
  kennzeichen: Scalars['String']['input'];
  /** Mehrwertsteuer: 19 % des Nettobetrags (± 0,01 €) oder 0. */
  mwst: Scalars['Decimal']['input'];
  /** Alles prüfen, nichts speichern: antwortet wie eine echte Einreichung (Vorabprüfung). */
  nurPruefen?: InputMaybe<Scalars['Boolean']['input']>;
  /** Rechnungsdatum. */
  rechnungsdatum: Scalars['LocalDate']['input'];
  /** Rechnungsnummer der Werkstatt (eindeutig je Werkstatt, höchstens 50 Zeichen). */
  rechnungsnummer: Scalars['String']['input'];
  /** Schadennummer. Muss zum Auftrag passen (Abgleich über SPN-ID, Schadennummer und Kennzeichen). */
  schadennummer: Scalars['String']['input'];
  /** SPN-ID des Auftrags. */
  spnId: Scalars['String']['input'];
  /** Die Werkstatt ist vorsteuerabzugsberechtigt. */
  vorsteuerabzugsberechtigt?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Ergebnis einer Rechnungseinreichung. */
export type RechnungEinreichenPayload = {
  __typename?: 'RechnungEinreichenPayload';
  /** Der Auftrag nach der Einreichung; null, wenn er nicht gefunden wurde. */
  auftrag?: Maybe<Auftrag>;
  /** Fachliche Fehler; leer bei Erfolg. */
  fehler: Array<Fehler>;
  /** Die aufgenommene Rechnung; null bei Fehlern und bei nurPruefen. */
  rechnung?: Maybe<Rechnung>;
};

/** Ergebnis einer Rechnungsprüfung. */
export type RechnungPruefErgebnis =
  /** Als bezahlt markieren. */
  | 'BEZAHLT'
  /** Korrektur anfordern. */
  | 'KORREKTUR'
  /** An den Versicherer übermitteln. */
  | 'UEBERMITTELT';

/** Prüfung einer Rechnung. */
export type RechnungPruefenInput = {
  /** Bemerkung (bei KORREKTUR: was zu korrigieren ist). */
  bemerkung?: InputMaybe<Scalars['String']['input']>;
  /** Ergebnis. */
  ergebnis: RechnungPruefErgebnis;
  /** ID der Rechnung. */
  rechnungId: Scalars['ID']['input'];
};

/** Prüfstand einer Rechnung. */
export type RechnungStatus =
  /** Bezahlt. */
  | 'BEZAHLT'
  /** In Prüfung. */
  | 'IN_PRUEFUNG'
  /** Korrektur angefordert; eine korrigierte Rechnung wird benötigt. */
  | 'KORREKTUR_ANGEFORDERT'
  /** An den Versicherer übermittelt. */
  | 'UEBERMITTELT';

/** Reparatur- oder Terminstatus einer Vorgangsinfo. */
export type Reparaturstatus =
  /** Das Fahrzeug ist fertig (Fertigstellungsdatum erforderlich). */
  | 'FAHRZEUG_FERTIG'
  /** Das Fahrzeug ist in Arbeit (Übernahmedatum erforderlich). */
  | 'FAHRZEUG_IN_ARBEIT'
  /** Das Fahrzeug ist zurückgegeben (Rückgabedatum erforderlich). */
  | 'FAHRZEUG_ZURUECKGEGEBEN'
  /** Der Kunde lehnt die Reparatur ab. */
  | 'KUNDE_LEHNT_REPARATUR_AB'
  /** Der Kunde ist nicht erreichbar. */
  | 'KUNDE_NICHT_ERREICHBAR'
  /** Ein Termin ist vereinbart (Datum erforderlich). */
  | 'TERMIN_VEREINBART'
  /** Die Reparatur wartet auf Teile. */
  | 'WARTET_AUF_TEILE';

/** Stand der Reparaturkostenübernahme (RKÜ) durch den Versicherer; unabhängig von der Freigabe. */
export type Rkue = {
  __typename?: 'Rkue';
  /** Bemerkung des Netzwerks (null für Kalkulationssysteme). */
  bemerkung?: Maybe<Scalars['String']['output']>;
  /** Zeitpunkt der Entscheidung des Versicherers (ERTEILT oder ABGELEHNT); null, solange die RKÜ nicht angefragt oder in Prüfung ist. */
  entschiedenAm?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Status der RKÜ. */
  status: RkueStatus;
};

/** Entscheidung zur Reparaturkostenübernahme (RKÜ). */
export type RkueEntscheidenInput = {
  /** Bemerkung (für Kalkulationssysteme nicht sichtbar). */
  bemerkung?: InputMaybe<Scalars['String']['input']>;
  /** SPN-ID des Auftrags. */
  spnId: Scalars['String']['input'];
  /** Neuer RKÜ-Status. */
  status: RkueStatus;
};

/** Stand der Reparaturkostenübernahme (RKÜ) durch den Versicherer. */
export type RkueStatus =
  /** Abgelehnt. */
  | 'ABGELEHNT'
  /** Erteilt. */
  | 'ERTEILT'
  /** In Prüfung beim Versicherer. */
  | 'IN_PRUEFUNG'
  /** Noch nicht angefragt. */
  | 'NICHT_ANGEFRAGT';

/** Rolle des Aufrufers. */
export type Rolle =
  /** Mitarbeiter des SPN-Netzwerks: sieht alles. */
  | 'INTERN'
  /** Kalkulationssystem-Anbieter (API-Schlüssel): sieht Aufträge der verknüpften Werkstätten ohne Kundendaten. */
  | 'KALKULATION'
  /** Mitarbeiter einer Partnerwerkstatt: sieht nur Aufträge der eigenen Werkstatt. */
  | 'WERKSTATT';

/** Versicherungssparte des Schadens. */
export type Sparte =
  /** Haftpflicht (Schaden eines Dritten). */
  | 'HAFTPFLICHT'
  /** Teilkasko. */
  | 'TEILKASKO'
  /** Vollkasko. */
  | 'VOLLKASKO';

/** Die Stornierung eines Auftrags. */
export type Storno = {
  __typename?: 'Storno';
  /** Bemerkung des Netzwerks (null für Kalkulationssysteme). */
  bemerkung?: Maybe<Scalars['String']['output']>;
  /** Zeitpunkt, zu dem die Storno-E-Mail („Stornierung SPN Vermittlungsauftrag …“) versendet wurde. */
  benachrichtigtAm?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Grund der Stornierung. */
  grund: Stornogrund;
  /** Zeitpunkt der Stornierung. */
  storniertAm: Scalars['DateTimeISO']['output'];
};

/** Grund einer Stornierung. */
export type Stornogrund =
  /** Der Auftrag wurde doppelt vermittelt. */
  | 'DOPPELTE_VERMITTLUNG'
  /** Haftung abgelehnt. */
  | 'HAFTUNG_ABGELEHNT'
  /** Keine Deckung. */
  | 'KEINE_DECKUNG'
  /** Der Kunde hat eine andere Werkstatt gewählt. */
  | 'KUNDE_WAEHLT_ANDERE_WERKSTATT'
  /** Der Kunde wünscht keine Reparatur. */
  | 'KUNDE_WUENSCHT_KEINE_REPARATUR'
  /** Sonstiger Grund. */
  | 'SONSTIGES'
  /** Totalschaden. */
  | 'TOTALSCHADEN'
  /** Die Werkstatt lehnt den Auftrag ab. */
  | 'WERKSTATT_LEHNT_AB';

export type Subscription = {
  __typename?: 'Subscription';
  /** Meldet jede Änderung aller Aufträge, die der Aufrufer sehen darf (Werkstatt: die eigenen; Kalkulationssystem: die der verknüpften Werkstätten, ohne Tickets; Netzwerk: alle). */
  auftraegeAktualisiert: AuftragAenderung;
  /** Meldet jede Änderung (jeden neuen Verlaufseintrag) eines Auftrags, den der Aufrufer sehen darf; ein Auftrag, den er nicht sehen darf, meldet nie etwas. */
  auftragAktualisiert: AuftragAenderung;
};


export type SubscriptionAuftragAktualisiertArgs = {
  spnId: Scalars['String']['input'];
};

/** Ein Ticket: was eine Aktion des Portals erstellt; gehört der Werkstatt. */
export type Ticket = {
  __typename?: 'Ticket';
  /** Die Aktion, die das Ticket erstellt hat. */
  aktion: Aktion;
  /** Der Auftrag des Tickets. */
  auftrag: Auftrag;
  /** Zeitpunkt der Erstellung. */
  erstelltAm: Scalars['DateTimeISO']['output'];
  /** Technische ID. */
  id: Scalars['ID']['output'];
  /** Inhalt des ersten Formulars. */
  inhalt: TicketInhalt;
  /** Nachrichten, älteste zuerst. */
  nachrichten: Array<TicketNachricht>;
  /** Bearbeitungsstand. */
  status: TicketStatus;
  /** Ticketnummer SSP-JJJJ-NNNNNN; in Rückfragen angeben. */
  ticketNummer: Scalars['String']['output'];
};

/** Das SPN-Team bearbeitet ein Ticket: neuer Status und optional eine Antwort an die Werkstatt. */
export type TicketBearbeitenInput = {
  /** Antwort an die Werkstatt; sie sieht sie als Nachricht und erhält sie per E-Mail (höchstens 2.000 Zeichen). */
  antwort?: InputMaybe<Scalars['String']['input']>;
  /** Neuer Status (OFFEN → IN_BEARBEITUNG → ERLEDIGT oder ABGELEHNT). */
  status: TicketStatus;
  /** Ticketnummer. */
  ticketNummer: Scalars['String']['input'];
};

/** Eine Seite einer Ticketliste. */
export type TicketConnection = {
  __typename?: 'TicketConnection';
  /** Die Einträge mit ihren Cursorn. */
  edges: Array<TicketEdge>;
  /** Die Einträge ohne Cursor. */
  nodes: Array<Ticket>;
  /** Angaben zum Blättern. */
  pageInfo: PageInfo;
  /** Gesamtzahl der Einträge über alle Seiten (mit den gesetzten Filtern). */
  totalCount: Scalars['Int']['output'];
};

/** Ein Eintrag einer Liste von Tickets mit seinem Cursor. */
export type TicketEdge = {
  __typename?: 'TicketEdge';
  /** Cursor dieses Eintrags. */
  cursor: Scalars['String']['output'];
  /** Der Eintrag. */
  node: Ticket;
};

/** Filter für Ticketlisten. */
export type TicketFilter = {
  /** Nur Tickets dieser Aktion. */
  aktion?: InputMaybe<Aktion>;
  /** Nur Tickets zu diesem Auftrag. */
  spnId?: InputMaybe<Scalars['String']['input']>;
  /** Nur Tickets mit einem dieser Status. */
  status?: InputMaybe<Array<TicketStatus>>;
};

/** Der Inhalt des Formulars, das das Ticket erstellt hat; Felder, die dieses Formular nicht hat, sind null. */
export type TicketInhalt = {
  __typename?: 'TicketInhalt';
  /** Fehlende Freigabe: freigegebener Nettobetrag laut Werkstatt. */
  betragNetto?: Maybe<Scalars['Decimal']['output']>;
  /** Vorgangsinfo: Tag der Fahrzeugübernahme. */
  fahrzeugUebernommenAm?: Maybe<Scalars['LocalDate']['output']>;
  /** Vorgangsinfo: Tag der Rückgabe an den Kunden. */
  fahrzeugZurueckgegebenAm?: Maybe<Scalars['LocalDate']['output']>;
  /** Vorgangsinfo: Tag der Fertigstellung. */
  fertiggestelltAm?: Maybe<Scalars['LocalDate']['output']>;
  /** Fehlende Freigabe: Tag, an dem die Freigabe erhalten wurde. */
  freigabeErhaltenAm?: Maybe<Scalars['LocalDate']['output']>;
  /** Auftrag anfordern: Grund. */
  grund?: Maybe<AnforderungsGrund>;
  /** Auftrag anfordern: Kunde hat Reparaturauftrag und Abtretung unterschrieben. */
  kundeHatUnterschrieben?: Maybe<Scalars['Boolean']['output']>;
  /** Fehlende Freigabe: woher die Freigabe kam. */
  quelle?: Maybe<FreigabeQuelle>;
  /** Fehlende Freigabe: Referenz der Freigabe. */
  referenz?: Maybe<Scalars['String']['output']>;
  /** Vorgangsinfo: gemeldeter Reparatur- oder Terminstatus. */
  reparaturstatus?: Maybe<Reparaturstatus>;
  /** Vorgangsinfo: vereinbarter Termin. */
  termin?: Maybe<Scalars['LocalDate']['output']>;
  /** Vorgangsinfo: voraussichtliche Fertigstellung. */
  voraussichtlicheFertigstellung?: Maybe<Scalars['LocalDate']['output']>;
};

/** Eine Nachricht zu einem Ticket: Text der Werkstatt oder Antwort des SPN-Teams. */
export type TicketNachricht = {
  __typename?: 'TicketNachricht';
  /** Zeitpunkt der Nachricht. */
  gesendetAm: Scalars['DateTimeISO']['output'];
  /** Text der Nachricht. */
  text: Scalars['String']['output'];
  /** Absender (Werkstatt oder SPN-Team). */
  von: Scalars['String']['output'];
};

/** Eine weitere Nachricht der Werkstatt zu ihrem offenen Ticket. */
export type TicketNachrichtInput = {
  /** Frei gewählter Schlüssel (bis 100 Zeichen) je Formularabsendung: dieselbe Absendung noch einmal liefert dasselbe Ticket statt eines zweiten. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Text der Nachricht (höchstens 2.000 Zeichen). */
  text: Scalars['String']['input'];
  /** Ticketnummer, z. B. "SSP-2026-000042". */
  ticketNummer: Scalars['String']['input'];
};

/** Ergebnis einer Aktion: das Ticket oder die Fehler. */
export type TicketPayload = {
  __typename?: 'TicketPayload';
  /** Fachliche Fehler; leer bei Erfolg. */
  fehler: Array<Fehler>;
  /** Das Ticket (bei einer Wiederholung mit demselben idempotencyKey dasselbe); null bei Fehlern. */
  ticket?: Maybe<Ticket>;
};

/** Bearbeitungsstand eines Tickets. */
export type TicketStatus =
  /** Abgelehnt. */
  | 'ABGELEHNT'
  /** Erledigt. */
  | 'ERLEDIGT'
  /** In Bearbeitung. */
  | 'IN_BEARBEITUNG'
  /** Offen. */
  | 'OFFEN';

/** Ein Versicherer des Netzwerks. */
export type Versicherer = {
  __typename?: 'Versicherer';
  /** Technische ID. */
  id: Scalars['ID']['output'];
  /** Pauschale, die ein KV-Service-Auftrag abrechnen darf. */
  kvServicePauschale: Scalars['Decimal']['output'];
  /** Netzwerk-Nachlass, der von jeder Freigabe abgezogen wird, in Prozent, z. B. "5.00". */
  nachlassProzent: Scalars['Decimal']['output'];
  /** Name des Versicherers. */
  name: Scalars['String']['output'];
};

/** Vorgangsinfo: Reparatur- oder Terminstatus melden; je nach Status ist ein Datum nötig. */
export type VorgangsinfoInput = {
  /** Tag der Fahrzeugübernahme (nötig bei FAHRZEUG_IN_ARBEIT). */
  fahrzeugUebernommenAm?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Tag der Rückgabe an den Kunden (nötig bei FAHRZEUG_ZURUECKGEGEBEN). */
  fahrzeugZurueckgegebenAm?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Tag der Fertigstellung (nötig bei FAHRZEUG_FERTIG). */
  fertiggestelltAm?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Frei gewählter Schlüssel (bis 100 Zeichen) je Formularabsendung: dieselbe Absendung noch einmal liefert dasselbe Ticket statt eines zweiten. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Nachricht an das SPN-Team (höchstens 2.000 Zeichen, keine Gesundheitsdaten). */
  nachricht?: InputMaybe<Scalars['String']['input']>;
  /** Der gemeldete Status. */
  reparaturstatus: Reparaturstatus;
  /** SPN-ID des Auftrags (Groß-/Kleinschreibung und fehlendes "SPN-" werden toleriert). */
  spnId: Scalars['String']['input'];
  /** Vereinbarter Termin (nötig bei TERMIN_VEREINBART). */
  termin?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Voraussichtliche Fertigstellung (freiwillig). */
  voraussichtlicheFertigstellung?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Eine Partnerwerkstatt des Netzwerks. */
export type Werkstatt = {
  __typename?: 'Werkstatt';
  /** Adresse für die System-E-Mails der Werkstatt; nur für die eigene Werkstatt und das Netzwerk, sonst null. */
  email?: Maybe<Scalars['String']['output']>;
  /** Technische ID. */
  id: Scalars['ID']['output'];
  /** Kalkulationssystem, mit dem die Werkstatt KVs erstellt. */
  kalkulationssystem: Kalkulationssystem;
  /** Name der Werkstatt. */
  name: Scalars['String']['output'];
  /** Ort der Werkstatt. */
  ort?: Maybe<Scalars['String']['output']>;
  /** Partnernummer der Werkstatt im Netzwerk. */
  partnerNummer: Scalars['String']['output'];
};

/** Der erste Administrator einer neuen Werkstatt. */
export type WerkstattAdminInput = {
  /** Benutzername (3 bis 100 Zeichen aus a–z, 0–9 und . _ @ -). */
  benutzername: Scalars['String']['input'];
  /** E-Mail-Adresse, an die die Einladung geht. */
  email: Scalars['String']['input'];
  /** Vor- und Nachname. */
  name: Scalars['String']['input'];
};

/** Eine neue Partnerwerkstatt mit ihrem ersten Administrator. */
export type WerkstattAnlegenInput = {
  /** Der erste Administrator; er erhält eine Einladung per E-Mail. */
  admin: WerkstattAdminInput;
  /** Adresse, an die die System-E-Mails der Werkstatt gehen. */
  email: Scalars['String']['input'];
  /** Kalkulationssystem der Werkstatt. */
  kalkulationssystem: Kalkulationssystem;
  /** Name der Werkstatt. */
  name: Scalars['String']['input'];
  /** Ort. */
  ort?: InputMaybe<Scalars['String']['input']>;
  /** Partnernummer im Netzwerk (eindeutig). */
  partnerNummer: Scalars['String']['input'];
};

/** Eine Seite einer Werkstattliste. */
export type WerkstattConnection = {
  __typename?: 'WerkstattConnection';
  /** Die Einträge mit ihren Cursorn. */
  edges: Array<WerkstattEdge>;
  /** Die Einträge ohne Cursor. */
  nodes: Array<Werkstatt>;
  /** Angaben zum Blättern. */
  pageInfo: PageInfo;
  /** Gesamtzahl der Einträge über alle Seiten (mit den gesetzten Filtern). */
  totalCount: Scalars['Int']['output'];
};

/** Ein Eintrag einer Liste von Werkstätten mit seinem Cursor. */
export type WerkstattEdge = {
  __typename?: 'WerkstattEdge';
  /** Cursor dieses Eintrags. */
  cursor: Scalars['String']['output'];
  /** Der Eintrag. */
  node: Werkstatt;
};

/** Einstellungen einer Werkstatt. */
export type WerkstattEinstellungenInput = {
  /** Adresse, an die die System-E-Mails der Werkstatt gehen. */
  email: Scalars['String']['input'];
  /** Werkstatt (Pflicht für das Netzwerk; ein Werkstatt-Administrator ändert die eigene). */
  werkstattId?: InputMaybe<Scalars['ID']['input']>;
};

/** Ergebnis einer Änderung an einer Werkstatt. */
export type WerkstattPayload = {
  __typename?: 'WerkstattPayload';
  /** Bei werkstattAnlegen: der eingeladene erste Administrator. */
  admin?: Maybe<Benutzer>;
  /** Fachliche Fehler. */
  fehler: Array<Fehler>;
  /** Die Werkstatt; null bei Fehlern. */
  werkstatt?: Maybe<Werkstatt>;
};

export type AuftragKopfdatenFragment = { __typename?: 'Auftrag', id: string, spnId: string, auftragsart: Auftragsart, status: Auftragsstatus, stand: string, vermitteltAm: string, aktualisiertAm: string, schadennummer: string, schadentag?: string | null, sparte: Sparte, versicherer: { __typename?: 'Versicherer', id: string, name: string }, werkstatt: { __typename?: 'Werkstatt', id: string, name: string, partnerNummer: string, ort?: string | null }, fahrzeug: { __typename?: 'Fahrzeug', kennzeichen: string, hersteller?: string | null, modell?: string | null, fin?: string | null, erstzulassung?: string | null }, kunde?: { __typename?: 'Kunde', name: string, anschrift?: string | null, telefon?: string | null } | null };

export type AuftragListeQueryVariables = Exact<{
  filter?: InputMaybe<AuftragFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  mitHinweisen: Scalars['Boolean']['input'];
}>;


export type AuftragListeQuery = { __typename?: 'Query', auftraege: { __typename?: 'AuftragConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Auftrag', id: string, spnId: string, status: Auftragsstatus, schadennummer: string, aktualisiertAm: string, fahrzeug: { __typename?: 'Fahrzeug', kennzeichen: string }, versicherer: { __typename?: 'Versicherer', id: string, name: string }, hinweise?: Array<{ __typename?: 'Hinweis', code: HinweisCode, titel: string, aktion?: Aktion | null }> }> } };

export type BenachrichtigungListeFragment = { __typename?: 'Auftrag', benachrichtigungen: Array<{ __typename?: 'Benachrichtigung', id: string, betreff: string, empfaenger: string, erstelltAm: string, versendetAm?: string | null }> };

export type BenutzerKopfFragment = { __typename?: 'Benutzer', id: string, benutzername: string, name: string, rolle: Rolle, istAdmin: boolean, werkstatt?: { __typename?: 'Werkstatt', id: string, name: string, partnerNummer: string } | null };

export type EingangListeFragment = { __typename?: 'Auftrag', nichtZugeordneteEingaenge: Array<{ __typename?: 'Eingang', id: string, eingegangenAm: string, art: EingangArt, kalkulationssystem: Kalkulationssystem, externeReferenz?: string | null, grund: string }> };

export type ErinnerungListeFragment = { __typename?: 'Auftrag', erinnerungen: Array<{ __typename?: 'Erinnerung', id: string, art: ErinnerungArt, gesendetAm: string, erledigtAm?: string | null }> };

export type FreigabeListeFragment = { __typename?: 'Auftrag', erwarteterRechnungsbetrag?: string | null, freigaben: Array<{ __typename?: 'Freigabe', id: string, erteiltAm: string, betragNetto: string, nachlass: string, erwarteterRechnungsbetrag: string, kv: { __typename?: 'Kostenvoranschlag', id: string, art: KvArt, laufendeNummer: number } }> };

export type AuftragHinweiseFragment = { __typename?: 'Auftrag', spnId: string, moeglicheAktionen: Array<Aktion>, hinweise: Array<{ __typename?: 'Hinweis', code: HinweisCode, titel: string, text: string, aktion?: Aktion | null }> };

export type KvListeFragment = { __typename?: 'Auftrag', kvs: Array<{ __typename?: 'Kostenvoranschlag', id: string, art: KvArt, laufendeNummer: number, eingegangenAm: string, kalkulationssystem: Kalkulationssystem, externeReferenz?: string | null, status: KvStatus, korrekturpunkte: Array<string>, summen: { __typename?: 'KvSummen', ersatzteile: string, arbeitslohn: string, lackierung: string, nebenkosten: string, netto: string, mwst: string, brutto: string } }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Benutzer', id: string, benutzername: string, name: string, rolle: Rolle, istAdmin: boolean, werkstatt?: { __typename?: 'Werkstatt', id: string, name: string, partnerNummer: string } | null } };

export type AbmeldenMutationVariables = Exact<{ [key: string]: never; }>;


export type AbmeldenMutation = { __typename?: 'Mutation', abmelden: boolean };

export type TicketNachrichtSendenMutationVariables = Exact<{
  input: TicketNachrichtInput;
}>;


export type TicketNachrichtSendenMutation = { __typename?: 'Mutation', ticketNachrichtSenden: { __typename?: 'TicketPayload', ticket?: { __typename?: 'Ticket', id: string, ticketNummer: string, aktion: Aktion, status: TicketStatus, erstelltAm: string, auftrag: { __typename?: 'Auftrag', id: string, spnId: string, fahrzeug: { __typename?: 'Fahrzeug', kennzeichen: string }, werkstatt: { __typename?: 'Werkstatt', id: string, name: string, partnerNummer: string } }, inhalt: { __typename?: 'TicketInhalt', reparaturstatus?: Reparaturstatus | null, termin?: string | null, fahrzeugUebernommenAm?: string | null, voraussichtlicheFertigstellung?: string | null, fertiggestelltAm?: string | null, fahrzeugZurueckgegebenAm?: string | null, freigabeErhaltenAm?: string | null, betragNetto?: string | null, quelle?: FreigabeQuelle | null, referenz?: string | null, grund?: AnforderungsGrund | null, kundeHatUnterschrieben?: boolean | null }, nachrichten: Array<{ __typename?: 'TicketNachricht', von: string, text: string, gesendetAm: string }> } | null, fehler: Array<{ __typename?: 'Fehler', code: FehlerCode, feld?: Array<string> | null, meldung: string }> } };

export type RechnungListeFragment = { __typename?: 'Auftrag', rechnungen: Array<{ __typename?: 'Rechnung', id: string, art: RechnungArt, rechnungsnummer: string, rechnungsdatum: string, eingegangenAm: string, betragNetto: string, mwst: string, betragBrutto: string, status: RechnungStatus, bemerkung?: string | null }> };

export type RkueAngabenFragment = { __typename?: 'Auftrag', rkue: { __typename?: 'Rkue', status: RkueStatus, entschiedenAm?: string | null, bemerkung?: string | null } };

export type StornoAngabenFragment = { __typename?: 'Auftrag', storno?: { __typename?: 'Storno', grund: Stornogrund, bemerkung?: string | null, storniertAm: string, benachrichtigtAm?: string | null } | null };

export type TicketBearbeitenMutationVariables = Exact<{
  input: TicketBearbeitenInput;
}>;


export type TicketBearbeitenMutation = { __typename?: 'Mutation', ticketBearbeiten: { __typename?: 'TicketPayload', ticket?: { __typename?: 'Ticket', id: string, ticketNummer: string, aktion: Aktion, status: TicketStatus, erstelltAm: string, auftrag: { __typename?: 'Auftrag', id: string, spnId: string, fahrzeug: { __typename?: 'Fahrzeug', kennzeichen: string }, werkstatt: { __typename?: 'Werkstatt', id: string, name: string, partnerNummer: string } }, inhalt: { __typename?: 'TicketInhalt', reparaturstatus?: Reparaturstatus | null, termin?: string | null, fahrzeugUebernommenAm?: string | null, voraussichtlicheFertigstellung?: string | null, fertiggestelltAm?: string | null, fahrzeugZurueckgegebenAm?: string | null, freigabeErhaltenAm?: string | null, betragNetto?: string | null, quelle?: FreigabeQuelle | null, referenz?: string | null, grund?: AnforderungsGrund | null, kundeHatUnterschrieben?: boolean | null }, nachrichten: Array<{ __typename?: 'TicketNachricht', von: string, text: string, gesendetAm: string }> } | null, fehler: Array<{ __typename?: 'Fehler', code: FehlerCode, feld?: Array<string> | null, meldung: string }> } };

export type TicketDetailsFragment = { __typename?: 'Ticket', id: string, ticketNummer: string, aktion: Aktion, status: TicketStatus, erstelltAm: string, auftrag: { __typename?: 'Auftrag', id: string, spnId: string, fahrzeug: { __typename?: 'Fahrzeug', kennzeichen: string }, werkstatt: { __typename?: 'Werkstatt', id: string, name: string, partnerNummer: string } }, inhalt: { __typename?: 'TicketInhalt', reparaturstatus?: Reparaturstatus | null, termin?: string | null, fahrzeugUebernommenAm?: string | null, voraussichtlicheFertigstellung?: string | null, fertiggestelltAm?: string | null, fahrzeugZurueckgegebenAm?: string | null, freigabeErhaltenAm?: string | null, betragNetto?: string | null, quelle?: FreigabeQuelle | null, referenz?: string | null, grund?: AnforderungsGrund | null, kundeHatUnterschrieben?: boolean | null }, nachrichten: Array<{ __typename?: 'TicketNachricht', von: string, text: string, gesendetAm: string }> };

export type TicketSeiteQueryVariables = Exact<{
  filter?: InputMaybe<TicketFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  mitWerkstatt: Scalars['Boolean']['input'];
}>;


export type TicketSeiteQuery = { __typename?: 'Query', tickets: { __typename?: 'TicketConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Ticket', id: string, ticketNummer: string, aktion: Aktion, status: TicketStatus, erstelltAm: string, auftrag: { __typename?: 'Auftrag', id: string, spnId: string, werkstatt?: { __typename?: 'Werkstatt', id: string, name: string } } }> } };

export type TicketListeFragment = { __typename?: 'Auftrag', tickets: Array<{ __typename?: 'Ticket', id: string, ticketNummer: string, aktion: Aktion, status: TicketStatus, erstelltAm: string, inhalt: { __typename?: 'TicketInhalt', reparaturstatus?: Reparaturstatus | null, termin?: string | null, fahrzeugUebernommenAm?: string | null, voraussichtlicheFertigstellung?: string | null, fertiggestelltAm?: string | null, fahrzeugZurueckgegebenAm?: string | null, freigabeErhaltenAm?: string | null, betragNetto?: string | null, quelle?: FreigabeQuelle | null, referenz?: string | null, grund?: AnforderungsGrund | null, kundeHatUnterschrieben?: boolean | null }, nachrichten: Array<{ __typename?: 'TicketNachricht', von: string, text: string, gesendetAm: string }> }> };

export type VerlaufListeFragment = { __typename?: 'Auftrag', verlauf: { __typename?: 'EreignisConnection', totalCount: number, nodes: Array<{ __typename?: 'Ereignis', id: string, zeitpunkt: string, art: EreignisArt, beschreibung: string, akteur?: string | null }> } };

export type AktionErgebnisFragment = { __typename?: 'TicketPayload', ticket?: { __typename?: 'Ticket', id: string, ticketNummer: string, aktion: Aktion, status: TicketStatus, erstelltAm: string } | null, fehler: Array<{ __typename?: 'Fehler', code: FehlerCode, feld?: Array<string> | null, meldung: string }> };

export type AuftragAnfordernMutationVariables = Exact<{
  input: AuftragAnfordernInput;
}>;


export type AuftragAnfordernMutation = { __typename?: 'Mutation', auftragAnfordern: { __typename?: 'TicketPayload', ticket?: { __typename?: 'Ticket', id: string, ticketNummer: string, aktion: Aktion, status: TicketStatus, erstelltAm: string } | null, fehler: Array<{ __typename?: 'Fehler', code: FehlerCode, feld?: Array<string> | null, meldung: string }> } };

export type FehlendeFreigabeMeldenMutationVariables = Exact<{
  input: FehlendeFreigabeInput;
}>;


export type FehlendeFreigabeMeldenMutation = { __typename?: 'Mutation', fehlendeFreigabeMelden: { __typename?: 'TicketPayload', ticket?: { __typename?: 'Ticket', id: string, ticketNummer: string, aktion: Aktion, status: TicketStatus, erstelltAm: string } | null, fehler: Array<{ __typename?: 'Fehler', code: FehlerCode, feld?: Array<string> | null, meldung: string }> } };

export type VorgangsinfoMeldenMutationVariables = Exact<{
  input: VorgangsinfoInput;
}>;


export type VorgangsinfoMeldenMutation = { __typename?: 'Mutation', vorgangsinfoMelden: { __typename?: 'TicketPayload', ticket?: { __typename?: 'Ticket', id: string, ticketNummer: string, aktion: Aktion, status: TicketStatus, erstelltAm: string } | null, fehler: Array<{ __typename?: 'Fehler', code: FehlerCode, feld?: Array<string> | null, meldung: string }> } };

export type BenutzerZeileFragment = { __typename?: 'Benutzer', id: string, benutzername: string, name: string, email?: string | null, istAdmin: boolean, aktiv: boolean, letzteAnmeldung?: string | null, einladungOffen: boolean };

export type BenutzerListeQueryVariables = Exact<{
  werkstattId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type BenutzerListeQuery = { __typename?: 'Query', benutzer: { __typename?: 'BenutzerConnection', totalCount: number, nodes: Array<{ __typename?: 'Benutzer', id: string, benutzername: string, name: string, email?: string | null, istAdmin: boolean, aktiv: boolean, letzteAnmeldung?: string | null, einladungOffen: boolean }> } };

export type BenutzerEinladenMutationVariables = Exact<{
  input: BenutzerEinladenInput;
}>;


export type BenutzerEinladenMutation = { __typename?: 'Mutation', benutzerEinladen: { __typename?: 'BenutzerPayload', benutzer?: { __typename?: 'Benutzer', id: string, benutzername: string, name: string, email?: string | null, istAdmin: boolean, aktiv: boolean, letzteAnmeldung?: string | null, einladungOffen: boolean } | null, fehler: Array<{ __typename?: 'Fehler', code: FehlerCode, feld?: Array<string> | null, meldung: string }> } };

export type BenutzerDeaktivierenMutationVariables = Exact<{
  input: BenutzerDeaktivierenInput;
}>;


export type BenutzerDeaktivierenMutation = { __typename?: 'Mutation', benutzerDeaktivieren: { __typename?: 'BenutzerPayload', benutzer?: { __typename?: 'Benutzer', id: string, benutzername: string, name: string, email?: string | null, istAdmin: boolean, aktiv: boolean, letzteAnmeldung?: string | null, einladungOffen: boolean } | null, fehler: Array<{ __typename?: 'Fehler', code: FehlerCode, feld?: Array<string> | null, meldung: string }> } };

export type WerkstattEmailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WerkstattEmailQuery = { __typename?: 'Query', werkstatt?: { __typename?: 'Werkstatt', id: string, name: string, partnerNummer: string, ort?: string | null, email?: string | null } | null };

export type WerkstattEinstellungenAendernMutationVariables = Exact<{
  input: WerkstattEinstellungenInput;
}>;


export type WerkstattEinstellungenAendernMutation = { __typename?: 'Mutation', werkstattEinstellungenAendern: { __typename?: 'WerkstattPayload', werkstatt?: { __typename?: 'Werkstatt', id: string, email?: string | null } | null, fehler: Array<{ __typename?: 'Fehler', code: FehlerCode, feld?: Array<string> | null, meldung: string }> } };

export type AktionAuftragQueryVariables = Exact<{
  spnId: Scalars['String']['input'];
}>;


export type AktionAuftragQuery = { __typename?: 'Query', auftrag?: { __typename?: 'Auftrag', id: string, spnId: string, status: Auftragsstatus, auftragsart: Auftragsart, vermitteltAm: string, moeglicheAktionen: Array<Aktion>, fahrzeug: { __typename?: 'Fahrzeug', kennzeichen: string }, kvs: Array<{ __typename?: 'Kostenvoranschlag', id: string, status: KvStatus }>, tickets: Array<{ __typename?: 'Ticket', id: string, ticketNummer: string, aktion: Aktion, status: TicketStatus, inhalt: { __typename?: 'TicketInhalt', fahrzeugUebernommenAm?: string | null } }> } | null };

export type ApiSchluesselListeQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiSchluesselListeQuery = { __typename?: 'Query', apiSchluessel: Array<{ __typename?: 'ApiSchluessel', id: string, name: string, kalkulationssystem: Kalkulationssystem, praefix: string, erstelltAm: string, widerrufenAm?: string | null, werkstaetten: Array<{ __typename?: 'Werkstatt', id: string, partnerNummer: string, name: string }> }> };

export type WerkstattAuswahlQueryVariables = Exact<{
  suche?: InputMaybe<Scalars['String']['input']>;
}>;


export type WerkstattAuswahlQuery = { __typename?: 'Query', werkstaetten: { __typename?: 'WerkstattConnection', nodes: Array<{ __typename?: 'Werkstatt', id: string, partnerNummer: string, name: string, ort?: string | null }> } };

export type ApiSchluesselErstellenMutationVariables = Exact<{
  input: ApiSchluesselErstellenInput;
}>;


export type ApiSchluesselErstellenMutation = { __typename?: 'Mutation', apiSchluesselErstellen: { __typename?: 'ApiSchluesselPayload', schluessel?: string | null, apiSchluessel?: { __typename?: 'ApiSchluessel', id: string, name: string } | null, fehler: Array<{ __typename?: 'Fehler', code: FehlerCode, feld?: Array<string> | null, meldung: string }> } };

export type ApiSchluesselWiderrufenMutationVariables = Exact<{
  input: ApiSchluesselWiderrufenInput;
}>;


export type ApiSchluesselWiderrufenMutation = { __typename?: 'Mutation', apiSchluesselWiderrufen: { __typename?: 'ApiSchluesselPayload', apiSchluessel?: { __typename?: 'ApiSchluessel', id: string, widerrufenAm?: string | null } | null, fehler: Array<{ __typename?: 'Fehler', code: FehlerCode, feld?: Array<string> | null, meldung: string }> } };

export type AuftragUebersichtQueryVariables = Exact<{
  spnId: Scalars['String']['input'];
}>;


export type AuftragUebersichtQuery = { __typename?: 'Query', auftrag?: { __typename?: 'Auftrag', id: string, spnId: string, stand: string, auftragsart: Auftragsart, status: Auftragsstatus, vermitteltAm: string, aktualisiertAm: string, schadennummer: string, schadentag?: string | null, sparte: Sparte, moeglicheAktionen: Array<Aktion>, erwarteterRechnungsbetrag?: string | null, versicherer: { __typename?: 'Versicherer', id: string, name: string }, werkstatt: { __typename?: 'Werkstatt', id: string, name: string, partnerNummer: string, ort?: string | null }, fahrzeug: { __typename?: 'Fahrzeug', kennzeichen: string, hersteller?: string | null, modell?: string | null, fin?: string | null, erstzulassung?: string | null }, kunde?: { __typename?: 'Kunde', name: string, anschrift?: string | null, telefon?: string | null } | null, hinweise: Array<{ __typename?: 'Hinweis', code: HinweisCode, titel: string, text: string, aktion?: Aktion | null }>, kvs: Array<{ __typename?: 'Kostenvoranschlag', id: string, art: KvArt, laufendeNummer: number, eingegangenAm: string, kalkulationssystem: Kalkulationssystem, externeReferenz?: string | null, status: KvStatus, korrekturpunkte: Array<string>, summen: { __typename?: 'KvSummen', ersatzteile: string, arbeitslohn: string, lackierung: string, nebenkosten: string, netto: string, mwst: string, brutto: string } }>, freigaben: Array<{ __typename?: 'Freigabe', id: string, erteiltAm: string, betragNetto: string, nachlass: string, erwarteterRechnungsbetrag: string, kv: { __typename?: 'Kostenvoranschlag', id: string, art: KvArt, laufendeNummer: number } }>, rkue: { __typename?: 'Rkue', status: RkueStatus, entschiedenAm?: string | null, bemerkung?: string | null }, rechnungen: Array<{ __typename?: 'Rechnung', id: string, art: RechnungArt, rechnungsnummer: string, rechnungsdatum: string, eingegangenAm: string, betragNetto: string, mwst: string, betragBrutto: string, status: RechnungStatus, bemerkung?: string | null }>, storno?: { __typename?: 'Storno', grund: Stornogrund, bemerkung?: string | null, storniertAm: string, benachrichtigtAm?: string | null } | null, erinnerungen: Array<{ __typename?: 'Erinnerung', id: string, art: ErinnerungArt, gesendetAm: string, erledigtAm?: string | null }>, tickets: Array<{ __typename?: 'Ticket', id: string, ticketNummer: string, aktion: Aktion, status: TicketStatus, erstelltAm: string, inhalt: { __typename?: 'TicketInhalt', reparaturstatus?: Reparaturstatus | null, termin?: string | null, fahrzeugUebernommenAm?: string | null, voraussichtlicheFertigstellung?: string | null, fertiggestelltAm?: string | null, fahrzeugZurueckgegebenAm?: string | null, freigabeErhaltenAm?: string | null, betragNetto?: string | null, quelle?: FreigabeQuelle | null, referenz?: string | null, grund?: AnforderungsGrund | null, kundeHatUnterschrieben?: boolean | null }, nachrichten: Array<{ __typename?: 'TicketNachricht', von: string, text: string, gesendetAm: string }> }>, nichtZugeordneteEingaenge: Array<{ __typename?: 'Eingang', id: string, eingegangenAm: string, art: EingangArt, kalkulationssystem: Kalkulationssystem, externeReferenz?: string | null, grund: string }>, benachrichtigungen: Array<{ __typename?: 'Benachrichtigung', id: string, betreff: string, empfaenger: string, erstelltAm: string, versendetAm?: string | null }>, verlauf: { __typename?: 'EreignisConnection', totalCount: number, nodes: Array<{ __typename?: 'Ereignis', id: string, zeitpunkt: string, art: EreignisArt, beschreibung: string, akteur?: string | null }> } } | null };

export type AuftragAktualisiertSubscriptionVariables = Exact<{
  spnId: Scalars['String']['input'];
}>;


export type AuftragAktualisiertSubscription = { __typename?: 'Subscription', auftragAktualisiert: { __typename?: 'AuftragAenderung', auftrag: { __typename?: 'Auftrag', id: string, status: Auftragsstatus }, ereignis: { __typename?: 'Ereignis', id: string, zeitpunkt: string, beschreibung: string } } };

export type PasswortAendernMutationVariables = Exact<{
  input: PasswortAendernInput;
}>;


export type PasswortAendernMutation = { __typename?: 'Mutation', passwortAendern: { __typename?: 'BenutzerPayload', benutzer?: { __typename?: 'Benutzer', id: string } | null, fehler: Array<{ __typename?: 'Fehler', code: FehlerCode, feld?: Array<string> | null, meldung: string }> } };

export type AndereSitzungenBeendenMutationVariables = Exact<{ [key: string]: never; }>;


export type AndereSitzungenBeendenMutation = { __typename?: 'Mutation', andereSitzungenBeenden: number };

export type AnmeldenMutationVariables = Exact<{
  input: AnmeldenInput;
}>;


export type AnmeldenMutation = { __typename?: 'Mutation', anmelden: { __typename?: 'AnmeldenPayload', benutzer?: { __typename?: 'Benutzer', id: string, benutzername: string, name: string, rolle: Rolle, istAdmin: boolean, werkstatt?: { __typename?: 'Werkstatt', id: string, name: string, partnerNummer: string } | null } | null, fehler: Array<{ __typename?: 'Fehler', code: FehlerCode, feld?: Array<string> | null, meldung: string }> } };

export type PasswortVergessenMutationVariables = Exact<{
  input: PasswortVergessenInput;
}>;


export type PasswortVergessenMutation = { __typename?: 'Mutation', passwortVergessen: boolean };

export type AuftragNachSpnIdQueryVariables = Exact<{
  spnId: Scalars['String']['input'];
}>;


export type AuftragNachSpnIdQuery = { __typename?: 'Query', auftrag?: { __typename?: 'Auftrag', id: string, spnId: string } | null };

export type TicketDetailQueryVariables = Exact<{
  ticketNummer: Scalars['String']['input'];
}>;


export type TicketDetailQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', id: string, ticketNummer: string, aktion: Aktion, status: TicketStatus, erstelltAm: string, auftrag: { __typename?: 'Auftrag', id: string, spnId: string, fahrzeug: { __typename?: 'Fahrzeug', kennzeichen: string }, werkstatt: { __typename?: 'Werkstatt', id: string, name: string, partnerNummer: string } }, inhalt: { __typename?: 'TicketInhalt', reparaturstatus?: Reparaturstatus | null, termin?: string | null, fahrzeugUebernommenAm?: string | null, voraussichtlicheFertigstellung?: string | null, fertiggestelltAm?: string | null, fahrzeugZurueckgegebenAm?: string | null, freigabeErhaltenAm?: string | null, betragNetto?: string | null, quelle?: FreigabeQuelle | null, referenz?: string | null, grund?: AnforderungsGrund | null, kundeHatUnterschrieben?: boolean | null }, nachrichten: Array<{ __typename?: 'TicketNachricht', von: string, text: string, gesendetAm: string }> } | null };

export type EinladungAnnehmenMutationVariables = Exact<{
  input: EinladungAnnehmenInput;
}>;


export type EinladungAnnehmenMutation = { __typename?: 'Mutation', einladungAnnehmen: { __typename?: 'AnmeldenPayload', benutzer?: { __typename?: 'Benutzer', id: string, benutzername: string, name: string, rolle: Rolle, istAdmin: boolean, werkstatt?: { __typename?: 'Werkstatt', id: string, name: string, partnerNummer: string } | null } | null, fehler: Array<{ __typename?: 'Fehler', code: FehlerCode, feld?: Array<string> | null, meldung: string }> } };

export type PasswortZuruecksetzenMutationVariables = Exact<{
  input: PasswortZuruecksetzenInput;
}>;


export type PasswortZuruecksetzenMutation = { __typename?: 'Mutation', passwortZuruecksetzen: { __typename?: 'AnmeldenPayload', benutzer?: { __typename?: 'Benutzer', id: string, benutzername: string, name: string, rolle: Rolle, istAdmin: boolean, werkstatt?: { __typename?: 'Werkstatt', id: string, name: string, partnerNummer: string } | null } | null, fehler: Array<{ __typename?: 'Fehler', code: FehlerCode, feld?: Array<string> | null, meldung: string }> } };

export type WerkstaettenVerwaltenQueryVariables = Exact<{
  suche?: InputMaybe<Scalars['String']['input']>;
}>;


export type WerkstaettenVerwaltenQuery = { __typename?: 'Query', werkstaetten: { __typename?: 'WerkstattConnection', totalCount: number, nodes: Array<{ __typename?: 'Werkstatt', id: string, partnerNummer: string, name: string, ort?: string | null, kalkulationssystem: Kalkulationssystem }> } };

export type WerkstattAnlegenMutationVariables = Exact<{
  input: WerkstattAnlegenInput;
}>;


export type WerkstattAnlegenMutation = { __typename?: 'Mutation', werkstattAnlegen: { __typename?: 'WerkstattPayload', werkstatt?: { __typename?: 'Werkstatt', id: string, name: string, partnerNummer: string } | null, admin?: { __typename?: 'Benutzer', id: string, email?: string | null } | null, fehler: Array<{ __typename?: 'Fehler', code: FehlerCode, feld?: Array<string> | null, meldung: string }> } };

export type WerkstattKopfQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WerkstattKopfQuery = { __typename?: 'Query', werkstatt?: { __typename?: 'Werkstatt', id: string, name: string, partnerNummer: string, ort?: string | null } | null, kontoProtokoll: { __typename?: 'KontoProtokollConnection', nodes: Array<{ __typename?: 'KontoProtokollEintrag', id: string, zeitpunkt: string, akteur: string, beschreibung: string }> } };

export const AuftragKopfdatenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuftragKopfdaten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spnId"}},{"kind":"Field","name":{"kind":"Name","value":"auftragsart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stand"}},{"kind":"Field","name":{"kind":"Name","value":"vermitteltAm"}},{"kind":"Field","name":{"kind":"Name","value":"aktualisiertAm"}},{"kind":"Field","name":{"kind":"Name","value":"schadennummer"}},{"kind":"Field","name":{"kind":"Name","value":"schadentag"}},{"kind":"Field","name":{"kind":"Name","value":"sparte"}},{"kind":"Field","name":{"kind":"Name","value":"versicherer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"werkstatt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNummer"}},{"kind":"Field","name":{"kind":"Name","value":"ort"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fahrzeug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kennzeichen"}},{"kind":"Field","name":{"kind":"Name","value":"hersteller"}},{"kind":"Field","name":{"kind":"Name","value":"modell"}},{"kind":"Field","name":{"kind":"Name","value":"fin"}},{"kind":"Field","name":{"kind":"Name","value":"erstzulassung"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kunde"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"anschrift"}},{"kind":"Field","name":{"kind":"Name","value":"telefon"}}]}}]}}]} as unknown as DocumentNode<AuftragKopfdatenFragment, unknown>;
export const BenachrichtigungListeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenachrichtigungListe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benachrichtigungen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"betreff"}},{"kind":"Field","name":{"kind":"Name","value":"empfaenger"}},{"kind":"Field","name":{"kind":"Name","value":"erstelltAm"}},{"kind":"Field","name":{"kind":"Name","value":"versendetAm"}}]}}]}}]} as unknown as DocumentNode<BenachrichtigungListeFragment, unknown>;
export const BenutzerKopfFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenutzerKopf"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benutzer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benutzername"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rolle"}},{"kind":"Field","name":{"kind":"Name","value":"istAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"werkstatt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNummer"}}]}}]}}]} as unknown as DocumentNode<BenutzerKopfFragment, unknown>;
export const EingangListeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EingangListe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nichtZugeordneteEingaenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eingegangenAm"}},{"kind":"Field","name":{"kind":"Name","value":"art"}},{"kind":"Field","name":{"kind":"Name","value":"kalkulationssystem"}},{"kind":"Field","name":{"kind":"Name","value":"externeReferenz"}},{"kind":"Field","name":{"kind":"Name","value":"grund"}}]}}]}}]} as unknown as DocumentNode<EingangListeFragment, unknown>;
export const ErinnerungListeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErinnerungListe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erinnerungen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"art"}},{"kind":"Field","name":{"kind":"Name","value":"gesendetAm"}},{"kind":"Field","name":{"kind":"Name","value":"erledigtAm"}}]}}]}}]} as unknown as DocumentNode<ErinnerungListeFragment, unknown>;
export const FreigabeListeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FreigabeListe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erwarteterRechnungsbetrag"}},{"kind":"Field","name":{"kind":"Name","value":"freigaben"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"erteiltAm"}},{"kind":"Field","name":{"kind":"Name","value":"betragNetto"}},{"kind":"Field","name":{"kind":"Name","value":"nachlass"}},{"kind":"Field","name":{"kind":"Name","value":"erwarteterRechnungsbetrag"}},{"kind":"Field","name":{"kind":"Name","value":"kv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"art"}},{"kind":"Field","name":{"kind":"Name","value":"laufendeNummer"}}]}}]}}]}}]} as unknown as DocumentNode<FreigabeListeFragment, unknown>;
export const AuftragHinweiseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuftragHinweise"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spnId"}},{"kind":"Field","name":{"kind":"Name","value":"hinweise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titel"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"aktion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moeglicheAktionen"}}]}}]} as unknown as DocumentNode<AuftragHinweiseFragment, unknown>;
export const KvListeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KvListe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kvs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"art"}},{"kind":"Field","name":{"kind":"Name","value":"laufendeNummer"}},{"kind":"Field","name":{"kind":"Name","value":"eingegangenAm"}},{"kind":"Field","name":{"kind":"Name","value":"kalkulationssystem"}},{"kind":"Field","name":{"kind":"Name","value":"externeReferenz"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"korrekturpunkte"}},{"kind":"Field","name":{"kind":"Name","value":"summen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ersatzteile"}},{"kind":"Field","name":{"kind":"Name","value":"arbeitslohn"}},{"kind":"Field","name":{"kind":"Name","value":"lackierung"}},{"kind":"Field","name":{"kind":"Name","value":"nebenkosten"}},{"kind":"Field","name":{"kind":"Name","value":"netto"}},{"kind":"Field","name":{"kind":"Name","value":"mwst"}},{"kind":"Field","name":{"kind":"Name","value":"brutto"}}]}}]}}]}}]} as unknown as DocumentNode<KvListeFragment, unknown>;
export const RechnungListeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RechnungListe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rechnungen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"art"}},{"kind":"Field","name":{"kind":"Name","value":"rechnungsnummer"}},{"kind":"Field","name":{"kind":"Name","value":"rechnungsdatum"}},{"kind":"Field","name":{"kind":"Name","value":"eingegangenAm"}},{"kind":"Field","name":{"kind":"Name","value":"betragNetto"}},{"kind":"Field","name":{"kind":"Name","value":"mwst"}},{"kind":"Field","name":{"kind":"Name","value":"betragBrutto"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bemerkung"}}]}}]}}]} as unknown as DocumentNode<RechnungListeFragment, unknown>;
export const RkueAngabenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RkueAngaben"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rkue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entschiedenAm"}},{"kind":"Field","name":{"kind":"Name","value":"bemerkung"}}]}}]}}]} as unknown as DocumentNode<RkueAngabenFragment, unknown>;
export const StornoAngabenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StornoAngaben"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storno"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grund"}},{"kind":"Field","name":{"kind":"Name","value":"bemerkung"}},{"kind":"Field","name":{"kind":"Name","value":"storniertAm"}},{"kind":"Field","name":{"kind":"Name","value":"benachrichtigtAm"}}]}}]}}]} as unknown as DocumentNode<StornoAngabenFragment, unknown>;
export const TicketDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNummer"}},{"kind":"Field","name":{"kind":"Name","value":"aktion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"erstelltAm"}},{"kind":"Field","name":{"kind":"Name","value":"auftrag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spnId"}},{"kind":"Field","name":{"kind":"Name","value":"fahrzeug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kennzeichen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"werkstatt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNummer"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inhalt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reparaturstatus"}},{"kind":"Field","name":{"kind":"Name","value":"termin"}},{"kind":"Field","name":{"kind":"Name","value":"fahrzeugUebernommenAm"}},{"kind":"Field","name":{"kind":"Name","value":"voraussichtlicheFertigstellung"}},{"kind":"Field","name":{"kind":"Name","value":"fertiggestelltAm"}},{"kind":"Field","name":{"kind":"Name","value":"fahrzeugZurueckgegebenAm"}},{"kind":"Field","name":{"kind":"Name","value":"freigabeErhaltenAm"}},{"kind":"Field","name":{"kind":"Name","value":"betragNetto"}},{"kind":"Field","name":{"kind":"Name","value":"quelle"}},{"kind":"Field","name":{"kind":"Name","value":"referenz"}},{"kind":"Field","name":{"kind":"Name","value":"grund"}},{"kind":"Field","name":{"kind":"Name","value":"kundeHatUnterschrieben"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nachrichten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"von"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"gesendetAm"}}]}}]}}]} as unknown as DocumentNode<TicketDetailsFragment, unknown>;
export const TicketListeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketListe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNummer"}},{"kind":"Field","name":{"kind":"Name","value":"aktion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"erstelltAm"}},{"kind":"Field","name":{"kind":"Name","value":"inhalt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reparaturstatus"}},{"kind":"Field","name":{"kind":"Name","value":"termin"}},{"kind":"Field","name":{"kind":"Name","value":"fahrzeugUebernommenAm"}},{"kind":"Field","name":{"kind":"Name","value":"voraussichtlicheFertigstellung"}},{"kind":"Field","name":{"kind":"Name","value":"fertiggestelltAm"}},{"kind":"Field","name":{"kind":"Name","value":"fahrzeugZurueckgegebenAm"}},{"kind":"Field","name":{"kind":"Name","value":"freigabeErhaltenAm"}},{"kind":"Field","name":{"kind":"Name","value":"betragNetto"}},{"kind":"Field","name":{"kind":"Name","value":"quelle"}},{"kind":"Field","name":{"kind":"Name","value":"referenz"}},{"kind":"Field","name":{"kind":"Name","value":"grund"}},{"kind":"Field","name":{"kind":"Name","value":"kundeHatUnterschrieben"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nachrichten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"von"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"gesendetAm"}}]}}]}}]}}]} as unknown as DocumentNode<TicketListeFragment, unknown>;
export const VerlaufListeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerlaufListe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verlauf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"zeitpunkt"}},{"kind":"Field","name":{"kind":"Name","value":"art"}},{"kind":"Field","name":{"kind":"Name","value":"beschreibung"}},{"kind":"Field","name":{"kind":"Name","value":"akteur"}}]}}]}}]}}]} as unknown as DocumentNode<VerlaufListeFragment, unknown>;
export const AktionErgebnisFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AktionErgebnis"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNummer"}},{"kind":"Field","name":{"kind":"Name","value":"aktion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"erstelltAm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fehler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feld"}},{"kind":"Field","name":{"kind":"Name","value":"meldung"}}]}}]}}]} as unknown as DocumentNode<AktionErgebnisFragment, unknown>;
export const BenutzerZeileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenutzerZeile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benutzer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benutzername"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"istAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"aktiv"}},{"kind":"Field","name":{"kind":"Name","value":"letzteAnmeldung"}},{"kind":"Field","name":{"kind":"Name","value":"einladungOffen"}}]}}]} as unknown as DocumentNode<BenutzerZeileFragment, unknown>;
export const AuftragListeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuftragListe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuftragFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mitHinweisen"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auftraege"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spnId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"schadennummer"}},{"kind":"Field","name":{"kind":"Name","value":"aktualisiertAm"}},{"kind":"Field","name":{"kind":"Name","value":"fahrzeug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kennzeichen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versicherer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hinweise"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mitHinweisen"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titel"}},{"kind":"Field","name":{"kind":"Name","value":"aktion"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuftragListeQuery, AuftragListeQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenutzerKopf"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenutzerKopf"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benutzer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benutzername"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rolle"}},{"kind":"Field","name":{"kind":"Name","value":"istAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"werkstatt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNummer"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AbmeldenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Abmelden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abmelden"}}]}}]} as unknown as DocumentNode<AbmeldenMutation, AbmeldenMutationVariables>;
export const TicketNachrichtSendenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TicketNachrichtSenden"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketNachrichtInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketNachrichtSenden"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fehler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feld"}},{"kind":"Field","name":{"kind":"Name","value":"meldung"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNummer"}},{"kind":"Field","name":{"kind":"Name","value":"aktion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"erstelltAm"}},{"kind":"Field","name":{"kind":"Name","value":"auftrag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spnId"}},{"kind":"Field","name":{"kind":"Name","value":"fahrzeug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kennzeichen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"werkstatt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNummer"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inhalt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reparaturstatus"}},{"kind":"Field","name":{"kind":"Name","value":"termin"}},{"kind":"Field","name":{"kind":"Name","value":"fahrzeugUebernommenAm"}},{"kind":"Field","name":{"kind":"Name","value":"voraussichtlicheFertigstellung"}},{"kind":"Field","name":{"kind":"Name","value":"fertiggestelltAm"}},{"kind":"Field","name":{"kind":"Name","value":"fahrzeugZurueckgegebenAm"}},{"kind":"Field","name":{"kind":"Name","value":"freigabeErhaltenAm"}},{"kind":"Field","name":{"kind":"Name","value":"betragNetto"}},{"kind":"Field","name":{"kind":"Name","value":"quelle"}},{"kind":"Field","name":{"kind":"Name","value":"referenz"}},{"kind":"Field","name":{"kind":"Name","value":"grund"}},{"kind":"Field","name":{"kind":"Name","value":"kundeHatUnterschrieben"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nachrichten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"von"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"gesendetAm"}}]}}]}}]} as unknown as DocumentNode<TicketNachrichtSendenMutation, TicketNachrichtSendenMutationVariables>;
export const TicketBearbeitenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TicketBearbeiten"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketBearbeitenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketBearbeiten"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fehler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feld"}},{"kind":"Field","name":{"kind":"Name","value":"meldung"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNummer"}},{"kind":"Field","name":{"kind":"Name","value":"aktion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"erstelltAm"}},{"kind":"Field","name":{"kind":"Name","value":"auftrag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spnId"}},{"kind":"Field","name":{"kind":"Name","value":"fahrzeug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kennzeichen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"werkstatt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNummer"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inhalt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reparaturstatus"}},{"kind":"Field","name":{"kind":"Name","value":"termin"}},{"kind":"Field","name":{"kind":"Name","value":"fahrzeugUebernommenAm"}},{"kind":"Field","name":{"kind":"Name","value":"voraussichtlicheFertigstellung"}},{"kind":"Field","name":{"kind":"Name","value":"fertiggestelltAm"}},{"kind":"Field","name":{"kind":"Name","value":"fahrzeugZurueckgegebenAm"}},{"kind":"Field","name":{"kind":"Name","value":"freigabeErhaltenAm"}},{"kind":"Field","name":{"kind":"Name","value":"betragNetto"}},{"kind":"Field","name":{"kind":"Name","value":"quelle"}},{"kind":"Field","name":{"kind":"Name","value":"referenz"}},{"kind":"Field","name":{"kind":"Name","value":"grund"}},{"kind":"Field","name":{"kind":"Name","value":"kundeHatUnterschrieben"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nachrichten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"von"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"gesendetAm"}}]}}]}}]} as unknown as DocumentNode<TicketBearbeitenMutation, TicketBearbeitenMutationVariables>;
export const TicketSeiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketSeite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mitWerkstatt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNummer"}},{"kind":"Field","name":{"kind":"Name","value":"aktion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"erstelltAm"}},{"kind":"Field","name":{"kind":"Name","value":"auftrag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spnId"}},{"kind":"Field","name":{"kind":"Name","value":"werkstatt"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mitWerkstatt"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketSeiteQuery, TicketSeiteQueryVariables>;
export const AuftragAnfordernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuftragAnfordern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuftragAnfordernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auftragAnfordern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AktionErgebnis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AktionErgebnis"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNummer"}},{"kind":"Field","name":{"kind":"Name","value":"aktion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"erstelltAm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fehler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feld"}},{"kind":"Field","name":{"kind":"Name","value":"meldung"}}]}}]}}]} as unknown as DocumentNode<AuftragAnfordernMutation, AuftragAnfordernMutationVariables>;
export const FehlendeFreigabeMeldenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FehlendeFreigabeMelden"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FehlendeFreigabeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fehlendeFreigabeMelden"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AktionErgebnis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AktionErgebnis"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNummer"}},{"kind":"Field","name":{"kind":"Name","value":"aktion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"erstelltAm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fehler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feld"}},{"kind":"Field","name":{"kind":"Name","value":"meldung"}}]}}]}}]} as unknown as DocumentNode<FehlendeFreigabeMeldenMutation, FehlendeFreigabeMeldenMutationVariables>;
export const VorgangsinfoMeldenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VorgangsinfoMelden"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VorgangsinfoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vorgangsinfoMelden"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AktionErgebnis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AktionErgebnis"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNummer"}},{"kind":"Field","name":{"kind":"Name","value":"aktion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"erstelltAm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fehler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feld"}},{"kind":"Field","name":{"kind":"Name","value":"meldung"}}]}}]}}]} as unknown as DocumentNode<VorgangsinfoMeldenMutation, VorgangsinfoMeldenMutationVariables>;
export const BenutzerListeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenutzerListe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"werkstattId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benutzer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"werkstattId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"werkstattId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenutzerZeile"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenutzerZeile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benutzer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benutzername"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"istAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"aktiv"}},{"kind":"Field","name":{"kind":"Name","value":"letzteAnmeldung"}},{"kind":"Field","name":{"kind":"Name","value":"einladungOffen"}}]}}]} as unknown as DocumentNode<BenutzerListeQuery, BenutzerListeQueryVariables>;
export const BenutzerEinladenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenutzerEinladen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BenutzerEinladenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benutzerEinladen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benutzer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenutzerZeile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fehler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feld"}},{"kind":"Field","name":{"kind":"Name","value":"meldung"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenutzerZeile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benutzer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benutzername"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"istAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"aktiv"}},{"kind":"Field","name":{"kind":"Name","value":"letzteAnmeldung"}},{"kind":"Field","name":{"kind":"Name","value":"einladungOffen"}}]}}]} as unknown as DocumentNode<BenutzerEinladenMutation, BenutzerEinladenMutationVariables>;
export const BenutzerDeaktivierenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenutzerDeaktivieren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BenutzerDeaktivierenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benutzerDeaktivieren"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benutzer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenutzerZeile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fehler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feld"}},{"kind":"Field","name":{"kind":"Name","value":"meldung"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenutzerZeile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benutzer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benutzername"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"istAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"aktiv"}},{"kind":"Field","name":{"kind":"Name","value":"letzteAnmeldung"}},{"kind":"Field","name":{"kind":"Name","value":"einladungOffen"}}]}}]} as unknown as DocumentNode<BenutzerDeaktivierenMutation, BenutzerDeaktivierenMutationVariables>;
export const WerkstattEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WerkstattEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"werkstatt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNummer"}},{"kind":"Field","name":{"kind":"Name","value":"ort"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<WerkstattEmailQuery, WerkstattEmailQueryVariables>;
export const WerkstattEinstellungenAendernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WerkstattEinstellungenAendern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WerkstattEinstellungenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"werkstattEinstellungenAendern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"werkstatt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fehler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feld"}},{"kind":"Field","name":{"kind":"Name","value":"meldung"}}]}}]}}]}}]} as unknown as DocumentNode<WerkstattEinstellungenAendernMutation, WerkstattEinstellungenAendernMutationVariables>;
export const AktionAuftragDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AktionAuftrag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spnId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auftrag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spnId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spnId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spnId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"auftragsart"}},{"kind":"Field","name":{"kind":"Name","value":"vermitteltAm"}},{"kind":"Field","name":{"kind":"Name","value":"moeglicheAktionen"}},{"kind":"Field","name":{"kind":"Name","value":"fahrzeug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kennzeichen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kvs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNummer"}},{"kind":"Field","name":{"kind":"Name","value":"aktion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inhalt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fahrzeugUebernommenAm"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AktionAuftragQuery, AktionAuftragQueryVariables>;
export const ApiSchluesselListeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiSchluesselListe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiSchluessel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kalkulationssystem"}},{"kind":"Field","name":{"kind":"Name","value":"praefix"}},{"kind":"Field","name":{"kind":"Name","value":"erstelltAm"}},{"kind":"Field","name":{"kind":"Name","value":"widerrufenAm"}},{"kind":"Field","name":{"kind":"Name","value":"werkstaetten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNummer"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ApiSchluesselListeQuery, ApiSchluesselListeQueryVariables>;
export const WerkstattAuswahlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WerkstattAuswahl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"suche"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"werkstaetten"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"suche"},"value":{"kind":"Variable","name":{"kind":"Name","value":"suche"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNummer"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ort"}}]}}]}}]}}]} as unknown as DocumentNode<WerkstattAuswahlQuery, WerkstattAuswahlQueryVariables>;
export const ApiSchluesselErstellenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiSchluesselErstellen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiSchluesselErstellenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiSchluesselErstellen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schluessel"}},{"kind":"Field","name":{"kind":"Name","value":"apiSchluessel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fehler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feld"}},{"kind":"Field","name":{"kind":"Name","value":"meldung"}}]}}]}}]}}]} as unknown as DocumentNode<ApiSchluesselErstellenMutation, ApiSchluesselErstellenMutationVariables>;
export const ApiSchluesselWiderrufenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiSchluesselWiderrufen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiSchluesselWiderrufenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiSchluesselWiderrufen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiSchluessel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"widerrufenAm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fehler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feld"}},{"kind":"Field","name":{"kind":"Name","value":"meldung"}}]}}]}}]}}]} as unknown as DocumentNode<ApiSchluesselWiderrufenMutation, ApiSchluesselWiderrufenMutationVariables>;
export const AuftragUebersichtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuftragUebersicht"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spnId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auftrag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spnId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spnId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spnId"}},{"kind":"Field","name":{"kind":"Name","value":"stand"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuftragKopfdaten"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuftragHinweise"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KvListe"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FreigabeListe"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RkueAngaben"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RechnungListe"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StornoAngaben"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErinnerungListe"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketListe"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EingangListe"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenachrichtigungListe"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerlaufListe"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuftragKopfdaten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spnId"}},{"kind":"Field","name":{"kind":"Name","value":"auftragsart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stand"}},{"kind":"Field","name":{"kind":"Name","value":"vermitteltAm"}},{"kind":"Field","name":{"kind":"Name","value":"aktualisiertAm"}},{"kind":"Field","name":{"kind":"Name","value":"schadennummer"}},{"kind":"Field","name":{"kind":"Name","value":"schadentag"}},{"kind":"Field","name":{"kind":"Name","value":"sparte"}},{"kind":"Field","name":{"kind":"Name","value":"versicherer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"werkstatt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNummer"}},{"kind":"Field","name":{"kind":"Name","value":"ort"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fahrzeug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kennzeichen"}},{"kind":"Field","name":{"kind":"Name","value":"hersteller"}},{"kind":"Field","name":{"kind":"Name","value":"modell"}},{"kind":"Field","name":{"kind":"Name","value":"fin"}},{"kind":"Field","name":{"kind":"Name","value":"erstzulassung"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kunde"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"anschrift"}},{"kind":"Field","name":{"kind":"Name","value":"telefon"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuftragHinweise"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spnId"}},{"kind":"Field","name":{"kind":"Name","value":"hinweise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titel"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"aktion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moeglicheAktionen"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KvListe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kvs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"art"}},{"kind":"Field","name":{"kind":"Name","value":"laufendeNummer"}},{"kind":"Field","name":{"kind":"Name","value":"eingegangenAm"}},{"kind":"Field","name":{"kind":"Name","value":"kalkulationssystem"}},{"kind":"Field","name":{"kind":"Name","value":"externeReferenz"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"korrekturpunkte"}},{"kind":"Field","name":{"kind":"Name","value":"summen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ersatzteile"}},{"kind":"Field","name":{"kind":"Name","value":"arbeitslohn"}},{"kind":"Field","name":{"kind":"Name","value":"lackierung"}},{"kind":"Field","name":{"kind":"Name","value":"nebenkosten"}},{"kind":"Field","name":{"kind":"Name","value":"netto"}},{"kind":"Field","name":{"kind":"Name","value":"mwst"}},{"kind":"Field","name":{"kind":"Name","value":"brutto"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FreigabeListe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erwarteterRechnungsbetrag"}},{"kind":"Field","name":{"kind":"Name","value":"freigaben"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"erteiltAm"}},{"kind":"Field","name":{"kind":"Name","value":"betragNetto"}},{"kind":"Field","name":{"kind":"Name","value":"nachlass"}},{"kind":"Field","name":{"kind":"Name","value":"erwarteterRechnungsbetrag"}},{"kind":"Field","name":{"kind":"Name","value":"kv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"art"}},{"kind":"Field","name":{"kind":"Name","value":"laufendeNummer"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RkueAngaben"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rkue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entschiedenAm"}},{"kind":"Field","name":{"kind":"Name","value":"bemerkung"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RechnungListe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rechnungen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"art"}},{"kind":"Field","name":{"kind":"Name","value":"rechnungsnummer"}},{"kind":"Field","name":{"kind":"Name","value":"rechnungsdatum"}},{"kind":"Field","name":{"kind":"Name","value":"eingegangenAm"}},{"kind":"Field","name":{"kind":"Name","value":"betragNetto"}},{"kind":"Field","name":{"kind":"Name","value":"mwst"}},{"kind":"Field","name":{"kind":"Name","value":"betragBrutto"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bemerkung"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StornoAngaben"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storno"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grund"}},{"kind":"Field","name":{"kind":"Name","value":"bemerkung"}},{"kind":"Field","name":{"kind":"Name","value":"storniertAm"}},{"kind":"Field","name":{"kind":"Name","value":"benachrichtigtAm"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErinnerungListe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erinnerungen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"art"}},{"kind":"Field","name":{"kind":"Name","value":"gesendetAm"}},{"kind":"Field","name":{"kind":"Name","value":"erledigtAm"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketListe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNummer"}},{"kind":"Field","name":{"kind":"Name","value":"aktion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"erstelltAm"}},{"kind":"Field","name":{"kind":"Name","value":"inhalt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reparaturstatus"}},{"kind":"Field","name":{"kind":"Name","value":"termin"}},{"kind":"Field","name":{"kind":"Name","value":"fahrzeugUebernommenAm"}},{"kind":"Field","name":{"kind":"Name","value":"voraussichtlicheFertigstellung"}},{"kind":"Field","name":{"kind":"Name","value":"fertiggestelltAm"}},{"kind":"Field","name":{"kind":"Name","value":"fahrzeugZurueckgegebenAm"}},{"kind":"Field","name":{"kind":"Name","value":"freigabeErhaltenAm"}},{"kind":"Field","name":{"kind":"Name","value":"betragNetto"}},{"kind":"Field","name":{"kind":"Name","value":"quelle"}},{"kind":"Field","name":{"kind":"Name","value":"referenz"}},{"kind":"Field","name":{"kind":"Name","value":"grund"}},{"kind":"Field","name":{"kind":"Name","value":"kundeHatUnterschrieben"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nachrichten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"von"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"gesendetAm"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EingangListe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nichtZugeordneteEingaenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eingegangenAm"}},{"kind":"Field","name":{"kind":"Name","value":"art"}},{"kind":"Field","name":{"kind":"Name","value":"kalkulationssystem"}},{"kind":"Field","name":{"kind":"Name","value":"externeReferenz"}},{"kind":"Field","name":{"kind":"Name","value":"grund"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenachrichtigungListe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benachrichtigungen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"betreff"}},{"kind":"Field","name":{"kind":"Name","value":"empfaenger"}},{"kind":"Field","name":{"kind":"Name","value":"erstelltAm"}},{"kind":"Field","name":{"kind":"Name","value":"versendetAm"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerlaufListe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Auftrag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verlauf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"zeitpunkt"}},{"kind":"Field","name":{"kind":"Name","value":"art"}},{"kind":"Field","name":{"kind":"Name","value":"beschreibung"}},{"kind":"Field","name":{"kind":"Name","value":"akteur"}}]}}]}}]}}]} as unknown as DocumentNode<AuftragUebersichtQuery, AuftragUebersichtQueryVariables>;
export const AuftragAktualisiertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AuftragAktualisiert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spnId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auftragAktualisiert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spnId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spnId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auftrag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ereignis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"zeitpunkt"}},{"kind":"Field","name":{"kind":"Name","value":"beschreibung"}}]}}]}}]}}]} as unknown as DocumentNode<AuftragAktualisiertSubscription, AuftragAktualisiertSubscriptionVariables>;
export const PasswortAendernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswortAendern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswortAendernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwortAendern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benutzer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fehler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feld"}},{"kind":"Field","name":{"kind":"Name","value":"meldung"}}]}}]}}]}}]} as unknown as DocumentNode<PasswortAendernMutation, PasswortAendernMutationVariables>;
export const AndereSitzungenBeendenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AndereSitzungenBeenden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"andereSitzungenBeenden"}}]}}]} as unknown as DocumentNode<AndereSitzungenBeendenMutation, AndereSitzungenBeendenMutationVariables>;
export const AnmeldenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Anmelden"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnmeldenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anmelden"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benutzer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenutzerKopf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fehler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feld"}},{"kind":"Field","name":{"kind":"Name","value":"meldung"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenutzerKopf"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benutzer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benutzername"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rolle"}},{"kind":"Field","name":{"kind":"Name","value":"istAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"werkstatt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNummer"}}]}}]}}]} as unknown as DocumentNode<AnmeldenMutation, AnmeldenMutationVariables>;
export const PasswortVergessenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswortVergessen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswortVergessenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwortVergessen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<PasswortVergessenMutation, PasswortVergessenMutationVariables>;
export const AuftragNachSpnIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuftragNachSpnId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spnId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auftrag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spnId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spnId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spnId"}}]}}]}}]} as unknown as DocumentNode<AuftragNachSpnIdQuery, AuftragNachSpnIdQueryVariables>;
export const TicketDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketNummer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketNummer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketNummer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNummer"}},{"kind":"Field","name":{"kind":"Name","value":"aktion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"erstelltAm"}},{"kind":"Field","name":{"kind":"Name","value":"auftrag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spnId"}},{"kind":"Field","name":{"kind":"Name","value":"fahrzeug"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kennzeichen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"werkstatt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNummer"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inhalt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reparaturstatus"}},{"kind":"Field","name":{"kind":"Name","value":"termin"}},{"kind":"Field","name":{"kind":"Name","value":"fahrzeugUebernommenAm"}},{"kind":"Field","name":{"kind":"Name","value":"voraussichtlicheFertigstellung"}},{"kind":"Field","name":{"kind":"Name","value":"fertiggestelltAm"}},{"kind":"Field","name":{"kind":"Name","value":"fahrzeugZurueckgegebenAm"}},{"kind":"Field","name":{"kind":"Name","value":"freigabeErhaltenAm"}},{"kind":"Field","name":{"kind":"Name","value":"betragNetto"}},{"kind":"Field","name":{"kind":"Name","value":"quelle"}},{"kind":"Field","name":{"kind":"Name","value":"referenz"}},{"kind":"Field","name":{"kind":"Name","value":"grund"}},{"kind":"Field","name":{"kind":"Name","value":"kundeHatUnterschrieben"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nachrichten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"von"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"gesendetAm"}}]}}]}}]} as unknown as DocumentNode<TicketDetailQuery, TicketDetailQueryVariables>;
export const EinladungAnnehmenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EinladungAnnehmen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EinladungAnnehmenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"einladungAnnehmen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benutzer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenutzerKopf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fehler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feld"}},{"kind":"Field","name":{"kind":"Name","value":"meldung"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenutzerKopf"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benutzer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benutzername"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rolle"}},{"kind":"Field","name":{"kind":"Name","value":"istAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"werkstatt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNummer"}}]}}]}}]} as unknown as DocumentNode<EinladungAnnehmenMutation, EinladungAnnehmenMutationVariables>;
export const PasswortZuruecksetzenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswortZuruecksetzen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswortZuruecksetzenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwortZuruecksetzen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benutzer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenutzerKopf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fehler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feld"}},{"kind":"Field","name":{"kind":"Name","value":"meldung"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenutzerKopf"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benutzer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benutzername"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rolle"}},{"kind":"Field","name":{"kind":"Name","value":"istAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"werkstatt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNummer"}}]}}]}}]} as unknown as DocumentNode<PasswortZuruecksetzenMutation, PasswortZuruecksetzenMutationVariables>;
export const WerkstaettenVerwaltenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WerkstaettenVerwalten"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"suche"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"werkstaetten"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"suche"},"value":{"kind":"Variable","name":{"kind":"Name","value":"suche"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNummer"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ort"}},{"kind":"Field","name":{"kind":"Name","value":"kalkulationssystem"}}]}}]}}]}}]} as unknown as DocumentNode<WerkstaettenVerwaltenQuery, WerkstaettenVerwaltenQueryVariables>;
export const WerkstattAnlegenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WerkstattAnlegen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WerkstattAnlegenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"werkstattAnlegen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"werkstatt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNummer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fehler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feld"}},{"kind":"Field","name":{"kind":"Name","value":"meldung"}}]}}]}}]}}]} as unknown as DocumentNode<WerkstattAnlegenMutation, WerkstattAnlegenMutationVariables>;
export const WerkstattKopfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WerkstattKopf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"werkstatt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNummer"}},{"kind":"Field","name":{"kind":"Name","value":"ort"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kontoProtokoll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"werkstattId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"zeitpunkt"}},{"kind":"Field","name":{"kind":"Name","value":"akteur"}},{"kind":"Field","name":{"kind":"Name","value":"beschreibung"}}]}}]}}]}}]} as unknown as DocumentNode<WerkstattKopfQuery, WerkstattKopfQueryVariables>;