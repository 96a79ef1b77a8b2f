// Pure rules of the action forms (German amounts, dates in Europe/Berlin, the browser-side checks
// that mirror the server's). No DOM, no React: unit-tested in Node (test/unit/client-formular.test.ts).
// The server stays the authority; these checks only spare the user a round trip.
import type {
  Aktion,
  AnforderungsGrund,
  Auftragsart,
  Auftragsstatus,
  KvStatus,
  Reparaturstatus,
  TicketStatus,
} from './gql/graphql';
import { formatDatum } from './format';

/** Free text of a form: at most this many characters (Unicode code points, as the server counts). */
export const MAX_FREITEXT = 2000;
/** The Referenz of a "Fehlende Freigabe": at most this many characters. */
export const MAX_REFERENZ = 100;
/** The largest amount the API accepts: 10.000.000,00 € (in cents). */
const MAX_CENT = 1_000_000_000n;

/** One problem with the form: the field it belongs to (null: the form as a whole) and the message. */
export interface Formularfehler {
  feld: string | null;
  meldung: string;
}

// ---------------------------------------------------------------------------------------------
// Dates

const ZEITZONE = 'Europe/Berlin';
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const berlinTag = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZEITZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (`YYYY-MM-DD`) of an instant in Europe/Berlin. */
export function berlinDatum(zeitpunkt: Date): string {
  const teile: Record<string, string> = {};
  for (const teil of berlinTag.formatToParts(zeitpunkt)) teile[teil.type] = teil.value;
  return `${teile.year}-${teile.month}-${teile.day}`;
}

/** "Today" of the domain rules: today's date in Europe/Berlin. */
export function heuteBerlin(jetzt: Date = new Date()): string {
  return berlinDatum(jetzt);
}

/** The Berlin calendar date of an ISO instant (`DateTimeISO`), or null if it is not parsable. */
export function berlinDatumVon(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const zeit = new Date(iso);
  return Number.isNaN(zeit.getTime()) ? null : berlinDatum(zeit);
}

/** True for a real calendar date in ISO form (`2026-02-28`, not `2026-02-30`). */
export function istLocalDate(text: string): boolean {
  const m = LOCAL_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

export type DatumsFeld =
  | 'termin'
  | 'fahrzeugUebernommenAm'
  | 'voraussichtlicheFertigstellung'
  | 'fertiggestelltAm'
  | 'fahrzeugZurueckgegebenAm'
  | 'freigabeErhaltenAm';

/** The label of each date field in the forms. */
export const DATUMS_LABEL: Record<DatumsFeld, string> = {
  termin: 'Termin',
  fahrzeugUebernommenAm: 'Fahrzeug übernommen am',
  voraussichtlicheFertigstellung: 'Voraussichtliche Fertigstellung',
  fertiggestelltAm: 'Fertiggestellt am',
  fahrzeugZurueckgegebenAm: 'Zurückgegeben am',
  freigabeErhaltenAm: 'Freigabe erhalten am',
};

/** The subject of each date in messages ("Die Fertigstellung … liegt in der Zukunft"). */
const DATUMS_SUBJEKT: Record<DatumsFeld, string> = {
  termin: 'Der Termin',
  fahrzeugUebernommenAm: 'Die Fahrzeugübernahme',
  voraussichtlicheFertigstellung: 'Die voraussichtliche Fertigstellung',
  fertiggestelltAm: 'Die Fertigstellung',
  fahrzeugZurueckgegebenAm: 'Die Rückgabe',
  freigabeErhaltenAm: 'Der Erhalt der Freigabe',
};

/** Dates of things that already happened: never in the future. */
const VERGANGEN: readonly DatumsFeld[] = [
  'fahrzeugUebernommenAm',
  'fertiggestelltAm',
  'fahrzeugZurueckgegebenAm',
  'freigabeErhaltenAm',
];

/** True if the field holds the date of something that already happened (max = today). */
export function istVergangenheitsDatum(feld: DatumsFeld): boolean {
  return VERGANGEN.includes(feld);
}

export interface DatumsKontext {
  /** Today in Europe/Berlin (`YYYY-MM-DD`). */
  heute: string;
  /** The day the order was brokered, in Europe/Berlin. */
  vermitteltAm: string;
  /** A takeover date reported earlier on this order (first filing of a Vorgangsinfo), if any. */
  bisherigeUebernahme: string | null;
}

/**
 * Plausible dates, as the server checks them: valid calendar dates, none before the order was
 * brokered, nothing that already happened in the future, no completion, return or expected
 * completion before the takeover, no return before completion. One message per field at most.
 */
export function datumsFehler(
  daten: Partial<Record<DatumsFeld, string | null>>,
  k: DatumsKontext,
): Formularfehler[] {
  const fehler: Formularfehler[] = [];
  const hat = (feld: DatumsFeld) => fehler.some((f) => f.feld === feld);
  const melden = (feld: DatumsFeld, meldung: string) => {
    if (!hat(feld)) fehler.push({ feld, meldung });
  };
  const gueltig = (feld: DatumsFeld): string | null => {
    const wert = daten[feld];
    return wert && istLocalDate(wert) && !hat(feld) ? wert : null;
  };

  for (const feld of Object.keys(DATUMS_SUBJEKT) as DatumsFeld[]) {
    const wert = daten[feld];
    if (!wert) continue;
    if (!istLocalDate(wert)) {
      melden(feld, `${DATUMS_LABEL[feld]}: Bitte geben Sie ein gültiges Datum ein (TT.MM.JJJJ).`);
    } else if (wert < k.vermitteltAm) {
      melden(
        feld,
        `${DATUMS_SUBJEKT[feld]} (${formatDatum(wert)}) liegt vor der Vermittlung des Auftrags am ${formatDatum(k.vermitteltAm)}.`,
      );
    } else if (VERGANGEN.includes(feld) && wert > k.heute) {
      melden(
        feld,
        `${DATUMS_SUBJEKT[feld]} (${formatDatum(wert)}) liegt in der Zukunft; bitte geben Sie das tatsächliche Datum an.`,
      );
    }
  }

  const uebernahme = gueltig('fahrzeugUebernommenAm') ?? k.bisherigeUebernahme;
  if (uebernahme) {
    for (const feld of ['fertiggestelltAm', 'fahrzeugZurueckgegebenAm', 'voraussichtlicheFertigstellung'] as const) {
      const wert = gueltig(feld);
      if (wert && wert < uebernahme) {
        melden(
          feld,
          `${DATUMS_SUBJEKT[feld]} (${formatDatum(wert)}) liegt vor der Fahrzeugübernahme am ${formatDatum(uebernahme)}.`,
        );
      }
    }
  }
  const fertig = gueltig('fertiggestelltAm');
  const zurueck = gueltig('fahrzeugZurueckgegebenAm');
  if (fertig && zurueck && zurueck < fertig) {
    melden(
      'fahrzeugZurueckgegebenAm',
      `Die Rückgabe (${formatDatum(zurueck)}) liegt vor der Fertigstellung am ${formatDatum(fertig)}.`,
    );
  }
  return fehler;
}

/** The latest of the given dates (ISO strings compare as dates), or null. */
export function spaetestesDatum(daten: readonly (string | null | undefined)[]): string | null {
  let max: string | null = null;
  for (const d of daten) if (d && istLocalDate(d) && (max === null || d > max)) max = d;
  return max;
}

// ---------------------------------------------------------------------------------------------
// Free text

/** C0/C1 control characters except tab and line breaks (the server refuses them). */
const STEUERZEICHEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** Characters as the server counts them (Unicode code points, so an emoji counts once). */
export function zeichenAnzahl(text: string): number {
  return [...text].length;
}

/** The problem with a free text (`bezeichnung` names the field), or null. */
export function freitextFehler(bezeichnung: string, text: string, max = MAX_FREITEXT): string | null {
  const anzahl = zeichenAnzahl(text);
  if (anzahl > max) {
    return `${bezeichnung}: höchstens ${max.toLocaleString('de-DE')} Zeichen (jetzt ${anzahl.toLocaleString('de-DE')}).`;
  }
  if (STEUERZEICHEN.test(text)) return `${bezeichnung} enthält unzulässige Steuerzeichen.`;
  return null;
}

/** Free text for the API: trimmed, empty becomes null. */
export function freitextWert(text: string): string | null {
  const t = text.trim();
  return t === '' ? null : t;
}

// ---------------------------------------------------------------------------------------------
// Amounts

export type BetragErgebnis = { ok: true; wert: string | null } | { ok: false; fehler: string };

const GANZ = /^\d+$/;
const TAUSENDER = (trenner: '.' | ',') =>
  new RegExp(`^\\d{1,3}(?:\\${trenner}\\d{3})+$`);

/**
 * A net amount as typed by a German user (`1.234,50`, `1234,5`, `1234.50`, `1.234`, `1.234,50 €`)
 * as the API's Decimal string with two decimals (`"1234.50"`), exactly (no floating point).
 * Empty input gives `wert: null`. Refused with a German message: more than two decimals,
 * anything that is not a number, zero or negative amounts, more than 10.000.000,00 €.
 */
export function betragEinlesen(eingabe: string): BetragErgebnis {
  let text = eingabe.replace(/[\s\u00a0\u202f]/g, '');
  text = text.replace(/(?:€|EUR|Euro)$/i, '');
  if (text === '') return { ok: true, wert: null };
  if (text.startsWith('-')) return { ok: false, fehler: 'Der freigegebene Betrag muss größer als 0 sein.' };
  if (text.startsWith('+')) text = text.slice(1);

  const ungueltig: BetragErgebnis = {
    ok: false,
    fehler: 'Bitte geben Sie den Betrag als Zahl ein, z. B. 1.234,50.',
  };
  const komma = text.lastIndexOf(',');
  const punkt = text.lastIndexOf('.');
  let ganz: string;
  let bruch = '';

  if (komma >= 0 && punkt >= 0) {
    // Both: the later one separates the decimals, the earlier one groups thousands.
    const dezimal = komma > punkt ? ',' : '.';
    const gruppe = dezimal === ',' ? '.' : ',';
    const i = text.lastIndexOf(dezimal);
    ganz = text.slice(0, i);
    bruch = text.slice(i + 1);
    if (!TAUSENDER(gruppe).test(ganz)) return ungueltig;
    ganz = ganz.split(gruppe).join('');
  } else if (komma >= 0) {
    // German decimal comma: "1234,50"; a second comma is not a number.
    if (text.indexOf(',') !== komma) return ungueltig;
    ganz = text.slice(0, komma);
    bruch = text.slice(komma + 1);
  } else if (punkt >= 0) {
    // Dots only: "1.234" and "1.234.567" group thousands (German); "1234.50" has decimals.
    if (TAUSENDER('.').test(text)) {
      ganz = text.split('.').join('');
    } else {
      if (text.indexOf('.') !== punkt) return ungueltig;
      ganz = text.slice(0, punkt);
      bruch = text.slice(punkt + 1);
    }
  } else {
    ganz = text;
  }

  if (ganz === '') ganz = '0';
  if (!GANZ.test(ganz) || (bruch !== '' && !GANZ.test(bruch))) return ungueltig;
  if (text.endsWith(',') || text.endsWith('.')) return ungueltig;
  if (bruch.length > 2) {
    return { ok: false, fehler: 'Der Betrag darf höchstens zwei Nachkommastellen haben (Cent).' };
  }
  const cent = BigInt(ganz) * 100n + BigInt(bruch.padEnd(2, '0') || '0');
  if (cent === 0n) return { ok: false, fehler: 'Der freigegebene Betrag muss größer als 0 sein.' };
  if (cent > MAX_CENT) {
    return { ok: false, fehler: 'Der Betrag darf höchstens 10.000.000,00 € betragen.' };
  }
  const euro = cent / 100n;
  const rest = cent % 100n;
  return { ok: true, wert: `${euro}.${String(rest).padStart(2, '0')}` };
}

// ---------------------------------------------------------------------------------------------
// Vorgangsinfo

/** The date each Vorgangsinfo status needs (the others need none). */
export const BENOETIGTES_DATUM: Partial<Record<Reparaturstatus, DatumsFeld>> = {
  TERMIN_VEREINBART: 'termin',
  FAHRZEUG_IN_ARBEIT: 'fahrzeugUebernommenAm',
  FAHRZEUG_FERTIG: 'fertiggestelltAm',
  FAHRZEUG_ZURUECKGEGEBEN: 'fahrzeugZurueckgegebenAm',
};

const BENOETIGT_TEXT: Record<string, string> = {
  termin: 'Bitte geben Sie den vereinbarten Termin an.',
  fahrzeugUebernommenAm: 'Bitte geben Sie an, wann das Fahrzeug übernommen wurde.',
  fertiggestelltAm: 'Bitte geben Sie an, wann die Reparatur fertiggestellt wurde.',
  fahrzeugZurueckgegebenAm: 'Bitte geben Sie an, wann das Fahrzeug zurückgegeben wurde.',
};

/** The statuses for which the form offers the optional "Voraussichtliche Fertigstellung". */
export function mitVoraussichtlicherFertigstellung(status: Reparaturstatus | null | undefined): boolean {
  return status === 'TERMIN_VEREINBART' || status === 'FAHRZEUG_IN_ARBEIT' || status === 'WARTET_AUF_TEILE';
}

export interface VorgangsinfoWerte {
  reparaturstatus: Reparaturstatus | '';
  termin: string;
  fahrzeugUebernommenAm: string;
  fertiggestelltAm: string;
  fahrzeugZurueckgegebenAm: string;
  voraussichtlicheFertigstellung: string;
  nachricht: string;
}

/** What a Vorgangsinfo sends (without spnId and idempotencyKey): only the fields its status has. */
export interface VorgangsinfoDaten {
  reparaturstatus: Reparaturstatus;
  termin: string | null;
  fahrzeugUebernommenAm: string | null;
  fertiggestelltAm: string | null;
  fahrzeugZurueckgegebenAm: string | null;
  voraussichtlicheFertigstellung: string | null;
  nachricht: string | null;
}

export type Pruefung<T> = { ok: true; daten: T } | { ok: false; fehler: Formularfehler[] };

/** Checks a Vorgangsinfo form: status chosen, the date it needs, plausible dates, message. */
export function vorgangsinfoPruefen(w: VorgangsinfoWerte, k: DatumsKontext): Pruefung<VorgangsinfoDaten> {
  const fehler: Formularfehler[] = [];
  if (!w.reparaturstatus) {
    return { ok: false, fehler: [{ feld: 'reparaturstatus', meldung: 'Bitte wählen Sie den Reparaturstatus.' }] };
  }
  const status = w.reparaturstatus;
  const noetig = BENOETIGTES_DATUM[status] ?? null;
  const daten: VorgangsinfoDaten = {
    reparaturstatus: status,
    termin: null,
    fahrzeugUebernommenAm: null,
    fertiggestelltAm: null,
    fahrzeugZurueckgegebenAm: null,
    voraussichtlicheFertigstellung: mitVoraussichtlicherFertigstellung(status)
      ? w.voraussichtlicheFertigstellung || null
      : null,
    nachricht: freitextWert(w.nachricht),
  };
  if (noetig) {
    const wert = w[noetig as keyof VorgangsinfoWerte] as string;
    if (!wert) fehler.push({ feld: noetig, meldung: BENOETIGT_TEXT[noetig] });
    else (daten as unknown as Record<string, string | null>)[noetig] = wert;
  }
  fehler.push(...datumsFehler(daten, k));
  const text = freitextFehler('Nachricht', w.nachricht);
  if (text) fehler.push({ feld: 'nachricht', meldung: text });
  return fehler.length ? { ok: false, fehler } : { ok: true, daten };
}

// ---------------------------------------------------------------------------------------------
// Fehlende Freigabe

export interface FehlendeFreigabeWerte {
  freigabeErhaltenAm: string;
  quelle: string;
  betragNetto: string;
  referenz: string;
  nachricht: string;
}

export interface FehlendeFreigabeDaten<Q extends string = string> {
  freigabeErhaltenAm: string;
  quelle: Q | null;
  betragNetto: string | null;
  referenz: string | null;
  nachricht: string | null;
}

/** Checks a "Fehlende Freigabe" form: date received (required, plausible), amount, reference, message. */
export function fehlendeFreigabePruefen(
  w: FehlendeFreigabeWerte,
  k: DatumsKontext,
): Pruefung<FehlendeFreigabeDaten> {
  const fehler: Formularfehler[] = [];
  if (!w.freigabeErhaltenAm) {
    fehler.push({ feld: 'freigabeErhaltenAm', meldung: 'Bitte geben Sie an, wann Sie die Freigabe erhalten haben.' });
  } else {
    fehler.push(...datumsFehler({ freigabeErhaltenAm: w.freigabeErhaltenAm }, k));
  }
  const betrag = betragEinlesen(w.betragNetto);
  if (!betrag.ok) fehler.push({ feld: 'betragNetto', meldung: betrag.fehler });
  const referenz = freitextFehler('Referenz', w.referenz, MAX_REFERENZ);
  if (referenz) fehler.push({ feld: 'referenz', meldung: referenz });
  const nachricht = freitextFehler('Nachricht', w.nachricht);
  if (nachricht) fehler.push({ feld: 'nachricht', meldung: nachricht });
  if (fehler.length || !betrag.ok) return { ok: false, fehler };
  return {
    ok: true,
    daten: {
      freigabeErhaltenAm: w.freigabeErhaltenAm,
      quelle: w.quelle || null,
      betragNetto: betrag.wert,
      referenz: freitextWert(w.referenz),
      nachricht: freitextWert(w.nachricht),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Auftrag anfordern

export interface AuftragLage {
  status: Auftragsstatus;
  auftragsart: Auftragsart;
}

/** The reason that fits the order: cancelled → "fälschlich storniert", KV-Service → "Kunde wünscht Reparatur". */
export function passenderGrund(a: AuftragLage): AnforderungsGrund | null {
  if (a.status === 'STORNIERT') return 'FAELSCHLICH_STORNIERT';
  if (a.auftragsart === 'KV_SERVICE') return 'KUNDE_WUENSCHT_REPARATUR';
  return null;
}

/** Why a reason does not fit the order (as the server says it), or null. */
export function grundFehler(grund: AnforderungsGrund, a: AuftragLage): string | null {
  if (grund === 'FAELSCHLICH_STORNIERT' && a.status !== 'STORNIERT') {
    return 'Der Auftrag ist nicht storniert; als Grund passt „Kunde wünscht Reparatur“.';
  }
  if (grund === 'KUNDE_WUENSCHT_REPARATUR' && a.auftragsart !== 'KV_SERVICE') {
    return 'Für diesen Auftrag liegt bereits ein Reparaturauftrag vor; als Grund passt nur „Fälschlicherweise storniert“.';
  }
  return null;
}

export interface AuftragAnfordernWerte {
  grund: AnforderungsGrund | '';
  kundeHatUnterschrieben: boolean;
  nachricht: string;
}

export interface AuftragAnfordernDaten {
  grund: AnforderungsGrund;
  kundeHatUnterschrieben: true;
  nachricht: string | null;
}

/** Checks an "Auftrag anfordern" form: a fitting reason, the signature confirmed, message. */
export function auftragAnfordernPruefen(w: AuftragAnfordernWerte, a: AuftragLage): Pruefung<AuftragAnfordernDaten> {
  const fehler: Formularfehler[] = [];
  if (!w.grund) fehler.push({ feld: 'grund', meldung: 'Bitte wählen Sie den Grund.' });
  else {
    const unpassend = grundFehler(w.grund, a);
    if (unpassend) fehler.push({ feld: 'grund', meldung: unpassend });
  }
  if (!w.kundeHatUnterschrieben) {
    fehler.push({
      feld: 'kundeHatUnterschrieben',
      meldung:
        'Ein Reparaturauftrag kann nur angefordert werden, wenn der Kunde Reparaturauftrag und Abtretungserklärung (oder Zahlungsanweisung) unterschrieben hat. Bitte bestätigen Sie das.',
    });
  }
  const nachricht = freitextFehler('Nachricht', w.nachricht);
  if (nachricht) fehler.push({ feld: 'nachricht', meldung: nachricht });
  if (fehler.length || !w.grund) return { ok: false, fehler };
  return { ok: true, daten: { grund: w.grund, kundeHatUnterschrieben: true, nachricht: freitextWert(w.nachricht) } };
}

// ---------------------------------------------------------------------------------------------
// Which actions, and why not

export interface AktionsLage extends AuftragLage {
  kvs: readonly { status: KvStatus }[];
}

/**
 * Why an action is not possible on this order now (mirrors the server's rules), for a user who
 * opened its form anyway. The server's `moeglicheAktionen` decides whether it is allowed.
 */
export function aktionNichtMoeglichGrund(aktion: Aktion, a: AktionsLage): string {
  switch (aktion) {
    case 'VORGANGSINFO':
      return a.status === 'STORNIERT'
        ? 'Der Auftrag ist storniert; eine Vorgangsinfo ist nicht mehr möglich. Wurde er fälschlich storniert, nutzen Sie „Auftrag anfordern“.'
        : a.status === 'ABGESCHLOSSEN'
          ? 'Der Auftrag ist abgeschlossen; eine Vorgangsinfo ist nicht mehr möglich.'
          : 'Eine Vorgangsinfo ist für diesen Auftrag zurzeit nicht möglich.';
    case 'FEHLENDE_FREIGABE':
      if (a.status === 'STORNIERT') return 'Der Auftrag ist storniert; eine Freigabe kann nicht mehr erteilt werden.';
      if (a.kvs.length === 0) {
        return 'Zu diesem Auftrag liegt noch kein KV vor. Bitte senden Sie den KV aus Ihrem Kalkulationssystem erneut oder wenden Sie sich an den Support Ihres Kalkulationssystemanbieters.';
      }
      return 'Alle KVs dieses Auftrags sind bereits geprüft; es fehlt keine Freigabe. Reicht die Freigabe nicht aus, senden Sie einen KV-Nachtrag aus Ihrem Kalkulationssystem.';
    case 'AUFTRAG_ANFORDERN':
      return 'Für diesen Auftrag liegt bereits ein Reparaturauftrag vor, der nicht storniert ist; ein Auftrag muss nicht angefordert werden.';
    default:
      return 'Diese Aktion ist für diesen Auftrag zurzeit nicht möglich.';
  }
}

// ---------------------------------------------------------------------------------------------
// Tickets

const TICKET_UEBERGAENGE: Record<TicketStatus, readonly TicketStatus[]> = {
  OFFEN: ['IN_BEARBEITUNG', 'ERLEDIGT', 'ABGELEHNT'],
  IN_BEARBEITUNG: ['ERLEDIGT', 'ABGELEHNT'],
  ERLEDIGT: [],
  ABGELEHNT: [],
};

/** The states a ticket may move to from `status` (empty once it is closed). */
export function naechsteTicketStatus(status: TicketStatus): readonly TicketStatus[] {
  return TICKET_UEBERGAENGE[status] ?? [];
}

/** True while the shop can still add messages and staff can still work the ticket. */
export function istTicketOffen(status: TicketStatus): boolean {
  return status === 'OFFEN' || status === 'IN_BEARBEITUNG';
}

/** A shop's follow-up message (required): not empty, at most 2,000 characters, no control characters. */
export function ticketNachrichtPruefen(text: string): Pruefung<{ text: string }> {
  if (text.trim() === '') {
    return { ok: false, fehler: [{ feld: 'text', meldung: 'Bitte geben Sie eine Nachricht ein.' }] };
  }
  const fehler = freitextFehler('Nachricht', text);
  if (fehler) return { ok: false, fehler: [{ feld: 'text', meldung: fehler }] };
  return { ok: true, daten: { text: text.trim() } };
}

export interface TicketBearbeitenWerte {
  status: TicketStatus | '';
  antwort: string;
}

/**
 * Staff work a ticket: a status that is allowed next, or the current one with an answer only
 * (the server refuses the current status without an answer); the answer is bounded free text.
 */
export function ticketBearbeitenPruefen(
  w: TicketBearbeitenWerte,
  aktuell: TicketStatus,
): Pruefung<{ status: TicketStatus; antwort: string | null }> {
  const fehler: Formularfehler[] = [];
  const antwort = freitextWert(w.antwort);
  if (!w.status) {
    fehler.push({ feld: 'status', meldung: 'Bitte wählen Sie den neuen Status.' });
  } else if (w.status === aktuell) {
    if (!antwort) {
      fehler.push({
        feld: 'antwort',
        meldung: 'Bitte wählen Sie einen neuen Status oder schreiben Sie eine Antwort an die Werkstatt.',
      });
    }
  } else if (!naechsteTicketStatus(aktuell).includes(w.status)) {
    fehler.push({ feld: 'status', meldung: 'Dieser Status ist nach dem aktuellen Status nicht vorgesehen.' });
  }
  const text = freitextFehler('Antwort', w.antwort);
  if (text) fehler.push({ feld: 'antwort', meldung: text });
  if (fehler.length || !w.status) return { ok: false, fehler };
  return { ok: true, daten: { status: w.status, antwort } };
}

// ---------------------------------------------------------------------------------------------
// Server answers and idempotency

/**
 * The form field a server `fehler.feld` path names (`["input", "termin"]` → `termin`), or null if
 * the error concerns the request as a whole.
 */
export function feldAusPfad(feld: readonly string[] | null | undefined): string | null {
  if (!feld || feld.length === 0) return null;
  const rest = feld[0] === 'input' ? feld.slice(1) : feld;
  return rest.length > 0 ? rest[0] : null;
}

/**
 * The server's `fehler` of a payload as form errors: a message whose path names a field the form
 * shows now goes to that field; every other one (AKTION_NICHT_ERLAUBT, AUFTRAG_NICHT_GEFUNDEN,
 * IDEMPOTENZ_KONFLIKT, a field that is not shown …) to the form as a whole.
 */
export function serverFehlerZuordnen(
  fehler: readonly { feld?: readonly string[] | null; meldung: string }[],
  sichtbareFelder: readonly string[],
): Formularfehler[] {
  return fehler.map((f) => {
    const feld = feldAusPfad(f.feld);
    return { feld: feld && sichtbareFelder.includes(feld) ? feld : null, meldung: f.meldung };
  });
}

/** A random version-4 UUID: `crypto.randomUUID()` where available, else from `getRandomValues`. */
interface Zufallsquelle {
  getRandomValues<T extends Uint8Array>(feld: T): T;
  randomUUID?: () => string;
}

export function neueUuid(c: Zufallsquelle = globalThis.crypto as Zufallsquelle): string {
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The idempotency key of one form instance: created when the form opens and sent with every
 * submission of the same content, so a retry after a lost answer never creates a second ticket.
 * Once the content changes after a submission, the changed content gets a key of its own (the
 * server would refuse the old key with different content as IDEMPOTENZ_KONFLIKT).
 */
export class Idempotenzschluessel {
  private schluessel: string;
  private gebundenAn: string | null = null;

  constructor(private readonly erzeugen: () => string = neueUuid) {
    this.schluessel = erzeugen();
  }

  /** The key for a submission of `inhalt` (a stable serialisation of the form content). */
  fuer(inhalt: string): string {
    if (this.gebundenAn !== null && this.gebundenAn !== inhalt) this.schluessel = this.erzeugen();
    this.gebundenAn = inhalt;
    return this.schluessel;
  }
}
