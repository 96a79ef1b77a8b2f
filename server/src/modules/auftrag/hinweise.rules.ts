import {
  Aktion,
  Auftragsart,
  Auftragsstatus as S,
  HinweisCode as H,
  KvArt,
  KvStatus,
  RechnungStatus,
  RkueStatus,
  Stornogrund,
  TicketStatus,
} from '../../common/enums';
import { STORNOGRUND_TEXT } from '../../common/bezeichnungen';
import { istBeendet } from './auftrag-lifecycle';

/**
 * The FAQ of domain.md as code: pure functions from an order snapshot to the Hinweise that apply now
 * and to the actions a shop may file. `moeglicheAktionen` is the single source of truth for both the
 * overview and the action mutations.
 */

export interface KvSnapshot {
  art: KvArt;
  laufendeNummer: number;
  status: KvStatus;
  korrekturpunkte: string[];
}
export interface EingangSnapshot {
  art: string;
  eingegangenAm: Date;
  kalkulationssystem: string;
  /** Fields that did not match (`kennzeichen`, `schadennummer`, `betragNetto`). */
  felder: string[];
  grund: string;
}
export interface TicketSnapshot {
  ticketNummer: string;
  aktion: Aktion;
  status: TicketStatus;
}
export interface AuftragSnapshot {
  auftragsart: Auftragsart;
  status: S;
  spnId: string;
  kvs: KvSnapshot[];
  anzahlFreigaben: number;
  /** When the latest Freigabe was granted (null without one; left out: unknown). */
  letzteFreigabeAm?: Date | null;
  rechnungen: { rechnungsnummer: string; status: RechnungStatus; bemerkung: string | null; eingegangenAm?: Date }[];
  rkueStatus: RkueStatus;
  storno: { grund: Stornogrund; bemerkung: string | null; benachrichtigtAm: Date | null } | null;
  offeneErinnerungen: number;
  tickets: TicketSnapshot[];
  /** Unmatched submissions naming this order, newest last. */
  eingaenge: EingangSnapshot[];
}

export interface HinweisDaten {
  code: H;
  titel: string;
  text: string;
  aktion: Aktion | null;
}

/** Priority of domain.md: most urgent first. */
export const HINWEIS_PRIORITAET: readonly H[] = [
  H.STORNIERT,
  H.ERINNERUNG_OFFEN,
  H.KORREKTUR_ANGEFORDERT,
  H.KV_ABGELEHNT,
  H.RECHNUNG_FEHLT,
  H.KV_FEHLT,
  H.KV_SERVICE_AUFTRAG,
  H.RKUE_OFFEN,
  H.KV_IN_PRUEFUNG,
  H.FREIGABE_NICHT_AUSREICHEND,
  H.TICKET_OFFEN,
];

const OFFEN = new Set([TicketStatus.OFFEN, TicketStatus.IN_BEARBEITUNG]);

const AKTION_TEXT: Record<Aktion, string> = {
  VORGANGSINFO: 'Vorgangsinfo',
  FEHLENDE_FREIGABE: 'Fehlende Freigabe',
  AUFTRAG_ANFORDERN: 'Auftrag anfordern',
};
const SYSTEM_TEXT: Record<string, string> = { AUDATEX: 'Audatex', DAT: 'DAT', GT_MOTIVE: 'GT Motive', SONSTIGES: 'einem sonstigen System' };

const DATUM = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' });
const datum = (d: Date): string => DATUM.format(d);

function neuesterKv(s: AuftragSnapshot): KvSnapshot | undefined {
  return s.kvs.reduce<KvSnapshot | undefined>((a, k) => (!a || k.laufendeNummer > a.laufendeNummer ? k : a), undefined);
}

/**
 * The latest KV or Nachtrag is recorded and neither approved nor rejected (domain.md, Action rules).
 * Only the latest counts: a KV whose Korrektur was answered by a resent KV is superseded by it.
 */
function offenerKv(s: AuftragSnapshot): boolean {
  const kv = neuesterKv(s);
  return kv?.status === KvStatus.IN_PRUEFUNG || kv?.status === KvStatus.KORREKTUR_ANGEFORDERT;
}

/** The shop's actions allowed now (domain.md, Action rules), in the order of the contract's enum. */
export function moeglicheAktionen(s: AuftragSnapshot): Aktion[] {
  const aktionen: Aktion[] = [];
  if (!istBeendet(s.status)) aktionen.push(Aktion.VORGANGSINFO);
  if (s.status !== S.STORNIERT && offenerKv(s)) aktionen.push(Aktion.FEHLENDE_FREIGABE);
  if (s.auftragsart === Auftragsart.KV_SERVICE || s.status === S.STORNIERT) aktionen.push(Aktion.AUFTRAG_ANFORDERN);
  return aktionen;
}

/** Why an action is not allowed now, and what to do instead; null when it is allowed. */
export function aktionVerweigert(s: AuftragSnapshot, aktion: Aktion): string | null {
  if (moeglicheAktionen(s).includes(aktion)) return null;
  switch (aktion) {
    case Aktion.VORGANGSINFO:
      return s.status === S.STORNIERT
        ? 'Der Auftrag ist storniert; eine Vorgangsinfo ist nicht mehr möglich. Wurde er fälschlich storniert, nutzen Sie „Auftrag anfordern“.'
        : 'Der Auftrag ist abgeschlossen; eine Vorgangsinfo ist nicht mehr möglich.';
    case Aktion.FEHLENDE_FREIGABE:
      if (s.status === S.STORNIERT) return 'Der Auftrag ist storniert; eine Freigabe kann nicht mehr erteilt werden.';
      if (s.kvs.length === 0)
        return 'Zu diesem Auftrag liegt noch kein KV vor. Bitte senden Sie den KV aus Ihrem Kalkulationssystem erneut oder wenden Sie sich an den Support Ihres Kalkulationssystemanbieters.';
      return 'Alle KVs dieses Auftrags sind bereits geprüft; es fehlt keine Freigabe. Reicht die Freigabe nicht aus, senden Sie einen KV-Nachtrag aus Ihrem Kalkulationssystem.';
    case Aktion.AUFTRAG_ANFORDERN:
      return 'Für diesen Auftrag liegt bereits ein Reparaturauftrag vor, der nicht storniert ist; ein Auftrag muss nicht angefordert werden.';
  }
}

/**
 * The latest refused invoice whose amount exceeded the expected amount, as long as it still explains the
 * situation: no invoice was recorded and no Freigabe (e.g. of the Nachtrag it asked for) granted since.
 */
function zuHoheRechnung(s: AuftragSnapshot): EingangSnapshot | undefined {
  const letzte = s.eingaenge.filter((e) => e.art === 'RECHNUNG').at(-1);
  if (!letzte?.felder.includes('betragNetto')) return undefined;
  const seither = (d: Date | null | undefined) => !!d && d.getTime() > letzte.eingegangenAm.getTime();
  if (seither(s.letzteFreigabeAm) || s.rechnungen.some((r) => seither(r.eingegangenAm))) return undefined;
  return letzte;
}

type Regel = (s: AuftragSnapshot) => Omit<HinweisDaten, 'aktion'> & { aktion?: Aktion } | null;

const RECHNUNGSPROZESS =
  'Rechnungen erscheinen nur, wenn sie über den SPN-Rechnungsprozess gesendet wurden: als digitales PDF (kein Scan), nur an das SPN-Rechnungspostfach und nie zusätzlich an den Versicherer, im Betreff Schadennummer, SPN-ID und das Wort „Rechnung“ – oder direkt aus Ihrem Kalkulationssystem.';

/** One rule per HinweisCode; each returns null when its situation does not apply. */
const REGELN: Record<H, Regel> = {
  [H.STORNIERT]: (s) => {
    if (s.status !== S.STORNIERT || !s.storno) return null;
    const mail = s.storno.benachrichtigtAm
      ? `Sie haben dazu am ${datum(s.storno.benachrichtigtAm)} eine SPN System-E-Mail erhalten`
      : 'Sie erhalten dazu eine SPN System-E-Mail';
    return {
      code: H.STORNIERT,
      titel: 'Auftrag storniert',
      text: `Der Auftrag wurde storniert. Grund: ${STORNOGRUND_TEXT[s.storno.grund]}${s.storno.bemerkung ? ` (${s.storno.bemerkung})` : ''}. ${mail} (Betreff: „Stornierung SPN Vermittlungsauftrag ${s.spnId}“). Wurde der Auftrag fälschlicherweise storniert, melden Sie dies unter „Auftrag anfordern“.`,
      aktion: Aktion.AUFTRAG_ANFORDERN,
    };
  },
  [H.ERINNERUNG_OFFEN]: (s) =>
    s.offeneErinnerungen > 0 && !istBeendet(s.status)
      ? {
          code: H.ERINNERUNG_OFFEN,
          titel: 'Erinnerung: Reparatur- oder Terminstatus melden',
          text: 'Sie haben eine Erinnerung erhalten. Bitte melden Sie den Reparatur- oder Terminstatus unter Aktionen „Vorgangsinfo“.',
          aktion: Aktion.VORGANGSINFO,
        }
      : null,
  [H.KORREKTUR_ANGEFORDERT]: (s) => {
    const kv = neuesterKv(s);
    if (istBeendet(s.status) || kv?.status !== KvStatus.KORREKTUR_ANGEFORDERT) return null;
    const was = kv.art === KvArt.NACHTRAG ? 'Nachtrag' : 'KV';
    const punkte = kv.korrekturpunkte.length ? ` Zu korrigieren: ${kv.korrekturpunkte.join('; ')}.` : '';
    return {
      code: H.KORREKTUR_ANGEFORDERT,
      titel: `Korrektur des ${kv.art === KvArt.NACHTRAG ? 'Nachtrags' : 'KV'} angefordert`,
      text: `Für den ${was} Nr. ${kv.laufendeNummer} wurde eine Korrektur angefordert; deshalb liegt noch keine Freigabe vor.${punkte} Bitte korrigieren Sie den ${was} in Ihrem Kalkulationssystem und senden Sie ihn erneut. Haben Sie dennoch eine Freigabe erhalten, melden Sie dies unter „Fehlende Freigabe“.`,
      aktion: Aktion.FEHLENDE_FREIGABE,
    };
  },
  [H.KV_ABGELEHNT]: (s) => {
    const kv = neuesterKv(s);
    if (istBeendet(s.status) || kv?.status !== KvStatus.ABGELEHNT) return null;
    return kv.art === KvArt.NACHTRAG
      ? {
          code: H.KV_ABGELEHNT,
          titel: 'Nachtrag abgelehnt',
          text: `Der Nachtrag Nr. ${kv.laufendeNummer} wurde abgelehnt. Die bisherige Freigabe bleibt gültig; ein neuer Nachtrag kann über Ihr Kalkulationssystem eingereicht werden.`,
        }
      : {
          code: H.KV_ABGELEHNT,
          titel: 'KV abgelehnt',
          text: `Der KV Nr. ${kv.laufendeNummer} wurde abgelehnt. Für diesen Auftrag wird ein neuer KV benötigt: Bitte senden Sie ihn aus Ihrem Kalkulationssystem.`,
        };
  },
  [H.RECHNUNG_FEHLT]: (s) => {
    if (s.auftragsart !== Auftragsart.REPARATUR || s.status !== S.REPARATUR_ABGESCHLOSSEN) return null;
    const korrektur = [...s.rechnungen].reverse().find((r) => r.status === RechnungStatus.KORREKTUR_ANGEFORDERT);
    // A refused too-high invoice explains why none is shown; after the repair no Nachtrag is accepted any more.
    const zuHoch = zuHoheRechnung(s);
    const abgewiesen = zuHoch
      ? ` Eine Rechnung ist am ${datum(zuHoch.eingegangenAm)} eingegangen, aber ${zuHoch.grund}: Bitte senden Sie eine Rechnung über höchstens den erwarteten Rechnungsbetrag.`
      : '';
    return korrektur
      ? {
          code: H.RECHNUNG_FEHLT,
          titel: 'Korrigierte Rechnung fehlt',
          text: `Die Rechnung ${korrektur.rechnungsnummer} muss korrigiert werden${korrektur.bemerkung ? `: ${korrektur.bemerkung}` : ''}. Bitte senden Sie eine korrigierte Rechnung.${abgewiesen} ${RECHNUNGSPROZESS}`,
        }
      : {
          code: H.RECHNUNG_FEHLT,
          titel: 'Rechnung fehlt',
          text: `Die Reparatur ist als abgeschlossen gemeldet, aber es liegt keine Rechnung vor.${abgewiesen} ${RECHNUNGSPROZESS}`,
        };
  },
  [H.KV_FEHLT]: (s) => {
    if (istBeendet(s.status) || s.kvs.length > 0) return null;
    const letzter = s.eingaenge.filter((e) => e.art !== 'RECHNUNG').at(-1);
    const eingang = letzter
      ? ` Hinweis: ein ${letzter.art === 'NACHTRAG' ? 'Nachtrag' : 'KV'} aus ${SYSTEM_TEXT[letzter.kalkulationssystem] ?? letzter.kalkulationssystem} ist am ${datum(letzter.eingegangenAm)} eingegangen, aber ${letzter.grund}.`
      : '';
    return {
      code: H.KV_FEHLT,
      titel: 'Kein KV eingegangen',
      text: `Zu diesem Auftrag liegt noch kein KV vor. Wenn Sie ihn bereits versendet haben: Bitte senden Sie den KV erneut oder wenden Sie sich an den Support Ihres Kalkulationssystemanbieters. Prüfen Sie, dass Schadennummer und Kennzeichen mit dem Auftrag übereinstimmen.${eingang}`,
    };
  },
  [H.KV_SERVICE_AUFTRAG]: (s) =>
    s.auftragsart === Auftragsart.KV_SERVICE
      ? {
          code: H.KV_SERVICE_AUFTRAG,
          titel: 'Nur KV-Service-Auftrag',
          text: 'Für dieses Fahrzeug liegt nur ein KV-Service-Auftrag vor (Besichtigung und KV gegen Pauschale). Für eine Reparatur wird ein Reparaturauftrag benötigt: Bitte melden Sie dies unter „Auftrag anfordern“.',
          aktion: Aktion.AUFTRAG_ANFORDERN,
        }
      : null,
  [H.RKUE_OFFEN]: (s) => {
    if (s.auftragsart !== Auftragsart.REPARATUR || istBeendet(s.status) || s.anzahlFreigaben === 0) return null;
    if (s.rkueStatus === RkueStatus.ERTEILT) return null;
    const abgelehnt = s.rkueStatus === RkueStatus.ABGELEHNT;
    return {
      code: H.RKUE_OFFEN,
      titel: abgelehnt ? 'Reparaturkostenübernahme abgelehnt' : 'Reparaturkostenübernahme (RKÜ) offen',
      text: abgelehnt
        ? 'Der Versicherer hat die Reparaturkostenübernahme (RKÜ) abgelehnt. Die Freigabe ist nur die technische Reparaturfreigabe; ohne RKÜ rechnen Sie die Reparatur auf Grundlage der vom Kunden unterzeichneten Beauftragung und Abtretungserklärung ab.'
        : 'Die Freigabe bezieht sich auf die technische Reparaturfreigabe. Die Reparaturkostenübernahme (RKÜ) sowie Haftung und Deckung sind ggf. noch in Prüfung. Bitte lassen Sie vom Kunden vor Reparaturbeginn immer eine Beauftragung und Abtretungserklärung unterzeichnen: Ohne Reparaturauftrag ist keine Abrechnung der Reparaturkosten an die Versicherung möglich.',
    };
  },
  [H.KV_IN_PRUEFUNG]: (s) => {
    const kv = neuesterKv(s);
    if (istBeendet(s.status) || kv?.status !== KvStatus.IN_PRUEFUNG) return null;
    const was = kv.art === KvArt.NACHTRAG ? 'Nachtrag' : 'KV';
    return {
      code: H.KV_IN_PRUEFUNG,
      titel: `${was} in Prüfung`,
      text: `Der ${was} Nr. ${kv.laufendeNummer} ist eingegangen und wird geprüft; die Freigabe folgt nach der Prüfung. Haben Sie bereits eine Freigabe erhalten, die hier nicht angezeigt wird, melden Sie dies unter „Fehlende Freigabe“.`,
      aktion: Aktion.FEHLENDE_FREIGABE,
    };
  },
  [H.FREIGABE_NICHT_AUSREICHEND]: (s) => {
    if (s.auftragsart !== Auftragsart.REPARATUR || (s.status !== S.FREIGEGEBEN && s.status !== S.IN_REPARATUR)) return null;
    const zuHoch = zuHoheRechnung(s);
    return {
      code: H.FREIGABE_NICHT_AUSREICHEND,
      titel: zuHoch ? 'Rechnung übersteigt die Freigabe' : 'Freigabe liegt vor',
      text: zuHoch
        ? `Eine Rechnung ist am ${datum(zuHoch.eingegangenAm)} eingegangen, aber ${zuHoch.grund}. Bitte reichen Sie zuerst einen KV-Nachtrag über Ihr Kalkulationssystem ein und senden Sie die Rechnung nach dessen Freigabe erneut.`
        : 'Die technische Reparaturfreigabe liegt vor. Reichen die freigegebenen Reparaturkosten nicht aus, reichen Sie bitte einen KV-Nachtrag über Ihr Kalkulationssystem ein.',
    };
  },
  [H.TICKET_OFFEN]: (s) => {
    const offen = s.tickets.filter((t) => OFFEN.has(t.status));
    if (offen.length === 0) return null;
    const liste = offen.map((t) => `${t.ticketNummer} (${AKTION_TEXT[t.aktion]})`).join(', ');
    return {
      code: H.TICKET_OFFEN,
      titel: offen.length === 1 ? `Ticket ${offen[0].ticketNummer} in Bearbeitung` : `${offen.length} Tickets in Bearbeitung`,
      text: `Ihre Meldung haben wir erhalten und bearbeiten sie unter der Ticketnummer ${liste}. Falls Sie Rückfragen haben oder weitere Infos melden möchten, nennen Sie uns bitte diese Ticketnummer.`,
    };
  },
};

/** The Hinweise that apply to the order now, most urgent first; `aktion` only where it is allowed now. */
export function hinweiseBerechnen(s: AuftragSnapshot): HinweisDaten[] {
  const erlaubt = new Set(moeglicheAktionen(s));
  const ergebnis: HinweisDaten[] = [];
  for (const code of HINWEIS_PRIORITAET) {
    const h = REGELN[code](s);
    if (h) ergebnis.push({ ...h, aktion: h.aktion && erlaubt.has(h.aktion) ? h.aktion : null });
  }
  return ergebnis;
}
