import { z } from 'zod';
import { AnforderungsGrund, FehlerCode, Reparaturstatus as R } from '../../common/enums';
import { Fehler } from '../../graphql/fehler';
import { datumText } from '../../common/zeit';
import { freitext, idempotenzSchluessel, pflichttext, spnIdFeld, ticketNummerFeld } from '../../graphql/validierung';

/**
 * The rules of the three forms (domain.md, Action rules): which dates each Vorgangsinfo status
 * needs, bounded free text, the customer's signature. Date plausibility against the order is in
 * `datenPlausibel` (it needs the order and "today").
 */

const spnId = spnIdFeld;

const BENOETIGT: Partial<Record<R, { feld: 'termin' | 'fahrzeugUebernommenAm' | 'fertiggestelltAm' | 'fahrzeugZurueckgegebenAm'; text: string }>> = {
  [R.TERMIN_VEREINBART]: { feld: 'termin', text: 'Bitte geben Sie den vereinbarten Termin an.' },
  [R.FAHRZEUG_IN_ARBEIT]: { feld: 'fahrzeugUebernommenAm', text: 'Bitte geben Sie an, wann das Fahrzeug übernommen wurde.' },
  [R.FAHRZEUG_FERTIG]: { feld: 'fertiggestelltAm', text: 'Bitte geben Sie an, wann die Reparatur fertiggestellt wurde.' },
  [R.FAHRZEUG_ZURUECKGEGEBEN]: { feld: 'fahrzeugZurueckgegebenAm', text: 'Bitte geben Sie an, wann das Fahrzeug zurückgegeben wurde.' },
};

/** Which date field a Vorgangsinfo status needs (for the client and the rules). */
export function benoetigtesDatum(status: R): string | null {
  return BENOETIGT[status]?.feld ?? null;
}

const datum = z.string().nullish();

export const vorgangsinfoSchema = z
  .object({
    spnId,
    idempotencyKey: idempotenzSchluessel,
    reparaturstatus: z.nativeEnum(R),
    termin: datum,
    fahrzeugUebernommenAm: datum,
    voraussichtlicheFertigstellung: datum,
    fertiggestelltAm: datum,
    fahrzeugZurueckgegebenAm: datum,
    nachricht: freitext('Nachricht').nullish(),
  })
  .superRefine((v, ctx) => {
    const noetig = BENOETIGT[v.reparaturstatus];
    if (noetig && !v[noetig.feld]) ctx.addIssue({ code: 'custom', path: [noetig.feld], message: noetig.text });
  });

export const fehlendeFreigabeSchema = z.object({
  spnId,
  idempotencyKey: idempotenzSchluessel,
  freigabeErhaltenAm: z.string(),
  quelle: z.string().nullish(),
  betragNetto: z.number().positive({ error: 'Der freigegebene Betrag muss größer als 0 sein.' }).nullish(),
  referenz: freitext('Referenz', 100).nullish(),
  nachricht: freitext('Nachricht').nullish(),
});

export const auftragAnfordernSchema = z.object({
  spnId,
  idempotencyKey: idempotenzSchluessel,
  grund: z.nativeEnum(AnforderungsGrund),
  kundeHatUnterschrieben: z.literal(true, {
    error: 'Ein Reparaturauftrag kann nur angefordert werden, wenn der Kunde Reparaturauftrag und Abtretungserklärung (oder Zahlungsanweisung) unterschrieben hat.',
  }),
  nachricht: freitext('Nachricht').nullish(),
});

export const ticketNachrichtSchema = z.object({
  ticketNummer: ticketNummerFeld,
  text: pflichttext('Text'),
  idempotencyKey: idempotenzSchluessel,
});

export const ticketBearbeitenSchema = z.object({
  ticketNummer: ticketNummerFeld,
  status: z.string(),
  antwort: freitext('Antwort').nullish(),
});

export interface DatumsKontext {
  /** Today in Europe/Berlin. */
  heute: string;
  /** The day the order was brokered (Europe/Berlin). */
  vermitteltAm: string;
  /** Takeover reported earlier on this order, if any. */
  bisherigeUebernahme: string | null;
}

type DatumsFelder = Partial<Record<'termin' | 'fahrzeugUebernommenAm' | 'voraussichtlicheFertigstellung' | 'fertiggestelltAm' | 'fahrzeugZurueckgegebenAm' | 'freigabeErhaltenAm', string | null>>;

const BEZEICHNUNG: Record<keyof DatumsFelder, string> = {
  termin: 'Der Termin',
  fahrzeugUebernommenAm: 'Die Fahrzeugübernahme',
  voraussichtlicheFertigstellung: 'Die voraussichtliche Fertigstellung',
  fertiggestelltAm: 'Die Fertigstellung',
  fahrzeugZurueckgegebenAm: 'Die Rückgabe',
  freigabeErhaltenAm: 'Der Erhalt der Freigabe',
};
/** Dates of things that already happened: not in the future. */
const VERGANGEN: (keyof DatumsFelder)[] = ['fahrzeugUebernommenAm', 'fertiggestelltAm', 'fahrzeugZurueckgegebenAm', 'freigabeErhaltenAm'];

/**
 * Plausible dates (domain.md): none before the order was brokered, nothing that already happened in
 * the future ("today" in Europe/Berlin), no completion or return before takeover, no return before
 * completion. ISO dates compare correctly as strings.
 */
export function datenPlausibel(d: DatumsFelder, k: DatumsKontext): Fehler[] {
  const fehler: Fehler[] = [];
  const melden = (feld: keyof DatumsFelder, text: string) => fehler.push(Fehler.von(FehlerCode.VALIDIERUNG, text, ['input', feld]));
  for (const feld of Object.keys(BEZEICHNUNG) as (keyof DatumsFelder)[]) {
    const wert = d[feld];
    if (!wert) continue;
    if (wert < k.vermitteltAm) melden(feld, `${BEZEICHNUNG[feld]} (${datumText(wert)}) liegt vor der Vermittlung des Auftrags am ${datumText(k.vermitteltAm)}.`);
    else if (VERGANGEN.includes(feld) && wert > k.heute) melden(feld, `${BEZEICHNUNG[feld]} (${datumText(wert)}) liegt in der Zukunft; bitte das tatsächliche Datum angeben.`);
  }
  const uebernahme = d.fahrzeugUebernommenAm ?? k.bisherigeUebernahme;
  if (uebernahme) {
    for (const feld of ['fertiggestelltAm', 'fahrzeugZurueckgegebenAm', 'voraussichtlicheFertigstellung'] as const) {
      const wert = d[feld];
      if (wert && wert < uebernahme && !fehler.some((f) => f.feld?.[1] === feld)) {
        melden(feld, `${BEZEICHNUNG[feld]} (${datumText(wert)}) liegt vor der Fahrzeugübernahme am ${datumText(uebernahme)}.`);
      }
    }
  }
  if (d.fertiggestelltAm && d.fahrzeugZurueckgegebenAm && d.fahrzeugZurueckgegebenAm < d.fertiggestelltAm && !fehler.some((f) => f.feld?.[1] === 'fahrzeugZurueckgegebenAm')) {
    melden('fahrzeugZurueckgegebenAm', `Die Rückgabe (${datumText(d.fahrzeugZurueckgegebenAm)}) liegt vor der Fertigstellung am ${datumText(d.fertiggestelltAm)}.`);
  }
  return fehler;
}

/** A reason that does not fit the order (FAELSCHLICH_STORNIERT on an order that is not cancelled …). */
export function anforderungsGrundPassend(grund: AnforderungsGrund, auftrag: { status: string; auftragsart: string }): Fehler | null {
  if (grund === AnforderungsGrund.FAELSCHLICH_STORNIERT && auftrag.status !== 'STORNIERT') {
    return Fehler.von(FehlerCode.VALIDIERUNG, 'Der Auftrag ist nicht storniert; als Grund passt „Kunde wünscht Reparatur“.', ['input', 'grund']);
  }
  if (grund === AnforderungsGrund.KUNDE_WUENSCHT_REPARATUR && auftrag.auftragsart !== 'KV_SERVICE') {
    return Fehler.von(FehlerCode.VALIDIERUNG, 'Für diesen Auftrag liegt bereits ein Reparaturauftrag vor; als Grund passt nur „Fälschlich storniert“.', ['input', 'grund']);
  }
  return null;
}
