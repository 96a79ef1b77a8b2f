import 'reflect-metadata';
import { getNamedType, isInputObjectType } from 'graphql';
import { schemaBauen } from '../../server/src/graphql/schema';
import { ApiSchluesselEntity, ApiSchluesselWerkstattEntity } from '../../server/src/modules/identity/api-schluessel.entity';
import { WerkstattEntity } from '../../server/src/modules/identity/werkstatt.entity';
import { sha256 } from '../../server/src/modules/identity/token';
import { MUTATION, MutationName, Rolle, Rollen, berlinHeute, kvSummen, mutation, mwstVon, rollenAnmelden, uebersicht, vermitteln } from '../utils/netzwerk';
import { testServerFuerDatei } from '../utils/server';
import { TestUhr } from '../utils/uhr';

/**
 * Who may call which mutation, and what a caller learns about orders it may not see (issue 4: vendor
 * isolation on every mutation; contract: an order the caller may not see does not exist for it).
 *
 * The table below has one row per Mutation field of the schema; the first test fails when the schema
 * has a mutation without a row. For each row:
 *  - every role the mutation is not declared for gets FORBIDDEN (no login: UNAUTHENTICATED), and the
 *    target order records nothing;
 *  - for the scoped roles (shops, vendor keys) a call naming another tenant's order answers exactly like
 *    an unknown SPN-ID (or ticket number) and records nothing on that order.
 *
 * Besides the demo key (DAT, linked to Autohaus Berger) the test adds, as a fixture, a second vendor key
 * (Audatex) linked to the two other demo shops: from its point of view Berger's orders are foreign.
 */
const uhr = new TestUhr('2026-12-02T09:00:00.000Z');
const server = testServerFuerDatei({ demo: true, clock: uhr });
const FREMDER_SCHLUESSEL = 'fremd-kalkulation-key-audatex';
const DRITTER_SCHLUESSEL = 'dritter-kalkulation-key-gtmotive';
const UNBEKANNT = 'SPN-2026-999999';

let rollen: Rollen;
/** All callers: the demo roles plus the foreign vendor key. */
type Aufrufer = Rolle | 'fremdeKalkulation';
let token: Record<Aufrufer, string>;

/** An order with everything a mutation may refer to. */
interface Ziel {
  spnId: string;
  schadennummer: string;
  kennzeichen: string;
  kvId: string;
  rechnungId: string;
  ticketNummer: string;
}
/** Berger's order (shop 1, demo key). */
let eigenes: Ziel;
/** Yılmaz's order (shop 2, foreign key). */
let fremdes: Ziel;

/** A REPARATUR order with a reviewed KV, an invoice in review and an open ticket: every id a mutation may name. */
async function zielAnlegen(werkstatt: 1 | 2): Promise<Ziel> {
  const a = await vermitteln(server(), rollen, { werkstatt });
  const staff = (name: MutationName, input: Record<string, unknown>) => mutation(server(), rollen, 'netz', name, input);
  const kv = await staff('kvEinreichen', { ...a, art: 'KV', externeReferenz: 'X-1', kalkulationssystem: 'SONSTIGES', summen: kvSummen('1000.00') });
  await staff('kvPruefen', { kvId: kv.kv.id, ergebnis: 'FREIGABE' });
  const re = await staff('rechnungEinreichen', { ...a, art: 'REPARATUR', rechnungsnummer: `RE-Z-${a.spnId}`, rechnungsdatum: berlinHeute(uhr.now()), betragNetto: '100.00', mwst: mwstVon('100.00') });
  expect(re.fehler).toEqual([]);
  const shop: Rolle = werkstatt === 1 ? 'werkstatt' : 'werkstatt2';
  const t = await mutation(server(), rollen, shop, 'vorgangsinfoMelden', { spnId: a.spnId, reparaturstatus: 'TERMIN_VEREINBART', termin: '2026-12-10' });
  expect(t.fehler).toEqual([]);
  return { ...a, kvId: kv.kv.id, rechnungId: re.rechnung.id, ticketNummer: t.ticket.ticketNummer };
}

beforeAll(async () => {
  rollen = await rollenAnmelden(server());
  const m = server().ds.manager;
  const schluessel = await m.save(ApiSchluesselEntity, m.create(ApiSchluesselEntity, { name: 'Audatex Test', kalkulationssystem: 'AUDATEX' as any, schluesselHash: sha256(FREMDER_SCHLUESSEL), praefix: FREMDER_SCHLUESSEL.slice(0, 8), erstelltAm: uhr.now(), widerrufenAm: null }));
  for (const nr of ['P-208815', 'P-301122']) {
    const w = await m.findOneByOrFail(WerkstattEntity, { partnerNummer: nr });
    await m.insert(ApiSchluesselWerkstattEntity, { apiSchluesselId: schluessel.id, werkstattId: w.id });
  }
  // A third vendor, also linked to Yılmaz: it shares that shop's orders with the second key.
  const dritter = await m.save(ApiSchluesselEntity, m.create(ApiSchluesselEntity, { name: 'GT Motive Test', kalkulationssystem: 'GT_MOTIVE' as any, schluesselHash: sha256(DRITTER_SCHLUESSEL), praefix: DRITTER_SCHLUESSEL.slice(0, 8), erstelltAm: uhr.now(), widerrufenAm: null }));
  await m.insert(ApiSchluesselWerkstattEntity, { apiSchluesselId: dritter.id, werkstattId: (await m.findOneByOrFail(WerkstattEntity, { partnerNummer: 'P-208815' })).id });
  token = { ...rollen.token, fremdeKalkulation: FREMDER_SCHLUESSEL };
  eigenes = await zielAnlegen(1);
  fremdes = await zielAnlegen(2);
});

/** Fingerprint of everything recorded on an order (as staff sees it). */
async function spur(spnId: string) {
  const a = await uebersicht(server(), rollen, spnId);
  return {
    status: a.status,
    aktualisiertAm: a.aktualisiertAm,
    verlauf: a.verlauf.totalCount,
    eingaenge: a.nichtZugeordneteEingaenge.length,
    kvs: a.kvs.map((k: any) => k.status),
    rechnungen: a.rechnungen.map((r: any) => r.status),
    tickets: a.tickets.map((t: any) => [t.status, t.nachrichten.length]),
    erinnerungen: a.erinnerungen.length,
    rkue: a.rkue.status,
  };
}

const heute = () => berlinHeute(uhr.now());
const DOKUMENT = (z: Ziel) => ({ spnId: z.spnId, schadennummer: z.schadennummer, kennzeichen: z.kennzeichen });

interface Zeile {
  /** Roles the mutation is declared for ('OEFFENTLICH': anyone, also without login). */
  erlaubt: Aufrufer[] | 'OEFFENTLICH';
  /** A valid input naming the order `z`. */
  eingabe?: (z: Ziel) => Record<string, unknown>;
  /**
   * For scoped callers: which of them may call it, and the same input naming something unknown
   * (compared with the answer for another tenant's order).
   */
  mandanten?: { aufrufer: Aufrufer[]; unbekannt: (z: Ziel) => Record<string, unknown> };
}

const ALLE: Aufrufer[] = ['netz', 'werkstatt', 'kalkulation'];
const STAFF: Zeile['erlaubt'] = ['netz'];

const TABELLE: Record<string, Zeile> = {
  anmelden: { erlaubt: 'OEFFENTLICH' },
  abmelden: { erlaubt: 'OEFFENTLICH' },
  vorgangsinfoMelden: {
    erlaubt: ['werkstatt'],
    eingabe: (z) => ({ spnId: z.spnId, reparaturstatus: 'KUNDE_NICHT_ERREICHBAR', nachricht: 'Kunde nicht erreichbar' }),
    mandanten: { aufrufer: ['werkstatt2'], unbekannt: () => ({ spnId: UNBEKANNT, reparaturstatus: 'KUNDE_NICHT_ERREICHBAR', nachricht: 'Kunde nicht erreichbar' }) },
  },
  fehlendeFreigabeMelden: {
    erlaubt: ['werkstatt'],
    eingabe: (z) => ({ spnId: z.spnId, freigabeErhaltenAm: heute() }),
    mandanten: { aufrufer: ['werkstatt2'], unbekannt: () => ({ spnId: UNBEKANNT, freigabeErhaltenAm: heute() }) },
  },
  auftragAnfordern: {
    erlaubt: ['werkstatt'],
    eingabe: (z) => ({ spnId: z.spnId, grund: 'FAELSCHLICH_STORNIERT', kundeHatUnterschrieben: true }),
    mandanten: { aufrufer: ['werkstatt2'], unbekannt: () => ({ spnId: UNBEKANNT, grund: 'FAELSCHLICH_STORNIERT', kundeHatUnterschrieben: true }) },
  },
  ticketNachrichtSenden: {
    erlaubt: ['werkstatt'],
    eingabe: (z) => ({ ticketNummer: z.ticketNummer, text: 'Rückfrage' }),
    mandanten: { aufrufer: ['werkstatt2'], unbekannt: () => ({ ticketNummer: 'SSP-2026-999999', text: 'Rückfrage' }) },
  },
  kvEinreichen: {
    erlaubt: ['kalkulation', 'netz'],
    eingabe: (z) => ({ ...DOKUMENT(z), art: 'NACHTRAG', externeReferenz: 'X-NT', summen: kvSummen('10.00') }),
    mandanten: { aufrufer: ['fremdeKalkulation'], unbekannt: (z) => ({ ...DOKUMENT(z), spnId: UNBEKANNT, art: 'NACHTRAG', externeReferenz: 'X-NT', summen: kvSummen('10.00') }) },
  },
  rechnungEinreichen: {
    erlaubt: ['kalkulation', 'netz'],
    eingabe: (z) => ({ ...DOKUMENT(z), art: 'REPARATUR', rechnungsnummer: 'RE-FREMD-1', rechnungsdatum: heute(), betragNetto: '10.00', mwst: mwstVon('10.00') }),
    mandanten: {
      aufrufer: ['fremdeKalkulation'],
      unbekannt: (z) => ({ ...DOKUMENT(z), spnId: UNBEKANNT, art: 'REPARATUR', rechnungsnummer: 'RE-FREMD-1', rechnungsdatum: heute(), betragNetto: '10.00', mwst: mwstVon('10.00') }),
    },
  },
  auftragVermitteln: { erlaubt: STAFF, eingabe: () => ({ werkstattId: rollen.werkstattId, versichererId: rollen.versichererId, auftragsart: 'REPARATUR', sparte: 'VOLLKASKO', schadennummer: 'KS-VERBOTEN-1', kennzeichen: 'M-VB 1', kundeName: 'Max Verboten' }) },
  kvPruefen: { erlaubt: STAFF, eingabe: (z) => ({ kvId: z.kvId, ergebnis: 'ABLEHNUNG' }) },
  rechnungPruefen: { erlaubt: STAFF, eingabe: (z) => ({ rechnungId: z.rechnungId, ergebnis: 'UEBERMITTELT' }) },
  rkueEntscheiden: { erlaubt: STAFF, eingabe: (z) => ({ spnId: z.spnId, status: 'ERTEILT' }) },
  auftragStornieren: { erlaubt: STAFF, eingabe: (z) => ({ spnId: z.spnId, grund: 'TOTALSCHADEN' }) },
  erinnerungSenden: { erlaubt: STAFF, eingabe: (z) => ({ spnId: z.spnId, art: 'REPARATURSTATUS' }) },
  ticketBearbeiten: { erlaubt: STAFF, eingabe: (z) => ({ ticketNummer: z.ticketNummer, status: 'ABGELEHNT', antwort: 'nein' }) },
};

async function senden(name: MutationName, input: Record<string, unknown> | undefined, wer: Aufrufer | null) {
  return server().gql(MUTATION[name], input ? { i: input } : {}, wer ? { token: token[wer] } : {});
}

/** Input fields that name an order or one of its documents: a mutation with one of them belongs in the table. */
const AUFTRAGSBEZUG = new Set(['spnId', 'ticketNummer', 'kvId', 'rechnungId', 'versichererId']);

it('hat für jede Mutation des Schemas, die einen Auftrag oder seine Dokumente nennt, eine Zeile', async () => {
  // (account mutations name no order: test/e2e/konten.e2e.test.ts and mandanten-schema.e2e.test.ts cover them)
  const schema = await schemaBauen();
  const felder = Object.values(schema.getMutationType()!.getFields())
    .filter((f) => ['anmelden', 'abmelden'].includes(f.name) || f.args.some((a) => { const t = getNamedType(a.type); return isInputObjectType(t) && Object.keys(t.getFields()).some((n) => AUFTRAGSBEZUG.has(n)); }))
    .map((f) => f.name)
    .sort();
  expect(felder.length).toBeGreaterThan(10);
  expect(Object.keys(TABELLE).sort()).toEqual(felder);
  // The helper's documents cover them too.
  expect(Object.keys(MUTATION).sort()).toEqual(felder);
});

const geschuetzt = Object.entries(TABELLE).filter(([, z]) => z.erlaubt !== 'OEFFENTLICH') as [MutationName & string, Zeile][];

describe.each(geschuetzt)('%s', (name, zeile) => {
  const verboten = () => ALLE.concat('fremdeKalkulation', 'werkstatt2').filter((r) => !(zeile.erlaubt as Aufrufer[]).includes(r) && !zeile.mandanten?.aufrufer.includes(r));

  it('verweigert allen nicht vorgesehenen Rollen mit FORBIDDEN (ohne Anmeldung UNAUTHENTICATED) und verbucht nichts', async () => {
    const vorher = await spur(eigenes.spnId);
    const rollenVerboten = verboten();
    expect(rollenVerboten.length).toBeGreaterThan(0);
    for (const wer of rollenVerboten) {
      const r = await senden(name, zeile.eingabe!(eigenes), wer);
      expect({ wer, codes: r.body.errors?.map((e) => e.extensions?.code), data: r.body.data }).toEqual({ wer, codes: ['FORBIDDEN'], data: null });
    }
    const ohne = await senden(name, zeile.eingabe!(eigenes), null);
    expect(ohne.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(await spur(eigenes.spnId)).toEqual(vorher);
  });

  if (zeile.mandanten) {
    const { aufrufer, unbekannt } = zeile.mandanten;
    it.each(aufrufer)('beantwortet %s den Auftrag eines anderen Mandanten wie eine unbekannte Nummer und verbucht nichts', async (wer) => {
      // The demo key and the other shop see Yılmaz's order as foreign when the caller belongs to Berger,
      // and the other way round: pick the order foreign to `wer`.
      const fremd = wer === 'werkstatt2' || wer === 'fremdeKalkulation' ? eigenes : fremdes;
      const vorher = await spur(fremd.spnId);
      const antwortFremd = await senden(name, zeile.eingabe!(fremd), wer);
      const antwortUnbekannt = await senden(name, unbekannt(fremd), wer);
      expect(antwortFremd.body.errors).toBeUndefined();
      const fremdR = antwortFremd.body.data.r;
      expect(fremdR.fehler.map((f: any) => f.code)).toEqual([expect.stringMatching(/NICHT_GEFUNDEN$/)]);
      expect(fremdR).toEqual(antwortUnbekannt.body.data.r);
      expect(JSON.stringify(fremdR)).not.toContain(fremd.spnId);
      expect(await spur(fremd.spnId)).toEqual(vorher);
    });
  }
});

describe('Einreichungen fremder Kalkulationssysteme', () => {
  it.each([
    ['passende Daten', (z: Ziel) => DOKUMENT(z)],
    ['falsches Kennzeichen', (z: Ziel) => ({ ...DOKUMENT(z), kennzeichen: 'XX-YY 99' })],
    ['falsche Schadennummer', (z: Ziel) => ({ ...DOKUMENT(z), schadennummer: 'KS-FALSCH' })],
  ])('%s auf einen fremden Auftrag: AUFTRAG_NICHT_GEFUNDEN wie bei einer unbekannten SPN-ID, kein Eingang, keine Spur', async (_, daten) => {
    for (const [wer, ziel] of [
      ['kalkulation', fremdes],
      ['fremdeKalkulation', eigenes],
    ] as const) {
      const vorher = await spur(ziel.spnId);
      for (const nurPruefen of [false, true]) {
        const kv = await senden('kvEinreichen', { ...daten(ziel), art: 'KV', externeReferenz: 'FREMD-1', summen: kvSummen('50.00'), nurPruefen }, wer);
        const kvUnbekannt = await senden('kvEinreichen', { ...daten(ziel), spnId: UNBEKANNT, art: 'KV', externeReferenz: 'FREMD-1', summen: kvSummen('50.00'), nurPruefen }, wer);
        expect(kv.body.data.r).toEqual(kvUnbekannt.body.data.r);
        expect(kv.body.data.r).toMatchObject({ kv: null, auftrag: null, fehler: [{ code: 'AUFTRAG_NICHT_GEFUNDEN', feld: ['input', 'spnId'] }] });
        const re = await senden('rechnungEinreichen', { ...daten(ziel), art: 'REPARATUR', rechnungsnummer: 'RE-FREMD-2', rechnungsdatum: heute(), betragNetto: '5000.00', mwst: mwstVon('5000.00'), nurPruefen }, wer);
        const reUnbekannt = await senden('rechnungEinreichen', { ...daten(ziel), spnId: UNBEKANNT, art: 'REPARATUR', rechnungsnummer: 'RE-FREMD-2', rechnungsdatum: heute(), betragNetto: '5000.00', mwst: mwstVon('5000.00'), nurPruefen }, wer);
        expect(re.body.data.r).toEqual(reUnbekannt.body.data.r);
        expect(re.body.data.r).toMatchObject({ rechnung: null, auftrag: null, fehler: [{ code: 'AUFTRAG_NICHT_GEFUNDEN', feld: ['input', 'spnId'] }] });
      }
      expect(await spur(ziel.spnId)).toEqual(vorher);
      // The foreign vendor cannot read the order either.
      const lesen = await server().gql('query($s: String!) { auftrag(spnId: $s) { id } }', { s: ziel.spnId }, { token: token[wer] });
      expect(lesen.body.data.auftrag).toBeNull();
    }
  });

  it('ein abgewiesener Eingang des verknüpften Anbieters ist für ihn (ohne Kundendaten) und die Werkstatt sichtbar', async () => {
    // The second key is linked to Yılmaz: its mismatch on Yılmaz's order is recorded there.
    const r = await senden('kvEinreichen', { ...DOKUMENT(fremdes), kennzeichen: 'LÖ-ZZ 1', art: 'KV', externeReferenz: 'AUD-1', summen: kvSummen('50.00') }, 'fremdeKalkulation');
    expect(r.body.data.r.fehler).toEqual([expect.objectContaining({ code: 'ZUORDNUNG_FEHLGESCHLAGEN', feld: ['input', 'kennzeichen'] })]);
    const alsFremd = await server().gql('query($s: String!) { auftrag(spnId: $s) { nichtZugeordneteEingaenge { externeReferenz kalkulationssystem } kunde { name } } }', { s: fremdes.spnId }, { token: FREMDER_SCHLUESSEL });
    expect(alsFremd.body.data.auftrag).toEqual({ nichtZugeordneteEingaenge: [{ externeReferenz: 'AUD-1', kalkulationssystem: 'AUDATEX' }], kunde: null });
    const alsWerkstatt2 = await uebersicht(server(), rollen, fremdes.spnId, 'werkstatt2');
    expect(alsWerkstatt2.nichtZugeordneteEingaenge.map((e: any) => e.externeReferenz)).toEqual(['AUD-1']);
    expect(alsWerkstatt2.verlauf.nodes[0]).toMatchObject({ art: 'EINGANG_NICHT_ZUGEORDNET', akteur: 'Audatex Test (Kalkulationssystem)' });
  });

  it('ein anderer Anbieter derselben Werkstatt sieht den abgewiesenen Eingang weder in der Liste noch im Verlauf', async () => {
    const r = await senden('kvEinreichen', { ...DOKUMENT(fremdes), schadennummer: 'KS-ANDERS', art: 'KV', externeReferenz: 'AUD-2', summen: kvSummen('50.00') }, 'fremdeKalkulation');
    expect(r.body.data.r.fehler.map((f: any) => f.code)).toEqual(['ZUORDNUNG_FEHLGESCHLAGEN']);
    const q = 'query($s: String!) { auftrag(spnId: $s) { nichtZugeordneteEingaenge { externeReferenz } hinweise { code text } verlauf(first: 50) { totalCount nodes { art akteur beschreibung } } } }';
    const alsDritter = (await server().gql(q, { s: fremdes.spnId }, { token: DRITTER_SCHLUESSEL })).body.data.auftrag;
    expect(alsDritter.nichtZugeordneteEingaenge).toEqual([]);
    expect(alsDritter.verlauf.nodes.filter((e: any) => e.art === 'EINGANG_NICHT_ZUGEORDNET')).toEqual([]);
    expect(alsDritter.verlauf.totalCount).toBe(alsDritter.verlauf.nodes.length);
    expect(JSON.stringify(alsDritter)).not.toMatch(/Audatex|AUD-/);
    // The submitting vendor still sees its own entries (vendors see only the role of who did something).
    const alsFremd = (await server().gql(q, { s: fremdes.spnId }, { token: FREMDER_SCHLUESSEL })).body.data.auftrag;
    expect(alsFremd.nichtZugeordneteEingaenge.map((e: any) => e.externeReferenz)).toEqual(['AUD-1', 'AUD-2']);
    expect(alsFremd.verlauf.nodes.filter((e: any) => e.art === 'EINGANG_NICHT_ZUGEORDNET').map((e: any) => e.akteur)).toEqual(['Kalkulationssystem', 'Kalkulationssystem']);
    expect(alsFremd.verlauf.totalCount).toBe(alsDritter.verlauf.totalCount + 2);
  });
});

describe('Einreichungen: Abgleich, nurPruefen, Idempotenz, Nebenläufigkeit', () => {
  it('gleicht Schadennummer ohne Groß-/Kleinschreibung und Leerzeichen, Kennzeichen ohne Leerzeichen und Bindestriche ab', async () => {
    const a = await vermitteln(server(), rollen);
    const r = await mutation(server(), rollen, 'kalkulation', 'kvEinreichen', {
      spnId: a.spnId.toLowerCase(),
      schadennummer: ` ${a.schadennummer.toLowerCase().replace('-', ' - ')} `,
      kennzeichen: a.kennzeichen.replace(' ', '').toLowerCase(),
      art: 'KV',
      externeReferenz: 'DAT-N',
      summen: kvSummen('100.00'),
    });
    expect(r.fehler).toEqual([]);
    expect(r.kv.laufendeNummer).toBe(1);
  });

  it('nurPruefen speichert weder KV noch abgewiesenen Eingang noch zu hohe Rechnung, antwortet aber wie echt', async () => {
    const a = await vermitteln(server(), rollen);
    const vorher = await spur(a.spnId);
    const falsch = await mutation(server(), rollen, 'kalkulation', 'kvEinreichen', { ...DOKUMENT(a as any), kennzeichen: 'B-XX 1', art: 'KV', externeReferenz: 'P-1', summen: kvSummen('100.00'), nurPruefen: true });
    expect(falsch.fehler.map((f) => [f.code, f.feld])).toEqual([['ZUORDNUNG_FEHLGESCHLAGEN', ['input', 'kennzeichen']]]);
    const richtig = await mutation(server(), rollen, 'kalkulation', 'kvEinreichen', { ...DOKUMENT(a as any), art: 'KV', externeReferenz: 'P-2', summen: kvSummen('100.00'), nurPruefen: true });
    expect(richtig).toMatchObject({ kv: null, fehler: [] });
    expect(await spur(a.spnId)).toEqual(vorher);
    // With a Freigabe (100,00 € − 5 % = 95,00 €): a too-high invoice checked with nurPruefen leaves no Eingang.
    const kv = await mutation(server(), rollen, 'kalkulation', 'kvEinreichen', { ...DOKUMENT(a as any), art: 'KV', externeReferenz: 'P-3', summen: kvSummen('100.00') });
    await mutation(server(), rollen, 'netz', 'kvPruefen', { kvId: kv.kv.id, ergebnis: 'FREIGABE' });
    const mitFreigabe = await spur(a.spnId);
    const zuHoch = await mutation(server(), rollen, 'kalkulation', 'rechnungEinreichen', { ...DOKUMENT(a as any), art: 'REPARATUR', rechnungsnummer: 'RE-P-1', rechnungsdatum: heute(), betragNetto: '95.01', mwst: mwstVon('95.01'), nurPruefen: true });
    expect(zuHoch.fehler).toEqual([expect.objectContaining({ code: 'BETRAG_UEBERSCHRITTEN', meldung: expect.stringContaining('95,00 €') })]);
    const passt = await mutation(server(), rollen, 'kalkulation', 'rechnungEinreichen', { ...DOKUMENT(a as any), art: 'REPARATUR', rechnungsnummer: 'RE-P-1', rechnungsdatum: heute(), betragNetto: '95.00', mwst: mwstVon('95.00'), nurPruefen: true });
    expect(passt).toMatchObject({ rechnung: null, fehler: [] });
    expect(await spur(a.spnId)).toEqual(mitFreigabe);
  });

  it('ein KV mit demselben idempotencyKey wird genau einmal verbucht', async () => {
    const a = await vermitteln(server(), rollen);
    const eingabe = { ...DOKUMENT(a as any), art: 'KV', externeReferenz: 'I-1', summen: kvSummen('100.00'), idempotencyKey: `kv-${a.spnId}` };
    const [r1, r2] = await Promise.all([mutation(server(), rollen, 'kalkulation', 'kvEinreichen', eingabe), mutation(server(), rollen, 'kalkulation', 'kvEinreichen', eingabe)]);
    expect(r1.kv.id).toBe(r2.kv.id);
    expect((await uebersicht(server(), rollen, a.spnId)).kvs).toHaveLength(1);
  });

  it('dieselbe Rechnungsnummer gleichzeitig auf zwei Aufträgen derselben Werkstatt: eine wird aufgenommen, die andere mit Fehler abgewiesen', async () => {
    for (let runde = 0; runde < 3; runde++) {
      const auftraege = [];
      for (let i = 0; i < 2; i++) {
        const a = await vermitteln(server(), rollen);
        const kv = await mutation(server(), rollen, 'kalkulation', 'kvEinreichen', { ...DOKUMENT(a as any), art: 'KV', externeReferenz: `C-${i}`, summen: kvSummen('100.00') });
        await mutation(server(), rollen, 'netz', 'kvPruefen', { kvId: kv.kv.id, ergebnis: 'FREIGABE' });
        auftraege.push(a);
      }
      const nummer = `RE-GLEICH-${runde}`;
      const antworten = await Promise.all(
        auftraege.map((a) => senden('rechnungEinreichen', { ...DOKUMENT(a as any), art: 'REPARATUR', rechnungsnummer: nummer, rechnungsdatum: heute(), betragNetto: '10.00', mwst: mwstVon('10.00') }, 'kalkulation')),
      );
      expect(antworten.map((r) => r.body.errors)).toEqual([undefined, undefined]);
      const ergebnisse = antworten.map((r) => r.body.data.r);
      expect(ergebnisse.filter((r) => r.rechnung !== null).map((r) => r.fehler)).toEqual([[]]);
      expect(ergebnisse.filter((r) => r.rechnung === null).map((r) => r.fehler)).toEqual([[expect.objectContaining({ code: 'VALIDIERUNG', feld: ['input', 'rechnungsnummer'] })]]);
    }
  });
});
