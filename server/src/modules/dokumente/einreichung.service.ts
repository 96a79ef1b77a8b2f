import { EingangArt, FehlerCode, Kalkulationssystem, KvArt, RechnungArt } from '../../common/enums';
import { berlinDatum } from '../../common/zeit';
import { Ergebnis, abbrechenBei, anwendungsfall } from '../../graphql/anwendungsfall';
import { RequestContext } from '../../graphql/context';
import { FachlicherFehler, Fehler } from '../../graphql/fehler';
import { validieren } from '../../graphql/validierung';
import { AuftragEntity } from '../auftrag/auftrag.entity';
import { Vorgang } from '../auftrag/auftrag-lifecycle.service';
import { auftragZumAendern } from '../auftrag/auftrag.service';
import { datenPlausibel } from '../ticket/aktionen.validierung';
import { abweichendeFelder, eingangNichtZugeordnet, kvAufnehmen, rechnungAufnehmen, rechnungPruefenVorAufnahme } from './dokumente-vorgaenge.service';
import { KvEinreichenInput, RechnungEinreichenInput } from './dokumente.inputs';
import { KostenvoranschlagEntity } from './kostenvoranschlag.entity';
import { RechnungEntity } from './rechnung.entity';
import { kvEinreichenSchema, rechnungEinreichenSchema } from './einreichung.validierung';

/**
 * Documents from calculation systems (and staff): matched to the order by SPN-ID, Schadennummer and
 * plate (domain.md, Rules on incoming documents). A submission naming an order the caller may see but
 * differing in Schadennummer or plate is recorded as an unmatched Eingang and answered with
 * ZUORDNUNG_FEHLGESCHLAGEN; an unknown or foreign SPN-ID records nothing.
 */

/** What a submission left behind (ids, so a repeated idempotency key can answer the same). */
export interface EinreichungsSpur {
  auftragId: number | null;
  dokumentId: number | null;
}

export interface EinreichungsErgebnis<D> {
  dokument: D | null;
  auftrag: AuftragEntity | null;
  fehler: Fehler[];
}

const FELD_SATZ: Record<string, string> = { schadennummer: 'die Schadennummer weicht ab', kennzeichen: 'das Kennzeichen weicht ab' };

function zuordnungFehlgeschlagen(felder: string[]): Fehler[] {
  return felder.map((f) =>
    Fehler.von(
      FehlerCode.ZUORDNUNG_FEHLGESCHLAGEN,
      `Die Einreichung passt nicht zum Auftrag: ${FELD_SATZ[f]}. Bitte prüfen Sie die Angabe im Kalkulationssystem und senden Sie erneut.`,
      ['input', f],
    ),
  );
}

const nichtGefunden = () =>
  FachlicherFehler.von(FehlerCode.AUFTRAG_NICHT_GEFUNDEN, 'Zu dieser SPN-ID gibt es keinen Auftrag, für den Sie einreichen dürfen. Bitte prüfen Sie die SPN-ID.', ['input', 'spnId']);

/** The calculation system of a submission: the API key's own; staff must name one. */
function systemDes(ctx: RequestContext, angegeben: Kalkulationssystem | null | undefined): Kalkulationssystem {
  const a = ctx.aufrufer!;
  if (a.art === 'API_SCHLUESSEL') {
    if (angegeben && angegeben !== a.kalkulationssystem) {
      throw FachlicherFehler.von(FehlerCode.VALIDIERUNG, `Ihr API-Schlüssel gehört zum Kalkulationssystem ${a.kalkulationssystem}; lassen Sie das Feld leer.`, ['input', 'kalkulationssystem']);
    }
    return a.kalkulationssystem;
  }
  if (!angegeben) throw FachlicherFehler.von(FehlerCode.VALIDIERUNG, 'Bitte das Kalkulationssystem angeben, aus dem der KV stammt.', ['input', 'kalkulationssystem']);
  return angegeben;
}

async function ergebnisLaden<D>(ctx: RequestContext, e: Ergebnis<EinreichungsSpur>, dokument: (id: number) => Promise<D | null>): Promise<EinreichungsErgebnis<D>> {
  const spur = e.wert;
  return {
    dokument: spur?.dokumentId ? await dokument(spur.dokumentId) : null,
    auftrag: spur?.auftragId ? await ctx.ds.getRepository(AuftragEntity).findOneBy({ id: spur.auftragId }) : null,
    fehler: e.fehler,
  };
}

const merken = (e: Ergebnis<EinreichungsSpur>) => JSON.stringify({ spur: e.wert, fehler: e.fehler });
const laden = async (_m: unknown, gemerkt: string): Promise<Ergebnis<EinreichungsSpur>> => {
  const g = JSON.parse(gemerkt) as { spur: EinreichungsSpur; fehler: Fehler[] };
  return { wert: g.spur, fehler: g.fehler.map((f) => Fehler.von(f.code, f.meldung, f.feld ?? undefined)) };
};

/** Finds the order in the caller's scope and records a mismatch; null when matched. */
async function abgleichen(v: Vorgang, ctx: RequestContext, d: { spnId: string; schadennummer: string; kennzeichen: string; externeReferenz: string | null }, art: EingangArt, system: Kalkulationssystem) {
  const auftrag = await auftragZumAendern(v.m, ctx.aufrufer!, d.spnId);
  if (!auftrag) throw nichtGefunden();
  const felder = abweichendeFelder(auftrag, d.schadennummer, d.kennzeichen);
  if (felder.length === 0) return { auftrag, abweichung: null };
  await eingangNichtZugeordnet(v, auftrag, {
    art,
    kalkulationssystem: system,
    externeReferenz: d.externeReferenz,
    felder,
    apiSchluesselId: ctx.aufrufer?.art === 'API_SCHLUESSEL' ? ctx.aufrufer.apiSchluesselId : null,
  });
  return { auftrag, abweichung: { wert: { auftragId: auftrag.id, dokumentId: null }, fehler: zuordnungFehlgeschlagen(felder) } };
}

/** kvEinreichen: a KV or Nachtrag; `nurPruefen` answers as a real submission would and stores nothing. */
export async function kvEinreichen(ctx: RequestContext, input: KvEinreichenInput): Promise<EinreichungsErgebnis<KostenvoranschlagEntity>> {
  const geprueft = validieren(kvEinreichenSchema, input);
  if (!geprueft.ok) return { dokument: null, auftrag: null, fehler: geprueft.fehler };
  const d = geprueft.wert;
  const e = await anwendungsfall<EinreichungsSpur>(ctx, { mutation: 'kvEinreichen', input, merken, laden, probelauf: input.nurPruefen === true }, async (v) => {
    const system = systemDes(ctx, input.kalkulationssystem);
    const { auftrag, abweichung } = await abgleichen(v, ctx, d, input.art === KvArt.NACHTRAG ? EingangArt.NACHTRAG : EingangArt.KV, system);
    if (abweichung) return abweichung;
    const kv = await kvAufnehmen(v, auftrag, {
      art: input.art,
      kalkulationssystem: system,
      externeReferenz: d.externeReferenz,
      ersatzteileCent: d.summen.ersatzteile,
      arbeitslohnCent: d.summen.arbeitslohn,
      lackierungCent: d.summen.lackierung,
      nebenkostenCent: d.summen.nebenkosten,
      mwstCent: d.summen.mwst,
    });
    return { wert: { auftragId: auftrag.id, dokumentId: kv.id }, fehler: [] };
  });
  const r = await ergebnisLaden(ctx, e, (id) => ctx.ds.getRepository(KostenvoranschlagEntity).findOneBy({ id }));
  return input.nurPruefen ? { ...r, dokument: null } : r;
}

/** rechnungEinreichen: an invoice; too high is refused with the expected amount and recorded for the shop's Hinweis. */
export async function rechnungEinreichen(ctx: RequestContext, input: RechnungEinreichenInput): Promise<EinreichungsErgebnis<RechnungEntity>> {
  const geprueft = validieren(rechnungEinreichenSchema, input);
  if (!geprueft.ok) return { dokument: null, auftrag: null, fehler: geprueft.fehler };
  const d = geprueft.wert;
  const e = await anwendungsfall<EinreichungsSpur>(ctx, { mutation: 'rechnungEinreichen', input, merken, laden, probelauf: input.nurPruefen === true }, async (v) => {
    const system = ctx.aufrufer?.art === 'API_SCHLUESSEL' ? ctx.aufrufer.kalkulationssystem : Kalkulationssystem.SONSTIGES;
    const { auftrag, abweichung } = await abgleichen(v, ctx, { ...d, externeReferenz: d.rechnungsnummer }, EingangArt.RECHNUNG, system);
    if (abweichung) return abweichung;
    abbrechenBei(
      datenPlausibel(
        { fahrzeugUebernommenAm: d.fahrzeugUebernommenAm, fahrzeugZurueckgegebenAm: d.fahrzeugZurueckgegebenAm, freigabeErhaltenAm: null },
        { heute: berlinDatum(v.jetzt), vermitteltAm: berlinDatum(auftrag.vermitteltAm), bisherigeUebernahme: null },
      ).concat(
        d.rechnungsdatum > berlinDatum(v.jetzt)
          ? [Fehler.von(FehlerCode.VALIDIERUNG, 'Das Rechnungsdatum liegt in der Zukunft.', ['input', 'rechnungsdatum'])]
          : d.rechnungsdatum < berlinDatum(auftrag.vermitteltAm)
            ? [Fehler.von(FehlerCode.VALIDIERUNG, 'Das Rechnungsdatum liegt vor der Vermittlung des Auftrags.', ['input', 'rechnungsdatum'])]
            : [],
      ),
    );
    const daten = {
      art: input.art,
      rechnungsnummer: d.rechnungsnummer,
      rechnungsdatum: d.rechnungsdatum,
      betragNettoCent: d.betragNetto,
      mwstCent: d.mwst,
      vorsteuerabzugsberechtigt: d.vorsteuerabzugsberechtigt ?? null,
      fahrzeugUebernommenAm: d.fahrzeugUebernommenAm ?? null,
      fahrzeugZurueckgegebenAm: d.fahrzeugZurueckgegebenAm ?? null,
    };
    const vorab = await rechnungPruefenVorAufnahme(v, auftrag, daten);
    if (vorab?.fehler.some((f) => f.code === FehlerCode.BETRAG_UEBERSCHRITTEN) && input.art === RechnungArt.REPARATUR) {
      // Kept on the order, so the shop's Hinweis can say why the invoice is missing and what to do.
      await eingangNichtZugeordnet(v, auftrag, {
        art: EingangArt.RECHNUNG,
        kalkulationssystem: system,
        externeReferenz: d.rechnungsnummer,
        felder: ['betragNetto'],
        apiSchluesselId: ctx.aufrufer?.art === 'API_SCHLUESSEL' ? ctx.aufrufer.apiSchluesselId : null,
      });
      return { wert: { auftragId: auftrag.id, dokumentId: null }, fehler: vorab.fehler };
    }
    if (vorab) throw vorab;
    const rechnung = await rechnungAufnehmen(v, auftrag, daten);
    return { wert: { auftragId: auftrag.id, dokumentId: rechnung.id }, fehler: [] };
  });
  const r = await ergebnisLaden(ctx, e, (id) => ctx.ds.getRepository(RechnungEntity).findOneBy({ id }));
  return input.nurPruefen ? { ...r, dokument: null } : r;
}
