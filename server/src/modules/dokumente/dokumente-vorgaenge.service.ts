import { KVSTATUS_TEXT, RECHNUNGSTATUS_TEXT, euro, status } from '../../common/bezeichnungen';
import {
  Auftragsart,
  Auftragsstatus as S,
  EingangArt,
  EreignisArt,
  FehlerCode,
  Kalkulationssystem,
  KvArt,
  KvPruefErgebnis,
  KvStatus,
  RechnungArt,
  RechnungPruefErgebnis,
  RechnungStatus,
} from '../../common/enums';
import { normalisiereKennzeichen, normalisiereSchadennummer } from '../../common/ids';
import { Cent, prozentVon } from '../../common/money';
import { FachlicherFehler } from '../../graphql/fehler';
import { AuftragEntity } from '../auftrag/auftrag.entity';
import { Vorgang, auftragSpeichern, protokollieren, statusWechseln } from '../auftrag/auftrag-lifecycle.service';
import { eingangGrund } from '../auftrag/auftrag-snapshot';
import { EreignisEntity } from '../auftrag/ereignis.entity';
import { BenachrichtigungAnlass } from '../benachrichtigung/benachrichtigung.entity';
import { benachrichtigungEinreihen } from '../benachrichtigung/outbox.service';
import { WerkstattEntity } from '../identity/werkstatt.entity';
import { VersichererEntity } from '../stammdaten/versicherer.entity';
import { erwarteterRechnungsbetrag } from './betraege';
import { EingangEntity } from './eingang.entity';
import { FreigabeEntity } from './freigabe.entity';
import { kvNettoCent } from './betraege';
import { KostenvoranschlagEntity } from './kostenvoranschlag.entity';
import { RechnungEntity } from './rechnung.entity';

/**
 * Incoming documents and their review (domain.md, Rules on incoming documents; Order lifecycle).
 * Each runs inside the caller's transaction and assumes syntactically validated input.
 */

/** Which of the matching fields differ from the order (never revealing the stored value). */
export function abweichendeFelder(auftrag: AuftragEntity, schadennummer: string, kennzeichen: string): string[] {
  const felder: string[] = [];
  if (normalisiereSchadennummer(schadennummer) !== auftrag.schadennummerNorm) felder.push('schadennummer');
  if (normalisiereKennzeichen(kennzeichen) !== auftrag.kennzeichenNorm) felder.push('kennzeichen');
  return felder;
}

/** Records a submission that named this order but did not match, and writes it into the history. */
export async function eingangNichtZugeordnet(
  v: Vorgang,
  auftrag: AuftragEntity,
  d: { art: EingangArt; kalkulationssystem: Kalkulationssystem; externeReferenz: string | null; felder: string[]; apiSchluesselId: number | null },
): Promise<EingangEntity> {
  const eingang = v.m.getRepository(EingangEntity).create({
    auftragId: auftrag.id,
    eingegangenAm: v.jetzt,
    art: d.art,
    kalkulationssystem: d.kalkulationssystem,
    externeReferenz: d.externeReferenz,
    abweichendeFelder: d.felder.join(','),
    apiSchluesselId: d.apiSchluesselId,
  });
  await v.m.insert(EingangEntity, eingang);
  const was = d.art === EingangArt.RECHNUNG ? 'Rechnung' : d.art === EingangArt.NACHTRAG ? 'Nachtrag' : 'KV';
  await protokollieren(v, auftrag, EreignisArt.EINGANG_NICHT_ZUGEORDNET, `${was} eingegangen, aber nicht zugeordnet: ${eingangGrund(eingang)}.`);
  await auftragSpeichern(v, auftrag);
  return eingang;
}

export interface KvDaten {
  art: KvArt;
  kalkulationssystem: Kalkulationssystem;
  externeReferenz: string | null;
  ersatzteileCent: Cent;
  arbeitslohnCent: Cent;
  lackierungCent: Cent;
  nebenkostenCent: Cent;
  mwstCent: Cent;
}

const KV_ANNEHMEND: readonly S[] = [S.VERMITTELT, S.KV_IN_PRUEFUNG, S.KORREKTUR_ANGEFORDERT];
const NACHTRAG_ANNEHMEND: readonly S[] = [S.FREIGEGEBEN, S.IN_REPARATUR];

/** Why a KV or Nachtrag cannot be accepted in the order's status; null when it can. */
export function kvNichtAnnehmbar(auftrag: AuftragEntity, art: KvArt): string | null {
  if (art === KvArt.KV && !KV_ANNEHMEND.includes(auftrag.status)) {
    return `Der Auftrag ${auftrag.spnId} hat den Status ${status(auftrag.status)}; ein KV wird nur vor der Freigabe angenommen (für zusätzliche Kosten einen Nachtrag senden).`;
  }
  if (art === KvArt.NACHTRAG && (auftrag.auftragsart !== Auftragsart.REPARATUR || !NACHTRAG_ANNEHMEND.includes(auftrag.status))) {
    return `Der Auftrag ${auftrag.spnId} hat den Status ${status(auftrag.status)}; ein Nachtrag wird nur bei einem freigegebenen Reparaturauftrag („Freigegeben“ oder „In Reparatur“) angenommen.`;
  }
  return null;
}

/** Records a matched KV or Nachtrag: numbered per order; a KV puts the order into review, a Nachtrag does not move it. */
export async function kvAufnehmen(v: Vorgang, auftrag: AuftragEntity, d: KvDaten): Promise<KostenvoranschlagEntity> {
  const grund = kvNichtAnnehmbar(auftrag, d.art);
  if (grund) throw FachlicherFehler.von(FehlerCode.STATUS_UNGUELTIG, grund);
  const repo = v.m.getRepository(KostenvoranschlagEntity);
  const letzte = await repo.findOne({ where: { auftragId: auftrag.id }, order: { laufendeNummer: 'DESC' } });
  // Only the latest one in review can be reviewed: a second one would leave the first in review forever.
  if (letzte?.status === KvStatus.IN_PRUEFUNG) {
    const was = letzte.art === KvArt.NACHTRAG ? 'Nachtrag' : 'KV';
    throw FachlicherFehler.von(
      FehlerCode.STATUS_UNGUELTIG,
      `${was} Nr. ${letzte.laufendeNummer} zum Auftrag ${auftrag.spnId} ist noch in Prüfung; ein weiterer ${d.art === KvArt.NACHTRAG ? 'Nachtrag' : 'KV'} kann erst nach dieser Prüfung gesendet werden (bei einer Korrektur der korrigierte).`,
    );
  }
  const kv = repo.create({ ...d, auftragId: auftrag.id, laufendeNummer: (letzte?.laufendeNummer ?? 0) + 1, eingegangenAm: v.jetzt, status: KvStatus.IN_PRUEFUNG, korrekturpunkteJson: null });
  await v.m.insert(KostenvoranschlagEntity, kv);
  const text = `${d.art === KvArt.NACHTRAG ? 'Nachtrag' : 'KV'} Nr. ${kv.laufendeNummer} eingegangen (netto ${euro(kvNettoCent(kv))}).`;
  if (d.art === KvArt.KV && auftrag.status !== S.KV_IN_PRUEFUNG) {
    await statusWechseln(v, auftrag, S.KV_IN_PRUEFUNG, EreignisArt.KV_EINGEGANGEN, text);
  } else {
    await protokollieren(v, auftrag, EreignisArt.KV_EINGEGANGEN, text);
  }
  await auftragSpeichern(v, auftrag);
  return kv;
}

export interface KvPruefung {
  ergebnis: KvPruefErgebnis;
  /** Approved net amount (FREIGABE); default: the KV's net sum. */
  betragNettoCent?: Cent | null;
  korrekturpunkte?: string[] | null;
}

async function mailAnWerkstatt(v: Vorgang, auftrag: AuftragEntity, anlass: BenachrichtigungAnlass, betreff: string, text: string): Promise<void> {
  const werkstatt = await v.m.getRepository(WerkstattEntity).findOneByOrFail({ id: auftrag.werkstattId });
  await benachrichtigungEinreihen(v, { auftragId: auftrag.id, anlass, empfaenger: werkstatt.email, betreff: `${betreff} – SPN Vermittlungsauftrag ${auftrag.spnId}`, text });
}

/**
 * Reviews the latest KV or Nachtrag in review: FREIGABE creates a Freigabe (a KV-Service order ends
 * instead), KORREKTUR stores the points, ABLEHNUNG sends the order back to VERMITTELT (a Nachtrag
 * leaves the order as it is). Freigabe and Korrektur are mailed to the shop.
 */
export async function kvPruefen(v: Vorgang, auftrag: AuftragEntity, kv: KostenvoranschlagEntity, p: KvPruefung): Promise<FreigabeEntity | null> {
  const neuester = await v.m.getRepository(KostenvoranschlagEntity).findOne({ where: { auftragId: auftrag.id }, order: { laufendeNummer: 'DESC' } });
  if (neuester?.id !== kv.id || kv.status !== KvStatus.IN_PRUEFUNG || auftrag.status === S.STORNIERT) {
    throw FachlicherFehler.von(
      FehlerCode.STATUS_UNGUELTIG,
      `Nur der neueste KV in Prüfung kann geprüft werden; KV Nr. ${kv.laufendeNummer} ist ${KVSTATUS_TEXT[kv.status]}, der Auftrag hat den Status ${status(auftrag.status)}.`,
    );
  }
  const istNachtrag = kv.art === KvArt.NACHTRAG;
  const was = istNachtrag ? 'Nachtrag' : 'KV';
  let freigabe: FreigabeEntity | null = null;
  switch (p.ergebnis) {
    case KvPruefErgebnis.FREIGABE: {
      if (auftrag.auftragsart === Auftragsart.KV_SERVICE && p.betragNettoCent != null) {
        throw FachlicherFehler.von(FehlerCode.VALIDIERUNG, 'Ein KV-Service-Auftrag erhält keine Freigabe mit Betrag: bitte ohne Betrag annehmen.', ['input', 'betragNetto']);
      }
      if (p.betragNettoCent != null && p.betragNettoCent > kvNettoCent(kv)) {
        throw FachlicherFehler.von(
          FehlerCode.VALIDIERUNG,
          `Der freigegebene Betrag (${euro(p.betragNettoCent)}) darf den ${was} Nr. ${kv.laufendeNummer} (netto ${euro(kvNettoCent(kv))}) nicht übersteigen.`,
          ['input', 'betragNetto'],
        );
      }
      kv.status = KvStatus.FREIGEGEBEN;
      await v.m.save(KostenvoranschlagEntity, kv);
      if (auftrag.auftragsart === Auftragsart.KV_SERVICE) {
        await statusWechseln(v, auftrag, S.ABGESCHLOSSEN, EreignisArt.FREIGABE_ERTEILT, `KV Nr. ${kv.laufendeNummer} geprüft und angenommen; der KV-Service-Auftrag ist abgeschlossen.`);
        break;
      }
      const versicherer = await v.m.getRepository(VersichererEntity).findOneByOrFail({ id: auftrag.versichererId });
      const betrag = p.betragNettoCent ?? kvNettoCent(kv);
      freigabe = v.m.getRepository(FreigabeEntity).create({
        auftragId: auftrag.id,
        kvId: kv.id,
        erteiltAm: v.jetzt,
        betragNettoCent: betrag,
        nachlassCent: prozentVon(betrag, versicherer.nachlassBasispunkte),
      });
      await v.m.insert(FreigabeEntity, freigabe);
      const text = `Freigabe für ${was} Nr. ${kv.laufendeNummer} erteilt: ${euro(betrag)} netto, erwarteter Rechnungsbetrag ${euro(betrag - freigabe.nachlassCent)}.`;
      if (istNachtrag) await protokollieren(v, auftrag, EreignisArt.FREIGABE_ERTEILT, text);
      else await statusWechseln(v, auftrag, S.FREIGEGEBEN, EreignisArt.FREIGABE_ERTEILT, text);
      await mailAnWerkstatt(v, auftrag, BenachrichtigungAnlass.FREIGABE, 'Freigabe erteilt', `${text}\nDie Freigabe ist die technische Reparaturfreigabe; die Reparaturkostenübernahme (RKÜ) ist davon unabhängig.`);
      break;
    }
    case KvPruefErgebnis.KORREKTUR: {
      const punkte = p.korrekturpunkte ?? [];
      kv.status = KvStatus.KORREKTUR_ANGEFORDERT;
      kv.korrekturpunkteJson = JSON.stringify(punkte);
      await v.m.save(KostenvoranschlagEntity, kv);
      const text = `Korrektur für ${was} Nr. ${kv.laufendeNummer} angefordert (${punkte.length} ${punkte.length === 1 ? 'Punkt' : 'Punkte'}).`;
      if (istNachtrag) await protokollieren(v, auftrag, EreignisArt.KORREKTUR_ANGEFORDERT, text);
      else await statusWechseln(v, auftrag, S.KORREKTUR_ANGEFORDERT, EreignisArt.KORREKTUR_ANGEFORDERT, text);
      await mailAnWerkstatt(v, auftrag, BenachrichtigungAnlass.KORREKTUR, `Korrektur des ${istNachtrag ? 'Nachtrags' : 'KV'} angefordert`, `Bitte korrigieren Sie den ${was} Nr. ${kv.laufendeNummer} und senden Sie ihn erneut:\n- ${punkte.join('\n- ')}`);
      break;
    }
    case KvPruefErgebnis.ABLEHNUNG: {
      kv.status = KvStatus.ABGELEHNT;
      await v.m.save(KostenvoranschlagEntity, kv);
      const text = `${was} Nr. ${kv.laufendeNummer} abgelehnt.`;
      if (istNachtrag) await protokollieren(v, auftrag, EreignisArt.KV_ABGELEHNT, text);
      else await statusWechseln(v, auftrag, S.VERMITTELT, EreignisArt.KV_ABGELEHNT, `${text} Ein neuer KV wird benötigt.`);
      break;
    }
  }
  await auftragSpeichern(v, auftrag);
  return freigabe;
}

export interface RechnungDaten {
  art: RechnungArt;
  rechnungsnummer: string;
  rechnungsdatum: string;
  betragNettoCent: Cent;
  mwstCent: Cent;
  vorsteuerabzugsberechtigt: boolean | null;
  fahrzeugUebernommenAm: string | null;
  fahrzeugZurueckgegebenAm: string | null;
}

const RECHNUNG_ANNEHMEND: readonly S[] = [S.FREIGEGEBEN, S.IN_REPARATUR, S.REPARATUR_ABGESCHLOSSEN];

/**
 * The checks of a matched invoice that depend on the order (status, amount limit, KV-Service fee,
 * number unique per shop); the list is empty when it may be recorded.
 */
export async function rechnungPruefenVorAufnahme(v: Pick<Vorgang, 'm'>, auftrag: AuftragEntity, d: RechnungDaten): Promise<FachlicherFehler | null> {
  const [rechnungen, freigaben, anzahlKvs, doppelt] = await Promise.all([
    v.m.getRepository(RechnungEntity).find({ where: { auftragId: auftrag.id } }),
    v.m.getRepository(FreigabeEntity).find({ where: { auftragId: auftrag.id } }),
    v.m.getRepository(KostenvoranschlagEntity).count({ where: { auftragId: auftrag.id } }),
    v.m.getRepository(RechnungEntity).exists({ where: { werkstattId: auftrag.werkstattId, rechnungsnummer: d.rechnungsnummer } }),
  ]);
  if (doppelt) return FachlicherFehler.von(FehlerCode.VALIDIERUNG, `Die Rechnungsnummer ${d.rechnungsnummer} wurde von Ihrer Werkstatt bereits verwendet.`, ['input', 'rechnungsnummer']);
  if (d.art === RechnungArt.KV_SERVICE) {
    // The fee belongs to KV-Service orders (also after they became repair orders); a repair order brokered
    // as such has no fee to invoice.
    const warKvService =
      auftrag.auftragsart === Auftragsart.KV_SERVICE ||
      (await v.m.getRepository(EreignisEntity).exists({ where: { auftragId: auftrag.id, art: EreignisArt.AUFTRAGSART_GEAENDERT } }));
    if (!warKvService) {
      return FachlicherFehler.von(FehlerCode.STATUS_UNGUELTIG, `Der Auftrag ${auftrag.spnId} ist ein Reparaturauftrag (Status ${status(auftrag.status)}); eine KV-Service-Pauschale gibt es nur für KV-Service-Aufträge.`, ['input', 'art']);
    }
    const versicherer = await v.m.getRepository(VersichererEntity).findOneByOrFail({ id: auftrag.versichererId });
    if (anzahlKvs === 0) {
      return FachlicherFehler.von(FehlerCode.STATUS_UNGUELTIG, `Der Auftrag ${auftrag.spnId} hat den Status ${status(auftrag.status)} und noch keinen KV; eine KV-Service-Rechnung ist erst möglich, wenn der KV eingegangen ist.`);
    }
    if (rechnungen.some((r) => r.art === RechnungArt.KV_SERVICE && r.status !== RechnungStatus.KORREKTUR_ANGEFORDERT)) {
      return FachlicherFehler.von(FehlerCode.STATUS_UNGUELTIG, `Der Auftrag ${auftrag.spnId} hat den Status ${status(auftrag.status)}; für ihn liegt bereits eine KV-Service-Rechnung vor.`);
    }
    if (d.betragNettoCent > versicherer.kvServicePauschaleCent) {
      return FachlicherFehler.von(FehlerCode.BETRAG_UEBERSCHRITTEN, `Eine KV-Service-Rechnung darf höchstens die Pauschale von ${euro(versicherer.kvServicePauschaleCent)} netto betragen.`, ['input', 'betragNetto']);
    }
    return null;
  }
  if (auftrag.auftragsart !== Auftragsart.REPARATUR || !RECHNUNG_ANNEHMEND.includes(auftrag.status)) {
    return FachlicherFehler.von(
      FehlerCode.STATUS_UNGUELTIG,
      auftrag.auftragsart !== Auftragsart.REPARATUR
        ? `Der Auftrag ${auftrag.spnId} ist ein KV-Service-Auftrag (Status ${status(auftrag.status)}); er kann nur die KV-Service-Pauschale abrechnen (Rechnungsart KV_SERVICE).`
        : auftrag.status === S.RECHNUNG_IN_PRUEFUNG
          ? `Der Auftrag ${auftrag.spnId} hat den Status ${status(auftrag.status)}; eine weitere Rechnung ist erst möglich, wenn die Prüfung eine Korrektur anfordert.`
          : `Der Auftrag ${auftrag.spnId} hat den Status ${status(auftrag.status)}; eine Reparaturrechnung wird nur nach der Freigabe angenommen (Freigegeben, In Reparatur oder Reparatur abgeschlossen).`,
    );
  }
  const erwartet = erwarteterRechnungsbetrag(freigaben, rechnungen) ?? 0;
  if (d.betragNettoCent > erwartet) {
    return FachlicherFehler.von(
      FehlerCode.BETRAG_UEBERSCHRITTEN,
      `Der Rechnungsbetrag übersteigt den erwarteten Rechnungsbetrag von ${euro(erwartet)} netto. Reichen die freigegebenen Kosten nicht aus, senden Sie zuerst einen KV-Nachtrag.`,
      ['input', 'betragNetto'],
    );
  }
  return null;
}

/** Records a matched invoice: a repair invoice moves the order into invoice review; a KV-Service fee invoice does not move it. */
export async function rechnungAufnehmen(v: Vorgang, auftrag: AuftragEntity, d: RechnungDaten): Promise<RechnungEntity> {
  const fehler = await rechnungPruefenVorAufnahme(v, auftrag, d);
  if (fehler) throw fehler;
  const rechnung = v.m.getRepository(RechnungEntity).create({ ...d, auftragId: auftrag.id, werkstattId: auftrag.werkstattId, eingegangenAm: v.jetzt, status: RechnungStatus.IN_PRUEFUNG, bemerkung: null });
  await v.m.insert(RechnungEntity, rechnung);
  const text = `Rechnung ${d.rechnungsnummer} eingegangen (netto ${euro(d.betragNettoCent)}).`;
  if (d.art === RechnungArt.REPARATUR) await statusWechseln(v, auftrag, S.RECHNUNG_IN_PRUEFUNG, EreignisArt.RECHNUNG_EINGEGANGEN, text);
  else await protokollieren(v, auftrag, EreignisArt.RECHNUNG_EINGEGANGEN, `KV-Service-${text}`);
  await auftragSpeichern(v, auftrag);
  return rechnung;
}

const RECHNUNG_UEBERGAENGE: Record<RechnungStatus, RechnungPruefErgebnis[]> = {
  IN_PRUEFUNG: [RechnungPruefErgebnis.UEBERMITTELT, RechnungPruefErgebnis.KORREKTUR],
  UEBERMITTELT: [RechnungPruefErgebnis.BEZAHLT],
  KORREKTUR_ANGEFORDERT: [],
  BEZAHLT: [],
};
const RECHNUNG_ZIEL: Record<RechnungPruefErgebnis, RechnungStatus> = {
  UEBERMITTELT: RechnungStatus.UEBERMITTELT,
  KORREKTUR: RechnungStatus.KORREKTUR_ANGEFORDERT,
  BEZAHLT: RechnungStatus.BEZAHLT,
};

/**
 * Reviews an invoice: UEBERMITTELT ends a repair order, KORREKTUR sends it back to
 * REPARATUR_ABGESCHLOSSEN (a corrected invoice is needed), BEZAHLT follows UEBERMITTELT.
 */
export async function rechnungPruefen(v: Vorgang, auftrag: AuftragEntity, rechnung: RechnungEntity, ergebnis: RechnungPruefErgebnis, bemerkung: string | null): Promise<void> {
  if (!RECHNUNG_UEBERGAENGE[rechnung.status].includes(ergebnis)) {
    throw FachlicherFehler.von(FehlerCode.STATUS_UNGUELTIG, `Die Rechnung ${rechnung.rechnungsnummer} ist ${RECHNUNGSTATUS_TEXT[rechnung.status]}; das Prüfergebnis ${ergebnis} ist jetzt nicht möglich.`);
  }
  rechnung.status = RECHNUNG_ZIEL[ergebnis];
  rechnung.bemerkung = bemerkung ?? rechnung.bemerkung;
  await v.m.save(RechnungEntity, rechnung);
  const text = `Rechnung ${rechnung.rechnungsnummer} geprüft: ${ergebnis === 'KORREKTUR' ? 'Korrektur angefordert' : ergebnis === 'UEBERMITTELT' ? 'an den Versicherer übermittelt' : 'bezahlt'}.`;
  const reparatur = rechnung.art === RechnungArt.REPARATUR && auftrag.status === S.RECHNUNG_IN_PRUEFUNG;
  if (reparatur && ergebnis === RechnungPruefErgebnis.UEBERMITTELT) await statusWechseln(v, auftrag, S.ABGESCHLOSSEN, EreignisArt.RECHNUNG_GEPRUEFT, text);
  else if (reparatur && ergebnis === RechnungPruefErgebnis.KORREKTUR) await statusWechseln(v, auftrag, S.REPARATUR_ABGESCHLOSSEN, EreignisArt.RECHNUNG_GEPRUEFT, text);
  else await protokollieren(v, auftrag, EreignisArt.RECHNUNG_GEPRUEFT, text);
  if (ergebnis === RechnungPruefErgebnis.KORREKTUR) {
    await mailAnWerkstatt(v, auftrag, BenachrichtigungAnlass.KORREKTUR, 'Korrektur der Rechnung angefordert', `Bitte senden Sie eine korrigierte Rechnung zu ${rechnung.rechnungsnummer}.${bemerkung ? `\nGrund: ${bemerkung}` : ''}`);
  }
  await auftragSpeichern(v, auftrag);
}
