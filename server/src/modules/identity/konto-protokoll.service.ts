import type { Vorgang } from '../auftrag/auftrag-lifecycle.service';
import { KontoAenderungArt, KontoProtokollEntity } from './konto-protokoll.entity';

export interface KontoAenderung {
  art: KontoAenderungArt;
  /** A German sentence: what changed (never a password or token). */
  beschreibung: string;
  benutzerId?: number | null;
  werkstattId?: number | null;
  apiSchluesselId?: number | null;
  /** The user who acted (null: the CLI, or nobody logged in). */
  akteurBenutzerId: number | null;
}

/** Writes one audit-trail entry inside the change's transaction: who (`v.akteur`), when (`v.jetzt`), what. */
export async function kontoProtokollieren(v: Vorgang, a: KontoAenderung): Promise<void> {
  await v.m.insert(KontoProtokollEntity, {
    zeitpunkt: v.jetzt,
    art: a.art,
    akteur: v.akteur.name.slice(0, 300),
    akteurBenutzerId: a.akteurBenutzerId,
    benutzerId: a.benutzerId ?? null,
    werkstattId: a.werkstattId ?? null,
    apiSchluesselId: a.apiSchluesselId ?? null,
    beschreibung: a.beschreibung.slice(0, 500),
  });
}
