import { LISTE, UEBERSICHT, spn } from '../utils/abfragen';
import { DEMO_API_SCHLUESSEL, DEMO_INTERN, DEMO_WERKSTATT, DEMO_WERKSTATT_2, anmelden, testServerFuerDatei } from '../utils/server';

/**
 * Tenant isolation (domain.md, Who uses it; Personal data): a shop sees only its own orders, a vendor
 * only its linked shops' orders without personal contact data, tickets or the network's free text.
 * What a caller may not see answers exactly like something that does not exist.
 */
const server = testServerFuerDatei({ demo: true });
let werkstatt: string;
let werkstatt2: string;
let intern: string;
const vendor = DEMO_API_SCHLUESSEL;

// Demo orders: 1–16 belong to demo-werkstatt (linked to the vendor key), 17–23 to demo-werkstatt-2, 24–29 to other shops.
const EIGEN = spn(5);
const FREMD = spn(18);
const UNVERKNUEPFT = spn(24);

beforeAll(async () => {
  werkstatt = await anmelden(server(), DEMO_WERKSTATT.benutzername, DEMO_WERKSTATT.passwort);
  werkstatt2 = await anmelden(server(), DEMO_WERKSTATT_2.benutzername, DEMO_WERKSTATT_2.passwort);
  intern = await anmelden(server(), DEMO_INTERN.benutzername, DEMO_INTERN.passwort);
});

async function auftrag(spnId: string, token: string) {
  const r = await server().gql(UEBERSICHT, { spnId }, { token });
  expect(r.body.errors).toBeUndefined();
  return r.body.data.auftrag;
}

async function liste(token: string, filter: Record<string, unknown> = {}) {
  const r = await server().gql(LISTE, { first: 100, filter }, { token });
  expect(r.body.errors).toBeUndefined();
  return r.body.data.auftraege;
}

describe('Werkstatt 2 gegenüber Werkstatt 1', () => {
  it('bekommt den fremden Auftrag per SPN-ID genau wie eine falsche SPN-ID: null', async () => {
    expect(await auftrag(EIGEN, werkstatt2)).toBeNull();
    expect(await auftrag('SPN-2026-999999', werkstatt2)).toBeNull();
    expect(await auftrag(FREMD, werkstatt2)).not.toBeNull();
  });

  it('findet fremde Aufträge weder in der Liste noch über die Suche nach Kennzeichen, Schadennummer oder SPN-ID', async () => {
    const eigene = await liste(werkstatt2);
    expect(eigene.totalCount).toBe(7);
    for (const e of eigene.edges) expect(e.node.werkstatt.id).toBe(eigene.edges[0].node.werkstatt.id);
    for (const suche of ['M-AB 1234', 'KS-2026-118734', spn(1)]) {
      expect((await liste(werkstatt2, { suche })).totalCount).toBe(0);
    }
    expect((await liste(werkstatt2, { geaendertSeit: '2026-01-01T00:00:00Z' })).totalCount).toBe(7);
  });

  it('erreicht fremde Tickets weder per Nummer noch in der Liste noch über den Auftragsfilter', async () => {
    const fremdeTickets = await server().gql('{ tickets(first: 100) { nodes { ticketNummer } } }', undefined, { token: werkstatt });
    const nummer = fremdeTickets.body.data.tickets.nodes[0].ticketNummer as string;
    const perNummer = await server().gql('query($n:String!){ ticket(ticketNummer:$n){ ticketNummer auftrag { spnId } } }', { n: nummer }, { token: werkstatt2 });
    expect(perNummer.body).toEqual({ data: { ticket: null } });
    const alle = await server().gql('{ tickets(first: 100) { totalCount nodes { auftrag { werkstatt { name } } } } }', undefined, { token: werkstatt2 });
    for (const t of alle.body.data.tickets.nodes) expect(t.auftrag.werkstatt.name).toBe('Karosserie Yılmaz & Söhne');
    const gefiltert = await server().gql('query($s:String){ tickets(filter:{spnId:$s}) { totalCount } }', { s: spn(15) }, { token: werkstatt2 });
    expect(gefiltert.body.data.tickets.totalCount).toBe(0);
  });
});

describe('Kalkulationssystem (API-Schlüssel)', () => {
  it('meldet sich als KALKULATION ohne Werkstatt', async () => {
    const r = await server().gql('{ me { rolle werkstatt { id } } }', undefined, { token: vendor });
    expect(r.body.data.me).toEqual({ rolle: 'KALKULATION', werkstatt: null });
  });

  it('sieht nur die Aufträge der verknüpften Werkstatt', async () => {
    expect(await auftrag(UNVERKNUEPFT, vendor)).toBeNull();
    expect(await auftrag(FREMD, vendor)).toBeNull();
    const l = await liste(vendor);
    expect(l.totalCount).toBe(16);
    expect((await liste(vendor, { suche: 'HH-LN 2026' })).totalCount).toBe(0);
  });

  it('bekommt keine Kundendaten, keine Tickets und keinen Freitext von Werkstatt oder Netzwerk', async () => {
    for (const nr of [1, 5, 8, 10, 14, 15]) {
      const a = await auftrag(spn(nr), vendor);
      expect(a.kunde).toBeNull();
      expect(a.tickets).toEqual([]);
      expect(a.rkue.bemerkung).toBeNull();
      for (const kv of a.kvs) expect(kv.korrekturpunkte).toEqual([]);
      for (const r of a.rechnungen) expect(r.bemerkung).toBeNull();
      if (a.storno) expect(a.storno.bemerkung).toBeNull();
      for (const h of a.hinweise) expect(h.code).not.toBe('TICKET_OFFEN');
      for (const e of a.verlauf.nodes) {
        expect(['Werkstatt', 'SPN-Netzwerk', 'Kalkulationssystem', 'SPN-System', null]).toContain(e.akteur);
        expect(['TICKET_ERSTELLT', 'TICKET_BEARBEITET']).not.toContain(e.art);
      }
      expect(a.verlauf.totalCount).toBe(a.verlauf.nodes.length);
      const text = JSON.stringify(a);
      for (const geheim of ['Claudia Neumann', 'Kästner', 'telefonisch', 'Fotos', 'Haftungsquote', 'Scan statt', 'Sachverständigen', 'SSP-2026']) expect(text).not.toContain(geheim);
    }
  });

  it('darf keine Tickets abfragen: FORBIDDEN', async () => {
    for (const q of ['{ tickets { totalCount } }', '{ ticket(ticketNummer: "SSP-2026-000001") { id } }']) {
      const r = await server().gql(q, undefined, { token: vendor });
      expect(r.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('kann nicht nach offenen Tickets filtern', async () => {
    expect((await liste(intern, { hinweis: 'TICKET_OFFEN' })).totalCount).toBeGreaterThan(0);
    expect((await liste(vendor, { hinweis: 'TICKET_OFFEN' })).totalCount).toBe(0);
  });
});

describe('Netzwerk (INTERN)', () => {
  it('sieht alle Aufträge aller Werkstätten mit Kundendaten', async () => {
    expect((await liste(intern)).totalCount).toBe(29);
    expect((await auftrag(UNVERKNUEPFT, intern)).kunde.name).toBe('Jens Petersen');
  });
});

describe('Abmelden', () => {
  it('beendet das Token sofort', async () => {
    const token = await anmelden(server(), DEMO_WERKSTATT.benutzername, DEMO_WERKSTATT.passwort);
    expect((await server().gql('mutation { abmelden }', undefined, { token })).body.data.abmelden).toBe(true);
    const danach = await server().gql('{ me { name } }', undefined, { token });
    expect(danach.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
