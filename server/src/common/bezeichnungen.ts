import { Aktion, AnforderungsGrund, Auftragsstatus, FreigabeQuelle, KvStatus, RechnungStatus, Reparaturstatus, RkueStatus, Stornogrund, TicketStatus } from './enums';
import { Cent } from './money';

/** German wording of enum values for texts the server writes (history, messages, e-mails). */
export const AUFTRAGSSTATUS_TEXT: Record<Auftragsstatus, string> = {
  VERMITTELT: 'Vermittelt',
  KV_IN_PRUEFUNG: 'KV in Prüfung',
  KORREKTUR_ANGEFORDERT: 'Korrektur angefordert',
  FREIGEGEBEN: 'Freigegeben',
  IN_REPARATUR: 'In Reparatur',
  REPARATUR_ABGESCHLOSSEN: 'Reparatur abgeschlossen',
  RECHNUNG_IN_PRUEFUNG: 'Rechnung in Prüfung',
  ABGESCHLOSSEN: 'Abgeschlossen',
  STORNIERT: 'Storniert',
};

export const AKTION_TEXT: Record<Aktion, string> = {
  VORGANGSINFO: 'Vorgangsinfo',
  FEHLENDE_FREIGABE: 'Fehlende Freigabe',
  AUFTRAG_ANFORDERN: 'Auftrag anfordern',
};

export const REPARATURSTATUS_TEXT: Record<Reparaturstatus, string> = {
  TERMIN_VEREINBART: 'Termin vereinbart',
  FAHRZEUG_IN_ARBEIT: 'Fahrzeug in Arbeit',
  WARTET_AUF_TEILE: 'Wartet auf Teile',
  FAHRZEUG_FERTIG: 'Fahrzeug fertig',
  FAHRZEUG_ZURUECKGEGEBEN: 'Fahrzeug zurückgegeben',
  KUNDE_NICHT_ERREICHBAR: 'Kunde nicht erreichbar',
  KUNDE_LEHNT_REPARATUR_AB: 'Kunde lehnt Reparatur ab',
};

export const TICKETSTATUS_TEXT: Record<TicketStatus, string> = {
  OFFEN: 'offen',
  IN_BEARBEITUNG: 'in Bearbeitung',
  ERLEDIGT: 'erledigt',
  ABGELEHNT: 'abgelehnt',
};

export const RKUESTATUS_TEXT: Record<RkueStatus, string> = {
  NICHT_ANGEFRAGT: 'nicht angefragt',
  IN_PRUEFUNG: 'in Prüfung',
  ERTEILT: 'erteilt',
  ABGELEHNT: 'abgelehnt',
};

/** "„KV in Prüfung“" – a status quoted for a sentence. */
export function status(s: Auftragsstatus): string {
  return `„${AUFTRAGSSTATUS_TEXT[s]}“`;
}

/** Cents as German currency text: 123450 → "1.234,50 €". */
export function euro(cents: Cent): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${euros},${String(abs % 100).padStart(2, '0')} €`;
}

export const KVSTATUS_TEXT: Record<KvStatus, string> = {
  IN_PRUEFUNG: 'in Prüfung',
  KORREKTUR_ANGEFORDERT: 'zur Korrektur zurückgegeben',
  FREIGEGEBEN: 'freigegeben',
  ABGELEHNT: 'abgelehnt',
};

export const RECHNUNGSTATUS_TEXT: Record<RechnungStatus, string> = {
  IN_PRUEFUNG: 'in Prüfung',
  KORREKTUR_ANGEFORDERT: 'zur Korrektur zurückgegeben',
  UEBERMITTELT: 'an den Versicherer übermittelt',
  BEZAHLT: 'bezahlt',
};

export const STORNOGRUND_TEXT: Record<Stornogrund, string> = {
  KUNDE_WUENSCHT_KEINE_REPARATUR: 'Der Kunde wünscht keine Reparatur',
  KUNDE_WAEHLT_ANDERE_WERKSTATT: 'Der Kunde hat eine andere Werkstatt gewählt',
  TOTALSCHADEN: 'Totalschaden',
  KEINE_DECKUNG: 'Keine Deckung',
  HAFTUNG_ABGELEHNT: 'Haftung abgelehnt',
  DOPPELTE_VERMITTLUNG: 'Doppelte Vermittlung',
  WERKSTATT_LEHNT_AB: 'Die Werkstatt hat den Auftrag abgelehnt',
  SONSTIGES: 'Sonstiger Grund',
};

export const FREIGABEQUELLE_TEXT: Record<FreigabeQuelle, string> = {
  E_MAIL: 'E-Mail',
  KALKULATIONSSYSTEM: 'Kalkulationssystem',
  TELEFON: 'Telefon',
  SONSTIGES: 'Sonstige Quelle',
};

export const ANFORDERUNGSGRUND_TEXT: Record<AnforderungsGrund, string> = {
  KUNDE_WUENSCHT_REPARATUR: 'Kunde wünscht Reparatur',
  FAELSCHLICH_STORNIERT: 'Fälschlicherweise storniert',
};

/** "Ja" / "Nein". */
export function jaNein(wert: boolean): string {
  return wert ? 'Ja' : 'Nein';
}
