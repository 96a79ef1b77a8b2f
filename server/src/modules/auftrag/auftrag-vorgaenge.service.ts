import { RKUESTATUS_TEXT, STORNOGRUND_TEXT, status } from '../../common/bezeichnungen';
import {
  Auftragsart,
  Auftragsstatus as S,
  EreignisArt,
  ErinnerungArt,
  FehlerCode,
  KvStatus,
  RkueStatus,
  Sparte,
  Stornogrund,
} from '../../common/enums';
import { normalisiereKennzeichen, normalisiereSchadennummer, suchtextBilden } from '../../common/ids';
import { berlinDatum } from '../../common/zeit';
import { naechsteNummer } from '../../db/nummernkreis.service';
import { FachlicherFehler } from '../../graphql/fehler';
import { BenachrichtigungAnlass } from '../benachrichtigung/benachrichtigung.entity';
import { benachrichtigungEinreihen } from '../benachrichtigung/outbox.service';
import { KostenvoranschlagEntity } from '../dokumente/kostenvoranschlag.entity';
import { WerkstattEntity } from '../identity/werkstatt.entity';
import { AuftragEntity } from './auftrag.entity';
import { Vorgang, auftragSpeichern, protokollieren, statusWechseln } from './auftrag-lifecycle.service';
import { STORNIERBAR } from './auftrag-lifecycle';
import { aktiverStorno } from './auftrag-snapshot';
import { ErinnerungEntity } from './erinnerung.entity';
import { StornoEntity } from './storno.entity';

/**
 * The network's operations on an order (domain.md, Order lifecycle). Each runs inside the caller's
 * transaction (`Vorgang`), assumes validated input, and refuses a move the lifecycle does not allow
 * with a FachlicherFehler.
 */

export interface VermittlungDaten {
  werkstattId: number;
  versichererId: number;
  auftragsart: Auftragsart;
  sparte: Sparte;
  schadennummer: string;
  schadentag: string | null;
  kennzeichen: string;
  hersteller: string | null;
  modell: string | null;
  fin: string | null;
  erstzulassung?: string | null;
  kundeName: string;
  kundeAnschrift: string | null;
  kundeTelefon: string | null;
}


/** Brokers a new order to a shop: draws the SPN-ID of the year (Europe/Berlin) and writes the first history entry. */
export async function auftragVermitteln(v: Vorgang, d: VermittlungDaten): Promise<AuftragEntity> {
  const spnId = await naechsteNummer(v.m, 'SPN', Number(berlinDatum(v.jetzt).slice(0, 4)));
  const auftrag = v.m.getRepository(AuftragEntity).create({
    ...d,
    erstzulassung: d.erstzulassung ?? null,
    spnId,
    status: S.VERMITTELT,
    schadennummerNorm: normalisiereSchadennummer(d.schadennummer),
    kennzeichenNorm: normalisiereKennzeichen(d.kennzeichen),
    rkueStatus: RkueStatus.NICHT_ANGEFRAGT,
    rkueEntschiedenAm: null,
    rkueBemerkung: null,
    vermitteltAm: v.jetzt,
    aktualisiertAm: v.jetzt,
    suchtext: suchtextBilden(spnId, d.schadennummer, d.kennzeichen),
    hinweisCodes: '',
    aktionen: '',
  });
  await v.m.insert(AuftragEntity, auftrag);
  const art = d.auftragsart === Auftragsart.KV_SERVICE ? 'KV-Service-Auftrag' : 'Reparaturauftrag';
  await protokollieren(v, auftrag, EreignisArt.AUFTRAG_VERMITTELT, `${art} an die Werkstatt vermittelt.`);
  await auftragSpeichern(v, auftrag);
  return auftrag;
}

async function werkstattVon(v: Vorgang, auftrag: AuftragEntity): Promise<WerkstattEntity> {
  return v.m.getRepository(WerkstattEntity).findOneByOrFail({ id: auftrag.werkstattId });
}


/** Cancels an order, remembering the status it came from, and mails "Stornierung SPN Vermittlungsauftrag <SPN-ID>". */
export async function auftragStornieren(v: Vorgang, auftrag: AuftragEntity, grund: Stornogrund, bemerkung: string | null): Promise<StornoEntity> {
  if (!STORNIERBAR.includes(auftrag.status)) {
    throw FachlicherFehler.von(FehlerCode.STATUS_UNGUELTIG, `Der Auftrag ${auftrag.spnId} hat den Status ${status(auftrag.status)} und kann nicht storniert werden.`);
  }
  const werkstatt = await werkstattVon(v, auftrag);
  const mail = await benachrichtigungEinreihen(v, {
    auftragId: auftrag.id,
    anlass: BenachrichtigungAnlass.STORNO,
    empfaenger: werkstatt.email,
    betreff: `Stornierung SPN Vermittlungsauftrag ${auftrag.spnId}`,
    text: `Sehr geehrte Damen und Herren,\n\nder SPN Vermittlungsauftrag ${auftrag.spnId} (Schadennummer ${auftrag.schadennummer}) wurde storniert.\nStornogrund: ${STORNOGRUND_TEXT[grund]}${bemerkung ? `\nBemerkung: ${bemerkung}` : ''}\n\nIhr SPN Service Partner Netzwerk`,
  });
  const storno = v.m.getRepository(StornoEntity).create({
    auftragId: auftrag.id,
    grund,
    bemerkung,
    storniertAm: v.jetzt,
    vorherigerStatus: auftrag.status,
    benachrichtigungId: mail.id,
    aufgehobenAm: null,
  });
  await v.m.insert(StornoEntity, storno);
  await statusWechseln(v, auftrag, S.STORNIERT, EreignisArt.STORNIERT, `Auftrag storniert (${STORNOGRUND_TEXT[grund]}); Storno-E-Mail eingereiht.`);
  await auftragSpeichern(v, auftrag);
  return storno;
}

/** Undoes the Storno in force and restores exactly the status it came from. */
export async function stornoAufheben(v: Vorgang, auftrag: AuftragEntity): Promise<void> {
  const stornos = await v.m.getRepository(StornoEntity).find({ where: { auftragId: auftrag.id }, order: { id: 'ASC' } });
  const storno = auftrag.status === S.STORNIERT ? aktiverStorno(stornos) : null;
  if (!storno) throw FachlicherFehler.von(FehlerCode.STATUS_UNGUELTIG, `Der Auftrag ${auftrag.spnId} hat den Status ${status(auftrag.status)} und ist nicht storniert.`);
  await statusWechseln(v, auftrag, storno.vorherigerStatus, EreignisArt.STORNO_AUFGEHOBEN, `Stornierung aufgehoben; Auftrag wieder im Status ${status(storno.vorherigerStatus)}.`);
  storno.aufgehobenAm = v.jetzt;
  await v.m.save(StornoEntity, storno);
}

const RKUE_UEBERGAENGE: Record<RkueStatus, RkueStatus[]> = {
  NICHT_ANGEFRAGT: [RkueStatus.IN_PRUEFUNG, RkueStatus.ERTEILT, RkueStatus.ABGELEHNT],
  IN_PRUEFUNG: [RkueStatus.ERTEILT, RkueStatus.ABGELEHNT],
  ERTEILT: [],
  ABGELEHNT: [],
};


/** Records the insurer's cost-coverage decision (RKÜ); it never moves the order. Decisions are mailed. */
export async function rkueEntscheiden(v: Vorgang, auftrag: AuftragEntity, neu: RkueStatus, bemerkung: string | null): Promise<void> {
  if (!RKUE_UEBERGAENGE[auftrag.rkueStatus].includes(neu)) {
    throw FachlicherFehler.von(FehlerCode.STATUS_UNGUELTIG, `Die RKÜ ist ${RKUESTATUS_TEXT[auftrag.rkueStatus]}; „${RKUESTATUS_TEXT[neu]}“ ist danach nicht vorgesehen.`);
  }
  auftrag.rkueStatus = neu;
  // IN_PRUEFUNG is the request, not a decision: entschiedenAm stays empty until ERTEILT or ABGELEHNT.
  auftrag.rkueEntschiedenAm = neu === RkueStatus.ERTEILT || neu === RkueStatus.ABGELEHNT ? v.jetzt : null;
  auftrag.rkueBemerkung = bemerkung;
  await protokollieren(v, auftrag, EreignisArt.RKUE_GEAENDERT, `Reparaturkostenübernahme (RKÜ) ${RKUESTATUS_TEXT[neu]}.`);
  if (neu === RkueStatus.ERTEILT || neu === RkueStatus.ABGELEHNT) {
    const werkstatt = await werkstattVon(v, auftrag);
    await benachrichtigungEinreihen(v, {
      auftragId: auftrag.id,
      anlass: BenachrichtigungAnlass.RKUE,
      empfaenger: werkstatt.email,
      betreff: `RKÜ ${RKUESTATUS_TEXT[neu]}: SPN Vermittlungsauftrag ${auftrag.spnId}`,
      text: `Die Reparaturkostenübernahme für den SPN Vermittlungsauftrag ${auftrag.spnId} (Schadennummer ${auftrag.schadennummer}) wurde ${RKUESTATUS_TEXT[neu]}.${bemerkung ? `\nBemerkung: ${bemerkung}` : ''}`,
    });
  }
  await auftragSpeichern(v, auftrag);
}

const ERINNERBAR: readonly S[] = [S.VERMITTELT, S.KV_IN_PRUEFUNG, S.KORREKTUR_ANGEFORDERT, S.FREIGEGEBEN, S.IN_REPARATUR, S.REPARATUR_ABGESCHLOSSEN];

/** Sends the shop a reminder to report repair or appointment status; it never moves the order. */
export async function erinnerungSenden(v: Vorgang, auftrag: AuftragEntity, art: ErinnerungArt): Promise<ErinnerungEntity> {
  if (!ERINNERBAR.includes(auftrag.status)) {
    throw FachlicherFehler.von(FehlerCode.STATUS_UNGUELTIG, `Der Auftrag ${auftrag.spnId} hat den Status ${status(auftrag.status)}; eine Erinnerung ist nicht vorgesehen.`);
  }
  const erinnerung = v.m.getRepository(ErinnerungEntity).create({ auftragId: auftrag.id, art, gesendetAm: v.jetzt, erledigtAm: null });
  await v.m.insert(ErinnerungEntity, erinnerung);
  const was = art === ErinnerungArt.TERMINSTATUS ? 'Terminstatus' : 'Reparaturstatus';
  const werkstatt = await werkstattVon(v, auftrag);
  await benachrichtigungEinreihen(v, {
    auftragId: auftrag.id,
    anlass: BenachrichtigungAnlass.ERINNERUNG,
    empfaenger: werkstatt.email,
    betreff: `Erinnerung: ${was} melden – SPN Vermittlungsauftrag ${auftrag.spnId}`,
    text: `Bitte melden Sie den ${was} zum SPN Vermittlungsauftrag ${auftrag.spnId} im SPN Self-Service-Portal unter Aktionen „Vorgangsinfo“.`,
  });
  await protokollieren(v, auftrag, EreignisArt.ERINNERUNG_GESENDET, `Erinnerung gesendet: ${was} melden.`);
  await auftragSpeichern(v, auftrag);
  return erinnerung;
}

/**
 * An accepted "Auftrag anfordern" (domain.md): a STORNIERT order is restored first; a KV-Service
 * order becomes a repair order, in KV_IN_PRUEFUNG with its latest KV back in review (VERMITTELT
 * without KV).
 */
export async function auftragAnforderungUmsetzen(v: Vorgang, auftrag: AuftragEntity): Promise<void> {
  if (auftrag.status === S.STORNIERT) await stornoAufheben(v, auftrag);
  if (auftrag.auftragsart === Auftragsart.KV_SERVICE) {
    const kvs = await v.m.getRepository(KostenvoranschlagEntity).find({ where: { auftragId: auftrag.id }, order: { laufendeNummer: 'DESC' }, take: 1 });
    const neuester = kvs[0];
    if (neuester && neuester.status !== KvStatus.IN_PRUEFUNG) {
      neuester.status = KvStatus.IN_PRUEFUNG;
      await v.m.save(KostenvoranschlagEntity, neuester);
    }
    const ziel = neuester ? S.KV_IN_PRUEFUNG : S.VERMITTELT;
    // One change, one history entry: the new Auftragsart together with the status it brings.
    const text = `Reparaturauftrag angefordert und angenommen: aus dem KV-Service-Auftrag wurde ein Reparaturauftrag${neuester ? `; der KV Nr. ${neuester.laufendeNummer} wird als Reparatur-KV geprüft` : ''}.`;
    if (auftrag.status !== ziel) {
      await statusWechseln(v, auftrag, ziel, EreignisArt.AUFTRAGSART_GEAENDERT, text, { umwandlungInReparatur: true });
    } else {
      await protokollieren(v, auftrag, EreignisArt.AUFTRAGSART_GEAENDERT, text);
    }
    auftrag.auftragsart = Auftragsart.REPARATUR;
  }
  await auftragSpeichern(v, auftrag);
}
