import { UEBERSICHT } from './abfragen';
import { DEMO_API_SCHLUESSEL, DEMO_INTERN, DEMO_WERKSTATT, DEMO_WERKSTATT_2, TestServer, anmelden } from './server';

/**
 * Drives the network side and the shop side of an order through GraphQL only, as the three roles do:
 * staff (INTERN session), the shop (WERKSTATT session) and the calculation-system vendor (KALKULATION
 * API key). Shared by the lifecycle and Hinweise e2e tests.
 */

export const FEHLER = 'fehler { code feld meldung }';
const AUFTRAG_KURZ = 'auftrag { spnId status auftragsart erwarteterRechnungsbetrag }';

/** Every mutation of the contract with a payload selection that works for every caller. */
export const MUTATION = {
  auftragVermitteln: `mutation($i: AuftragVermittelnInput!) { r: auftragVermitteln(input: $i) { ${AUFTRAG_KURZ} ${FEHLER} } }`,
  kvPruefen: `mutation($i: KvPruefenInput!) { r: kvPruefen(input: $i) { ${AUFTRAG_KURZ} ${FEHLER} } }`,
  rechnungPruefen: `mutation($i: RechnungPruefenInput!) { r: rechnungPruefen(input: $i) { ${AUFTRAG_KURZ} ${FEHLER} } }`,
  rkueEntscheiden: `mutation($i: RkueEntscheidenInput!) { r: rkueEntscheiden(input: $i) { ${AUFTRAG_KURZ} ${FEHLER} } }`,
  auftragStornieren: `mutation($i: AuftragStornierenInput!) { r: auftragStornieren(input: $i) { ${AUFTRAG_KURZ} ${FEHLER} } }`,
  erinnerungSenden: `mutation($i: ErinnerungSendenInput!) { r: erinnerungSenden(input: $i) { ${AUFTRAG_KURZ} ${FEHLER} } }`,
  kvEinreichen: `mutation($i: KvEinreichenInput!) { r: kvEinreichen(input: $i) { kv { id art laufendeNummer status summen { netto mwst brutto } } ${AUFTRAG_KURZ} ${FEHLER} } }`,
  rechnungEinreichen: `mutation($i: RechnungEinreichenInput!) { r: rechnungEinreichen(input: $i) { rechnung { id art rechnungsnummer status betragNetto } ${AUFTRAG_KURZ} ${FEHLER} } }`,
  vorgangsinfoMelden: `mutation($i: VorgangsinfoInput!) { r: vorgangsinfoMelden(input: $i) { ticket { ticketNummer aktion status } ${FEHLER} } }`,
  fehlendeFreigabeMelden: `mutation($i: FehlendeFreigabeInput!) { r: fehlendeFreigabeMelden(input: $i) { ticket { ticketNummer aktion status } ${FEHLER} } }`,
  auftragAnfordern: `mutation($i: AuftragAnfordernInput!) { r: auftragAnfordern(input: $i) { ticket { ticketNummer aktion status } ${FEHLER} } }`,
  ticketNachrichtSenden: `mutation($i: TicketNachrichtInput!) { r: ticketNachrichtSenden(input: $i) { ticket { ticketNummer aktion status } ${FEHLER} } }`,
  ticketBearbeiten: `mutation($i: TicketBearbeitenInput!) { r: ticketBearbeiten(input: $i) { ticket { ticketNummer aktion status } ${FEHLER} } }`,
  anmelden: `mutation($i: AnmeldenInput!) { r: anmelden(input: $i) { token ${FEHLER} } }`,
  abmelden: `mutation { r: abmelden }`,
} as const;

export type MutationName = keyof typeof MUTATION;

export interface Fehler {
  code: string;
  feld: string[] | null;
  meldung: string;
}

/** Who does a step: staff, the order's shop, the shop's calculation-system vendor, the other shop. */
export type Rolle = 'netz' | 'werkstatt' | 'kalkulation' | 'werkstatt2';

/** The actor names the history shows for the demo accounts. */
export const AKTEUR: Record<Rolle, string> = {
  netz: 'Sabine Krüger (SPN-Netzwerk)',
  werkstatt: 'Thomas Berger (Autohaus Berger GmbH)',
  kalkulation: 'DAT Demo-Anbindung (Kalkulationssystem)',
  werkstatt2: 'Ayşe Yılmaz (Karosserie Yılmaz & Söhne)',
};

export interface Rollen {
  token: Record<Rolle, string>;
  /** Ids of the demo master data, read over the API by staff. */
  werkstattId: string;
  werkstatt2Id: string;
  versichererId: string;
  nachlassProzent: string;
  kvServicePauschale: string;
}

export async function rollenAnmelden(server: TestServer): Promise<Rollen> {
  const token: Record<Rolle, string> = {
    netz: await anmelden(server, DEMO_INTERN.benutzername, DEMO_INTERN.passwort),
    werkstatt: await anmelden(server, DEMO_WERKSTATT.benutzername, DEMO_WERKSTATT.passwort),
    werkstatt2: await anmelden(server, DEMO_WERKSTATT_2.benutzername, DEMO_WERKSTATT_2.passwort),
    kalkulation: DEMO_API_SCHLUESSEL,
  };
  const r = await server.gql(
    `{ w1: werkstaetten(suche: "P-104711") { nodes { id partnerNummer } } w2: werkstaetten(suche: "P-208815") { nodes { id partnerNummer } }
       versicherer { id name nachlassProzent kvServicePauschale } }`,
    {},
    { token: token.netz },
  );
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  const d = r.body.data;
  const versicherer = d.versicherer.find((v: any) => v.name.startsWith('Rheinische'));
  return {
    token,
    werkstattId: d.w1.nodes[0].id,
    werkstatt2Id: d.w2.nodes[0].id,
    versichererId: versicherer.id,
    nachlassProzent: versicherer.nachlassProzent,
    kvServicePauschale: versicherer.kvServicePauschale,
  };
}

/** Sends one mutation of `MUTATION` as `rolle`; fails on top-level errors, returns the payload. */
export async function mutation(server: TestServer, rollen: Rollen, rolle: Rolle, name: MutationName, input: Record<string, unknown>): Promise<{ fehler: Fehler[]; [feld: string]: any }> {
  const r = await server.gql(MUTATION[name], { i: input }, { token: rollen.token[rolle] });
  if (r.body.errors) throw new Error(`${name} als ${rolle}: ${JSON.stringify(r.body.errors)}`);
  return r.body.data.r;
}

/** The full overview as `rolle` sees it (default: staff). */
export async function uebersicht(server: TestServer, rollen: Rollen, spnId: string, rolle: Rolle = 'netz'): Promise<any> {
  const r = await server.gql(UEBERSICHT, { spnId }, { token: rollen.token[rolle] });
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data.auftrag;
}

let laufend = 0;

/** A fresh claim number and plate, so orders of one test file never collide. */
export function neueFahrzeugdaten(): { schadennummer: string; kennzeichen: string } {
  laufend += 1;
  return { schadennummer: `KS-2026-${String(700000 + laufend)}`, kennzeichen: `M-LZ ${1000 + laufend}` };
}

export interface VermittlungsOptionen {
  auftragsart?: 'REPARATUR' | 'KV_SERVICE';
  werkstatt?: 1 | 2;
}

/** Staff broker a new order; returns its SPN-ID, claim number and plate. */
export async function vermitteln(server: TestServer, rollen: Rollen, o: VermittlungsOptionen = {}): Promise<{ spnId: string; schadennummer: string; kennzeichen: string }> {
  const f = neueFahrzeugdaten();
  const r = await mutation(server, rollen, 'netz', 'auftragVermitteln', {
    werkstattId: o.werkstatt === 2 ? rollen.werkstatt2Id : rollen.werkstattId,
    versichererId: rollen.versichererId,
    auftragsart: o.auftragsart ?? 'REPARATUR',
    sparte: 'HAFTPFLICHT',
    ...f,
    hersteller: 'VW',
    modell: 'Golf VIII',
    kundeName: 'Erika Mustermann',
    kundeTelefon: '+49 89 1234567',
  });
  if (r.fehler.length) throw new Error(JSON.stringify(r.fehler));
  return { spnId: r.auftrag.spnId, ...f };
}

/** KV sums in euros → the input (VAT 19 %). */
export function kvSummen(ersatzteile: string, arbeitslohn = '0.00', lackierung = '0.00', nebenkosten = '0.00') {
  const cent = [ersatzteile, arbeitslohn, lackierung, nebenkosten].reduce((s, b) => s + Math.round(Number(b) * 100), 0);
  return { ersatzteile, arbeitslohn, lackierung, nebenkosten, mwst: mwst(cent) };
}

/** 19 % VAT of an amount in cents, as a Decimal string. */
export function mwst(nettoCent: number): string {
  return (Math.round(nettoCent * 0.19) / 100).toFixed(2);
}

/** 19 % VAT of a Decimal string. */
export function mwstVon(netto: string): string {
  return mwst(Math.round(Number(netto) * 100));
}

/** Today's calendar date in Europe/Berlin for an instant (the server's "today"). */
export function berlinHeute(jetzt: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(jetzt);
}
