// Pure formatting helpers for the portal (German, Europe/Berlin). No DOM or browser-only APIs:
// this module is unit-tested in Node (test/unit/client-format.test.ts).
import type {
  Aktion,
  AnforderungsGrund,
  Auftragsart,
  AuftragOrderField,
  Auftragsstatus,
  EingangArt,
  EreignisArt,
  ErinnerungArt,
  FehlerCode,
  FreigabeQuelle,
  HinweisCode,
  Kalkulationssystem,
  KvArt,
  KvStatus,
  OrderDirection,
  RechnungArt,
  RechnungStatus,
  Reparaturstatus,
  RkueStatus,
  Rolle,
  Sparte,
  Stornogrund,
  TicketStatus,
} from './gql/graphql';

/** Shown for a missing optional value. */
export const LEER = '–';

const ZEITZONE = 'Europe/Berlin';

const datumZeitFormat = new Intl.DateTimeFormat('de-DE', {
  timeZone: ZEITZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * An ISO 8601 instant (`2026-12-03T13:05:00.000Z`) as local time in Europe/Berlin:
 * `03.12.2026, 14:05`. Null, undefined or an unparsable value give `–`.
 */
export function formatDatumZeit(iso: string | null | undefined): string {
  if (!iso) return LEER;
  const zeit = new Date(iso);
  if (Number.isNaN(zeit.getTime())) return LEER;
  const teile: Record<string, string> = {};
  for (const teil of datumZeitFormat.formatToParts(zeit)) teile[teil.type] = teil.value;
  return `${teile.day}.${teile.month}.${teile.year}, ${teile.hour}:${teile.minute}`;
}

/**
 * A calendar date (`2026-12-03`, the LocalDate scalar) as `03.12.2026`. No time zone is involved:
 * the date is rearranged as written. Anything else gives `–`.
 */
export function formatDatum(lokal: string | null | undefined): string {
  if (!lokal) return LEER;
  const treffer = /^(\d{4})-(\d{2})-(\d{2})$/.exec(lokal.trim());
  if (!treffer) return LEER;
  const [, jahr, monat, tag] = treffer;
  return `${tag}.${monat}.${jahr}`;
}

/** Groups the digits of a non-negative integer string by thousands: `1234567` → `1.234.567`. */
function tausender(ziffern: string): string {
  return ziffern.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * An exact Decimal string in euros (`"1234.50"`, `"-12.3"`, `"7"`) as `1.234,50 €`, by string
 * manipulation only (no floating point). Null/undefined give `–`; a malformed value is shown as
 * given, with the euro sign, so nothing is silently changed.
 */
export function formatBetrag(betrag: string | null | undefined): string {
  if (betrag === null || betrag === undefined) return LEER;
  const text = betrag.trim();
  const treffer = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!treffer) return `${text} €`;
  const [, vorzeichen, ganz, bruch = ''] = treffer;
  const euro = ganz.replace(/^0+(?=\d)/, '');
  // More than two decimals never comes from the API; keep them rather than round.
  const cent = bruch.length >= 2 ? bruch : bruch.padEnd(2, '0');
  const istNull = /^0+$/.test(euro) && /^0*$/.test(cent);
  const minus = vorzeichen === '-' && !istNull ? '-' : '';
  return `${minus}${tausender(euro)},${cent} €`;
}

/** An integer with German thousands separators: 1234 → `1.234`. */
export function formatAnzahl(anzahl: number): string {
  const ganz = Math.trunc(anzahl);
  const minus = ganz < 0 ? '-' : '';
  return `${minus}${tausender(String(Math.abs(ganz)))}`;
}

/** `0 Aufträge`, `1 Auftrag`, `42 Aufträge`, `1.234 Aufträge`. */
export function formatAnzahlAuftraege(anzahl: number): string {
  return `${formatAnzahl(anzahl)} ${anzahl === 1 ? 'Auftrag' : 'Aufträge'}`;
}

/** `Ja` / `Nein` / `–`. */
export function formatJaNein(wert: boolean | null | undefined): string {
  if (wert === null || wert === undefined) return LEER;
  return wert ? 'Ja' : 'Nein';
}

// ---------------------------------------------------------------------------------------------
// SPN-ID

const SPN_ID_EINGABE = /^\s*(?:spn-?)?(\d{4})-(\d{6})\s*$/i;

/** True if the input looks like an SPN-ID (case, surrounding spaces and the `SPN-` prefix tolerated). */
export function istSpnId(eingabe: string): boolean {
  return SPN_ID_EINGABE.test(eingabe);
}

/**
 * The canonical SPN-ID (`SPN-2026-004711`) for an input like ` spn-2026-004711 ` or `2026-004711`,
 * or null if the input does not look like an SPN-ID.
 */
export function normalisiereSpnId(eingabe: string): string | null {
  const treffer = SPN_ID_EINGABE.exec(eingabe);
  if (!treffer) return null;
  return `SPN-${treffer[1]}-${treffer[2]}`;
}

// ---------------------------------------------------------------------------------------------
// Enum labels. Each map is a Record over the generated enum type, so a value added to the schema
// without a German label is a compile error after `npm run codegen`. (KvPruefErgebnis and
// RechnungPruefErgebnis are inputs of staff mutations only and never shown by this client.)

export const ROLLE_LABEL: Record<Rolle, string> = {
  WERKSTATT: 'Werkstatt',
  KALKULATION: 'Kalkulationssystem',
  INTERN: 'SPN intern',
};

export const AUFTRAGSART_LABEL: Record<Auftragsart, string> = {
  REPARATUR: 'Reparaturauftrag',
  KV_SERVICE: 'Kostenvoranschlagservice',
};

export const AUFTRAGSSTATUS_LABEL: Record<Auftragsstatus, string> = {
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

/** All order states in lifecycle order (for filters). */
export const AUFTRAGSSTATUS_REIHENFOLGE: readonly Auftragsstatus[] = [
  'VERMITTELT',
  'KV_IN_PRUEFUNG',
  'KORREKTUR_ANGEFORDERT',
  'FREIGEGEBEN',
  'IN_REPARATUR',
  'REPARATUR_ABGESCHLOSSEN',
  'RECHNUNG_IN_PRUEFUNG',
  'ABGESCHLOSSEN',
  'STORNIERT',
];

export const SPARTE_LABEL: Record<Sparte, string> = {
  HAFTPFLICHT: 'Haftpflicht',
  TEILKASKO: 'Teilkasko',
  VOLLKASKO: 'Vollkasko',
};

export const KALKULATIONSSYSTEM_LABEL: Record<Kalkulationssystem, string> = {
  AUDATEX: 'Audatex',
  DAT: 'DAT',
  GT_MOTIVE: 'GT Motive',
  SONSTIGES: 'Sonstiges',
};

export const KV_ART_LABEL: Record<KvArt, string> = {
  KV: 'KV',
  NACHTRAG: 'Nachtrag',
};

export const KV_STATUS_LABEL: Record<KvStatus, string> = {
  IN_PRUEFUNG: 'In Prüfung',
  KORREKTUR_ANGEFORDERT: 'Korrektur angefordert',
  FREIGEGEBEN: 'Freigegeben',
  ABGELEHNT: 'Abgelehnt',
};

export const RKUE_STATUS_LABEL: Record<RkueStatus, string> = {
  NICHT_ANGEFRAGT: 'Nicht angefragt',
  IN_PRUEFUNG: 'In Prüfung',
  ERTEILT: 'Erteilt',
  ABGELEHNT: 'Abgelehnt',
};

export const RECHNUNG_ART_LABEL: Record<RechnungArt, string> = {
  REPARATUR: 'Reparaturrechnung',
  KV_SERVICE: 'Rechnung Kostenvoranschlagservice',
};

export const RECHNUNG_STATUS_LABEL: Record<RechnungStatus, string> = {
  IN_PRUEFUNG: 'In Prüfung',
  KORREKTUR_ANGEFORDERT: 'Korrektur angefordert',
  UEBERMITTELT: 'Übermittelt',
  BEZAHLT: 'Bezahlt',
};

export const STORNOGRUND_LABEL: Record<Stornogrund, string> = {
  KUNDE_WUENSCHT_KEINE_REPARATUR: 'Kunde wünscht keine Reparatur',
  KUNDE_WAEHLT_ANDERE_WERKSTATT: 'Kunde wählt andere Werkstatt',
  TOTALSCHADEN: 'Totalschaden',
  KEINE_DECKUNG: 'Keine Deckung',
  HAFTUNG_ABGELEHNT: 'Haftung abgelehnt',
  DOPPELTE_VERMITTLUNG: 'Doppelte Vermittlung',
  WERKSTATT_LEHNT_AB: 'Werkstatt lehnt ab',
  SONSTIGES: 'Sonstiger Grund',
};

export const ERINNERUNG_ART_LABEL: Record<ErinnerungArt, string> = {
  REPARATURSTATUS: 'Reparaturstatus',
  TERMINSTATUS: 'Terminstatus',
};

export const AKTION_LABEL: Record<Aktion, string> = {
  VORGANGSINFO: 'Vorgangsinfo',
  FEHLENDE_FREIGABE: 'Fehlende Freigabe',
  AUFTRAG_ANFORDERN: 'Auftrag anfordern',
};

/** URL segment of each action's form page: `/auftrag/:spnId/aktion/<slug>`. */
export const AKTION_SLUG: Record<Aktion, string> = {
  VORGANGSINFO: 'vorgangsinfo',
  FEHLENDE_FREIGABE: 'fehlende-freigabe',
  AUFTRAG_ANFORDERN: 'auftrag-anfordern',
};

/** The action for a URL segment, or null for an unknown one. */
export function aktionZuSlug(slug: string | undefined): Aktion | null {
  for (const aktion of Object.keys(AKTION_SLUG) as Aktion[]) {
    if (AKTION_SLUG[aktion] === slug) return aktion;
  }
  return null;
}

export const TICKET_STATUS_LABEL: Record<TicketStatus, string> = {
  OFFEN: 'Offen',
  IN_BEARBEITUNG: 'In Bearbeitung',
  ERLEDIGT: 'Erledigt',
  ABGELEHNT: 'Abgelehnt',
};

/** All ticket states in lifecycle order (for filters). */
export const TICKET_STATUS_REIHENFOLGE: readonly TicketStatus[] = [
  'OFFEN',
  'IN_BEARBEITUNG',
  'ERLEDIGT',
  'ABGELEHNT',
];

/** The three actions in the order the portal offers them (for menus and filters). */
export const AKTION_REIHENFOLGE: readonly Aktion[] = [
  'VORGANGSINFO',
  'FEHLENDE_FREIGABE',
  'AUFTRAG_ANFORDERN',
];

/** What each action is for, in one short German phrase (actions menu). */
export const AKTION_BESCHREIBUNG: Record<Aktion, string> = {
  VORGANGSINFO: 'Reparatur- oder Terminstatus melden.',
  FEHLENDE_FREIGABE: 'Sie haben eine Freigabe erhalten, die hier nicht angezeigt wird.',
  AUFTRAG_ANFORDERN:
    'Einen Reparaturauftrag anfordern (nur KV-Service-Auftrag oder fälschlich storniert).',
};

/** `0 Tickets`, `1 Ticket`, `12 Tickets`. */
export function formatAnzahlTickets(anzahl: number): string {
  return `${formatAnzahl(anzahl)} ${anzahl === 1 ? 'Ticket' : 'Tickets'}`;
}

export const REPARATURSTATUS_LABEL: Record<Reparaturstatus, string> = {
  TERMIN_VEREINBART: 'Termin vereinbart',
  FAHRZEUG_IN_ARBEIT: 'Fahrzeug in Arbeit',
  WARTET_AUF_TEILE: 'Wartet auf Teile',
  FAHRZEUG_FERTIG: 'Fahrzeug fertig',
  FAHRZEUG_ZURUECKGEGEBEN: 'Fahrzeug zurückgegeben',
  KUNDE_NICHT_ERREICHBAR: 'Kunde nicht erreichbar',
  KUNDE_LEHNT_REPARATUR_AB: 'Kunde lehnt Reparatur ab',
};

export const ANFORDERUNGS_GRUND_LABEL: Record<AnforderungsGrund, string> = {
  KUNDE_WUENSCHT_REPARATUR: 'Kunde wünscht Reparatur',
  FAELSCHLICH_STORNIERT: 'Fälschlicherweise storniert',
};

export const FREIGABE_QUELLE_LABEL: Record<FreigabeQuelle, string> = {
  E_MAIL: 'E-Mail',
  KALKULATIONSSYSTEM: 'Kalkulationssystem',
  TELEFON: 'Telefon',
  SONSTIGES: 'Sonstige Quelle',
};

export const EINGANG_ART_LABEL: Record<EingangArt, string> = {
  KV: 'KV',
  NACHTRAG: 'KV-Nachtrag',
  RECHNUNG: 'Rechnung',
};

export const EREIGNIS_ART_LABEL: Record<EreignisArt, string> = {
  AUFTRAG_VERMITTELT: 'Auftrag vermittelt',
  KV_EINGEGANGEN: 'KV eingegangen',
  EINGANG_NICHT_ZUGEORDNET: 'Eingang nicht zugeordnet',
  KORREKTUR_ANGEFORDERT: 'Korrektur angefordert',
  KV_ABGELEHNT: 'KV abgelehnt',
  FREIGABE_ERTEILT: 'Freigabe erteilt',
  RKUE_GEAENDERT: 'RKÜ geändert',
  VORGANGSINFO_GEMELDET: 'Vorgangsinfo gemeldet',
  RECHNUNG_EINGEGANGEN: 'Rechnung eingegangen',
  RECHNUNG_GEPRUEFT: 'Rechnung geprüft',
  STORNIERT: 'Storniert',
  STORNO_AUFGEHOBEN: 'Storno aufgehoben',
  AUFTRAGSART_GEAENDERT: 'Auftragsart geändert',
  ERINNERUNG_GESENDET: 'Erinnerung gesendet',
  TICKET_ERSTELLT: 'Ticket erstellt',
  TICKET_BEARBEITET: 'Ticket bearbeitet',
  E_MAIL_VERSENDET: 'E-Mail versendet',
};

export const HINWEIS_CODE_LABEL: Record<HinweisCode, string> = {
  ERINNERUNG_OFFEN: 'Erinnerung offen',
  KV_FEHLT: 'KV fehlt',
  KV_IN_PRUEFUNG: 'KV in Prüfung',
  KORREKTUR_ANGEFORDERT: 'Korrektur angefordert',
  KV_ABGELEHNT: 'KV abgelehnt',
  FREIGABE_NICHT_AUSREICHEND: 'Freigabe nicht ausreichend',
  RECHNUNG_FEHLT: 'Rechnung fehlt',
  STORNIERT: 'Storniert',
  KV_SERVICE_AUFTRAG: 'KV-Service-Auftrag',
  RKUE_OFFEN: 'RKÜ offen',
  TICKET_OFFEN: 'Ticket offen',
};

export const FEHLER_CODE_LABEL: Record<FehlerCode, string> = {
  VALIDIERUNG: 'Eingabe ungültig',
  AUFTRAG_NICHT_GEFUNDEN: 'Auftrag nicht gefunden',
  AKTION_NICHT_ERLAUBT: 'Aktion nicht erlaubt',
  ZUORDNUNG_FEHLGESCHLAGEN: 'Zuordnung fehlgeschlagen',
  BETRAG_UEBERSCHRITTEN: 'Betrag überschritten',
  STATUS_UNGUELTIG: 'Im aktuellen Status nicht möglich',
  IDEMPOTENZ_KONFLIKT: 'Doppelte Anfrage mit abweichendem Inhalt',
  ANMELDUNG_FEHLGESCHLAGEN: 'Anmeldung fehlgeschlagen',
  KEIN_ZUGRIFF: 'Kein Zugriff',
  TICKET_NICHT_GEFUNDEN: 'Ticket nicht gefunden',
  TOKEN_UNGUELTIG: 'Link ungültig oder abgelaufen',
  BEREITS_VORHANDEN: 'Bereits vergeben',
  LETZTER_ADMIN: 'Letzter Administrator',
  NICHT_GEFUNDEN: 'Nicht gefunden',
};

export const ORDER_DIRECTION_LABEL: Record<OrderDirection, string> = {
  ASC: 'aufsteigend',
  DESC: 'absteigend',
};

export const AUFTRAG_ORDER_FIELD_LABEL: Record<AuftragOrderField, string> = {
  AKTUALISIERT_AM: 'Zuletzt aktualisiert',
  VERMITTELT_AM: 'Vermittelt am',
  SPN_ID: 'SPN-ID',
};

/**
 * The German label of an enum value. A value the client does not know yet (the server may add
 * enum values before the client is regenerated) is shown as `Unbekannt`, never as the raw name.
 */
export function label<T extends string>(
  labels: Record<T, string>,
  wert: T | null | undefined,
): string {
  if (wert === null || wert === undefined) return LEER;
  return Object.prototype.hasOwnProperty.call(labels, wert) ? labels[wert] : 'Unbekannt';
}
