import { HinweisCode } from '../../server/src/common/enums';
import { LISTE, UEBERSICHT, spn } from '../utils/abfragen';
import { DEMO_API_SCHLUESSEL, DEMO_INTERN, DEMO_WERKSTATT, DEMO_WERKSTATT_2, anmelden, testServerFuerDatei } from '../utils/server';

/**
 * The read side over HTTP on the demo data: the overview, its FAQ answers, the list with every filter
 * and keyset paging. Runs unchanged on SQLite and MariaDB.
 */
const server = testServerFuerDatei({ demo: true });
let werkstatt: string;
let werkstatt2: string;
let intern: string;

beforeAll(async () => {
  werkstatt = await anmelden(server(), DEMO_WERKSTATT.benutzername, DEMO_WERKSTATT.passwort);
  werkstatt2 = await anmelden(server(), DEMO_WERKSTATT_2.benutzername, DEMO_WERKSTATT_2.passwort);
  intern = await anmelden(server(), DEMO_INTERN.benutzername, DEMO_INTERN.passwort);
});

async function uebersicht(spnId: string, token: string) {
  const r = await server().gql(UEBERSICHT, { spnId }, { token });
  expect(r.body.errors).toBeUndefined();
  return r.body.data.auftrag;
}

async function alleSeiten(token: string, variablen: Record<string, unknown>) {
  const knoten: any[] = [];
  let after: string | null = null;
  let total = -1;
  for (let i = 0; i < 50; i++) {
    const r: { body: { data?: any; errors?: unknown } } = await server().gql(LISTE, { ...variablen, after }, { token });
    expect(r.body.errors).toBeUndefined();
    const c: any = r.body.data.auftraege;
    total = c.totalCount;
    knoten.push(...c.edges.map((e: any) => e.node));
    if (!c.pageInfo.hasNextPage) break;
    after = c.pageInfo.endCursor;
  }
  return { knoten, total };
}

describe('Auftragsübersicht', () => {
  it('zeigt einer Werkstatt alles zu ihrem Auftrag, mit Stand, Beträgen und Verlauf', async () => {
    // given: demo order 12 (KV + Nachtrag approved, invoice in review)
    const vorher = Date.now();
    // when
    const a = await uebersicht(spn(12), werkstatt);
    // then
    expect(a.spnId).toBe(spn(12));
    expect(a.status).toBe('RECHNUNG_IN_PRUEFUNG');
    expect(Date.parse(a.stand)).toBeGreaterThanOrEqual(vorher - 1000);
    expect(a.kunde.name).toBe('Katarina Jović');
    expect(a.fahrzeug.kennzeichen).toBe('M-NX 4040');
    expect(a.kvs.map((k: any) => [k.laufendeNummer, k.art, k.status])).toEqual([
      [1, 'KV', 'FREIGEGEBEN'],
      [2, 'NACHTRAG', 'FREIGEGEBEN'],
    ]);
    expect(a.kvs[0].summen).toEqual({ ersatzteile: '2054.00', arbeitslohn: '1104.00', lackierung: '880.00', nebenkosten: '96.00', netto: '4134.00', mwst: '785.46', brutto: '4919.46' });
    expect(a.freigaben.map((f: any) => [f.betragNetto, f.nachlass, f.erwarteterRechnungsbetrag, f.kv.laufendeNummer])).toEqual([
      ['4134.00', '206.70', '3927.30', 1],
      ['698.00', '34.90', '663.10', 2],
    ]);
    // the invoice claims the whole expected amount, so nothing is left
    expect(a.rechnungen[0].betragNetto).toBe('4590.40');
    expect(a.erwarteterRechnungsbetrag).toBe('0.00');
    expect(a.verlauf.totalCount).toBeGreaterThan(5);
    expect(a.verlauf.nodes[0].art).toBe('RECHNUNG_EINGEGANGEN');
    expect(a.benachrichtigungen.length).toBeGreaterThan(0);
    expect(a.moeglicheAktionen).toEqual(['VORGANGSINFO']);
  });

  it('findet die SPN-ID trotz Kleinschreibung, Leerzeichen und ohne Präfix', async () => {
    for (const eingabe of ['spn-2026-000001', '  SPN-2026-000001 ', '2026-000001', 'SPN2026000001']) {
      const r = await server().gql('query($s:String!){ auftrag(spnId:$s){ spnId } }', { s: eingabe }, { token: werkstatt });
      expect(r.body.data.auftrag).toEqual({ spnId: spn(1) });
    }
  });

  it('zeigt jede der neun FAQ-Situationen auf den Aufträgen von demo-werkstatt', async () => {
    const { knoten } = await alleSeiten(werkstatt, { first: 100 });
    const codes = new Set(knoten.flatMap((n) => n.hinweise.map((h: any) => h.code)));
    for (const c of ['ERINNERUNG_OFFEN', 'KV_FEHLT', 'KV_IN_PRUEFUNG', 'KORREKTUR_ANGEFORDERT', 'FREIGABE_NICHT_AUSREICHEND', 'RECHNUNG_FEHLT', 'STORNIERT', 'KV_SERVICE_AUFTRAG', 'RKUE_OFFEN']) {
      expect([c, codes.has(c)]).toEqual([c, true]);
    }
    const codes2 = new Set((await alleSeiten(werkstatt2, { first: 100 })).knoten.flatMap((n) => n.hinweise.map((h: any) => h.code)));
    expect(codes2.size).toBeGreaterThanOrEqual(6);
  });

  it('nennt beim fehlenden KV die nicht zugeordnete Einreichung', async () => {
    const a = await uebersicht(spn(2), werkstatt);
    expect(a.hinweise[0].code).toBe('KV_FEHLT');
    expect(a.hinweise[0].text).toMatch(/ein KV aus DAT ist am \d\d\.\d\d\.2026 eingegangen, aber das Kennzeichen weicht ab/);
    expect(a.nichtZugeordneteEingaenge[0].abweichendeFelder).toEqual(['kennzeichen']);
  });

  it('zeigt die Stornierung mit Grund und Versandzeit der E-Mail', async () => {
    const a = await uebersicht(spn(8), werkstatt);
    expect(a.storno.grund).toBe('KUNDE_WAEHLT_ANDERE_WERKSTATT');
    expect(a.storno.benachrichtigtAm).not.toBeNull();
    expect(a.hinweise[0]).toMatchObject({ code: 'STORNIERT', aktion: 'AUFTRAG_ANFORDERN' });
    expect(a.benachrichtigungen.map((b: any) => b.betreff)).toContain(`Stornierung SPN Vermittlungsauftrag ${spn(8)}`);
  });

  it('antwortet ohne Anmeldung mit UNAUTHENTICATED, nur __typename ist offen', async () => {
    const ohne = await server().gql('{ auftrag(spnId: "SPN-2026-000001") { spnId } }');
    expect(ohne.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(ohne.body.data?.auftrag ?? null).toBeNull();
    expect((await server().gql('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
    const kaputt = await server().gql('{ me { name } }', undefined, { token: 'sst_gibt-es-nicht' });
    expect(kaputt.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('Auftragsliste', () => {
  it('blättert mit Cursorn stabil durch alle eigenen Aufträge, ohne Lücke und ohne Doppel', async () => {
    const alle = await alleSeiten(werkstatt, { first: 3 });
    expect(alle.total).toBe(16);
    expect(alle.knoten).toHaveLength(16);
    expect(new Set(alle.knoten.map((n) => n.id)).size).toBe(16);
    const zeiten = alle.knoten.map((n) => Date.parse(n.aktualisiertAm));
    expect([...zeiten].sort((x, y) => y - x)).toEqual(zeiten);
  });

  it('sortiert nach SPN-ID aufsteigend, wenn gewünscht', async () => {
    const { knoten } = await alleSeiten(werkstatt, { first: 7, orderBy: { field: 'SPN_ID', direction: 'ASC' } });
    expect(knoten.map((n) => n.spnId)).toEqual(Array.from({ length: 16 }, (_, i) => spn(i + 1)));
  });

  it('filtert nach Status, Auftragsart, Hinweis und Aktion', async () => {
    const storniert = await alleSeiten(intern, { first: 50, filter: { status: ['STORNIERT'] } });
    expect(storniert.knoten.map((n) => n.spnId).sort()).toEqual([spn(8), spn(19), spn(26)]);
    const kvService = await alleSeiten(werkstatt, { first: 50, filter: { auftragsart: 'KV_SERVICE' } });
    expect(kvService.knoten.map((n) => n.spnId)).toEqual([spn(9)]);
    const rkue = await alleSeiten(werkstatt, { first: 50, filter: { hinweis: HinweisCode.RKUE_OFFEN } });
    expect(rkue.total).toBeGreaterThan(0);
    for (const n of rkue.knoten) expect(n.hinweise.map((h: any) => h.code)).toContain('RKUE_OFFEN');
    const offen = await alleSeiten(werkstatt, { first: 50, filter: { mitAktion: true } });
    expect(offen.total).toBeGreaterThan(0);
    for (const n of offen.knoten) expect(n.hinweise.some((h: any) => h.aktion)).toBe(true);
  });

  it('sucht Kennzeichen, Schadennummer und SPN-ID ohne Rücksicht auf Schreibweise', async () => {
    for (const [suche, erwartet] of [
      ['m ab-1234', spn(1)],
      ['MAB1234', spn(1)],
      ['lö x7e', spn(2)],
      ['LO\u0308-X 7E', spn(2)],
      ['ha/26/0047781', spn(2)],
      ['2026-000005', spn(5)],
    ]) {
      const r = await alleSeiten(werkstatt, { first: 50, filter: { suche } });
      expect([suche, r.knoten.map((n) => n.spnId)]).toEqual([suche, [erwartet]]);
    }
    const nichts = await alleSeiten(werkstatt, { first: 50, filter: { suche: '%' } });
    expect(nichts.total).toBe(0);
  });

  it('liefert mit geaendertSeit die Änderungen ab dem Zeitpunkt, älteste zuerst', async () => {
    const seit = '2026-11-20T00:00:00.000Z';
    const { knoten } = await alleSeiten(intern, { first: 4, filter: { geaendertSeit: seit } });
    expect(knoten.length).toBeGreaterThan(3);
    const zeiten = knoten.map((n) => Date.parse(n.aktualisiertAm));
    for (const z of zeiten) expect(z).toBeGreaterThanOrEqual(Date.parse(seit));
    expect([...zeiten].sort((x, y) => x - y)).toEqual(zeiten);
  });

  it('lehnt einen ungültigen Cursor und first außerhalb 1…100 verständlich ab', async () => {
    for (const v of [{ after: 'kaputt' }, { first: 0 }, { first: 101 }, { first: null }]) {
      const r = await server().gql(LISTE, { first: 5, ...v }, { token: werkstatt });
      expect(r.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.body.errors?.[0].message).toMatch(/Cursor|first/);
    }
  });
});

describe('Stammdaten', () => {
  it('liefert die Versicherer und jeder Rolle nur die Werkstätten, die sie sehen darf', async () => {
    const v = await server().gql('{ versicherer { name nachlassProzent kvServicePauschale } }', undefined, { token: werkstatt });
    expect(v.body.data.versicherer).toEqual([
      { name: 'Hanseatische Assekuranz VVaG', nachlassProzent: '7.50', kvServicePauschale: '125.00' },
      { name: 'Rheinische Kraftfahrt Versicherung AG', nachlassProzent: '5.00', kvServicePauschale: '150.00' },
    ]);
    const q = '{ werkstaetten(first: 100) { totalCount nodes { name } } }';
    expect((await server().gql(q, undefined, { token: intern })).body.data.werkstaetten.totalCount).toBe(5);
    expect((await server().gql(q, undefined, { token: werkstatt })).body.data.werkstaetten.nodes).toEqual([{ name: 'Autohaus Berger GmbH' }]);
    expect((await server().gql(q, undefined, { token: DEMO_API_SCHLUESSEL })).body.data.werkstaetten.nodes).toEqual([{ name: 'Autohaus Berger GmbH' }]);
    const suche = await server().gql('{ werkstaetten(suche: "köln") { nodes { name ort } } }', undefined, { token: intern });
    expect(suche.body.data.werkstaetten.nodes).toEqual([{ name: 'Kfz-Meisterbetrieb Hoffmann', ort: 'Köln' }]);
  });
});
