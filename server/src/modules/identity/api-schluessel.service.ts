import { DataSource, EntityManager, In } from 'typeorm';
import { z } from 'zod';
import { FehlerCode, Kalkulationssystem } from '../../common/enums';
import { Clock } from '../../common/zeit';
import { inTransaktion, zeilensperre } from '../../db/transaktion';
import { FachlicherFehler, Fehler } from '../../graphql/fehler';
import { einzeiligePflicht, validieren } from '../../graphql/validierung';
import type { Akteur, Vorgang } from '../auftrag/auftrag-lifecycle.service';
import { ApiSchluesselEntity, ApiSchluesselWerkstattEntity } from './api-schluessel.entity';
import { KontoAenderungArt } from './konto-protokoll.entity';
import { kontoProtokollieren } from './konto-protokoll.service';
import { neuesToken, sha256 } from './token';
import { WerkstattEntity } from './werkstatt.entity';

/**
 * Vendor API keys (role KALKULATION), one service for the GraphQL mutations and the CLI: created with
 * a calculation system and linked shops, shown once, stored as a SHA-256 hash, listed, revoked.
 * Revocation takes effect on the next request (every request looks the key up).
 */

/** Who acts: the GraphQL caller (staff) or the command line. */
export interface Verwaltung {
  ds: DataSource;
  clock: Clock;
  akteur: Akteur;
  akteurBenutzerId: number | null;
}

/** Keys start with this, so they are told apart from session tokens (`sst_`) and recognised in logs by their prefix only. */
export const API_SCHLUESSEL_PRAEFIX = 'spk_';

export interface ApiSchluesselMitWerkstaetten {
  schluessel: ApiSchluesselEntity;
  werkstaetten: WerkstattEntity[];
}

export interface ApiSchluesselErgebnis {
  eintrag: ApiSchluesselMitWerkstaetten | null;
  /** The key itself: only in the answer that created it. */
  klartext: string | null;
  fehler: Fehler[];
}

const erstellenSchema = z.object({
  name: einzeiligePflicht('Name', 200),
  kalkulationssystem: z.nativeEnum(Kalkulationssystem),
  werkstattIds: z
    .array(z.string().regex(/^\d{1,10}$/, { error: 'Werkstatt: keine gültige ID.' }).transform(Number))
    .min(1, { error: 'Bitte mindestens eine Werkstatt verknüpfen.' })
    .max(1000, { error: 'Höchstens 1.000 Werkstätten je Schlüssel.' }),
});

async function ausfuehren<T>(u: Verwaltung, fn: (v: Vorgang) => Promise<T>): Promise<{ wert: T | null; fehler: Fehler[] }> {
  try {
    return { wert: await inTransaktion(u.ds, (m) => fn({ m, jetzt: u.clock.now(), akteur: u.akteur })), fehler: [] };
  } catch (e) {
    if (e instanceof FachlicherFehler) return { wert: null, fehler: e.fehler };
    throw e;
  }
}

/** Creates a key for a calculation system and its linked shops; the key is returned once. */
export async function apiSchluesselErstellen(
  u: Verwaltung,
  input: { name: string; kalkulationssystem: Kalkulationssystem; werkstattIds: string[] },
): Promise<ApiSchluesselErgebnis> {
  const g = validieren(erstellenSchema, input);
  if (!g.ok) return { eintrag: null, klartext: null, fehler: g.fehler };
  const ids = [...new Set(g.wert.werkstattIds)];
  const klartext = neuesToken(API_SCHLUESSEL_PRAEFIX);
  const r = await ausfuehren(u, async (v) => {
    const werkstaetten = await v.m.getRepository(WerkstattEntity).find({ where: { id: In(ids) }, order: { name: 'ASC', id: 'ASC' } });
    const fehlend = ids.filter((id) => !werkstaetten.some((w) => w.id === id));
    if (fehlend.length) throw FachlicherFehler.von(FehlerCode.NICHT_GEFUNDEN, `Diese Werkstatt gibt es nicht: ${fehlend.join(', ')}.`, ['input', 'werkstattIds']);
    const schluessel = v.m.getRepository(ApiSchluesselEntity).create({
      name: g.wert.name,
      kalkulationssystem: g.wert.kalkulationssystem,
      schluesselHash: sha256(klartext),
      praefix: klartext.slice(0, 12),
      erstelltAm: v.jetzt,
      widerrufenAm: null,
    });
    await v.m.insert(ApiSchluesselEntity, schluessel);
    await v.m.insert(
      ApiSchluesselWerkstattEntity,
      werkstaetten.map((w) => ({ apiSchluesselId: schluessel.id, werkstattId: w.id })),
    );
    await kontoProtokollieren(v, {
      art: KontoAenderungArt.API_SCHLUESSEL_ERSTELLT,
      beschreibung: `API-Schlüssel „${schluessel.name}“ (${schluessel.praefix}…, ${schluessel.kalkulationssystem}) für ${werkstaetten.map((w) => w.partnerNummer).join(', ')} erstellt.`,
      apiSchluesselId: schluessel.id,
      akteurBenutzerId: u.akteurBenutzerId,
    });
    return { schluessel, werkstaetten };
  });
  return r.wert ? { eintrag: r.wert, klartext, fehler: [] } : { eintrag: null, klartext: null, fehler: r.fehler };
}

/** Revokes a key: from the next request on it is refused (UNAUTHENTICATED). */
export async function apiSchluesselWiderrufen(u: Verwaltung, input: { id: string }): Promise<ApiSchluesselErgebnis> {
  const id = /^\d{1,10}$/.test(input.id.trim()) ? Number(input.id.trim()) : null;
  const nichtGefunden = () => FachlicherFehler.von(FehlerCode.NICHT_GEFUNDEN, 'Diesen API-Schlüssel gibt es nicht.', ['input', 'id']);
  const r = await ausfuehren(u, async (v) => {
    if (id === null) throw nichtGefunden();
    const schluessel = await v.m.getRepository(ApiSchluesselEntity).findOne({ where: { id }, lock: zeilensperre(v.m) });
    if (!schluessel) throw nichtGefunden();
    if (schluessel.widerrufenAm) throw FachlicherFehler.von(FehlerCode.STATUS_UNGUELTIG, 'Der API-Schlüssel ist bereits widerrufen.', ['input', 'id']);
    await v.m.update(ApiSchluesselEntity, { id }, { widerrufenAm: v.jetzt });
    schluessel.widerrufenAm = v.jetzt;
    await kontoProtokollieren(v, {
      art: KontoAenderungArt.API_SCHLUESSEL_WIDERRUFEN,
      beschreibung: `API-Schlüssel „${schluessel.name}“ (${schluessel.praefix}…) widerrufen.`,
      apiSchluesselId: id,
      akteurBenutzerId: u.akteurBenutzerId,
    });
    return { schluessel, werkstaetten: await werkstaettenVon(v.m, [id]).then((k) => k.get(id) ?? []) };
  });
  return { eintrag: r.wert, klartext: null, fehler: r.fehler };
}

/** Every key, newest first, with its linked shops (three statements whatever the number of keys). */
export async function apiSchluesselListe(ds: DataSource): Promise<ApiSchluesselMitWerkstaetten[]> {
  const schluessel = await ds.getRepository(ApiSchluesselEntity).find({ order: { id: 'DESC' } });
  const karte = await werkstaettenVon(ds, schluessel.map((s) => s.id));
  return schluessel.map((s) => ({ schluessel: s, werkstaetten: karte.get(s.id) ?? [] }));
}

async function werkstaettenVon(ds: Pick<EntityManager, 'getRepository'>, ids: number[]): Promise<Map<number, WerkstattEntity[]>> {
  const karte = new Map<number, WerkstattEntity[]>();
  if (ids.length === 0) return karte;
  const links = await ds.getRepository(ApiSchluesselWerkstattEntity).find({ where: { apiSchluesselId: In(ids) } });
  const wIds = [...new Set(links.map((l) => l.werkstattId))];
  const werkstaetten = wIds.length ? await ds.getRepository(WerkstattEntity).find({ where: { id: In(wIds) }, order: { name: 'ASC', id: 'ASC' } }) : [];
  for (const id of ids) {
    const eigene = new Set(links.filter((l) => l.apiSchluesselId === id).map((l) => l.werkstattId));
    karte.set(id, werkstaetten.filter((w) => eigene.has(w.id)));
  }
  return karte;
}
