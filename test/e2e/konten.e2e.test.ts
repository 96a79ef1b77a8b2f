import { createHash } from 'node:crypto';
import { ApiSchluesselEntity } from '../../server/src/modules/identity/api-schluessel.entity';
import { KontoTokenEntity } from '../../server/src/modules/identity/konto-token.entity';
import { kontoPostfachFuerDatei, linkAusMail } from '../utils/konten';
import { DEMO_API_SCHLUESSEL, DEMO_INTERN, DEMO_WERKSTATT, DEMO_WERKSTATT_2, anmelden, testServerFuerDatei } from '../utils/server';
import { TestUhr } from '../utils/uhr';

/**
 * Accounts and onboarding (issue 5) and the vendor API keys (issue 4), through GraphQL over HTTP on
 * the demo data: every mutation with the callers it must refuse, e-mailed tokens (single use, hashed,
 * expiring by the injected clock), password rules, the last-admin rule, sessions ended by deactivation
 * and password change, no account enumeration through passwortVergessen. The e-mails travel the way
 * they do in production: the outbox worker delivers them over SMTP to a local SMTP server started here
 * (`KontoPostfach`), the test reads what that server received and follows the link inside, taking the
 * token from the link's fragment as the portal's page does. The worker is driven pass by pass, never
 * by waiting. Each test creates the users it changes; the clock only moves forward.
 */
const uhr = new TestUhr('2026-12-03T10:00:00.000Z');
/** Links point to the configured address of the portal, not to the test server's port. */
const BASIS_URL = 'https://portal.spn-test.example';
const server = testServerFuerDatei({ demo: true, clock: uhr, env: { SPN_BASIS_URL: BASIS_URL } });
const postfach = kontoPostfachFuerDatei(server, uhr);

const FEHLER = 'fehler { code feld meldung }';
const BENUTZER = 'id benutzername name rolle email istAdmin aktiv letzteAnmeldung einladungOffen werkstatt { id partnerNummer name email }';
const M = {
  werkstattAnlegen: `mutation($i: WerkstattAnlegenInput!) { r: werkstattAnlegen(input: $i) { werkstatt { id partnerNummer name ort email kalkulationssystem } admin { ${BENUTZER} } ${FEHLER} } }`,
  einladen: `mutation($i: BenutzerEinladenInput!) { r: benutzerEinladen(input: $i) { benutzer { ${BENUTZER} } ${FEHLER} } }`,
  annehmen: `mutation($i: EinladungAnnehmenInput!) { r: einladungAnnehmen(input: $i) { token benutzer { ${BENUTZER} } ${FEHLER} } }`,
  zuruecksetzen: `mutation($i: PasswortZuruecksetzenInput!) { r: passwortZuruecksetzen(input: $i) { token benutzer { ${BENUTZER} } ${FEHLER} } }`,
  vergessen: `mutation($i: PasswortVergessenInput!) { r: passwortVergessen(input: $i) }`,
  aendern: `mutation($i: PasswortAendernInput!) { r: passwortAendern(input: $i) { benutzer { ${BENUTZER} } ${FEHLER} } }`,
  andereBeenden: `mutation { r: andereSitzungenBeenden }`,
  deaktivieren: `mutation($i: BenutzerDeaktivierenInput!) { r: benutzerDeaktivieren(input: $i) { benutzer { ${BENUTZER} } ${FEHLER} } }`,
  einstellungen: `mutation($i: WerkstattEinstellungenInput!) { r: werkstattEinstellungenAendern(input: $i) { werkstatt { id email } ${FEHLER} } }`,
  schluesselErstellen: `mutation($i: ApiSchluesselErstellenInput!) { r: apiSchluesselErstellen(input: $i) { schluessel apiSchluessel { id name kalkulationssystem praefix erstelltAm widerrufenAm werkstaetten { partnerNummer } } ${FEHLER} } }`,
  schluesselWiderrufen: `mutation($i: ApiSchluesselWiderrufenInput!) { r: apiSchluesselWiderrufen(input: $i) { schluessel apiSchluessel { id widerrufenAm } ${FEHLER} } }`,
};
const Q = {
  me: `{ me { ${BENUTZER} } }`,
  benutzer: `query($w: ID, $first: Int, $after: String) { benutzer(werkstattId: $w, first: $first, after: $after) { totalCount nodes { ${BENUTZER} } pageInfo { hasNextPage endCursor } } }`,
  apiSchluessel: `{ apiSchluessel { id name praefix widerrufenAm werkstaetten { partnerNummer } } }`,
  protokoll: `query($w: ID, $b: ID) { kontoProtokoll(werkstattId: $w, benutzerId: $b, first: 100) { totalCount nodes { zeitpunkt art akteur beschreibung benutzerId werkstattId apiSchluesselId } } }`,
  auftraege: `{ auftraege(first: 100) { totalCount nodes { werkstatt { partnerNummer } } } }`,
};

type Fehler = { code: string; feld: string[] | null; meldung: string };
const PASSWORT = 'Kupplung-Vergaser-77';
const NEUES_PASSWORT = 'Lenkrad&Zündkerze-2026';

let zaehler = 0;
/** A unique suffix per created account or shop. */
function neu(): string {
  zaehler += 1;
  return `${zaehler}`;
}

/** Sends a mutation or query and returns `data.r` (or `data`), failing on top-level errors. */
async function ok(query: string, variablen: Record<string, unknown> | undefined, token?: string): Promise<any> {
  const r = await server().gql(query, variablen, { token });
  expect(r.body.errors).toBeUndefined();
  return 'r' in (r.body.data ?? {}) ? r.body.data.r : r.body.data;
}

/** The top-level error code of a call (FORBIDDEN, UNAUTHENTICATED …). */
async function verweigert(query: string, variablen: Record<string, unknown> | undefined, token?: string): Promise<string | undefined> {
  const r = await server().gql(query, variablen, { token });
  expect(r.body.data?.r ?? null).toBeNull();
  return r.body.errors?.[0]?.extensions?.code;
}

const intern = () => anmelden(server(), DEMO_INTERN.benutzername, DEMO_INTERN.passwort);
const admin1 = () => anmelden(server(), DEMO_WERKSTATT.benutzername, DEMO_WERKSTATT.passwort);
const admin2 = () => anmelden(server(), DEMO_WERKSTATT_2.benutzername, DEMO_WERKSTATT_2.passwort);
const vendor = DEMO_API_SCHLUESSEL;

async function werkstattIdVon(partnerNummer: string): Promise<string> {
  const rows = await server().ds.query('SELECT id FROM werkstatt WHERE partnerNummer = ?', [partnerNummer]);
  return String(rows[0].id);
}

/**
 * Follows the one link of a received account mail as its recipient would: it must lead to the portal's
 * page for the step (configured base URL, nothing in the query), and that page reads the token from the
 * fragment, which no server ever receives.
 */
function linkFolgen(text: string): { token: string; link: string; pfad: string } {
  const gefolgt = linkAusMail(text);
  const url = new URL(gefolgt.link);
  expect(url.origin).toBe(BASIS_URL);
  expect(['/einladung', '/passwort-zuruecksetzen']).toContain(url.pathname);
  expect(url.search).toBe('');
  return gefolgt;
}

/**
 * Delivers the outbox over SMTP, checks that `email` has received exactly `anzahl` mails and returns the
 * newest with its link followed.
 */
async function letzterToken(email: string, anzahl = 1): Promise<{ token: string; link: string; pfad: string; betreff: string; text: string; an: string[]; von: string }> {
  const mails = await postfach.mailsAn(email);
  expect(mails).toHaveLength(anzahl);
  const mail = mails.at(-1)!;
  return { ...linkFolgen(mail.text), betreff: mail.betreff, text: mail.text, an: mail.an, von: mail.von };
}

interface Konto {
  id: string;
  benutzername: string;
  email: string;
  passwort: string;
  token: string;
}

/** Invites a user with `einladerToken`, follows the mail's link (einladungAnnehmen) and returns the logged-in account. */
async function kontoEinrichten(einladerToken: string, o: { istAdmin?: boolean; werkstattId?: string } = {}): Promise<Konto> {
  const n = neu();
  const benutzername = `mitarbeiter-${n}`;
  const email = `mitarbeiter-${n}@werkstatt.example`;
  const r = await ok(M.einladen, { i: { name: `Mitarbeiter ${n}`, email, benutzername, istAdmin: o.istAdmin ?? false, werkstattId: o.werkstattId } }, einladerToken);
  expect(r.fehler).toEqual([]);
  const { token } = await letzterToken(email);
  const a = await ok(M.annehmen, { i: { token, passwort: PASSWORT } });
  expect(a.fehler).toEqual([]);
  return { id: r.benutzer.id, benutzername, email, passwort: PASSWORT, token: a.token };
}

/** A new shop with its admin (invitation accepted). */
async function neueWerkstatt(): Promise<{ werkstattId: string; partnerNummer: string; admin: Konto }> {
  const n = neu();
  const partnerNummer = `P-9${n.padStart(5, '0')}`;
  const email = `chefin-${n}@neue-werkstatt.example`;
  const r = await ok(
    M.werkstattAnlegen,
    { i: { partnerNummer, name: `Neue Werkstatt ${n}`, ort: 'Augsburg', email: `info-${n}@neue-werkstatt.example`, kalkulationssystem: 'AUDATEX', admin: { name: `Chefin ${n}`, email, benutzername: `chefin-${n}` } } },
    await intern(),
  );
  expect(r.fehler).toEqual([]);
  const { token } = await letzterToken(email);
  const a = await ok(M.annehmen, { i: { token, passwort: PASSWORT } });
  expect(a.fehler).toEqual([]);
  return { werkstattId: r.werkstatt.id, partnerNummer, admin: { id: r.admin.id, benutzername: `chefin-${n}`, email, passwort: PASSWORT, token: a.token } };
}

async function meCode(token: string): Promise<string | undefined> {
  const r = await server().gql(Q.me, undefined, { token });
  return r.body.errors?.[0]?.extensions?.code ?? (r.body.data?.me ? 'OK' : undefined);
}

describe('werkstattAnlegen und einladungAnnehmen', () => {
  it('legt Werkstatt und ersten Administrator an; die Einladung kommt per E-Mail, ihr Link meldet den Administrator an', async () => {
    // given
    const staff = await intern();
    // when
    const r = await ok(
      M.werkstattAnlegen,
      {
        i: {
          partnerNummer: ' p-777001 ',
          name: 'Karosseriebau Öztürk',
          ort: 'Nürnberg',
          email: 'info@oeztuerk.example',
          kalkulationssystem: 'GT_MOTIVE',
          admin: { name: 'Elif Öztürk', email: 'elif@oeztuerk.example', benutzername: 'Elif.Oeztuerk' },
        },
      },
      staff,
    );
    // then: shop and admin exist, the admin has no password yet
    expect(r.fehler).toEqual([]);
    expect(r.werkstatt).toMatchObject({ partnerNummer: 'P-777001', name: 'Karosseriebau Öztürk', ort: 'Nürnberg', email: 'info@oeztuerk.example', kalkulationssystem: 'GT_MOTIVE' });
    expect(r.admin).toMatchObject({ benutzername: 'elif.oeztuerk', rolle: 'WERKSTATT', istAdmin: true, aktiv: true, einladungOffen: true, letzteAnmeldung: null, email: 'elif@oeztuerk.example' });
    expect(r.admin.werkstatt.partnerNummer).toBe('P-777001');
    // the invitation mail arrived over SMTP: German, names the shop and the user name, links to the portal's page
    const mail = await letzterToken('elif@oeztuerk.example');
    expect(mail.an).toEqual(['elif@oeztuerk.example']);
    expect(mail.von).toBe('noreply@spn-portal.example');
    expect(mail.betreff).toBe('Einladung zum SPN Self-Service-Portal');
    expect(mail.text).toContain('Guten Tag Elif Öztürk,');
    expect(mail.text).toContain('als Administrator/in der Werkstatt „Karosseriebau Öztürk“');
    expect(mail.text).toContain('Ihr Benutzername: elif.oeztuerk');
    expect(mail.text).toContain('Sabine Krüger (SPN-Netzwerk) hat Sie');
    expect(mail.text).toContain('bis 10.12.2026, 11:00 Uhr gültig');
    expect(mail.link.startsWith(`${BASIS_URL}/einladung#token=`)).toBe(true);
    // only the token's hash is stored
    const gespeichert = await server().ds.getRepository(KontoTokenEntity).find();
    expect(gespeichert.some((t) => t.tokenHash === createHash('sha256').update(mail.token).digest('hex'))).toBe(true);
    expect(JSON.stringify(gespeichert)).not.toContain(mail.token);
    // an invited admin cannot log in before accepting
    const vorher = await server().gql(`mutation { anmelden(input: { benutzername: "elif.oeztuerk", passwort: "!" }) { token ${FEHLER} } }`);
    expect(vorher.body.data.anmelden.fehler[0].code).toBe('ANMELDUNG_FEHLGESCHLAGEN');

    // when: the link is followed (the page sends the token from the fragment with the chosen password)
    const a = await ok(M.annehmen, { i: { token: mail.token, passwort: PASSWORT } });
    // then: logged in, with the token and the cookie
    expect(a.fehler).toEqual([]);
    expect(a.benutzer).toMatchObject({ benutzername: 'elif.oeztuerk', einladungOffen: false, letzteAnmeldung: '2026-12-03T10:00:00.000Z' });
    expect(await meCode(a.token)).toBe('OK');
    expect(await anmelden(server(), 'elif.oeztuerk', PASSWORT)).toMatch(/^sst_/);
    // a used link does not work twice
    const nochmal = await ok(M.annehmen, { i: { token: mail.token, passwort: NEUES_PASSWORT } });
    expect(nochmal.token).toBeNull();
    expect(nochmal.fehler.map((f: Fehler) => f.code)).toEqual(['TOKEN_UNGUELTIG']);
    // the audit trail names who did what
    const p = await ok(Q.protokoll, { w: r.werkstatt.id }, staff);
    expect(p.kontoProtokoll.nodes.map((e: any) => [e.art, e.akteur])).toEqual([
      ['EINLADUNG_ANGENOMMEN', 'Elif Öztürk'],
      ['BENUTZER_EINGELADEN', 'Sabine Krüger (SPN-Netzwerk)'],
      ['WERKSTATT_ANGELEGT', 'Sabine Krüger (SPN-Netzwerk)'],
    ]);
    expect(JSON.stringify(p)).not.toContain(PASSWORT);
  });

  it('verweigert Werkstatt-Administratoren, einfachen Benutzern und Kalkulationssystemen (FORBIDDEN), ohne Anmeldung UNAUTHENTICATED', async () => {
    const einfach = await kontoEinrichten(await admin1());
    const i = { partnerNummer: 'P-666001', name: 'X', email: 'x@x.example', kalkulationssystem: 'DAT', admin: { name: 'Y', email: 'y@x.example', benutzername: 'yyy' } };
    for (const token of [await admin1(), einfach.token, vendor]) expect(await verweigert(M.werkstattAnlegen, { i }, token)).toBe('FORBIDDEN');
    expect(await verweigert(M.werkstattAnlegen, { i })).toBe('UNAUTHENTICATED');
    expect(await server().ds.query("SELECT id FROM werkstatt WHERE partnerNummer = 'P-666001'")).toEqual([]);
  });

  it('meldet doppelte Partnernummer und doppelten Benutzernamen als BEREITS_VORHANDEN, ungültige Eingaben als VALIDIERUNG mit Feld', async () => {
    const staff = await intern();
    const basis = { name: 'Dublette', email: 'd@d.example', kalkulationssystem: 'DAT' };
    const doppelt = await ok(M.werkstattAnlegen, { i: { ...basis, partnerNummer: 'P-104711', admin: { name: 'A', email: 'a@d.example', benutzername: 'neu-a' } } }, staff);
    expect(doppelt.fehler).toMatchObject([{ code: 'BEREITS_VORHANDEN', feld: ['input', 'partnerNummer'] }]);
    const name = await ok(M.werkstattAnlegen, { i: { ...basis, partnerNummer: 'P-555001', admin: { name: 'A', email: 'a@d.example', benutzername: 'demo-werkstatt' } } }, staff);
    expect(name.fehler).toMatchObject([{ code: 'BEREITS_VORHANDEN', feld: ['input', 'admin', 'benutzername'] }]);
    // rolled back: the shop of the refused call does not exist
    expect(await server().ds.query("SELECT id FROM werkstatt WHERE partnerNummer = 'P-555001'")).toEqual([]);
    const falsch = await ok(M.werkstattAnlegen, { i: { ...basis, email: 'keine-adresse', partnerNummer: 'P 1', admin: { name: ' ', email: 'a@d.example', benutzername: 'x' } } }, staff);
    expect(falsch.fehler.map((f: Fehler) => f.feld!.join('.')).sort()).toEqual(['input.admin.benutzername', 'input.admin.name', 'input.email', 'input.partnerNummer']);
    expect(falsch.fehler.every((f: Fehler) => f.code === 'VALIDIERUNG')).toBe(true);
  });
});

describe('benutzerEinladen', () => {
  it('lässt den Administrator in die eigene Werkstatt einladen; der Eingeladene meldet sich über den Link an und sieht die Aufträge seiner Werkstatt', async () => {
    const konto = await kontoEinrichten(await admin1());
    const me = await ok(Q.me, undefined, konto.token);
    expect(me.me).toMatchObject({ benutzername: konto.benutzername, rolle: 'WERKSTATT', istAdmin: false, email: konto.email, werkstatt: { partnerNummer: 'P-104711' } });
    const auftraege = await ok(Q.auftraege, undefined, konto.token);
    expect(auftraege.auftraege.totalCount).toBeGreaterThan(0);
    expect(new Set(auftraege.auftraege.nodes.map((a: any) => a.werkstatt.partnerNummer))).toEqual(new Set(['P-104711']));
    const [mail] = await postfach.mailsAn(konto.email);
    expect(mail.text).toContain('Thomas Berger (Autohaus Berger GmbH) hat Sie als Mitarbeiter/in der Werkstatt „Autohaus Berger GmbH“');
  });

  it('verweigert einfachen Benutzern und Kalkulationssystemen (FORBIDDEN); der Administrator einer anderen Werkstatt bekommt NICHT_GEFUNDEN', async () => {
    const einfach = await kontoEinrichten(await admin1());
    const i = { name: 'Fremd', email: 'fremd@x.example', benutzername: `fremd-${neu()}` };
    expect(await verweigert(M.einladen, { i }, einfach.token)).toBe('FORBIDDEN');
    expect(await verweigert(M.einladen, { i }, vendor)).toBe('FORBIDDEN');
    const fremd = await ok(M.einladen, { i: { ...i, werkstattId: await werkstattIdVon('P-104711') } }, await admin2());
    expect(fremd.benutzer).toBeNull();
    expect(fremd.fehler).toMatchObject([{ code: 'NICHT_GEFUNDEN', feld: ['input', 'werkstattId'] }]);
    expect(await postfach.mailsAn('fremd@x.example')).toEqual([]);
  });

  it('lässt das Netzwerk in jede Werkstatt einladen (Werkstatt ist dann Pflicht)', async () => {
    const staff = await intern();
    const ohne = await ok(M.einladen, { i: { name: 'Ohne', email: 'ohne@x.example', benutzername: `ohne-${neu()}` } }, staff);
    expect(ohne.fehler).toMatchObject([{ code: 'VALIDIERUNG', feld: ['input', 'werkstattId'] }]);
    const konto = await kontoEinrichten(staff, { werkstattId: await werkstattIdVon('P-208815'), istAdmin: true });
    expect((await ok(Q.me, undefined, konto.token)).me).toMatchObject({ istAdmin: true, werkstatt: { partnerNummer: 'P-208815' } });
  });
});

describe('Einladungs-Link: Ablauf, Passwortregeln, Einmaligkeit', () => {
  it('gilt 7 Tage: danach TOKEN_UNGUELTIG; kurz davor noch gültig', async () => {
    const admin = await admin1();
    const n1 = neu();
    const n2 = neu();
    await ok(M.einladen, { i: { name: 'Spät', email: `spaet-${n1}@x.example`, benutzername: `spaet-${n1}` } }, admin);
    await ok(M.einladen, { i: { name: 'Knapp', email: `knapp-${n2}@x.example`, benutzername: `knapp-${n2}` } }, admin);
    const spaet = await letzterToken(`spaet-${n1}@x.example`);
    const knapp = await letzterToken(`knapp-${n2}@x.example`);
    uhr.vorstellen({ tage: 7, ms: -1 });
    expect((await ok(M.annehmen, { i: { token: knapp.token, passwort: PASSWORT } })).fehler).toEqual([]);
    uhr.vorstellen({ ms: 1 });
    const abgelaufen = await ok(M.annehmen, { i: { token: spaet.token, passwort: PASSWORT } });
    expect(abgelaufen).toMatchObject({ token: null, benutzer: null });
    expect(abgelaufen.fehler).toMatchObject([{ code: 'TOKEN_UNGUELTIG', feld: ['input', 'token'] }]);
    // the same answer for a token that never existed
    const erfunden = await ok(M.annehmen, { i: { token: 'erfunden', passwort: PASSWORT } });
    expect(erfunden.fehler).toEqual(abgelaufen.fehler);
  });

  it('prüft das Passwort (12 Zeichen, nicht der Benutzername, nicht verbreitet), ohne den Link zu verbrauchen', async () => {
    const n = neu();
    await ok(M.einladen, { i: { name: 'Regel', email: `regel-${n}@x.example`, benutzername: `regel-${n}` } }, await admin1());
    const { token } = await letzterToken(`regel-${n}@x.example`);
    const versuche: [string, string][] = [
      ['kurz-1234', 'mindestens 12 Zeichen'],
      [`Mein-regel-${n}-Passwort`, 'Benutzernamen'],
      ['qwertyuiop12', 'zu leicht zu erraten'],
      ['1Q2W3E4R5T6Y', 'zu leicht zu erraten'],
      ['passwort1234', 'zu leicht zu erraten'],
    ];
    for (const [passwort, meldung] of versuche) {
      const r = await ok(M.annehmen, { i: { token, passwort } });
      expect(r.token).toBeNull();
      expect(r.fehler).toHaveLength(1);
      expect(r.fehler[0]).toMatchObject({ code: 'VALIDIERUNG', feld: ['input', 'passwort'] });
      expect(r.fehler[0].meldung).toContain(meldung);
    }
    expect((await ok(M.annehmen, { i: { token, passwort: PASSWORT } })).fehler).toEqual([]);
  });
});

describe('passwortVergessen und passwortZuruecksetzen', () => {
  it('antwortet gleich, ob es das Konto gibt oder nicht (Antwort und SQL-Anweisungen), und schickt nur dem bestehenden Konto einen Link', async () => {
    // given: an account, and everything sent so far delivered
    const konto = await kontoEinrichten(await admin1());
    await postfach.zustellen();
    const vorher = postfach.alle().length;
    // when: a reset is asked for the account, an unknown user name and an unknown address
    const bestehend = await server().gql(M.vergessen, { i: { benutzernameOderEmail: konto.benutzername } });
    const unbekannt = await server().gql(M.vergessen, { i: { benutzernameOderEmail: 'gibt-es-nicht' } });
    const unbekannteMail = await server().gql(M.vergessen, { i: { benutzernameOderEmail: 'niemand@nirgends.example' } });
    // then: the same answer and the same number of SQL statements for all three
    for (const r of [bestehend, unbekannt, unbekannteMail]) {
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ data: { r: true } });
    }
    expect(unbekannt.sqlStatements).not.toBeNull();
    expect(unbekannt.sqlStatements).toBe(bestehend.sqlStatements);
    expect(unbekannteMail.sqlStatements).toBe(bestehend.sqlStatements);
    // and the SMTP server received exactly one mail, to the existing account
    await postfach.zustellen();
    const angekommen = postfach.alle().slice(vorher);
    expect(angekommen.map((m) => m.an)).toEqual([[konto.email]]);
    expect(await postfach.mailsAn('niemand@nirgends.example')).toEqual([]);
    const [mail] = angekommen;
    expect(mail.betreff).toBe('Passwort zurücksetzen – SPN Self-Service-Portal');
    expect(mail.text).toContain(`für Ihr Konto „${konto.benutzername}“`);
    expect(linkFolgen(mail.text).link.startsWith(`${BASIS_URL}/passwort-zuruecksetzen#token=`)).toBe(true);
    // the e-mail address (in any case) finds the account too: one more mail, to it alone
    await server().gql(M.vergessen, { i: { benutzernameOderEmail: konto.email.toUpperCase() } });
    await postfach.zustellen();
    expect(postfach.alle().slice(vorher).map((m) => m.an)).toEqual([[konto.email], [konto.email]]);
    // and following the newest link sets the new password
    const { token } = linkFolgen(postfach.alle().at(-1)!.text);
    const r = await ok(M.zuruecksetzen, { i: { token, passwort: NEUES_PASSWORT } });
    expect(r.fehler).toEqual([]);
    expect(r.benutzer.benutzername).toBe(konto.benutzername);
  });

  it('setzt über den Link ein neues Passwort, beendet alle Sitzungen, meldet an; der Link gilt nur einmal, ein älterer Link nicht mehr', async () => {
    const konto = await kontoEinrichten(await admin1());
    const zweiteSitzung = await anmelden(server(), konto.benutzername, konto.passwort);
    await ok(M.vergessen, { i: { benutzernameOderEmail: konto.benutzername } });
    const alt = await letzterToken(konto.email, 2);
    await ok(M.vergessen, { i: { benutzernameOderEmail: konto.email } });
    const aktuell = await letzterToken(konto.email, 3);
    expect(aktuell.token).not.toBe(alt.token);
    // the older link stopped working when the newer was sent
    expect((await ok(M.zuruecksetzen, { i: { token: alt.token, passwort: NEUES_PASSWORT } })).fehler[0].code).toBe('TOKEN_UNGUELTIG');
    // an invitation token is no reset token
    const r = await ok(M.zuruecksetzen, { i: { token: aktuell.token, passwort: NEUES_PASSWORT } });
    expect(r.fehler).toEqual([]);
    expect(r.benutzer.benutzername).toBe(konto.benutzername);
    expect(await meCode(r.token)).toBe('OK');
    expect(await meCode(konto.token)).toBe('UNAUTHENTICATED');
    expect(await meCode(zweiteSitzung)).toBe('UNAUTHENTICATED');
    const altesPasswort = await server().gql(`mutation($i: AnmeldenInput!) { anmelden(input: $i) { token ${FEHLER} } }`, { i: { benutzername: konto.benutzername, passwort: konto.passwort } });
    expect(altesPasswort.body.data.anmelden.fehler[0].code).toBe('ANMELDUNG_FEHLGESCHLAGEN');
    expect(await anmelden(server(), konto.benutzername, NEUES_PASSWORT)).toMatch(/^sst_/);
    expect((await ok(M.zuruecksetzen, { i: { token: aktuell.token, passwort: 'Noch-ein-anderes-99' } })).fehler[0].code).toBe('TOKEN_UNGUELTIG');
    expect((await ok(M.annehmen, { i: { token: aktuell.token, passwort: 'Noch-ein-anderes-99' } })).fehler[0].code).toBe('TOKEN_UNGUELTIG');
  });

  it('läuft nach einer Stunde ab', async () => {
    const konto = await kontoEinrichten(await admin1());
    await ok(M.vergessen, { i: { benutzernameOderEmail: konto.benutzername } });
    const { token } = await letzterToken(konto.email, 2);
    uhr.vorstellen({ stunden: 1 });
    expect((await ok(M.zuruecksetzen, { i: { token, passwort: NEUES_PASSWORT } })).fehler[0].code).toBe('TOKEN_UNGUELTIG');
    expect(await anmelden(server(), konto.benutzername, konto.passwort)).toMatch(/^sst_/);
  });
});

describe('passwortAendern und andereSitzungenBeenden', () => {
  it('verlangt das bisherige Passwort, prüft das neue und beendet die anderen Sitzungen, nicht die eigene', async () => {
    const konto = await kontoEinrichten(await admin1());
    const andere = await anmelden(server(), konto.benutzername, konto.passwort);
    const falsch = await ok(M.aendern, { i: { altesPasswort: 'falsch-falsch-falsch', neuesPasswort: NEUES_PASSWORT } }, konto.token);
    expect(falsch.fehler).toMatchObject([{ code: 'ANMELDUNG_FEHLGESCHLAGEN', feld: ['input', 'altesPasswort'] }]);
    const verbreitet = await ok(M.aendern, { i: { altesPasswort: konto.passwort, neuesPasswort: 'qwertyuiop12' } }, konto.token);
    expect(verbreitet.fehler).toMatchObject([{ code: 'VALIDIERUNG', feld: ['input', 'neuesPasswort'] }]);
    expect(await meCode(andere)).toBe('OK');
    const r = await ok(M.aendern, { i: { altesPasswort: konto.passwort, neuesPasswort: NEUES_PASSWORT } }, konto.token);
    expect(r.fehler).toEqual([]);
    expect(await meCode(konto.token)).toBe('OK');
    expect(await meCode(andere)).toBe('UNAUTHENTICATED');
    expect(await anmelden(server(), konto.benutzername, NEUES_PASSWORT)).toMatch(/^sst_/);
  });

  it('verweigert Kalkulationssystemen (FORBIDDEN) und ohne Anmeldung (UNAUTHENTICATED)', async () => {
    const i = { altesPasswort: 'x', neuesPasswort: NEUES_PASSWORT };
    expect(await verweigert(M.aendern, { i }, vendor)).toBe('FORBIDDEN');
    expect(await verweigert(M.aendern, { i })).toBe('UNAUTHENTICATED');
    expect(await verweigert(M.andereBeenden, undefined, vendor)).toBe('FORBIDDEN');
  });

  it('andereSitzungenBeenden meldet alle anderen Sitzungen ab', async () => {
    const konto = await kontoEinrichten(await admin1());
    const a = await anmelden(server(), konto.benutzername, konto.passwort);
    const b = await anmelden(server(), konto.benutzername, konto.passwort);
    expect(await ok(M.andereBeenden, undefined, konto.token)).toBe(2);
    expect([await meCode(konto.token), await meCode(a), await meCode(b)]).toEqual(['OK', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
  });
});

describe('benutzerDeaktivieren', () => {
  it('beendet die Sitzungen des Benutzers sofort; er kann sich nicht mehr anmelden und kein Passwort zurücksetzen', async () => {
    const admin = await admin1();
    const konto = await kontoEinrichten(admin);
    expect(await meCode(konto.token)).toBe('OK');
    const r = await ok(M.deaktivieren, { i: { benutzerId: konto.id } }, admin);
    expect(r.fehler).toEqual([]);
    expect(r.benutzer).toMatchObject({ id: konto.id, aktiv: false });
    expect(await meCode(konto.token)).toBe('UNAUTHENTICATED');
    const login = await server().gql(`mutation($i: AnmeldenInput!) { anmelden(input: $i) { token ${FEHLER} } }`, { i: { benutzername: konto.benutzername, passwort: konto.passwort } });
    expect(login.body.data.anmelden.fehler[0].code).toBe('ANMELDUNG_FEHLGESCHLAGEN');
    const mailsVorher = (await postfach.mailsAn(konto.email)).length;
    await ok(M.vergessen, { i: { benutzernameOderEmail: konto.benutzername } });
    // a request for an active account is served; the deactivated one gets nothing
    const kontrolle = await kontoEinrichten(admin);
    await ok(M.vergessen, { i: { benutzernameOderEmail: kontrolle.benutzername } });
    expect(await postfach.mailsAn(kontrolle.email)).toHaveLength(2);
    expect(await postfach.mailsAn(konto.email)).toHaveLength(mailsVorher);
    expect((await ok(M.deaktivieren, { i: { benutzerId: konto.id } }, admin)).fehler[0].code).toBe('STATUS_UNGUELTIG');
    const p = await ok(Q.protokoll, { b: konto.id }, await intern());
    expect(p.kontoProtokoll.nodes[0]).toMatchObject({ art: 'BENUTZER_DEAKTIVIERT', akteur: 'Thomas Berger (Autohaus Berger GmbH)' });
    expect(p.kontoProtokoll.nodes[0].beschreibung).toContain('1 Sitzung(en) beendet');
  });

  it('lässt den letzten aktiven Administrator einer Werkstatt nicht deaktivieren', async () => {
    const w = await neueWerkstatt();
    const selbst = await ok(M.deaktivieren, { i: { benutzerId: w.admin.id } }, w.admin.token);
    expect(selbst.fehler).toMatchObject([{ code: 'LETZTER_ADMIN', feld: ['input', 'benutzerId'] }]);
    expect((await ok(M.deaktivieren, { i: { benutzerId: w.admin.id } }, await intern())).fehler[0].code).toBe('LETZTER_ADMIN');
    // with a second admin one of them may go, then the other is the last again
    const zweiter = await kontoEinrichten(w.admin.token, { istAdmin: true });
    expect((await ok(M.deaktivieren, { i: { benutzerId: w.admin.id } }, zweiter.token)).fehler).toEqual([]);
    expect(await meCode(w.admin.token)).toBe('UNAUTHENTICATED');
    expect((await ok(M.deaktivieren, { i: { benutzerId: zweiter.id } }, zweiter.token)).fehler[0].code).toBe('LETZTER_ADMIN');
    expect(await meCode(zweiter.token)).toBe('OK');
  });

  it('verweigert einfachen Benutzern und Kalkulationssystemen (FORBIDDEN); der Administrator einer anderen Werkstatt bekommt NICHT_GEFUNDEN', async () => {
    const admin = await admin1();
    const opfer = await kontoEinrichten(admin);
    const einfach = await kontoEinrichten(admin);
    expect(await verweigert(M.deaktivieren, { i: { benutzerId: opfer.id } }, einfach.token)).toBe('FORBIDDEN');
    expect(await verweigert(M.deaktivieren, { i: { benutzerId: opfer.id } }, vendor)).toBe('FORBIDDEN');
    const fremd = await ok(M.deaktivieren, { i: { benutzerId: opfer.id } }, await admin2());
    expect(fremd.fehler).toMatchObject([{ code: 'NICHT_GEFUNDEN', feld: ['input', 'benutzerId'] }]);
    // the same answer as a user that does not exist
    const nichtDa = await ok(M.deaktivieren, { i: { benutzerId: '999999' } }, await admin2());
    expect(nichtDa.fehler).toEqual(fremd.fehler);
    expect(await meCode(opfer.token)).toBe('OK');
  });
});

describe('werkstattEinstellungenAendern', () => {
  it('ändert die Adresse der System-E-Mails der eigenen Werkstatt; nur eigene Benutzer und das Netzwerk sehen sie', async () => {
    const w = await neueWerkstatt();
    const r = await ok(M.einstellungen, { i: { email: ' auftraege@neu.example ' } }, w.admin.token);
    expect(r.fehler).toEqual([]);
    expect(r.werkstatt.email).toBe('auftraege@neu.example');
    const falsch = await ok(M.einstellungen, { i: { email: 'kein at' } }, w.admin.token);
    expect(falsch.fehler).toMatchObject([{ code: 'VALIDIERUNG', feld: ['input', 'email'] }]);
    const liste = await ok(`{ werkstaetten(first: 100) { nodes { id email } } }`, undefined, await intern());
    expect(liste.werkstaetten.nodes.find((x: any) => x.id === w.werkstattId).email).toBe('auftraege@neu.example');
    const vendorSicht = await ok(`{ werkstaetten(first: 100) { nodes { email } } }`, undefined, vendor);
    expect(vendorSicht.werkstaetten.nodes.every((x: any) => x.email === null)).toBe(true);
  });

  it('verweigert einfachen Benutzern und Kalkulationssystemen (FORBIDDEN); eine fremde Werkstatt ist NICHT_GEFUNDEN', async () => {
    const einfach = await kontoEinrichten(await admin1());
    expect(await verweigert(M.einstellungen, { i: { email: 'a@b.example' } }, einfach.token)).toBe('FORBIDDEN');
    expect(await verweigert(M.einstellungen, { i: { email: 'a@b.example' } }, vendor)).toBe('FORBIDDEN');
    const fremd = await ok(M.einstellungen, { i: { email: 'a@b.example', werkstattId: await werkstattIdVon('P-104711') } }, await admin2());
    expect(fremd.fehler[0].code).toBe('NICHT_GEFUNDEN');
    const rows = await server().ds.query("SELECT email FROM werkstatt WHERE partnerNummer = 'P-104711'");
    expect(rows[0].email).toBe('service@autohaus-berger.example');
  });
});

describe('API-Schlüssel', () => {
  it('zeigt den Schlüssel einmal, speichert nur den Hash; er gilt für die verknüpften Werkstätten bis zum Widerruf, der sofort wirkt', async () => {
    const staff = await intern();
    const r = await ok(M.schluesselErstellen, { i: { name: 'Audatex Test', kalkulationssystem: 'AUDATEX', werkstattIds: [await werkstattIdVon('P-208815')] } }, staff);
    expect(r.fehler).toEqual([]);
    expect(r.schluessel).toMatch(/^spk_[A-Za-z0-9_-]{43}$/);
    expect(r.apiSchluessel).toMatchObject({ name: 'Audatex Test', kalkulationssystem: 'AUDATEX', praefix: r.schluessel.slice(0, 12), widerrufenAm: null, werkstaetten: [{ partnerNummer: 'P-208815' }] });
    const gespeichert = await server().ds.getRepository(ApiSchluesselEntity).findOneByOrFail({ id: Number(r.apiSchluessel.id) });
    expect(gespeichert.schluesselHash).toBe(createHash('sha256').update(r.schluessel).digest('hex'));
    expect(JSON.stringify(await ok(Q.apiSchluessel, undefined, staff))).not.toContain(r.schluessel);
    // the key works: role KALKULATION, only the linked shop's orders
    expect((await ok(Q.me, undefined, r.schluessel)).me).toMatchObject({ rolle: 'KALKULATION', werkstatt: null, email: null });
    const auftraege = await ok(Q.auftraege, undefined, r.schluessel);
    expect(auftraege.auftraege.totalCount).toBeGreaterThan(0);
    expect(new Set(auftraege.auftraege.nodes.map((a: any) => a.werkstatt.partnerNummer))).toEqual(new Set(['P-208815']));
    // revoked: the next request is refused
    const w = await ok(M.schluesselWiderrufen, { i: { id: r.apiSchluessel.id } }, staff);
    expect(w.fehler).toEqual([]);
    expect(w.schluessel).toBeNull();
    expect(w.apiSchluessel.widerrufenAm).toBe(uhr.now().toISOString());
    expect(await meCode(r.schluessel)).toBe('UNAUTHENTICATED');
    expect((await ok(M.schluesselWiderrufen, { i: { id: r.apiSchluessel.id } }, staff)).fehler[0].code).toBe('STATUS_UNGUELTIG');
    const liste = await ok(Q.apiSchluessel, undefined, staff);
    expect(liste.apiSchluessel.find((k: any) => k.id === r.apiSchluessel.id).widerrufenAm).not.toBeNull();
    const p = await ok(Q.protokoll, {}, staff);
    expect(p.kontoProtokoll.nodes.slice(0, 2).map((e: any) => e.art)).toEqual(['API_SCHLUESSEL_WIDERRUFEN', 'API_SCHLUESSEL_ERSTELLT']);
  });

  it('verweigert Werkstätten und Kalkulationssystemen (FORBIDDEN); unbekannte Werkstätten und Schlüssel sind NICHT_GEFUNDEN', async () => {
    const einfach = await kontoEinrichten(await admin1());
    const i = { name: 'X', kalkulationssystem: 'DAT', werkstattIds: [await werkstattIdVon('P-104711')] };
    for (const token of [await admin1(), einfach.token, vendor]) {
      expect(await verweigert(M.schluesselErstellen, { i }, token)).toBe('FORBIDDEN');
      expect(await verweigert(M.schluesselWiderrufen, { i: { id: '1' } }, token)).toBe('FORBIDDEN');
      expect((await server().gql(Q.apiSchluessel, undefined, { token })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await meCode(vendor)).toBe('OK');
    const staff = await intern();
    expect((await ok(M.schluesselErstellen, { i: { ...i, werkstattIds: ['999999'] } }, staff)).fehler).toMatchObject([{ code: 'NICHT_GEFUNDEN', feld: ['input', 'werkstattIds'] }]);
    expect((await ok(M.schluesselErstellen, { i: { ...i, werkstattIds: [] } }, staff)).fehler).toMatchObject([{ code: 'VALIDIERUNG', feld: ['input', 'werkstattIds'] }]);
    expect((await ok(M.schluesselWiderrufen, { i: { id: '999999' } }, staff)).fehler[0].code).toBe('NICHT_GEFUNDEN');
  });
});

describe('Listen: benutzer und kontoProtokoll', () => {
  it('zeigt dem Administrator nur die Benutzer seiner Werkstatt, dem Netzwerk alle; einfachen Benutzern und Kalkulationssystemen FORBIDDEN', async () => {
    const w = await neueWerkstatt();
    const kollege = await kontoEinrichten(w.admin.token);
    const eigene = await ok(Q.benutzer, {}, w.admin.token);
    expect(eigene.benutzer.totalCount).toBe(2);
    expect(eigene.benutzer.nodes.map((b: any) => b.benutzername).sort()).toEqual([w.admin.benutzername, kollege.benutzername].sort());
    expect(eigene.benutzer.nodes.every((b: any) => b.werkstatt.partnerNummer === w.partnerNummer)).toBe(true);
    const fremd = await ok(Q.benutzer, { w: await werkstattIdVon('P-104711') }, w.admin.token);
    expect(fremd.benutzer).toMatchObject({ totalCount: 0, nodes: [] });
    const staff = await intern();
    const gefiltert = await ok(Q.benutzer, { w: w.werkstattId, first: 1 }, staff);
    expect(gefiltert.benutzer.totalCount).toBe(2);
    expect(gefiltert.benutzer.pageInfo.hasNextPage).toBe(true);
    const zweite = await ok(Q.benutzer, { w: w.werkstattId, first: 1, after: gefiltert.benutzer.pageInfo.endCursor }, staff);
    expect(zweite.benutzer.nodes[0].id).not.toBe(gefiltert.benutzer.nodes[0].id);
    expect((await ok(Q.benutzer, {}, staff)).benutzer.totalCount).toBeGreaterThan(2);
    for (const token of [kollege.token, vendor]) expect((await server().gql(Q.benutzer, {}, { token })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const token of [w.admin.token, kollege.token, vendor]) expect((await server().gql(Q.protokoll, {}, { token })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
