import { status } from '../../common/bezeichnungen';
import { EntityManager } from 'typeorm';
import { Auftragsstatus, EreignisArt, FehlerCode, Rolle } from '../../common/enums';
import { zaehlerErhoehen } from '../../db/nummernkreis.service';
import { nachCommit, zeilensperre } from '../../db/transaktion';
import { FachlicherFehler } from '../../graphql/fehler';
import { createLoaders } from '../../graphql/loaders';
import { AuftragEntity } from './auftrag.entity';
import { uebergangPruefen } from './auftrag-lifecycle';
import { aktiverStorno, snapshotLaden } from './auftrag-snapshot';
import { EreignisEntity } from './ereignis.entity';
import { ereignisMelden } from './ereignis-bus';
import { hinweiseBerechnen } from './hinweise.rules';
import { StornoEntity } from './storno.entity';

/** Who does something: shown in the history ("wer hat wann was getan"). */
export interface Akteur {
  name: string;
  rolle: Rolle | 'SYSTEM';
}

/**
 * One unit of work on the write side: the transaction's EntityManager, the instant of the change and
 * who makes it. Every domain operation takes one.
 */
export interface Vorgang {
  m: EntityManager;
  jetzt: Date;
  akteur: Akteur;
}

/** Counter of order changes (see AuftragEntity.aenderungsNr). */
const AENDERUNGEN = 'AEND';

export const SYSTEM_AKTEUR: Akteur = { name: 'SPN-System', rolle: 'SYSTEM' };

/** Loads an order by id and locks it for the rest of the transaction. */
export async function auftragSperren(v: Vorgang, auftragId: number): Promise<AuftragEntity> {
  return v.m.getRepository(AuftragEntity).findOneOrFail({ where: { id: auftragId }, lock: zeilensperre(v.m) });
}

/** Writes one history entry; the order's `aktualisiertAm` becomes its time. */
export async function protokollieren(v: Vorgang, auftrag: AuftragEntity, art: EreignisArt, beschreibung: string): Promise<EreignisEntity> {
  const ereignis = v.m.getRepository(EreignisEntity).create({
    auftragId: auftrag.id,
    zeitpunkt: v.jetzt,
    art,
    beschreibung: beschreibung.slice(0, 500),
    akteur: v.akteur.name,
    akteurRolle: v.akteur.rolle,
  });
  await v.m.insert(EreignisEntity, ereignis);
  // Subscribers learn of the entry only once it is committed (and never of a rolled-back one).
  const nachricht = { auftragId: auftrag.id, werkstattId: auftrag.werkstattId, ereignisId: ereignis.id, art };
  const ds = v.m.connection;
  nachCommit(v.m, () => ereignisMelden(ds, nachricht));
  if (auftrag.aktualisiertAm === undefined || auftrag.aktualisiertAm < v.jetzt) auftrag.aktualisiertAm = v.jetzt;
  return ereignis;
}

/**
 * The one place that changes an order's status (architecture rule 3): checks the lifecycle table and
 * its guards, refuses anything else with STATUS_UNGUELTIG naming the current status, and writes the
 * history entry.
 */
export async function statusWechseln(v: Vorgang, auftrag: AuftragEntity, nach: Auftragsstatus, art: EreignisArt, beschreibung: string, opts: { umwandlungInReparatur?: boolean } = {}): Promise<void> {
  let statusVorStorno: Auftragsstatus | null = null;
  if (auftrag.status === Auftragsstatus.STORNIERT) {
    const stornos = await v.m.getRepository(StornoEntity).find({ where: { auftragId: auftrag.id }, order: { id: 'ASC' } });
    statusVorStorno = aktiverStorno(stornos)?.vorherigerStatus ?? null;
  }
  const ergebnis = uebergangPruefen(auftrag.status, nach, { auftragsart: auftrag.auftragsart, statusVorStorno, umwandlungInReparatur: opts.umwandlungInReparatur });
  if (!ergebnis.erlaubt) {
    throw FachlicherFehler.von(FehlerCode.STATUS_UNGUELTIG, `Der Auftrag ${auftrag.spnId} hat den Status ${status(auftrag.status)}: ${ergebnis.grund}`);
  }
  auftrag.status = nach;
  await protokollieren(v, auftrag, art, beschreibung);
}

/**
 * Saves the order at the end of a domain operation, with the Hinweis codes and the actions they offer
 * (the index of the `hinweis` and `mitAktion` list filters) recomputed from the state inside the transaction.
 */
export async function auftragSpeichern(v: Vorgang, auftrag: AuftragEntity): Promise<void> {
  const snapshot = await snapshotLaden(createLoaders(v.m), auftrag, null);
  const hinweise = hinweiseBerechnen(snapshot);
  const codes = hinweise.map((h) => h.code);
  const aktionen = [...new Set(hinweise.flatMap((h) => (h.aktion ? [h.aktion] : [])))];
  auftrag.hinweisCodes = codes.length ? `,${codes.join(',')},` : '';
  auftrag.aktionen = aktionen.length ? `,${aktionen.join(',')},` : '';
  // Drawn last, so the counter's lock is held only for the rest of the transaction.
  auftrag.aenderungsNr = await zaehlerErhoehen(v.m, AENDERUNGEN, 0);
  await v.m.save(AuftragEntity, auftrag);
}
