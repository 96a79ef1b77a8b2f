import { LISTE } from '../utils/abfragen';
import { Rolle, Rollen, berlinHeute, kvSummen, mutation, MutationName, rollenAnmelden, uebersicht, vermitteln } from '../utils/netzwerk';
import { testServerFuerDatei } from '../utils/server';
import { TestUhr } from '../utils/uhr';

/**
 * Every HinweisCode of the contract, produced on a freshly brokered order by API calls alone (issue 4,
 * Tests): no rows are written behind the server's back. The table is keyed by the schema's enum, so a
 * new code without a situation here fails the first test. For each code the test checks that the
 * shop's overview shows it, with the action domain.md offers (only if that action is allowed now),
 * that `hinweise` is ordered as domain.md lists, and that the list filter `hinweis` finds the order
 * (the stored index agrees with the overview).
 *
 * No Hinweis depends on the passing of time (reminders are sent by staff here), so the injected clock
 * only fixes "today" for the dates in the forms.
 */
const uhr = new TestUhr('2026-12-02T09:00:00.000Z');
const server = testServerFuerDatei({ demo: true, clock: uhr });
let rollen: Rollen;

beforeAll(async () => {
  rollen = await rollenAnmelden(server());
});

/** domain.md, "hinweise is ordered most urgent first". */
const PRIORITAET = [
  'STORNIERT',
  'ERINNERUNG_OFFEN',
  'KORREKTUR_ANGEFORDERT',
  'KV_ABGELEHNT',
  'RECHNUNG_FEHLT',
  'KV_FEHLT',
  'KV_SERVICE_AUFTRAG',
  'RKUE_OFFEN',
  'KV_IN_PRUEFUNG',
  'FREIGABE_NICHT_AUSREICHEND',
  'TICKET_OFFEN',
];

async function ok(rolle: Rolle, name: MutationName, input: Record<string, unknown>): Promise<any> {
  const r = await mutation(server(), rollen, rolle, name, input);
  expect(r.fehler).toEqual([]);
  return r;
}

type Auftrag = Awaited<ReturnType<typeof vermitteln>>;
const heute = () => berlinHeute(uhr.now());

/** Building blocks: each takes the order and returns it, so situations read as a chain of calls. */
const schritte = {
  vermitteln: (auftragsart: 'REPARATUR' | 'KV_SERVICE' = 'REPARATUR') => vermitteln(server(), rollen, { auftragsart }),
  kv: async (a: Auftrag) => {
    const r = await ok('kalkulation', 'kvEinreichen', { spnId: a.spnId, schadennummer: a.schadennummer, kennzeichen: a.kennzeichen, art: 'KV', externeReferenz: 'DAT-H', summen: kvSummen('900.00', '300.00') });
    return r.kv.id as string;
  },
  pruefen: (kvId: string, ergebnis: string, extra: Record<string, unknown> = {}) => ok('netz', 'kvPruefen', { kvId, ergebnis, ...extra }),
};

interface Situation {
  /** What happens, in words. */
  situation: string;
  /** API calls that bring a new order into the situation; returns its SPN-ID. */
  herbeifuehren: () => Promise<string>;
  /** The action the Hinweis offers (domain.md's table), or null. */
  aktion: string | null;
  /** Something the text must say. */
  text: RegExp;
}

const SITUATIONEN: Record<string, Situation> = {
  ERINNERUNG_OFFEN: {
    situation: 'das Netz hat eine Erinnerung gesendet',
    herbeifuehren: async () => {
      const a = await schritte.vermitteln();
      await ok('netz', 'erinnerungSenden', { spnId: a.spnId, art: 'TERMINSTATUS' });
      return a.spnId;
    },
    aktion: 'VORGANGSINFO',
    text: /Reparatur- oder Terminstatus/,
  },
  KV_FEHLT: {
    situation: 'kein KV; ein KV mit falscher Schadennummer kam an',
    herbeifuehren: async () => {
      const a = await schritte.vermitteln();
      const r = await mutation(server(), rollen, 'kalkulation', 'kvEinreichen', { spnId: a.spnId, schadennummer: 'KS-FALSCH-1', kennzeichen: a.kennzeichen, art: 'KV', externeReferenz: 'DAT-X', summen: kvSummen('100.00') });
      expect(r.fehler.map((f) => [f.code, f.feld])).toEqual([['ZUORDNUNG_FEHLGESCHLAGEN', ['input', 'schadennummer']]]);
      return a.spnId;
    },
    aktion: null,
    text: /ein KV aus DAT ist am 02\.12\.2026 eingegangen, aber die Schadennummer weicht ab/,
  },
  KV_IN_PRUEFUNG: {
    situation: 'der KV ist eingegangen',
    herbeifuehren: async () => {
      const a = await schritte.vermitteln();
      await schritte.kv(a);
      return a.spnId;
    },
    aktion: 'FEHLENDE_FREIGABE',
    text: /wird geprüft/,
  },
  KORREKTUR_ANGEFORDERT: {
    situation: 'das Netz hat eine Korrektur des KV angefordert',
    herbeifuehren: async () => {
      const a = await schritte.vermitteln();
      await schritte.pruefen(await schritte.kv(a), 'KORREKTUR', { korrekturpunkte: ['Kennzeichen im KV prüfen'] });
      return a.spnId;
    },
    aktion: 'FEHLENDE_FREIGABE',
    text: /Kennzeichen im KV prüfen/,
  },
  KV_ABGELEHNT: {
    situation: 'das Netz hat den KV abgelehnt',
    herbeifuehren: async () => {
      const a = await schritte.vermitteln();
      await schritte.pruefen(await schritte.kv(a), 'ABLEHNUNG');
      return a.spnId;
    },
    aktion: null,
    text: /neuer KV/,
  },
  FREIGABE_NICHT_AUSREICHEND: {
    situation: 'die Freigabe ist erteilt',
    herbeifuehren: async () => {
      const a = await schritte.vermitteln();
      await schritte.pruefen(await schritte.kv(a), 'FREIGABE');
      return a.spnId;
    },
    aktion: null,
    text: /KV-Nachtrag/,
  },
  RECHNUNG_FEHLT: {
    situation: 'die Werkstatt meldet das Fahrzeug fertig, eine Rechnung fehlt',
    herbeifuehren: async () => {
      const a = await schritte.vermitteln();
      await schritte.pruefen(await schritte.kv(a), 'FREIGABE');
      await ok('werkstatt', 'vorgangsinfoMelden', { spnId: a.spnId, reparaturstatus: 'FAHRZEUG_FERTIG', fertiggestelltAm: heute() });
      return a.spnId;
    },
    aktion: null,
    text: /Schadennummer, SPN-ID und das Wort „Rechnung“/,
  },
  STORNIERT: {
    situation: 'das Netz hat storniert',
    herbeifuehren: async () => {
      const a = await schritte.vermitteln();
      await ok('netz', 'auftragStornieren', { spnId: a.spnId, grund: 'DOPPELTE_VERMITTLUNG' });
      return a.spnId;
    },
    aktion: 'AUFTRAG_ANFORDERN',
    text: /Stornierung SPN Vermittlungsauftrag SPN-2026-\d{6}/,
  },
  KV_SERVICE_AUFTRAG: {
    situation: 'das Netz vermittelt einen KV-Service-Auftrag',
    herbeifuehren: async () => (await schritte.vermitteln('KV_SERVICE')).spnId,
    aktion: 'AUFTRAG_ANFORDERN',
    text: /Reparaturauftrag/,
  },
  RKUE_OFFEN: {
    situation: 'die Freigabe ist erteilt, die RKÜ in Prüfung',
    herbeifuehren: async () => {
      const a = await schritte.vermitteln();
      await schritte.pruefen(await schritte.kv(a), 'FREIGABE');
      await ok('netz', 'rkueEntscheiden', { spnId: a.spnId, status: 'IN_PRUEFUNG' });
      return a.spnId;
    },
    aktion: null,
    text: /Abtretungserklärung/,
  },
  TICKET_OFFEN: {
    situation: 'die Werkstatt meldet einen Termin (Vorgangsinfo)',
    herbeifuehren: async () => {
      const a = await schritte.vermitteln();
      await ok('werkstatt', 'vorgangsinfoMelden', { spnId: a.spnId, reparaturstatus: 'TERMIN_VEREINBART', termin: '2026-12-09' });
      return a.spnId;
    },
    aktion: null,
    text: /SSP-2026-\d{6}/,
  },
};

it('hat für jeden HinweisCode des Schemas eine Situation', async () => {
  const r = await server().gql('{ __type(name: "HinweisCode") { enumValues { name } } }');
  const codes = r.body.data.__type.enumValues.map((v: any) => v.name).sort();
  expect(Object.keys(SITUATIONEN).sort()).toEqual(codes);
  expect([...PRIORITAET].sort()).toEqual(codes);
});

describe.each(Object.entries(SITUATIONEN))('%s', (code, s) => {
  it(`entsteht durch API-Aufrufe: ${s.situation}`, async () => {
    const spnId = await s.herbeifuehren();
    const a = await uebersicht(server(), rollen, spnId, 'werkstatt');
    const codes = a.hinweise.map((h: any) => h.code);
    expect(codes).toContain(code);
    // Most urgent first, as domain.md lists them.
    expect(codes).toEqual([...codes].sort((x: string, y: string) => PRIORITAET.indexOf(x) - PRIORITAET.indexOf(y)));
    const h = a.hinweise.find((x: any) => x.code === code);
    expect(h.text).toMatch(s.text);
    expect(h.aktion).toBe(s.aktion);
    if (s.aktion) expect(a.moeglicheAktionen).toContain(s.aktion);
    // The list filter finds the order by this code.
    const liste = await server().gql(LISTE, { filter: { hinweis: code, suche: spnId }, first: 5 }, { token: rollen.token.werkstatt });
    expect(liste.body.data.auftraege.edges.map((e: any) => e.node.spnId)).toEqual([spnId]);
  });
});

it('zeigt nach Erledigung keinen Hinweis mehr: Vorgangsinfo schließt die Erinnerung, Storno verdrängt die übrigen', async () => {
  const a = await schritte.vermitteln();
  await ok('netz', 'erinnerungSenden', { spnId: a.spnId, art: 'REPARATURSTATUS' });
  const kvId = await schritte.kv(a);
  await schritte.pruefen(kvId, 'KORREKTUR', { korrekturpunkte: ['Fotos fehlen'] });
  expect((await uebersicht(server(), rollen, a.spnId, 'werkstatt')).hinweise.map((h: any) => h.code)).toEqual(['ERINNERUNG_OFFEN', 'KORREKTUR_ANGEFORDERT']);
  await ok('werkstatt', 'vorgangsinfoMelden', { spnId: a.spnId, reparaturstatus: 'TERMIN_VEREINBART', termin: '2026-12-10' });
  expect((await uebersicht(server(), rollen, a.spnId, 'werkstatt')).hinweise.map((h: any) => h.code)).toEqual(['KORREKTUR_ANGEFORDERT', 'TICKET_OFFEN']);
  await ok('netz', 'auftragStornieren', { spnId: a.spnId, grund: 'WERKSTATT_LEHNT_AB' });
  const storniert = await uebersicht(server(), rollen, a.spnId, 'werkstatt');
  expect(storniert.hinweise.map((h: any) => h.code)).toEqual(['STORNIERT', 'TICKET_OFFEN']);
  // Vendors get no tickets, hence no TICKET_OFFEN.
  expect((await uebersicht(server(), rollen, a.spnId, 'kalkulation')).hinweise.map((h: any) => h.code)).toEqual(['STORNIERT']);
});

it('eine zu hohe Rechnung erklärt FREIGABE_NICHT_AUSREICHEND, bis der Nachtrag freigegeben ist', async () => {
  const a = await schritte.vermitteln();
  await schritte.pruefen(await schritte.kv(a), 'FREIGABE', { betragNetto: '1000.00' });
  const dokument = { spnId: a.spnId, schadennummer: a.schadennummer, kennzeichen: a.kennzeichen };
  const zuHoch = await mutation(server(), rollen, 'kalkulation', 'rechnungEinreichen', { ...dokument, art: 'REPARATUR', rechnungsnummer: `RE-H-${a.spnId}`, rechnungsdatum: heute(), betragNetto: '1000.00', mwst: '190.00' });
  expect(zuHoch.fehler).toEqual([expect.objectContaining({ code: 'BETRAG_UEBERSCHRITTEN', meldung: expect.stringContaining('950,00 €') })]);
  const titel = async () => (await uebersicht(server(), rollen, a.spnId, 'werkstatt')).hinweise.find((h: any) => h.code === 'FREIGABE_NICHT_AUSREICHEND').titel;
  expect(await titel()).toBe('Rechnung übersteigt die Freigabe');
  uhr.vorstellen({ minuten: 5 });
  const nachtrag = await ok('kalkulation', 'kvEinreichen', { ...dokument, art: 'NACHTRAG', externeReferenz: 'DAT-H-NT', summen: kvSummen('60.00') });
  expect(await titel()).toBe('Rechnung übersteigt die Freigabe');
  uhr.vorstellen({ minuten: 5 });
  await schritte.pruefen(nachtrag.kv.id, 'FREIGABE');
  expect(await titel()).toBe('Freigabe liegt vor');
});
