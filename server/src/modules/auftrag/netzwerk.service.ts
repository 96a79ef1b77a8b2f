import { z } from 'zod';
import { FehlerCode, KvPruefErgebnis, RechnungPruefErgebnis, Stornogrund } from '../../common/enums';
import { schadennummerGueltig } from '../../common/ids';
import { berlinDatum } from '../../common/zeit';
import { Ergebnis, anwendungsfall } from '../../graphql/anwendungsfall';
import { RequestContext } from '../../graphql/context';
import { FachlicherFehler, Fehler } from '../../graphql/fehler';
import { einzeiligePflicht, freitext, idempotenzSchluessel, validieren } from '../../graphql/validierung';
import { kvPruefen, rechnungPruefen } from '../dokumente/dokumente-vorgaenge.service';
import { korrekturpunkteSchema } from '../dokumente/einreichung.validierung';
import { KvPruefenInput, RechnungPruefenInput } from '../dokumente/dokumente.inputs';
import { KostenvoranschlagEntity } from '../dokumente/kostenvoranschlag.entity';
import { RechnungEntity } from '../dokumente/rechnung.entity';
import { WerkstattEntity } from '../identity/werkstatt.entity';
import { VersichererEntity } from '../stammdaten/versicherer.entity';
import { AuftragEntity } from './auftrag.entity';
import { AuftragStornierenInput, AuftragVermittelnInput, ErinnerungSendenInput, RkueEntscheidenInput } from './auftrag.inputs';
import { Vorgang, auftragSperren } from './auftrag-lifecycle.service';
import { auftragStornieren, auftragVermitteln, erinnerungSenden, rkueEntscheiden } from './auftrag-vorgaenge.service';
import { auftragZumAendern } from './auftrag.service';

/**
 * The network's side of the lifecycle (role INTERN): broker, review KVs and invoices, decide RKÜ,
 * cancel and remind. Each use case validates, then runs in one transaction; a move the lifecycle
 * does not allow answers STATUS_UNGUELTIG naming the current status.
 */
export interface AuftragErgebnis {
  auftrag: AuftragEntity | null;
  fehler: Fehler[];
}

const idSchema = (was: string) => z.string().regex(/^\d{1,10}$/, { error: `${was}: keine gültige ID.` }).transform(Number);
const optText = (was: string, max: number) => freitext(was, max).nullish();

const vermittelnSchema = z.object({
  werkstattId: idSchema('Werkstatt'),
  versichererId: idSchema('Versicherer'),
  auftragsart: z.string(),
  sparte: z.string(),
  schadennummer: z.string().refine(schadennummerGueltig, { error: 'Schadennummer: 1 bis 30 Zeichen aus Buchstaben, Ziffern, „-“, „/“, „.“ und Leerzeichen.' }),
  schadentag: z.string().nullish(),
  kennzeichen: z
    .string()
    .transform((k) => k.normalize('NFC').trim())
    .refine((k) => /^[\p{L}\p{N}][\p{L}\p{N} \-]{0,19}$/u.test(k), { error: 'Kennzeichen: 1 bis 20 Zeichen aus Buchstaben, Ziffern, Leerzeichen und „-“.' }),
  hersteller: optText('Hersteller', 100),
  modell: optText('Modell', 100),
  fin: z
    .string()
    .transform((f) => f.trim().toUpperCase())
    .refine((f) => f === '' || /^[A-HJ-NPR-Z0-9]{17}$/.test(f), { error: 'FIN: 17 Zeichen aus Ziffern und Großbuchstaben ohne I, O und Q.' })
    .transform((f) => f || null)
    .nullish(),
  kundeName: einzeiligePflicht('Name des Kunden', 200),
  kundeAnschrift: optText('Anschrift', 300),
  kundeTelefon: z
    .string()
    .trim()
    .refine((t) => t === '' || /^[+0-9][0-9 ()/\-]{3,39}$/.test(t), { error: 'Telefon: Ziffern, Leerzeichen und + ( ) / - (höchstens 40 Zeichen).' })
    .transform((t) => t || null)
    .nullish(),
  idempotencyKey: idempotenzSchluessel,
});

const auftragMerken = {
  merken: (e: Ergebnis<AuftragEntity>) => String(e.wert!.id),
  laden: async (m: Vorgang['m'], id: string) => ({ wert: await m.getRepository(AuftragEntity).findOneByOrFail({ id: Number(id) }), fehler: [] }),
};

function ergebnis(e: Ergebnis<AuftragEntity>): AuftragErgebnis {
  return { auftrag: e.wert, fehler: e.fehler };
}

const nichtGefunden = () => FachlicherFehler.von(FehlerCode.AUFTRAG_NICHT_GEFUNDEN, 'Zu dieser SPN-ID gibt es keinen Auftrag.', ['input', 'spnId']);

async function auftragPerSpnId(v: Vorgang, ctx: RequestContext, spnId: string): Promise<AuftragEntity> {
  const a = await auftragZumAendern(v.m, ctx.aufrufer!, spnId);
  if (!a) throw nichtGefunden();
  return a;
}

/** Brokers a new order (SPN-ID `SPN-YYYY-NNNNNN`); idempotent with a key. */
export async function vermitteln(ctx: RequestContext, input: AuftragVermittelnInput): Promise<AuftragErgebnis> {
  const g = validieren(vermittelnSchema, input);
  if (!g.ok) return { auftrag: null, fehler: g.fehler };
  const d = g.wert;
  return ergebnis(
    await anwendungsfall<AuftragEntity>(ctx, { mutation: 'auftragVermitteln', input, ...auftragMerken }, async (v) => {
      const fehler: Fehler[] = [];
      if (!(await v.m.getRepository(WerkstattEntity).existsBy({ id: d.werkstattId }))) fehler.push(Fehler.von(FehlerCode.VALIDIERUNG, 'Diese Werkstatt gibt es nicht.', ['input', 'werkstattId']));
      if (!(await v.m.getRepository(VersichererEntity).existsBy({ id: d.versichererId }))) fehler.push(Fehler.von(FehlerCode.VALIDIERUNG, 'Diesen Versicherer gibt es nicht.', ['input', 'versichererId']));
      if (d.schadentag && d.schadentag > berlinDatum(v.jetzt)) fehler.push(Fehler.von(FehlerCode.VALIDIERUNG, 'Der Schadentag liegt in der Zukunft.', ['input', 'schadentag']));
      if (fehler.length) throw new FachlicherFehler(fehler);
      const a = await auftragVermitteln(v, {
        werkstattId: d.werkstattId,
        versichererId: d.versichererId,
        auftragsart: input.auftragsart,
        sparte: input.sparte,
        schadennummer: d.schadennummer.trim(),
        schadentag: d.schadentag ?? null,
        kennzeichen: d.kennzeichen,
        hersteller: d.hersteller ?? null,
        modell: d.modell ?? null,
        fin: d.fin ?? null,
        kundeName: d.kundeName,
        kundeAnschrift: d.kundeAnschrift ?? null,
        kundeTelefon: d.kundeTelefon ?? null,
      });
      return { wert: a, fehler: [] };
    }),
  );
}

const kvPruefenSchema = z
  .object({
    kvId: idSchema('KV'),
    ergebnis: z.nativeEnum(KvPruefErgebnis),
    betragNetto: z.number().positive({ error: 'Der freigegebene Betrag muss größer als 0 sein.' }).nullish(),
    korrekturpunkte: korrekturpunkteSchema.nullish(),
  })
  .superRefine((p, ctx) => {
    if (p.ergebnis === KvPruefErgebnis.KORREKTUR && !p.korrekturpunkte?.length) ctx.addIssue({ code: 'custom', path: ['korrekturpunkte'], message: 'Bitte mindestens einen Korrekturpunkt angeben.' });
    if (p.ergebnis !== KvPruefErgebnis.KORREKTUR && p.korrekturpunkte?.length) ctx.addIssue({ code: 'custom', path: ['korrekturpunkte'], message: 'Korrekturpunkte gehören nur zum Ergebnis KORREKTUR.' });
    if (p.ergebnis !== KvPruefErgebnis.FREIGABE && p.betragNetto != null) ctx.addIssue({ code: 'custom', path: ['betragNetto'], message: 'Ein Betrag gehört nur zum Ergebnis FREIGABE.' });
  });

/** Reviews the latest KV or Nachtrag in review (FREIGABE, KORREKTUR with points, ABLEHNUNG). */
export async function kvPruefenAusfuehren(ctx: RequestContext, input: KvPruefenInput): Promise<AuftragErgebnis> {
  const g = validieren(kvPruefenSchema, input);
  if (!g.ok) return { auftrag: null, fehler: g.fehler };
  const d = g.wert;
  return ergebnis(
    await anwendungsfall<AuftragEntity>(ctx, { mutation: 'kvPruefen', input }, async (v) => {
      const kv = await v.m.getRepository(KostenvoranschlagEntity).findOneBy({ id: d.kvId });
      if (!kv) throw FachlicherFehler.von(FehlerCode.VALIDIERUNG, 'Einen KV mit dieser ID gibt es nicht.', ['input', 'kvId']);
      const auftrag = await auftragSperren(v, kv.auftragId);
      await kvPruefen(v, auftrag, kv, { ergebnis: d.ergebnis, betragNettoCent: d.betragNetto ?? null, korrekturpunkte: d.korrekturpunkte ?? null });
      return { wert: auftrag, fehler: [] };
    }),
  );
}

const rechnungPruefenSchema = z
  .object({ rechnungId: idSchema('Rechnung'), ergebnis: z.nativeEnum(RechnungPruefErgebnis), bemerkung: freitext('Bemerkung').nullish() })
  .superRefine((p, ctx) => {
    if (p.ergebnis === RechnungPruefErgebnis.KORREKTUR && !p.bemerkung) ctx.addIssue({ code: 'custom', path: ['bemerkung'], message: 'Bitte angeben, was an der Rechnung zu korrigieren ist.' });
  });

/** Reviews an invoice: UEBERMITTELT, KORREKTUR (with what to fix) or BEZAHLT. */
export async function rechnungPruefenAusfuehren(ctx: RequestContext, input: RechnungPruefenInput): Promise<AuftragErgebnis> {
  const g = validieren(rechnungPruefenSchema, input);
  if (!g.ok) return { auftrag: null, fehler: g.fehler };
  const d = g.wert;
  return ergebnis(
    await anwendungsfall<AuftragEntity>(ctx, { mutation: 'rechnungPruefen', input }, async (v) => {
      const r = await v.m.getRepository(RechnungEntity).findOneBy({ id: d.rechnungId });
      if (!r) throw FachlicherFehler.von(FehlerCode.VALIDIERUNG, 'Eine Rechnung mit dieser ID gibt es nicht.', ['input', 'rechnungId']);
      const auftrag = await auftragSperren(v, r.auftragId);
      await rechnungPruefen(v, auftrag, r, d.ergebnis, d.bemerkung ?? null);
      return { wert: auftrag, fehler: [] };
    }),
  );
}

/** Records the insurer's RKÜ decision. */
export async function rkueEntscheidenAusfuehren(ctx: RequestContext, input: RkueEntscheidenInput): Promise<AuftragErgebnis> {
  const g = validieren(z.object({ spnId: z.string().max(40), status: z.string(), bemerkung: freitext('Bemerkung').nullish() }), input);
  if (!g.ok) return { auftrag: null, fehler: g.fehler };
  return ergebnis(
    await anwendungsfall<AuftragEntity>(ctx, { mutation: 'rkueEntscheiden', input }, async (v) => {
      const a = await auftragPerSpnId(v, ctx, input.spnId);
      await rkueEntscheiden(v, a, input.status, g.wert.bemerkung ?? null);
      return { wert: a, fehler: [] };
    }),
  );
}

/** Cancels an order (Storno mail to the shop). SONSTIGES needs a remark. */
export async function stornieren(ctx: RequestContext, input: AuftragStornierenInput): Promise<AuftragErgebnis> {
  const g = validieren(
    z
      .object({ spnId: z.string().max(40), grund: z.nativeEnum(Stornogrund), bemerkung: freitext('Bemerkung').nullish() })
      .refine((s) => s.grund !== Stornogrund.SONSTIGES || !!s.bemerkung, { path: ['bemerkung'], error: 'Bei „Sonstiger Grund“ bitte den Grund in der Bemerkung nennen.' }),
    input,
  );
  if (!g.ok) return { auftrag: null, fehler: g.fehler };
  return ergebnis(
    await anwendungsfall<AuftragEntity>(ctx, { mutation: 'auftragStornieren', input }, async (v) => {
      const a = await auftragPerSpnId(v, ctx, input.spnId);
      await auftragStornieren(v, a, input.grund, g.wert.bemerkung ?? null);
      return { wert: a, fehler: [] };
    }),
  );
}

/** Reminds the shop to report repair or appointment status. */
export async function erinnern(ctx: RequestContext, input: ErinnerungSendenInput): Promise<AuftragErgebnis> {
  return ergebnis(
    await anwendungsfall<AuftragEntity>(ctx, { mutation: 'erinnerungSenden', input }, async (v) => {
      const a = await auftragPerSpnId(v, ctx, input.spnId);
      await erinnerungSenden(v, a, input.art);
      return { wert: a, fehler: [] };
    }),
  );
}
