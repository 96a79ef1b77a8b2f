import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { getNamedType, GraphQLField, GraphQLNamedType, GraphQLSchema, isAbstractType, isEnumType, isNonNullType, isObjectType, isScalarType } from 'graphql';
import { Kalkulationssystem } from '../../server/src/common/enums';
import { subgraphSchemaBauen } from '../../server/src/graphql/schema';
import { ApiSchluesselEntity, ApiSchluesselWerkstattEntity } from '../../server/src/modules/identity/api-schluessel.entity';
import { sha256 } from '../../server/src/modules/identity/token';
import { WerkstattEntity } from '../../server/src/modules/identity/werkstatt.entity';
import { wsVerbinden } from '../utils/abonnement';
import { anmelden, DEMO_INTERN, DEMO_WERKSTATT_2, GqlErgebnis, testServerFuerDatei } from '../utils/server';

/**
 * Proof of tenant isolation by walking the schema. The victim is demo shop 1 (Autohaus Berger); the
 * attackers are shop 2 (a session) and a vendor key linked only to shop 2. Every root field of Query
 * and Mutation has a case below (a new field without one fails the first test); each case calls the
 * field along every path that names or searches order data (SPN-ID in any spelling, ticket number,
 * plate, claim number, customer name, list filters) with a selection of EVERY field the answer type
 * has, nested, and checks that
 *   - the answer is the one for data that does not exist ("not found"), with the id swapped;
 *   - no mark of the victim (SPN-IDs, plates, claim numbers, customer names, ticket numbers, shop
 *     name) appears anywhere in the response;
 *   - nothing of the victim changed in the database.
 */
const server = testServerFuerDatei({ demo: true });

let schema: GraphQLSchema;
type Angreifer = { name: string; token: string; vendor: boolean };
let angreifer: Angreifer[];
/** Strings that belong to the victim only. */
let opferMarken: string[];
let opferSpnId: string;
let opferTicket: string;
let opferKennzeichen: string;
let opferSchadennummer: string;
let opferKunde: string;
let opferWerkstattId: string;
let opferBenutzerId: string;
const UNBEKANNTE_SPN = 'SPN-2026-999999';
const UNBEKANNTES_TICKET = 'SSP-2026-999999';
const UNBEKANNTE_ID = '987654';

/** A selection of every field of `typ`, nested `tiefe` levels (fields with required arguments are left out). */
function alleFelder(typ: GraphQLNamedType, tiefe: number): string {
  if (isScalarType(typ) || isEnumType(typ)) return '';
  if (isAbstractType(typ)) return '{ __typename }';
  if (!isObjectType(typ)) return '';
  const felder = Object.values(typ.getFields())
    .filter((f: GraphQLField<unknown, unknown>) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined))
    .map((f) => {
      const ziel = getNamedType(f.type);
      if (isScalarType(ziel) || isEnumType(ziel)) return f.name;
      return tiefe > 1 ? `${f.name} ${alleFelder(ziel, tiefe - 1)}` : null;
    })
    .filter((f): f is string => !!f && !f.endsWith(' '));
  return `{ __typename ${felder.join(' ')} }`;
}

function felderVon(wurzel: 'Query' | 'Mutation', feld: string, tiefe = 4): string {
  const typ = wurzel === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
  return alleFelder(getNamedType(typ.getFields()[feld].type), tiefe);
}

async function fragen(a: Angreifer, query: string, variables: Record<string, unknown> = {}): Promise<GqlErgebnis<any>> {
  return server().gql(query, variables, { token: a.token });
}

/** The victim's marks found in a response (none allowed). */
function gefundeneMarken(r: GqlErgebnis<unknown>): string[] {
  const text = JSON.stringify(r.body).toLowerCase();
  return opferMarken.filter((m) => text.includes(m.toLowerCase()));
}

/** A fingerprint of everything stored about the victim (rows and their change markers). */
async function opferStand(): Promise<string> {
  const ds = server().ds;
  const w = `(SELECT id FROM werkstatt WHERE partnerNummer = 'P-104711')`;
  const a = `(SELECT id FROM auftrag WHERE werkstattId IN ${w})`;
  const teile = await Promise.all([
    ds.query(`SELECT spnId, status, auftragsart, aenderungsNr FROM auftrag WHERE werkstattId IN ${w} ORDER BY id`),
    ...['ereignis', 'ticket', 'kostenvoranschlag', 'rechnung', 'eingang', 'freigabe', 'erinnerung', 'storno', 'benachrichtigung'].map((t) =>
      ds.query(`SELECT COUNT(*) AS n FROM ${t} WHERE auftragId IN ${a}`),
    ),
    ds.query(`SELECT COUNT(*) AS n FROM ticket_nachricht WHERE ticketId IN (SELECT id FROM ticket WHERE werkstattId IN ${w})`),
    ds.query(`SELECT id, email, aktiv, istAdmin FROM benutzer WHERE werkstattId IN ${w} ORDER BY id`),
    ds.query(`SELECT email, name FROM werkstatt WHERE id IN ${w}`),
    ds.query(`SELECT COUNT(*) AS n FROM sitzung WHERE beendetAm IS NULL AND benutzerId IN (SELECT id FROM benutzer WHERE werkstattId IN ${w})`),
    ds.query(`SELECT COUNT(*) AS n FROM api_schluessel_werkstatt WHERE werkstattId IN ${w}`),
  ]);
  return JSON.stringify(teile, (_k, v) => (typeof v === 'bigint' ? Number(v) : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v));
}

/** The answer with every spelling of `echt` replaced by `ersatz`, for comparing "foreign" with "unknown". */
function ersetzt(r: GqlErgebnis<unknown>, echt: string, ersatz: string): unknown {
  const ohneIds = JSON.stringify(r.body).replace(/"fehlerId":"[^"]+"|Fehler-ID [0-9a-f-]+/g, 'ID');
  return JSON.parse(ohneIds.split(echt).join(ersatz));
}

/**
 * Calls a mutation once on the victim's id and once on an unknown one: both answers must be the same
 * (no "exists but not yours"), carry no victim mark, and change nothing of the victim.
 */
async function wieUnbekannt(a: Angreifer, feld: string, eingabe: (id: string) => Record<string, unknown>, echt: string, unbekannt: string): Promise<void> {
  const query = `mutation M($input: ${schema.getMutationType()!.getFields()[feld].args[0].type.toString()}) { ${feld}(input: $input) ${felderVon('Mutation', feld)} }`;
  const vorher = await opferStand();
  const fremd = await fragen(a, query, { input: eingabe(echt) });
  const leer = await fragen(a, query, { input: eingabe(unbekannt) });
  expect({ feld, angreifer: a.name, marken: gefundeneMarken(fremd) }).toEqual({ feld, angreifer: a.name, marken: [] });
  expect({ feld, angreifer: a.name, antwort: ersetzt(fremd, echt, unbekannt) }).toEqual({ feld, angreifer: a.name, antwort: ersetzt(leer, echt, unbekannt) });
  expect(fremd.status).toBeLessThan(500);
  expect(await opferStand()).toBe(vorher);
}

/** A staff-only mutation: FORBIDDEN, no data, nothing changed. */
async function verboten(a: Angreifer, feld: string, eingabe: Record<string, unknown>): Promise<void> {
  const query = `mutation M($input: ${schema.getMutationType()!.getFields()[feld].args[0].type.toString()}) { ${feld}(input: $input) ${felderVon('Mutation', feld)} }`;
  const vorher = await opferStand();
  const r = await fragen(a, query, { input: eingabe });
  expect({ feld, code: r.body.errors?.[0]?.extensions?.code, daten: r.body.data ?? null }).toEqual({ feld, code: 'FORBIDDEN', daten: null });
  expect(gefundeneMarken(r)).toEqual([]);
  expect(await opferStand()).toBe(vorher);
}

const SPN_SCHREIBWEISEN = (spnId: string) => [spnId, spnId.toLowerCase(), ` ${spnId} `, spnId.replace(/^SPN-/, ''), spnId.replace(/-/g, ' ')];
const kvSummen = { ersatzteile: '100.00', arbeitslohn: '50.00', lackierung: '0.00', nebenkosten: '0.00', mwst: '28.50' };

/** One case per root field; `null` with a reason for fields that carry no order data. */
const QUERY_FAELLE: Record<string, ((a: Angreifer) => Promise<void>) | { keineAuftragsdaten: string }> = {
  auftrag: async (a) => {
    const q = `query Q($s: String!) { auftrag(spnId: $s) ${felderVon('Query', 'auftrag')} }`;
    for (const s of SPN_SCHREIBWEISEN(opferSpnId)) {
      const r = await fragen(a, q, { s });
      expect({ s, antwort: r.body }).toEqual({ s, antwort: { data: { auftrag: null } } });
    }
  },
  auftraege: async (a) => {
    const q = `query Q($f: AuftragFilter) { auftraege(first: 10, filter: $f) ${felderVon('Query', 'auftraege', 5)} }`;
    for (const f of [{}, { suche: opferSpnId }, { suche: opferKennzeichen }, { suche: opferKennzeichen.replace(/[- ]/g, '').toLowerCase() }, { suche: opferSchadennummer }, { suche: opferKunde }, { suche: '%' }, { suche: '_' }, { geaendertSeit: '2000-01-01T00:00:00Z' }, { mitAktion: true }]) {
      const r = await fragen(a, q, { f });
      expect({ f, fehler: r.body.errors ?? null, marken: gefundeneMarken(r) }).toEqual({ f, fehler: null, marken: [] });
    }
  },
  ticket: async (a) => {
    const q = `query Q($t: String!) { ticket(ticketNummer: $t) ${felderVon('Query', 'ticket')} }`;
    for (const t of [opferTicket, opferTicket.toLowerCase(), ` ${opferTicket} `]) {
      const r = await fragen(a, q, { t });
      expect(r.body.data?.ticket ?? null).toBeNull();
      expect(gefundeneMarken(r)).toEqual([]);
    }
  },
  tickets: async (a) => {
    const q = `query Q($f: TicketFilter) { tickets(first: 10, filter: $f) ${felderVon('Query', 'tickets', 5)} }`;
    for (const f of [{}, { spnId: opferSpnId }, { spnId: opferSpnId.toLowerCase() }]) {
      const r = await fragen(a, q, { f });
      // shops see only their own tickets; vendors see no tickets at all
      if (a.vendor) expect(r.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(gefundeneMarken(r)).toEqual([]);
    }
  },
  me: async (a) => {
    expect(gefundeneMarken(await fragen(a, `{ me ${felderVon('Query', 'me')} }`))).toEqual([]);
  },
  werkstaetten: async (a) => {
    for (const suche of [null, 'Berger', 'P-104711', 'München']) {
      const r = await fragen(a, `query Q($s: String) { werkstaetten(first: 100, suche: $s) ${felderVon('Query', 'werkstaetten')} }`, { s: suche });
      expect({ suche, marken: gefundeneMarken(r) }).toEqual({ suche, marken: [] });
    }
  },
  versicherer: { keineAuftragsdaten: 'Stammdaten des Netzwerks, für alle gleich' },
  werkstatt: async (a) => {
    const q = `query Q($id: ID!) { werkstatt(id: $id) ${felderVon('Query', 'werkstatt')} }`;
    const fremd = await fragen(a, q, { id: opferWerkstattId });
    expect(gefundeneMarken(fremd)).toEqual([]);
    expect(ersetzt(fremd, opferWerkstattId, UNBEKANNTE_ID)).toEqual(ersetzt(await fragen(a, q, { id: UNBEKANNTE_ID }), opferWerkstattId, UNBEKANNTE_ID));
  },
  benutzer: async (a) => {
    for (const werkstattId of [null, opferWerkstattId]) {
      const r = await fragen(a, `query Q($w: ID) { benutzer(first: 100, werkstattId: $w) ${felderVon('Query', 'benutzer')} }`, { w: werkstattId });
      if (a.vendor) expect(r.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect({ werkstattId, marken: gefundeneMarken(r) }).toEqual({ werkstattId, marken: [] });
    }
  },
  kontoProtokoll: async (a) => {
    for (const v of [{}, { w: opferWerkstattId }, { b: opferBenutzerId }]) {
      const r = await fragen(a, `query Q($w: ID, $b: ID) { kontoProtokoll(first: 100, werkstattId: $w, benutzerId: $b) ${felderVon('Query', 'kontoProtokoll')} }`, v);
      expect({ v, marken: gefundeneMarken(r) }).toEqual({ v, marken: [] });
    }
  },
  _entities: async (a) => {
    const q = 'query E($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Auftrag { spnId kunde { name } kvs { id } tickets { ticketNummer } } ... on Werkstatt { name partnerNummer } } }';
    const fremd = await fragen(a, q, { r: [{ __typename: 'Auftrag', spnId: opferSpnId }, { __typename: 'Werkstatt', id: opferWerkstattId }] });
    expect(gefundeneMarken(fremd)).toEqual([]);
    expect(fremd.body.data?._entities?.[0] ?? null).toBeNull();
    const unbekannt = await fragen(a, q, { r: [{ __typename: 'Auftrag', spnId: UNBEKANNTE_SPN }, { __typename: 'Werkstatt', id: UNBEKANNTE_ID }] });
    expect(ersetzt(fremd, opferWerkstattId, UNBEKANNTE_ID)).toEqual(ersetzt(unbekannt, opferWerkstattId, UNBEKANNTE_ID));
  },
  _service: { keineAuftragsdaten: 'liefert nur das SDL des Subgraphen' },
  apiSchluessel: async (a) => {
    const r = await fragen(a, `{ apiSchluessel ${felderVon('Query', 'apiSchluessel')} }`);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(gefundeneMarken(r)).toEqual([]);
  },
};

const MUTATION_FAELLE: Record<string, ((a: Angreifer) => Promise<void>) | { keineAuftragsdaten: string }> = {
  anmelden: { keineAuftragsdaten: 'nimmt Benutzername und Passwort, nennt keinen Auftrag' },
  abmelden: { keineAuftragsdaten: 'beendet nur die eigene Sitzung' },
  vorgangsinfoMelden: (a) =>
    a.vendor
      ? verboten(a, 'vorgangsinfoMelden', { spnId: opferSpnId, reparaturstatus: 'TERMIN_VEREINBART', termin: '2026-12-20' })
      : wieUnbekannt(a, 'vorgangsinfoMelden', (spnId) => ({ spnId, reparaturstatus: 'TERMIN_VEREINBART', termin: '2026-12-20' }), opferSpnId, UNBEKANNTE_SPN),
  fehlendeFreigabeMelden: (a) =>
    a.vendor
      ? verboten(a, 'fehlendeFreigabeMelden', { spnId: opferSpnId, freigabeErhaltenAm: '2026-11-30' })
      : wieUnbekannt(a, 'fehlendeFreigabeMelden', (spnId) => ({ spnId, freigabeErhaltenAm: '2026-11-30' }), opferSpnId, UNBEKANNTE_SPN),
  auftragAnfordern: (a) =>
    a.vendor
      ? verboten(a, 'auftragAnfordern', { spnId: opferSpnId, grund: 'KUNDE_WUENSCHT_REPARATUR', kundeHatUnterschrieben: true })
      : wieUnbekannt(a, 'auftragAnfordern', (spnId) => ({ spnId, grund: 'KUNDE_WUENSCHT_REPARATUR', kundeHatUnterschrieben: true }), opferSpnId, UNBEKANNTE_SPN),
  ticketNachrichtSenden: (a) =>
    a.vendor
      ? verboten(a, 'ticketNachrichtSenden', { ticketNummer: opferTicket, text: 'Hallo' })
      : wieUnbekannt(a, 'ticketNachrichtSenden', (ticketNummer) => ({ ticketNummer, text: 'Hallo' }), opferTicket, UNBEKANNTES_TICKET),
  kvEinreichen: async (a) => {
    const eingabe = (spnId: string) => ({ spnId, art: 'KV', externeReferenz: 'X-1', kennzeichen: opferKennzeichen, schadennummer: opferSchadennummer, summen: kvSummen });
    if (!a.vendor) return verboten(a, 'kvEinreichen', eingabe(opferSpnId));
    await wieUnbekannt(a, 'kvEinreichen', (spnId) => eingabe(spnId), opferSpnId, UNBEKANNTE_SPN);
    await wieUnbekannt(a, 'kvEinreichen', (spnId) => ({ ...eingabe(spnId), nurPruefen: true }), opferSpnId, UNBEKANNTE_SPN);
  },
  rechnungEinreichen: async (a) => {
    const eingabe = (spnId: string) => ({ spnId, art: 'REPARATUR', rechnungsnummer: `R-${randomBytes(3).toString('hex')}`, rechnungsdatum: '2026-12-01', betragNetto: '10.00', mwst: '1.90', kennzeichen: opferKennzeichen, schadennummer: opferSchadennummer });
    if (!a.vendor) return verboten(a, 'rechnungEinreichen', eingabe(opferSpnId));
    const fest = eingabe(opferSpnId);
    await wieUnbekannt(a, 'rechnungEinreichen', (spnId) => ({ ...fest, spnId }), opferSpnId, UNBEKANNTE_SPN);
  },
  auftragVermitteln: (a) => verboten(a, 'auftragVermitteln', { werkstattId: '1', versichererId: '1', auftragsart: 'REPARATUR', sparte: 'HAFTPFLICHT', schadennummer: 'X', kennzeichen: 'M-X 1', kundeName: 'X' }),
  kvPruefen: (a) => verboten(a, 'kvPruefen', { kvId: '1', ergebnis: 'FREIGABE' }),
  rechnungPruefen: (a) => verboten(a, 'rechnungPruefen', { rechnungId: '1', ergebnis: 'UEBERMITTELT' }),
  rkueEntscheiden: (a) => verboten(a, 'rkueEntscheiden', { spnId: opferSpnId, status: 'ERTEILT' }),
  auftragStornieren: (a) => verboten(a, 'auftragStornieren', { spnId: opferSpnId, grund: 'SONSTIGES' }),
  erinnerungSenden: (a) => verboten(a, 'erinnerungSenden', { spnId: opferSpnId, art: 'REPARATURSTATUS' }),
  ticketBearbeiten: (a) => verboten(a, 'ticketBearbeiten', { ticketNummer: opferTicket, status: 'ERLEDIGT', antwort: 'x' }),
  // accounts: what names the victim's shop or users
  werkstattAnlegen: (a) => verboten(a, 'werkstattAnlegen', { partnerNummer: 'P-104711', name: 'Übernahme', email: 'x@example.org', kalkulationssystem: 'DAT', admin: { name: 'X', email: 'x@example.org', benutzername: 'uebernahme' } }),
  benutzerEinladen: (a) =>
    a.vendor
      ? verboten(a, 'benutzerEinladen', { werkstattId: opferWerkstattId, name: 'X', email: 'x@example.org', benutzername: 'eindringling', istAdmin: true })
      : wieUnbekannt(a, 'benutzerEinladen', (werkstattId) => ({ werkstattId, name: 'X', email: 'x@example.org', benutzername: 'eindringling', istAdmin: true }), opferWerkstattId, UNBEKANNTE_ID),
  benutzerDeaktivieren: (a) =>
    a.vendor ? verboten(a, 'benutzerDeaktivieren', { benutzerId: opferBenutzerId }) : wieUnbekannt(a, 'benutzerDeaktivieren', (benutzerId) => ({ benutzerId }), opferBenutzerId, UNBEKANNTE_ID),
  werkstattEinstellungenAendern: (a) =>
    a.vendor
      ? verboten(a, 'werkstattEinstellungenAendern', { werkstattId: opferWerkstattId, email: 'x@example.org' })
      : wieUnbekannt(a, 'werkstattEinstellungenAendern', (werkstattId) => ({ werkstattId, email: 'x@example.org' }), opferWerkstattId, UNBEKANNTE_ID),
  apiSchluesselErstellen: (a) => verboten(a, 'apiSchluesselErstellen', { name: 'X', kalkulationssystem: 'DAT', werkstattIds: [opferWerkstattId] }),
  apiSchluesselWiderrufen: (a) => verboten(a, 'apiSchluesselWiderrufen', { id: '1' }),
  passwortVergessen: async (a) => {
    // the victim's address and an unknown one get the same answer (no account enumeration)
    await wieUnbekannt(a, 'passwortVergessen', (benutzernameOderEmail) => ({ benutzernameOderEmail }), 'demo-werkstatt', 'niemand-bekannt');
  },
  einladungAnnehmen: { keineAuftragsdaten: 'nimmt ein Token aus einer E-Mail, nennt weder Werkstatt noch Auftrag' },
  passwortZuruecksetzen: { keineAuftragsdaten: 'nimmt ein Token aus einer E-Mail, nennt weder Werkstatt noch Auftrag' },
  passwortAendern: { keineAuftragsdaten: 'ändert nur das eigene Passwort' },
  andereSitzungenBeenden: { keineAuftragsdaten: 'beendet nur eigene Sitzungen' },
};

let internToken: string;

async function staff(feld: string, input: Record<string, unknown>): Promise<any> {
  const typ = schema.getMutationType()!.getFields()[feld].args[0].type.toString();
  const r = await server().gql(`mutation M($i: ${typ}) { r: ${feld}(input: $i) { auftrag { spnId } fehler { code meldung } } }`, { i: input }, { token: internToken });
  expect(r.body.data?.r?.fehler ?? r.body.errors).toEqual([]);
  return r.body.data.r;
}

/** Staff broker a new order for shop 1 (the victim) or shop 2 (the attackers' own). */
async function neuerAuftrag(partnerNummer: 'P-104711' | 'P-208815', kundeName: string): Promise<string> {
  const [w] = await server().ds.query(`SELECT id FROM werkstatt WHERE partnerNummer = '${partnerNummer}'`);
  const [v] = await server().ds.query('SELECT id FROM versicherer ORDER BY id');
  const r = await staff('auftragVermitteln', { werkstattId: String(w.id), versichererId: String(v.id), auftragsart: 'REPARATUR', sparte: 'HAFTPFLICHT', schadennummer: `MS-${randomBytes(3).toString('hex')}`, kennzeichen: 'M-MS 1', kundeName });
  return r.auftrag.spnId;
}

/**
 * A subscription of the attacker to the victim's orders: staff change a victim order, then one of
 * the attacker's own; once the attacker has received its own change (the control), nothing of the
 * victim may have arrived on any subscription.
 */
async function keinFremdesEreignis(a: Angreifer, query: string, variablen: (opferSpnId: string) => Record<string, unknown>): Promise<void> {
  const opfer = await neuerAuftrag('P-104711', 'Opfer Kundin');
  opferMarken.push(opfer, 'Opfer Kundin', 'Opfer-Bemerkung');
  const ws = wsVerbinden(server().url, { token: a.token });
  try {
    await ws.verbunden;
    const angriff = ws.abonnieren(query, variablen(opfer));
    const kontrolle = ws.abonnieren('subscription { auftraegeAktualisiert { auftrag { spnId } ereignis { art } } }');
    await new Promise((r) => setTimeout(r, 100)); // subscriptions registered before the changes
    await staff('auftragStornieren', { spnId: opfer, grund: 'SONSTIGES', bemerkung: 'Opfer-Bemerkung' });
    const eigener = await neuerAuftrag('P-208815', 'Eigene Kundin');
    await kontrolle.bis(1);
    expect(kontrolle.werte.map((w: any) => w.auftraegeAktualisiert.auftrag.spnId)).toEqual([eigener]);
    const text = JSON.stringify([angriff.werte, angriff.fehler, kontrolle.werte]);
    expect(opferMarken.filter((m) => text.toLowerCase().includes(m.toLowerCase()))).toEqual([]);
    // only the attacker's own order may have arrived (on the all-orders subscription)
    expect(angriff.werte.map((w: any) => (w.auftragAktualisiert ?? w.auftraegeAktualisiert).auftrag.spnId).filter((s: string) => s !== eigener)).toEqual([]);
  } finally {
    await ws.schliessen();
  }
}

const SUBSCRIPTION_FAELLE: Record<string, (a: Angreifer) => Promise<void>> = {
  auftragAktualisiert: (a) =>
    keinFremdesEreignis(a, 'subscription S($s: String!) { auftragAktualisiert(spnId: $s) { auftrag { spnId kunde { name } } ereignis { art beschreibung } } }', (spnId) => ({ s: spnId })),
  auftraegeAktualisiert: (a) => keinFremdesEreignis(a, 'subscription { auftraegeAktualisiert { auftrag { spnId kunde { name } } ereignis { art beschreibung akteur } } }', () => ({})),
};

beforeAll(async () => {
  // the schema the server serves: the contract plus the federation fields
  schema = (await subgraphSchemaBauen()).schema;
  internToken = await anmelden(server(), DEMO_INTERN.benutzername, DEMO_INTERN.passwort);
  const ds = server().ds;
  // the victim's marks
  const auftraege: { spnId: string; kennzeichen: string; schadennummer: string; kundeName: string }[] = await ds.query(
    `SELECT spnId, kennzeichen, schadennummer, kundeName FROM auftrag WHERE werkstattId = (SELECT id FROM werkstatt WHERE partnerNummer = 'P-104711') ORDER BY id`,
  );
  const tickets: { ticketNummer: string }[] = await ds.query(`SELECT ticketNummer FROM ticket WHERE werkstattId = (SELECT id FROM werkstatt WHERE partnerNummer = 'P-104711') ORDER BY id`);
  opferMarken = [...auftraege.flatMap((o) => [o.spnId, o.kennzeichen, o.schadennummer, o.kundeName]), ...tickets.map((t) => t.ticketNummer), 'Autohaus Berger', 'P-104711'];
  ({ spnId: opferSpnId, kennzeichen: opferKennzeichen, schadennummer: opferSchadennummer, kundeName: opferKunde } = auftraege[0]);
  opferTicket = tickets[0].ticketNummer;
  const [werkstatt1] = await ds.query(`SELECT id FROM werkstatt WHERE partnerNummer = 'P-104711'`);
  opferWerkstattId = String(werkstatt1.id);
  const benutzer1: { id: number; email: string; name: string }[] = await ds.query(`SELECT id, email, name FROM benutzer WHERE werkstattId = ${Number(werkstatt1.id)} ORDER BY id`);
  opferBenutzerId = String(benutzer1[0].id);
  opferMarken.push(...benutzer1.flatMap((b) => [b.email, b.name]), 'service@autohaus-berger.example');

  // the attackers: shop 2 and a vendor key linked only to shop 2
  const werkstatt2 = await ds.getRepository(WerkstattEntity).findOneByOrFail({ partnerNummer: 'P-208815' });
  const key = `spn_test_${randomBytes(16).toString('hex')}`;
  const k = await ds.getRepository(ApiSchluesselEntity).save({ name: 'Fremder Anbieter', kalkulationssystem: Kalkulationssystem.AUDATEX, schluesselHash: sha256(key), praefix: key.slice(0, 8), erstelltAm: new Date(), widerrufenAm: null });
  await ds.getRepository(ApiSchluesselWerkstattEntity).insert({ apiSchluesselId: k.id, werkstattId: werkstatt2.id });
  angreifer = [
    { name: 'Werkstatt 2', token: await anmelden(server(), DEMO_WERKSTATT_2.benutzername, DEMO_WERKSTATT_2.passwort), vendor: false },
    { name: 'Kalkulationssystem ohne Verknüpfung', token: key, vendor: true },
  ];
});

describe('Mandantentrennung über das ganze Schema', () => {
  it('jedes Wurzelfeld von Query und Mutation hat einen Fall (ein neues Feld ohne Fall lässt diesen Test scheitern)', () => {
    const ohneFall = (typ: 'Query' | 'Mutation', faelle: Record<string, unknown>) =>
      Object.keys((typ === 'Query' ? schema.getQueryType()! : schema.getMutationType()!).getFields()).filter((f) => !(f in faelle)).map((f) => `${typ}.${f}`);
    expect([...ohneFall('Query', QUERY_FAELLE), ...ohneFall('Mutation', MUTATION_FAELLE)]).toEqual([]);
    // and no case for a field that does not exist (any more)
    expect(Object.keys(QUERY_FAELLE).filter((f) => !schema.getQueryType()!.getFields()[f])).toEqual([]);
    expect(Object.keys(MUTATION_FAELLE).filter((f) => !schema.getMutationType()!.getFields()[f])).toEqual([]);
    expect(Object.keys(schema.getSubscriptionType()?.getFields() ?? {}).filter((f) => !(f in SUBSCRIPTION_FAELLE))).toEqual([]);
  });

  for (const art of ['Query', 'Mutation', 'Subscription'] as const) {
    it(`${art}: die andere Werkstatt und ein nicht verknüpftes Kalkulationssystem erhalten „nicht gefunden“ und sonst nichts`, async () => {
      const faelle = art === 'Query' ? QUERY_FAELLE : art === 'Mutation' ? MUTATION_FAELLE : SUBSCRIPTION_FAELLE;
      for (const a of angreifer) {
        for (const [feld, fall] of Object.entries(faelle)) {
          if (typeof fall !== 'function') continue;
          try {
            await fall(a);
          } catch (e) {
            throw new Error(`${art}.${feld} als ${a.name}: ${e instanceof Error ? e.message : String(e)}`);
          }
        }
      }
    });
  }
});
