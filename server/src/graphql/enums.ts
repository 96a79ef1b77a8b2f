import { registerEnumType } from 'type-graphql';
import * as E from '../common/enums';

/**
 * Registers every domain enum with the schema, with a German description for the type and each value
 * (the people who use the API read these).
 */
type Werte<T extends string> = Record<T, string>;

function registrieren<T extends Record<string, string>>(e: T, name: string, description: string, werte: Werte<T[keyof T]>): void {
  registerEnumType(e, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.keys(e).map((k) => [k, { description: werte[e[k] as T[keyof T]] }])) as never,
  });
}

registrieren(E.Rolle, 'Rolle', 'Rolle des Aufrufers.', {
  WERKSTATT: 'Mitarbeiter einer Partnerwerkstatt: sieht nur Aufträge der eigenen Werkstatt.',
  KALKULATION: 'Kalkulationssystem-Anbieter (API-Schlüssel): sieht Aufträge der verknüpften Werkstätten ohne Kundendaten.',
  INTERN: 'Mitarbeiter des SPN-Netzwerks: sieht alles.',
});
registrieren(E.Auftragsart, 'Auftragsart', 'Art des Vermittlungsauftrags.', {
  REPARATUR: 'Reparaturauftrag.',
  KV_SERVICE: 'Kostenvoranschlagservice: Besichtigung und KV gegen Pauschale, keine Reparatur.',
});
registrieren(E.Auftragsstatus, 'Auftragsstatus', 'Status eines Auftrags im Lebenszyklus.', {
  VERMITTELT: 'Vermittelt; es liegt noch kein KV in Prüfung vor.',
  KV_IN_PRUEFUNG: 'Ein KV ist eingegangen und wird geprüft.',
  KORREKTUR_ANGEFORDERT: 'Der KV muss korrigiert und erneut gesendet werden.',
  FREIGEGEBEN: 'Die technische Reparaturfreigabe liegt vor.',
  IN_REPARATUR: 'Das Fahrzeug ist laut Werkstatt in Arbeit.',
  REPARATUR_ABGESCHLOSSEN: 'Die Reparatur ist laut Werkstatt abgeschlossen; die Rechnung wird erwartet.',
  RECHNUNG_IN_PRUEFUNG: 'Eine Rechnung ist eingegangen und wird geprüft.',
  ABGESCHLOSSEN: 'Der Auftrag ist abgeschlossen.',
  STORNIERT: 'Der Auftrag wurde storniert.',
});
registrieren(E.Sparte, 'Sparte', 'Versicherungssparte des Schadens.', {
  HAFTPFLICHT: 'Haftpflicht (Schaden eines Dritten).',
  TEILKASKO: 'Teilkasko.',
  VOLLKASKO: 'Vollkasko.',
});
registrieren(E.Kalkulationssystem, 'Kalkulationssystem', 'Kalkulationssoftware, aus der KVs und Rechnungen übermittelt werden.', {
  AUDATEX: 'Audatex.',
  DAT: 'DAT.',
  GT_MOTIVE: 'GT Motive.',
  SONSTIGES: 'Ein anderes System.',
});
registrieren(E.KvArt, 'KvArt', 'Art eines Kostenvoranschlags.', {
  KV: 'Kostenvoranschlag.',
  NACHTRAG: 'KV-Nachtrag mit nur den zusätzlichen Beträgen.',
});
registrieren(E.KvStatus, 'KvStatus', 'Prüfstand eines KV oder Nachtrags.', {
  IN_PRUEFUNG: 'In Prüfung.',
  KORREKTUR_ANGEFORDERT: 'Korrektur angefordert.',
  FREIGEGEBEN: 'Freigegeben.',
  ABGELEHNT: 'Abgelehnt.',
});
registrieren(E.KvPruefErgebnis, 'KvPruefErgebnis', 'Ergebnis einer KV-Prüfung.', {
  FREIGABE: 'Freigabe erteilen.',
  KORREKTUR: 'Korrektur anfordern.',
  ABLEHNUNG: 'KV ablehnen.',
});
registrieren(E.RkueStatus, 'RkueStatus', 'Stand der Reparaturkostenübernahme (RKÜ) durch den Versicherer.', {
  NICHT_ANGEFRAGT: 'Noch nicht angefragt.',
  IN_PRUEFUNG: 'In Prüfung beim Versicherer.',
  ERTEILT: 'Erteilt.',
  ABGELEHNT: 'Abgelehnt.',
});
registrieren(E.RechnungArt, 'RechnungArt', 'Art einer Rechnung.', {
  REPARATUR: 'Reparaturrechnung.',
  KV_SERVICE: 'Rechnung über die KV-Service-Pauschale.',
});
registrieren(E.RechnungStatus, 'RechnungStatus', 'Prüfstand einer Rechnung.', {
  IN_PRUEFUNG: 'In Prüfung.',
  KORREKTUR_ANGEFORDERT: 'Korrektur angefordert; eine korrigierte Rechnung wird benötigt.',
  UEBERMITTELT: 'An den Versicherer übermittelt.',
  BEZAHLT: 'Bezahlt.',
});
registrieren(E.RechnungPruefErgebnis, 'RechnungPruefErgebnis', 'Ergebnis einer Rechnungsprüfung.', {
  UEBERMITTELT: 'An den Versicherer übermitteln.',
  KORREKTUR: 'Korrektur anfordern.',
  BEZAHLT: 'Als bezahlt markieren.',
});
registrieren(E.Stornogrund, 'Stornogrund', 'Grund einer Stornierung.', {
  KUNDE_WUENSCHT_KEINE_REPARATUR: 'Der Kunde wünscht keine Reparatur.',
  KUNDE_WAEHLT_ANDERE_WERKSTATT: 'Der Kunde hat eine andere Werkstatt gewählt.',
  TOTALSCHADEN: 'Totalschaden.',
  KEINE_DECKUNG: 'Keine Deckung.',
  HAFTUNG_ABGELEHNT: 'Haftung abgelehnt.',
  DOPPELTE_VERMITTLUNG: 'Der Auftrag wurde doppelt vermittelt.',
  WERKSTATT_LEHNT_AB: 'Die Werkstatt lehnt den Auftrag ab.',
  SONSTIGES: 'Sonstiger Grund.',
});
registrieren(E.ErinnerungArt, 'ErinnerungArt', 'Worum eine Erinnerung bittet.', {
  REPARATURSTATUS: 'Den Reparaturstatus melden.',
  TERMINSTATUS: 'Den Terminstatus melden.',
});
registrieren(E.Aktion, 'Aktion', 'Die drei Aktionen des Portals.', {
  VORGANGSINFO: 'Vorgangsinfo: Reparatur- oder Terminstatus melden.',
  FEHLENDE_FREIGABE: 'Fehlende Freigabe: eine erhaltene Freigabe fehlt im Portal.',
  AUFTRAG_ANFORDERN: 'Auftrag anfordern: ein Reparaturauftrag wird benötigt.',
});
registrieren(E.TicketStatus, 'TicketStatus', 'Bearbeitungsstand eines Tickets.', {
  OFFEN: 'Offen.',
  IN_BEARBEITUNG: 'In Bearbeitung.',
  ERLEDIGT: 'Erledigt.',
  ABGELEHNT: 'Abgelehnt.',
});
registrieren(E.Reparaturstatus, 'Reparaturstatus', 'Reparatur- oder Terminstatus einer Vorgangsinfo.', {
  TERMIN_VEREINBART: 'Ein Termin ist vereinbart (Datum erforderlich).',
  FAHRZEUG_IN_ARBEIT: 'Das Fahrzeug ist in Arbeit (Übernahmedatum erforderlich).',
  WARTET_AUF_TEILE: 'Die Reparatur wartet auf Teile.',
  FAHRZEUG_FERTIG: 'Das Fahrzeug ist fertig (Fertigstellungsdatum erforderlich).',
  FAHRZEUG_ZURUECKGEGEBEN: 'Das Fahrzeug ist zurückgegeben (Rückgabedatum erforderlich).',
  KUNDE_NICHT_ERREICHBAR: 'Der Kunde ist nicht erreichbar.',
  KUNDE_LEHNT_REPARATUR_AB: 'Der Kunde lehnt die Reparatur ab.',
});
registrieren(E.AnforderungsGrund, 'AnforderungsGrund', 'Warum ein Reparaturauftrag angefordert wird.', {
  KUNDE_WUENSCHT_REPARATUR: 'Der Kunde wünscht die Reparatur (bisher nur KV-Service).',
  FAELSCHLICH_STORNIERT: 'Der Auftrag wurde fälschlicherweise storniert.',
});
registrieren(E.FreigabeQuelle, 'FreigabeQuelle', 'Woher die Werkstatt eine Freigabe erhalten hat.', {
  E_MAIL: 'Per E-Mail.',
  KALKULATIONSSYSTEM: 'Über das Kalkulationssystem.',
  TELEFON: 'Telefonisch.',
  SONSTIGES: 'Auf anderem Weg.',
});
registrieren(E.EingangArt, 'EingangArt', 'Art einer eingegangenen Einreichung.', {
  KV: 'Kostenvoranschlag.',
  NACHTRAG: 'KV-Nachtrag.',
  RECHNUNG: 'Rechnung.',
});
registrieren(E.EreignisArt, 'EreignisArt', 'Art eines Eintrags im Verlauf eines Auftrags.', {
  AUFTRAG_VERMITTELT: 'Der Auftrag wurde vermittelt.',
  KV_EINGEGANGEN: 'Ein KV oder Nachtrag ist eingegangen.',
  EINGANG_NICHT_ZUGEORDNET: 'Eine Einreichung konnte nicht zugeordnet werden.',
  KORREKTUR_ANGEFORDERT: 'Eine Korrektur wurde angefordert.',
  KV_ABGELEHNT: 'Ein KV oder Nachtrag wurde abgelehnt.',
  FREIGABE_ERTEILT: 'Eine Freigabe wurde erteilt.',
  RKUE_GEAENDERT: 'Der RKÜ-Status hat sich geändert.',
  VORGANGSINFO_GEMELDET: 'Die Werkstatt hat eine Vorgangsinfo gemeldet.',
  RECHNUNG_EINGEGANGEN: 'Eine Rechnung ist eingegangen.',
  RECHNUNG_GEPRUEFT: 'Eine Rechnung wurde geprüft.',
  STORNIERT: 'Der Auftrag wurde storniert.',
  STORNO_AUFGEHOBEN: 'Die Stornierung wurde aufgehoben.',
  AUFTRAGSART_GEAENDERT: 'Die Auftragsart wurde geändert.',
  ERINNERUNG_GESENDET: 'Eine Erinnerung wurde gesendet.',
  TICKET_ERSTELLT: 'Ein Ticket wurde erstellt.',
  TICKET_BEARBEITET: 'Ein Ticket wurde bearbeitet.',
  E_MAIL_VERSENDET: 'Eine System-E-Mail wurde versendet.',
});
registrieren(E.HinweisCode, 'HinweisCode', 'Die FAQ-Situationen: je ein Code für einen Hinweis zum Auftrag.', {
  ERINNERUNG_OFFEN: 'Eine Erinnerung ist offen: Reparatur- oder Terminstatus melden.',
  KV_FEHLT: 'Es liegt noch kein KV vor.',
  KV_IN_PRUEFUNG: 'Der KV wird geprüft; noch keine Freigabe.',
  KORREKTUR_ANGEFORDERT: 'Für den KV wurde eine Korrektur angefordert.',
  KV_ABGELEHNT: 'Der KV wurde abgelehnt.',
  FREIGABE_NICHT_AUSREICHEND: 'Freigabe liegt vor; reicht sie nicht, einen KV-Nachtrag senden.',
  RECHNUNG_FEHLT: 'Die Rechnung fehlt oder muss korrigiert werden.',
  STORNIERT: 'Der Auftrag wurde storniert.',
  KV_SERVICE_AUFTRAG: 'Nur KV-Service-Auftrag; für eine Reparatur wird ein Reparaturauftrag benötigt.',
  RKUE_OFFEN: 'Die Freigabe ist technisch; die RKÜ ist noch offen.',
  TICKET_OFFEN: 'Ein Ticket ist in Bearbeitung.',
});
registrieren(E.FehlerCode, 'FehlerCode', 'Art eines erwarteten fachlichen Fehlers.', {
  VALIDIERUNG: 'Eine Eingabe ist ungültig (siehe feld).',
  AUFTRAG_NICHT_GEFUNDEN: 'Kein Auftrag mit dieser SPN-ID (oder kein Zugriff darauf).',
  AKTION_NICHT_ERLAUBT: 'Die Aktion ist in der Situation des Auftrags nicht möglich.',
  ZUORDNUNG_FEHLGESCHLAGEN: 'Die Einreichung passt nicht zum Auftrag (Schadennummer oder Kennzeichen weicht ab).',
  BETRAG_UEBERSCHRITTEN: 'Der Betrag übersteigt den erwarteten Rechnungsbetrag.',
  STATUS_UNGUELTIG: 'Der aktuelle Status erlaubt diesen Schritt nicht.',
  IDEMPOTENZ_KONFLIKT: 'Der idempotencyKey wurde bereits mit anderem Inhalt verwendet.',
  ANMELDUNG_FEHLGESCHLAGEN: 'Benutzername oder Passwort ist falsch.',
  KEIN_ZUGRIFF: 'Kein Zugriff auf dieses Objekt.',
  TICKET_NICHT_GEFUNDEN: 'Kein Ticket mit dieser Nummer (oder kein Zugriff darauf).',
  TOKEN_UNGUELTIG: 'Der Link aus der E-Mail ist ungültig, abgelaufen oder wurde bereits verwendet.',
  BEREITS_VORHANDEN: 'Benutzername oder Partnernummer ist bereits vergeben.',
  LETZTER_ADMIN: 'Der letzte aktive Administrator einer Werkstatt kann nicht deaktiviert werden.',
  NICHT_GEFUNDEN: 'Benutzer, Werkstatt oder API-Schlüssel gibt es nicht (oder kein Zugriff darauf).',
});
registrieren(E.OrderDirection, 'OrderDirection', 'Sortierrichtung.', { ASC: 'Aufsteigend.', DESC: 'Absteigend.' });
registrieren(E.AuftragOrderField, 'AuftragOrderField', 'Sortierfeld für Auftragslisten.', {
  AKTUALISIERT_AM: 'Zeitpunkt der letzten Änderung.',
  VERMITTELT_AM: 'Zeitpunkt der Vermittlung.',
  SPN_ID: 'SPN-ID.',
});
