import { status } from '../../common/bezeichnungen';
import { Auftragsart, Auftragsstatus as S } from '../../common/enums';

/**
 * The order lifecycle of domain.md as data: for each status the statuses it may move to. Guards below
 * narrow a move by facts of the order (Auftragsart, the status a Storno came from). Nothing outside
 * `AuftragLifecycleService.wechseln` assigns a status.
 */
export const AUFTRAG_UEBERGAENGE: Readonly<Record<S, readonly S[]>> = {
  [S.VERMITTELT]: [S.KV_IN_PRUEFUNG, S.STORNIERT],
  [S.KV_IN_PRUEFUNG]: [S.KORREKTUR_ANGEFORDERT, S.FREIGEGEBEN, S.VERMITTELT, S.ABGESCHLOSSEN, S.STORNIERT],
  [S.KORREKTUR_ANGEFORDERT]: [S.KV_IN_PRUEFUNG, S.STORNIERT],
  [S.FREIGEGEBEN]: [S.IN_REPARATUR, S.REPARATUR_ABGESCHLOSSEN, S.RECHNUNG_IN_PRUEFUNG, S.STORNIERT],
  [S.IN_REPARATUR]: [S.REPARATUR_ABGESCHLOSSEN, S.RECHNUNG_IN_PRUEFUNG, S.STORNIERT],
  [S.REPARATUR_ABGESCHLOSSEN]: [S.RECHNUNG_IN_PRUEFUNG],
  [S.RECHNUNG_IN_PRUEFUNG]: [S.ABGESCHLOSSEN, S.REPARATUR_ABGESCHLOSSEN],
  // A finished KV-Service order becomes a repair order when "Auftrag anfordern" is accepted.
  [S.ABGESCHLOSSEN]: [S.KV_IN_PRUEFUNG, S.VERMITTELT],
  // An accepted "Auftrag anfordern" restores exactly the status the Storno came from.
  [S.STORNIERT]: [S.VERMITTELT, S.KV_IN_PRUEFUNG, S.KORREKTUR_ANGEFORDERT, S.FREIGEGEBEN, S.IN_REPARATUR],
};

/** What a guard needs to know about the order. */
export interface UebergangKontext {
  auftragsart: Auftragsart;
  /** Status the current Storno came from (only while STORNIERT). */
  statusVorStorno?: S | null;
  /** True while the move is the acceptance of "Auftrag anfordern" turning a KV-Service order into a repair order. */
  umwandlungInReparatur?: boolean;
}

export type UebergangErgebnis = { erlaubt: true } | { erlaubt: false; grund: string };

const REPARATUR_STATUS = new Set<S>([S.FREIGEGEBEN, S.IN_REPARATUR, S.REPARATUR_ABGESCHLOSSEN, S.RECHNUNG_IN_PRUEFUNG]);

/** Decides whether an order may move from `von` to `nach`; the reason is a German sentence for `fehler`. */
export function uebergangPruefen(von: S, nach: S, kontext: UebergangKontext): UebergangErgebnis {
  const nein = (grund: string): UebergangErgebnis => ({ erlaubt: false, grund });
  if (!AUFTRAG_UEBERGAENGE[von].includes(nach)) {
    return nein(`Der Wechsel nach ${status(nach)} ist nicht vorgesehen.`);
  }
  if (kontext.auftragsart === Auftragsart.KV_SERVICE && REPARATUR_STATUS.has(nach)) {
    return nein('Ein KV-Service-Auftrag hat keine Reparatur; dafür muss ein Reparaturauftrag angefordert werden.');
  }
  if (von === S.KV_IN_PRUEFUNG && nach === S.ABGESCHLOSSEN && kontext.auftragsart !== Auftragsart.KV_SERVICE) {
    return nein('Nur ein KV-Service-Auftrag endet mit der Prüfung des KV.');
  }
  if (von === S.ABGESCHLOSSEN && !(kontext.auftragsart === Auftragsart.KV_SERVICE && kontext.umwandlungInReparatur)) {
    return nein('Ein abgeschlossener Auftrag kann nur als KV-Service-Auftrag in einen Reparaturauftrag umgewandelt werden.');
  }
  if (von === S.STORNIERT && nach !== kontext.statusVorStorno) {
    return nein(`Eine Stornierung wird nur in den vorherigen Status ${kontext.statusVorStorno ? status(kontext.statusVorStorno) : '(unbekannt)'} aufgehoben.`);
  }
  return { erlaubt: true };
}

/** Statuses in which an order counts as finished for the FAQ rules. */
export function istBeendet(status: S): boolean {
  return status === S.STORNIERT || status === S.ABGESCHLOSSEN;
}

/** Statuses from which a Storno is possible. */
export const STORNIERBAR: readonly S[] = AUFTRAG_UEBERGAENGE[S.STORNIERT];
