import { KvArt, EingangArt } from '../../common/enums';
import { Aufrufer, istVendor } from '../../graphql/context';
import { Loaders } from '../../graphql/loaders';
import { EingangEntity } from '../dokumente/eingang.entity';
import { FreigabeEntity } from '../dokumente/freigabe.entity';
import { kvKorrekturpunkte } from '../dokumente/betraege';
import { KostenvoranschlagEntity } from '../dokumente/kostenvoranschlag.entity';
import { RechnungEntity } from '../dokumente/rechnung.entity';
import { BenachrichtigungEntity } from '../benachrichtigung/benachrichtigung.entity';
import { TicketEntity } from '../ticket/ticket.entity';
import { ErinnerungEntity } from './erinnerung.entity';
import { AuftragEntity } from './auftrag.entity';
import { AuftragSnapshot } from './hinweise.rules';
import { StornoEntity } from './storno.entity';

const FELD_TEXT: Record<string, string> = {
  kennzeichen: 'das Kennzeichen weicht ab',
  schadennummer: 'die Schadennummer weicht ab',
  betragNetto: 'der Betrag übersteigt den erwarteten Rechnungsbetrag',
};

/** The German sentence for an unmatched submission: "das Kennzeichen weicht ab". */
export function eingangGrund(e: Pick<EingangEntity, 'abweichendeFelder'>): string {
  const felder = e.abweichendeFelder.split(',').filter(Boolean);
  return felder.map((f) => FELD_TEXT[f] ?? `das Feld ${f} weicht ab`).join(' und ');
}

/** The Storno that is in force now (the order is STORNIERT and it was not undone). */
export function aktiverStorno(stornos: StornoEntity[]): StornoEntity | null {
  return stornos.filter((s) => s.aufgehobenAm === null).at(-1) ?? null;
}

/** Unmatched submissions the caller may see: all for shop and staff, only its own for a vendor key. */
export function sichtbareEingaenge(eingaenge: EingangEntity[], aufrufer: Aufrufer | null): EingangEntity[] {
  if (aufrufer?.art !== 'API_SCHLUESSEL') return eingaenge;
  return eingaenge.filter((e) => e.apiSchluesselId === aufrufer.apiSchluesselId);
}

/** The lists of one order the FAQ rules look at (all of them, unfiltered, in id order). */
export interface SnapshotListen {
  kvs: Pick<KostenvoranschlagEntity, 'art' | 'laufendeNummer' | 'status' | 'korrekturpunkteJson'>[];
  freigaben: Pick<FreigabeEntity, 'erteiltAm'>[];
  rechnungen: Pick<RechnungEntity, 'rechnungsnummer' | 'status' | 'bemerkung' | 'eingegangenAm'>[];
  stornos: StornoEntity[];
  erinnerungen: Pick<ErinnerungEntity, 'erledigtAm'>[];
  tickets: Pick<TicketEntity, 'ticketNummer' | 'aktion' | 'status'>[];
  eingaenge: EingangEntity[];
  benachrichtigungen: Pick<BenachrichtigungEntity, 'id' | 'versendetAm'>[];
}

/**
 * Loads what the FAQ rules need about one order through the request's loaders (cached, so the
 * overview's own lists cost nothing extra).
 */
export async function snapshotLaden(loaders: Loaders, a: AuftragEntity, aufrufer: Aufrufer | null): Promise<AuftragSnapshot> {
  const vendor = istVendor(aufrufer);
  const [kvs, freigaben, rechnungen, stornos, erinnerungen, tickets, eingaenge, benachrichtigungen] = await Promise.all([
    loaders.kvs.load(a.id),
    loaders.freigaben.load(a.id),
    loaders.rechnungen.load(a.id),
    loaders.stornos.load(a.id),
    loaders.erinnerungen.load(a.id),
    vendor ? Promise.resolve([]) : loaders.tickets.load(a.id),
    loaders.eingaenge.load(a.id),
    loaders.benachrichtigungen.load(a.id),
  ]);
  return snapshotBauen(a, { kvs, freigaben, rechnungen, stornos, erinnerungen, tickets, eingaenge, benachrichtigungen }, aufrufer);
}

/**
 * The FAQ rules' view of an order from its lists (pure). For a vendor (domain.md, Personal data)
 * tickets and the network's free text are left out, so no Hinweis can carry them.
 */
export function snapshotBauen(a: Pick<AuftragEntity, 'auftragsart' | 'status' | 'spnId' | 'rkueStatus'>, l: SnapshotListen, aufrufer: Aufrufer | null): AuftragSnapshot {
  const vendor = istVendor(aufrufer);
  const storno = a.status === 'STORNIERT' ? aktiverStorno(l.stornos) : null;
  const stornoMail = storno?.benachrichtigungId ? l.benachrichtigungen.find((b) => b.id === storno.benachrichtigungId) : undefined;
  return {
    auftragsart: a.auftragsart,
    status: a.status,
    spnId: a.spnId,
    kvs: l.kvs.map((k) => ({ art: k.art as KvArt, laufendeNummer: k.laufendeNummer, status: k.status, korrekturpunkte: vendor ? [] : kvKorrekturpunkte(k) })),
    anzahlFreigaben: l.freigaben.length,
    letzteFreigabeAm: l.freigaben.reduce<Date | null>((d, f) => (!d || f.erteiltAm > d ? f.erteiltAm : d), null),
    rechnungen: l.rechnungen.map((r) => ({ rechnungsnummer: r.rechnungsnummer, status: r.status, bemerkung: vendor ? null : r.bemerkung, eingegangenAm: r.eingegangenAm })),
    rkueStatus: a.rkueStatus,
    storno: storno ? { grund: storno.grund, bemerkung: vendor ? null : storno.bemerkung, benachrichtigtAm: stornoMail?.versendetAm ?? null } : null,
    offeneErinnerungen: l.erinnerungen.filter((e) => e.erledigtAm === null).length,
    tickets: vendor ? [] : l.tickets.map((t) => ({ ticketNummer: t.ticketNummer, aktion: t.aktion, status: t.status })),
    eingaenge: sichtbareEingaenge(l.eingaenge, aufrufer).map((e) => ({
      art: e.art as EingangArt,
      eingegangenAm: e.eingegangenAm,
      kalkulationssystem: e.kalkulationssystem,
      felder: e.abweichendeFelder.split(',').filter(Boolean),
      grund: eingangGrund(e),
    })),
  };
}
