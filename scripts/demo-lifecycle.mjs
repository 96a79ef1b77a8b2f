#!/usr/bin/env node
/**
 * `npm run demo:lifecycle [-- --url http://localhost:4000]`
 *
 * Drives ONE new order through its whole life against a RUNNING portal, using only the public GraphQL
 * API and the demo accounts (demo-intern, demo-werkstatt) and the demo API key (demo-kalkulation-key),
 * and prints every step: who calls what, the resulting status, the expected invoice amount, the
 * Hinweise and the newest history entry. Every run brokers a new order (new SPN-ID, claim number, plate
 * and invoice numbers), so it can run again and again against the same demo database.
 *
 * Exit code 0 when every step had the expected outcome, 1 when one did not (it stops there), 2 on bad
 * arguments or when the portal is not reachable.
 */
import { parseArgs } from 'node:util';

const HILFE = `Verwendung: npm run demo:lifecycle [-- --url <Basis-URL>]

Führt einen neuen Reparaturauftrag über die GraphQL-API eines laufenden Portals durch seinen ganzen
Lebenszyklus (Demo-Konten demo-intern und demo-werkstatt, API-Schlüssel demo-kalkulation-key).

  --url <Basis-URL>   Portal, Standard http://localhost:4000 (GraphQL unter <Basis-URL>/graphql)
  --help              diese Hilfe
`;

let argumente;
try {
  argumente = parseArgs({ options: { url: { type: 'string', default: 'http://localhost:4000' }, help: { type: 'boolean', default: false } } }).values;
} catch (e) {
  process.stderr.write(`${e.message}\n\n${HILFE}`);
  process.exit(2);
}
if (argumente.help) {
  process.stdout.write(HILFE);
  process.exit(0);
}
const BASIS = argumente.url.replace(/\/+$/, '');
const ENDPUNKT = BASIS.endsWith('/graphql') ? BASIS : `${BASIS}/graphql`;

const API_SCHLUESSEL = 'demo-kalkulation-key';
const KONTEN = { netz: ['demo-intern', 'demo-intern'], werkstatt: ['demo-werkstatt', 'demo-werkstatt'] };
const WER = { netz: 'Netz (demo-intern)', werkstatt: 'Werkstatt (demo-werkstatt)', kalkulation: 'Kalkulationssystem DAT (API-Schlüssel)' };

const STATUS_TEXT = {
  VERMITTELT: 'Vermittelt',
  KV_IN_PRUEFUNG: 'KV in Prüfung',
  KORREKTUR_ANGEFORDERT: 'Korrektur angefordert',
  FREIGEGEBEN: 'Freigegeben',
  IN_REPARATUR: 'In Reparatur',
  REPARATUR_ABGESCHLOSSEN: 'Reparatur abgeschlossen',
  RECHNUNG_IN_PRUEFUNG: 'Rechnung in Prüfung',
  ABGESCHLOSSEN: 'Abgeschlossen',
  STORNIERT: 'Storniert',
};

class Abbruch extends Error {}

/** One GraphQL request; top-level errors (authentication, bugs) stop the demo. */
async function gql(query, variables, token) {
  let res;
  try {
    res = await fetch(ENDPUNKT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    process.stderr.write(`Das Portal ist unter ${ENDPUNKT} nicht erreichbar (${e.cause?.code ?? e.message}). Läuft es? (npm start, oder --url angeben)\n`);
    process.exit(2);
  }
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Abbruch(`${ENDPUNKT} antwortete mit HTTP ${res.status} ohne JSON: ${text.slice(0, 200)}`);
  }
  if (body.errors?.length) throw new Abbruch(`GraphQL-Fehler: ${body.errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ')}`);
  return body.data;
}

const FEHLER = 'fehler { code feld meldung }';
const AUFTRAG = 'auftrag { spnId }';
const M = {
  auftragVermitteln: `mutation($i: AuftragVermittelnInput!) { r: auftragVermitteln(input: $i) { ${AUFTRAG} ${FEHLER} } }`,
  kvEinreichen: `mutation($i: KvEinreichenInput!) { r: kvEinreichen(input: $i) { kv { id laufendeNummer art } ${FEHLER} } }`,
  kvPruefen: `mutation($i: KvPruefenInput!) { r: kvPruefen(input: $i) { ${AUFTRAG} ${FEHLER} } }`,
  rkueEntscheiden: `mutation($i: RkueEntscheidenInput!) { r: rkueEntscheiden(input: $i) { ${AUFTRAG} ${FEHLER} } }`,
  vorgangsinfoMelden: `mutation($i: VorgangsinfoInput!) { r: vorgangsinfoMelden(input: $i) { ticket { ticketNummer } ${FEHLER} } }`,
  rechnungEinreichen: `mutation($i: RechnungEinreichenInput!) { r: rechnungEinreichen(input: $i) { rechnung { id rechnungsnummer } ${FEHLER} } }`,
  rechnungPruefen: `mutation($i: RechnungPruefenInput!) { r: rechnungPruefen(input: $i) { ${AUFTRAG} ${FEHLER} } }`,
  ticketBearbeiten: `mutation($i: TicketBearbeitenInput!) { r: ticketBearbeiten(input: $i) { ticket { ticketNummer status } ${FEHLER} } }`,
};
const UEBERSICHT = `query($s: String!) { auftrag(spnId: $s) {
  spnId status erwarteterRechnungsbetrag
  hinweise { code titel aktion }
  verlauf(first: 1) { nodes { art beschreibung akteur } }
} }`;

const euro = (d) => (d == null ? '–' : `${Number(d).toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`);
const heute = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
const mwst = (netto) => (Math.round(Math.round(Number(netto) * 100) * 0.19) / 100).toFixed(2);
function summen(ersatzteile, arbeitslohn = '0.00', lackierung = '0.00', nebenkosten = '0.00') {
  const netto = [ersatzteile, arbeitslohn, lackierung, nebenkosten].reduce((s, b) => s + Number(b), 0);
  return { ersatzteile, arbeitslohn, lackierung, nebenkosten, mwst: mwst(netto.toFixed(2)) };
}

async function main() {
  process.stdout.write(`SPN Self-Service-Portal – Lebenszyklus eines Auftrags über die GraphQL-API\nPortal: ${ENDPUNKT}\n\n`);

  const token = { kalkulation: API_SCHLUESSEL };
  for (const [rolle, [benutzername, passwort]] of Object.entries(KONTEN)) {
    const d = await gql(`mutation($i: AnmeldenInput!) { anmelden(input: $i) { token ${FEHLER} } }`, { i: { benutzername, passwort } });
    if (!d.anmelden.token) throw new Abbruch(`Anmeldung als ${benutzername} fehlgeschlagen: ${d.anmelden.fehler.map((f) => f.meldung).join('; ')} (läuft das Portal mit Demo-Daten, SPN_DEMO?)`);
    token[rolle] = d.anmelden.token;
  }
  process.stdout.write(`Angemeldet: demo-intern (Netz), demo-werkstatt (Werkstatt); Kalkulationssystem mit API-Schlüssel ${API_SCHLUESSEL}.\n`);

  const stamm = await gql(`{ werkstaetten(suche: "P-104711") { nodes { id name } } versicherer { id name nachlassProzent } }`, {}, token.netz);
  const werkstatt = stamm.werkstaetten.nodes[0];
  const versicherer = stamm.versicherer.find((v) => v.name.startsWith('Rheinische')) ?? stamm.versicherer[0];
  if (!werkstatt || !versicherer) throw new Abbruch('Demo-Werkstatt P-104711 oder Versicherer nicht gefunden (Demo-Daten fehlen?).');
  process.stdout.write(`Werkstatt: ${werkstatt.name}; Versicherer: ${versicherer.name} (Nachlass ${versicherer.nachlassProzent.replace('.', ',')} %).\n\n`);

  const lauf = Date.now().toString(36).toUpperCase();
  const fall = {
    spnId: '',
    schadennummer: `KS-DEMO-${lauf}`,
    kennzeichen: `M-DL ${String(Date.now() % 9000 + 1000)}`,
    kvs: [],
    rechnungen: [],
    ticketNummer: null,
  };
  const dokument = () => ({ spnId: fall.spnId, schadennummer: fall.schadennummer, kennzeichen: fall.kennzeichen });

  /**
   * One step: who calls which mutation with what; `erwartet` is the expected outcome: a status (and
   * optionally a FehlerCode the call must answer with). Prints the call, its answer and the overview.
   */
  let nr = 0;
  async function schritt(text, rolle, mutation, input, erwartet, nachher) {
    nr += 1;
    process.stdout.write(`── Schritt ${String(nr).padStart(2)}: ${text}\n`);
    process.stdout.write(`   Aufruf:    ${mutation} – ${WER[rolle]}\n`);
    const d = await gql(M[mutation], { i: input }, token[rolle]);
    const r = d.r;
    const codes = r.fehler.map((f) => f.code);
    if (r.fehler.length) {
      for (const f of r.fehler) process.stdout.write(`   Antwort:   ${f.code}${f.feld ? ` (${f.feld.join('.')})` : ''}: ${f.meldung}\n`);
    } else {
      process.stdout.write('   Antwort:   ok\n');
    }
    if ((erwartet.fehler ?? null) !== (codes[0] ?? null)) {
      throw new Abbruch(`Schritt ${nr}: erwartet ${erwartet.fehler ? `Fehler ${erwartet.fehler}` : 'Erfolg'}, erhalten ${codes.length ? codes.join(', ') : 'Erfolg'}.`);
    }
    await nachher?.(r);
    const a = (await gql(UEBERSICHT, { s: fall.spnId }, token.werkstatt)).auftrag;
    const letztes = a.verlauf.nodes[0];
    process.stdout.write(`   Status:    ${STATUS_TEXT[a.status] ?? a.status} (${a.status}); erwarteter Rechnungsbetrag: ${euro(a.erwarteterRechnungsbetrag)}\n`);
    process.stdout.write(`   Hinweise:  ${a.hinweise.length ? a.hinweise.map((h) => `${h.code} „${h.titel}“${h.aktion ? ` → Aktion ${h.aktion}` : ''}`).join('\n              ') : '–'}\n`);
    process.stdout.write(`   Verlauf:   ${letztes.art} – ${letztes.akteur ?? 'System'}: ${letztes.beschreibung}\n\n`);
    if (a.status !== erwartet.status) throw new Abbruch(`Schritt ${nr}: erwartet Status ${erwartet.status}, erhalten ${a.status}.`);
  }

  await schritt('Das Netz vermittelt einen Reparaturauftrag an die Werkstatt', 'netz', 'auftragVermitteln', {
    werkstattId: werkstatt.id,
    versichererId: versicherer.id,
    auftragsart: 'REPARATUR',
    sparte: 'HAFTPFLICHT',
    schadennummer: fall.schadennummer,
    kennzeichen: fall.kennzeichen,
    hersteller: 'VW',
    modell: 'Golf VIII',
    kundeName: 'Erika Mustermann (Demo)',
  }, { status: 'VERMITTELT' }, async (r) => {
    fall.spnId = r.auftrag.spnId;
    process.stdout.write(`   Neuer Auftrag: ${fall.spnId} (Schadennummer ${fall.schadennummer}, Kennzeichen ${fall.kennzeichen})\n`);
  });

  await schritt('Das Kalkulationssystem sendet einen KV mit falschem Kennzeichen', 'kalkulation', 'kvEinreichen',
    { ...dokument(), kennzeichen: 'LÖ-X 7E', art: 'KV', externeReferenz: `DAT-${lauf}-0`, summen: summen('1000.00', '500.00', '300.00', '50.00') },
    { status: 'VERMITTELT', fehler: 'ZUORDNUNG_FEHLGESCHLAGEN' });

  const kvMerken = (r) => fall.kvs.push(r.kv.id);
  await schritt('Das Kalkulationssystem sendet den KV mit richtigem Kennzeichen (1.850,00 € netto)', 'kalkulation', 'kvEinreichen',
    { ...dokument(), art: 'KV', externeReferenz: `DAT-${lauf}-1`, summen: summen('1000.00', '500.00', '300.00', '50.00') }, { status: 'KV_IN_PRUEFUNG' }, kvMerken);

  await schritt('Das Netz fordert eine Korrektur des KV an', 'netz', 'kvPruefen',
    { kvId: fall.kvs.at(-1), ergebnis: 'KORREKTUR', korrekturpunkte: ['Stundensatz Lackierung zu hoch', 'Fotos der Beifahrertür fehlen'] }, { status: 'KORREKTUR_ANGEFORDERT' });

  await schritt('Das Kalkulationssystem sendet den korrigierten KV (1.800,00 € netto)', 'kalkulation', 'kvEinreichen',
    { ...dokument(), art: 'KV', externeReferenz: `DAT-${lauf}-2`, summen: summen('1000.00', '500.00', '250.00', '50.00') }, { status: 'KV_IN_PRUEFUNG' }, kvMerken);

  await schritt('Das Netz erteilt die Freigabe über 1.800,00 € netto', 'netz', 'kvPruefen', { kvId: fall.kvs.at(-1), ergebnis: 'FREIGABE', betragNetto: '1800.00' }, { status: 'FREIGEGEBEN' });

  await schritt('Der Versicherer erteilt die Reparaturkostenübernahme (RKÜ)', 'netz', 'rkueEntscheiden', { spnId: fall.spnId, status: 'ERTEILT' }, { status: 'FREIGEGEBEN' });

  await schritt('Die Werkstatt meldet per Vorgangsinfo: Fahrzeug in Arbeit', 'werkstatt', 'vorgangsinfoMelden',
    { spnId: fall.spnId, reparaturstatus: 'FAHRZEUG_IN_ARBEIT', fahrzeugUebernommenAm: heute() }, { status: 'IN_REPARATUR' }, (r) => {
      fall.ticketNummer = r.ticket.ticketNummer;
      process.stdout.write(`   Ticket:    ${fall.ticketNummer}\n`);
    });

  await schritt('Das Kalkulationssystem sendet einen KV-Nachtrag über 200,00 € (verdeckter Schaden)', 'kalkulation', 'kvEinreichen',
    { ...dokument(), art: 'NACHTRAG', externeReferenz: `DAT-${lauf}-N1`, summen: summen('200.00') }, { status: 'IN_REPARATUR' }, kvMerken);

  await schritt('Das Netz gibt den Nachtrag frei', 'netz', 'kvPruefen', { kvId: fall.kvs.at(-1), ergebnis: 'FREIGABE' }, { status: 'IN_REPARATUR' });

  // The invoice amounts follow from what the portal expects now (they depend on the insurer's discount).
  const erwartetCent = async () => Math.round(Number((await gql(UEBERSICHT, { s: fall.spnId }, token.werkstatt)).auftrag.erwarteterRechnungsbetrag) * 100);
  const dezimal = (cent) => (cent / 100).toFixed(2);
  const obergrenze = await erwartetCent();
  const rechnung = (nummer, netto) => ({ ...dokument(), art: 'REPARATUR', rechnungsnummer: nummer, rechnungsdatum: heute(), betragNetto: netto, mwst: mwst(netto) });
  await schritt(`Das Kalkulationssystem sendet eine zu hohe Rechnung (${euro(dezimal(obergrenze + 1))} netto, 1 Cent über dem erwarteten Betrag)`, 'kalkulation', 'rechnungEinreichen',
    rechnung(`RE-${lauf}-0`, dezimal(obergrenze + 1)), { status: 'IN_REPARATUR', fehler: 'BETRAG_UEBERSCHRITTEN' });

  await schritt('Die Werkstatt meldet per Vorgangsinfo: Fahrzeug fertig', 'werkstatt', 'vorgangsinfoMelden',
    { spnId: fall.spnId, reparaturstatus: 'FAHRZEUG_FERTIG', fertiggestelltAm: heute() }, { status: 'REPARATUR_ABGESCHLOSSEN' });

  const rechnungMerken = (r) => fall.rechnungen.push(r.rechnung.id);
  await schritt(`Das Kalkulationssystem sendet die Rechnung über ${euro(dezimal(obergrenze))} netto`, 'kalkulation', 'rechnungEinreichen', rechnung(`RE-${lauf}-1`, dezimal(obergrenze)), { status: 'RECHNUNG_IN_PRUEFUNG' }, rechnungMerken);

  await schritt('Das Netz fordert eine Korrektur der Rechnung an', 'netz', 'rechnungPruefen',
    { rechnungId: fall.rechnungen.at(-1), ergebnis: 'KORREKTUR', bemerkung: 'Abtretungserklärung fehlt' }, { status: 'REPARATUR_ABGESCHLOSSEN' });

  await schritt(`Das Kalkulationssystem sendet die korrigierte Rechnung über ${euro(dezimal(obergrenze - 5000))} netto`, 'kalkulation', 'rechnungEinreichen', rechnung(`RE-${lauf}-1K`, dezimal(obergrenze - 5000)), { status: 'RECHNUNG_IN_PRUEFUNG' }, rechnungMerken);

  await schritt('Das Netz übermittelt die Rechnung an den Versicherer', 'netz', 'rechnungPruefen', { rechnungId: fall.rechnungen.at(-1), ergebnis: 'UEBERMITTELT' }, { status: 'ABGESCHLOSSEN' });

  await schritt('Das Netz erledigt das Vorgangsinfo-Ticket der Werkstatt', 'netz', 'ticketBearbeiten',
    { ticketNummer: fall.ticketNummer, status: 'ERLEDIGT', antwort: 'Vielen Dank, der Vorgang ist abgeschlossen.' }, { status: 'ABGESCHLOSSEN' });

  for (const rolle of ['netz', 'werkstatt']) await gql('mutation { abmelden }', {}, token[rolle]);
  process.stdout.write(`Fertig: ${fall.spnId} hat seinen Lebenszyklus in ${nr} Schritten durchlaufen (Übersicht im Portal: ${BASIS.replace(/\/graphql$/, '')}/ als demo-werkstatt).\n`);
}

main().catch((e) => {
  if (e instanceof Abbruch) {
    process.stderr.write(`\nAbbruch: ${e.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`\n${e.stack ?? e}\n`);
  process.exit(1);
});
