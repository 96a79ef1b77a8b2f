import { spn } from '../utils/abfragen';
import { anmelden, DEMO_API_SCHLUESSEL, DEMO_INTERN, DEMO_WERKSTATT, DEMO_WERKSTATT_2, testServerFuerDatei } from '../utils/server';

/**
 * Abuse brakes (http/drosselung.ts) with small limits: failed logins per account (each alias of a
 * batched login counts), login attempts per client address, the API-key budget with 429 and
 * Retry-After, and the brake on looking up unknown SPN-IDs in a row.
 */
const GRENZE = { fehlversuche: 3, jeAdresse: 25, apiJeMinute: 5, spnFehlgriffe: 4 };
const server = testServerFuerDatei({
  demo: true,
  env: {
    SPN_ANMELDUNG_FEHLVERSUCHE: String(GRENZE.fehlversuche),
    SPN_ANMELDUNGEN_JE_ADRESSE: String(GRENZE.jeAdresse),
    SPN_API_ANFRAGEN_JE_MINUTE: String(GRENZE.apiJeMinute),
    SPN_SPN_FEHLGRIFFE: String(GRENZE.spnFehlgriffe),
  },
});

const ANMELDEN = /* GraphQL */ `
  mutation Anmelden($b: String!, $p: String!) {
    anmelden(input: { benutzername: $b, passwort: $p }) { token fehler { code meldung } }
  }
`;

type Anmeldung = { token: string | null; fehler: { code: string; meldung: string }[] };

/** Login attempts so far (every attempt counts against the address limit, tested last). */
let versuche = 0;

async function versuchen(benutzername: string, passwort: string): Promise<Anmeldung> {
  versuche++;
  const r = await server().gql<{ anmelden: Anmeldung }>(ANMELDEN, { b: benutzername, p: passwort });
  expect(r.body.errors).toBeUndefined();
  return r.body.data!.anmelden;
}

const gesperrt = (a: Anmeldung) => a.token === null && /Zu viele fehlgeschlagene Anmeldeversuche/.test(a.fehler[0]?.meldung ?? '');

describe('SPN-ID-Suche', () => {
  const AUFTRAG = /* GraphQL */ `query A($s: String!) { auftrag(spnId: $s) { spnId } }`;

  it('bremst viele unbekannte oder fremde SPN-IDs in Folge; ein Treffer setzt die Zählung zurück; andere Benutzer bleiben frei', async () => {
    const werkstatt2 = await anmelden(server(), DEMO_WERKSTATT_2.benutzername, DEMO_WERKSTATT_2.passwort);
    versuche++;
    const suche = (s: string) => server().gql<{ auftrag: { spnId: string } | null }>(AUFTRAG, { s }, { token: werkstatt2 });

    // misses just below the limit, then a hit: the count starts again
    for (let i = 0; i < GRENZE.spnFehlgriffe - 1; i++) expect((await suche(spn(1 + i))).body.data?.auftrag).toBeNull(); // shop 1's orders
    expect((await suche(spn(17))).body.data?.auftrag?.spnId).toBe(spn(17));
    for (let i = 0; i < GRENZE.spnFehlgriffe; i++) expect((await suche(`SPN-2026-9${String(i).padStart(5, '0')}`)).status).toBe(200);

    // one more lookup, even of its own order, is refused with 429
    const gebremst = await suche(spn(17));
    expect(gebremst.status).toBe(429);
    expect(gebremst.body.errors?.[0].extensions?.code).toBe('ZU_VIELE_ANFRAGEN');
    expect(Number(gebremst.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(gebremst.body.data?.auftrag ?? null).toBeNull();

    // another user is not affected
    const intern = await anmelden(server(), DEMO_INTERN.benutzername, DEMO_INTERN.passwort);
    versuche++;
    expect((await server().gql(AUFTRAG, { s: spn(17) }, { token: intern })).body.data?.auftrag?.spnId).toBe(spn(17));
  });
});

describe('Anmeldung', () => {
  it('pausiert ein Konto nach zu vielen Fehlversuchen, auch für das richtige Passwort; andere Konten bleiben frei', async () => {
    for (let i = 0; i < GRENZE.fehlversuche; i++) {
      const a = await versuchen(DEMO_WERKSTATT.benutzername, 'falsch-falsch-falsch');
      expect(a.fehler.map((f) => f.code)).toEqual(['ANMELDUNG_FEHLGESCHLAGEN']);
      expect(gesperrt(a)).toBe(false);
    }
    const richtig = await versuchen(DEMO_WERKSTATT.benutzername, DEMO_WERKSTATT.passwort);
    expect(gesperrt(richtig)).toBe(true);
    expect(richtig.fehler[0].meldung).toMatch(/Bitte warten Sie \d+ Minuten?/);
    // the spelling of the user name does not open a second counter
    expect(gesperrt(await versuchen(` ${DEMO_WERKSTATT.benutzername.toUpperCase()} `, DEMO_WERKSTATT.passwort))).toBe(true);
    // another account is not affected
    expect((await versuchen(DEMO_WERKSTATT_2.benutzername, DEMO_WERKSTATT_2.passwort)).token).toEqual(expect.any(String));
  });

  it('zählt jeden Alias einer gebündelten Anmeldung einzeln', async () => {
    const aliase = 6;
    const query = `mutation { ${Array.from({ length: aliase }, (_, i) => `a${i}: anmelden(input: { benutzername: "${DEMO_INTERN.benutzername}", passwort: "rate-${i}-xxxxxxx" }) { token fehler { meldung } }`).join(' ')} }`;
    versuche += aliase;
    const r = await server().gql<Record<string, Anmeldung>>(query);
    const antworten = Array.from({ length: aliase }, (_, i) => r.body.data![`a${i}`]);
    // the first `fehlversuche` are ordinary failures, every further alias is refused unchecked
    expect(antworten.map(gesperrt)).toEqual(Array.from({ length: aliase }, (_, i) => i >= GRENZE.fehlversuche));
    expect(gesperrt(await versuchen(DEMO_INTERN.benutzername, DEMO_INTERN.passwort))).toBe(true);
  });
});

describe('Passwort ändern', () => {
  it('falsche bisherige Passwörter zählen wie Fehlanmeldungen: danach ist auch das richtige gesperrt', async () => {
    const sitzung = await anmelden(server(), 'demo-mitarbeiter', 'demo-mitarbeiter');
    versuche++;
    const AENDERN = 'mutation P($i: PasswortAendernInput!) { passwortAendern(input: $i) { fehler { code meldung } } }';
    const aendern = async (altesPasswort: string) =>
      (await server().gql<{ passwortAendern: { fehler: { code: string; meldung: string }[] } }>(AENDERN, { i: { altesPasswort, neuesPasswort: 'Windschutzscheibe-Regen-42' } }, { token: sitzung })).body.data!.passwortAendern.fehler;
    for (let i = 0; i < GRENZE.fehlversuche; i++) expect((await aendern('falsch-geraten'))[0].meldung).toBe('Das bisherige Passwort ist falsch.');
    const danach = await aendern('demo-mitarbeiter');
    expect(danach).toEqual([{ code: 'ANMELDUNG_FEHLGESCHLAGEN', meldung: expect.stringMatching(/Zu viele falsche Versuche/) }]);
    // and the login of that account is paused too
    expect(gesperrt(await versuchen('demo-mitarbeiter', 'demo-mitarbeiter'))).toBe(true);
  });
});

describe('Passwort vergessen', () => {
  it('schickt einem Konto höchstens 3 Links je Stunde, die Antwort bleibt dieselbe', async () => {
    const zaehlen = async () => Number((await server().ds.query(`SELECT COUNT(*) AS n FROM benachrichtigung WHERE empfaenger = 'l.vogt@autohaus-berger.example' AND anlass = 'KONTO'`))[0].n);
    const vorher = await zaehlen();
    for (let i = 0; i < 6; i++) {
      const r = await server().gql('mutation V($i: PasswortVergessenInput!) { passwortVergessen(input: $i) }', { i: { benutzernameOderEmail: 'demo-mitarbeiter' } });
      expect(r.body).toEqual({ data: { passwortVergessen: true } });
    }
    await server().hintergrundAbwarten();
    expect((await zaehlen()) - vorher).toBe(3);
  });
});

describe('API-Schlüssel', () => {
  it('beantwortet Anfragen über dem Minutenbudget mit 429 und Retry-After; Sitzungen zählen nicht dagegen', async () => {
    const q = '{ auftraege(first: 1) { totalCount } }';
    for (let i = 0; i < GRENZE.apiJeMinute; i++) {
      const r = await server().gql(q, {}, { token: DEMO_API_SCHLUESSEL });
      expect(r.status).toBe(200);
    }
    const zuViel = await server().gql(q, {}, { token: DEMO_API_SCHLUESSEL });
    expect(zuViel.status).toBe(429);
    expect(Number(zuViel.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(zuViel.body.errors?.[0].extensions?.code).toBe('ZU_VIELE_ANFRAGEN');
    expect(zuViel.body.errors?.[0].message).toMatch(/höchstens 5 je Minute/);
    // a session is not counted against the key's budget
    const sitzung = await anmelden(server(), DEMO_WERKSTATT_2.benutzername, DEMO_WERKSTATT_2.passwort);
    versuche++;
    expect((await server().gql(q, {}, { token: sitzung })).status).toBe(200);
  });
});

describe('Anmeldeversuche je Adresse', () => {
  it('sperrt eine Adresse nach zu vielen Versuchen, gleich mit welchen Konten', async () => {
    let letzter: Anmeldung | null = null;
    while (versuche < GRENZE.jeAdresse) letzter = await versuchen(`unbekannt-${versuche}`, 'irgendein-passwort');
    expect(letzter && gesperrt(letzter)).toBe(false);
    expect(gesperrt(await versuchen('noch-ein-konto', 'irgendein-passwort'))).toBe(true);
  });
});
