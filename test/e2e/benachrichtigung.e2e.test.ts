import pino from 'pino';
import { DataSource, In, IsNull } from 'typeorm';
import { EreignisArt } from '../../server/src/common/enums';
import { openDatabase } from '../../server/src/db/data-source';
import { inTransaktion } from '../../server/src/db/transaktion';
import { SYSTEM_AKTEUR } from '../../server/src/modules/auftrag/auftrag-lifecycle.service';
import { AuftragEntity } from '../../server/src/modules/auftrag/auftrag.entity';
import { EreignisEntity } from '../../server/src/modules/auftrag/ereignis.entity';
import { ErinnerungEntity } from '../../server/src/modules/auftrag/erinnerung.entity';
import { ErinnerungsPlaner } from '../../server/src/modules/auftrag/erinnerung.scheduler';
import { BenachrichtigungAnlass, BenachrichtigungEntity } from '../../server/src/modules/benachrichtigung/benachrichtigung.entity';
import { benachrichtigungEinreihen } from '../../server/src/modules/benachrichtigung/outbox.service';
import { OutboxWorker, smtpTransportErstellen } from '../../server/src/modules/benachrichtigung/outbox.worker';
import { WerkstattEntity } from '../../server/src/modules/identity/werkstatt.entity';
import { VersichererEntity } from '../../server/src/modules/stammdaten/versicherer.entity';
import { UEBERSICHT, spn } from '../utils/abfragen';
import { DEMO_INTERN, DEMO_WERKSTATT, anmelden, testServerFuerDatei } from '../utils/server';
import { TestSmtpServer, freierPort } from '../utils/smtp';
import { TestUhr } from '../utils/uhr';

/**
 * System e-mails that are never lost (issue 4, deliverable 5): the outbox worker delivers over real
 * SMTP (a `smtp-server` started here), survives an SMTP outage without losing or doubling a mail,
 * and two workers over the same database (two DataSources, as two processes would have) deliver
 * every mail exactly once. The reminder scheduler gives an order without news exactly one Erinnerung,
 * also with two schedulers running at once. Time is the test clock; workers are driven pass by pass.
 */
const uhr = new TestUhr('2026-12-03T10:00:00.000Z');
const server = testServerFuerDatei({ demo: true, clock: uhr });

/** A fresh session (the test clock jumps weeks ahead, past any session's lifetime). */
const intern = () => anmelden(server(), DEMO_INTERN.benutzername, DEMO_INTERN.passwort);
const werkstatt = () => anmelden(server(), DEMO_WERKSTATT.benutzername, DEMO_WERKSTATT.passwort);

/** Log lines of the workers: they must name mail ids but no addresses, texts or passwords. */
const logZeilen: string[] = [];
const logger = pino({ level: 'info' }, { write: (zeile: string) => void logZeilen.push(zeile) });

const offen: { stoppen(): Promise<void> }[] = [];
const weitereDs: DataSource[] = [];

function worker(smtpUrl: string, workerId: string, ds = server().ds, batchGroesse = 10): OutboxWorker {
  const w = new OutboxWorker({
    ds,
    transport: smtpTransportErstellen({ url: smtpUrl, absender: 'SPN Netzwerk <noreply@spn-test.example>', ziel: '' }),
    absender: 'SPN Netzwerk <noreply@spn-test.example>',
    logger,
    clock: uhr,
    workerId,
    batchGroesse,
  });
  offen.push({ stoppen: () => w.stop() });
  return w;
}

async function smtpServer(port?: number, o?: ConstructorParameters<typeof TestSmtpServer>[1]): Promise<TestSmtpServer> {
  const s = new TestSmtpServer(port ?? (await freierPort()), o);
  await s.starten();
  offen.push({ stoppen: () => s.stoppen() });
  return s;
}

/**
 * What a second server process would use. On MariaDB: a second DataSource (its own connection pool).
 * On SQLite the second worker shares the DataSource: better-sqlite3 waits for a lock synchronously,
 * so two connections in ONE process would block the event loop the lock holder needs to finish.
 */
async function zweiteDatenquelle(): Promise<DataSource> {
  if (server().config.database.type === 'sqlite') return server().ds;
  const ds = await openDatabase(server().config.database);
  weitereDs.push(ds);
  return ds;
}

/** Runs passes until the worker finds nothing due any more. */
async function leeren(w: OutboxWorker): Promise<number> {
  let versendet = 0;
  for (let i = 0; i < 100; i++) {
    const e = await w.durchlauf();
    versendet += e.versendet;
    if (e.beansprucht === 0) return versendet;
  }
  throw new Error('leeren: nach 100 Durchläufen noch nicht leer');
}

async function mails(ids: number[]): Promise<BenachrichtigungEntity[]> {
  return server().ds.getRepository(BenachrichtigungEntity).find({ where: { id: In(ids) }, order: { id: 'ASC' } });
}

/** Puts `n` mails into the outbox the way every operation does (inside a transaction). */
async function einreihen(n: number, praefix: string): Promise<number[]> {
  return inTransaktion(server().ds, async (m) => {
    const ids: number[] = [];
    for (let i = 0; i < n; i++) {
      const mail = await benachrichtigungEinreihen(
        { m, jetzt: uhr.now(), akteur: SYSTEM_AKTEUR },
        { auftragId: null, anlass: BenachrichtigungAnlass.KONTO, empfaenger: `${praefix}-${i}@werkstatt.example`, betreff: `${praefix} ${i}`, text: `Text ${i}` },
      );
      ids.push(mail.id);
    }
    return ids;
  });
}

async function uebersicht(spnId: string, wer = intern) {
  const r = await server().gql(UEBERSICHT, { spnId }, { token: await wer() });
  expect(r.body.errors).toBeUndefined();
  return r.body.data.auftrag;
}

async function staff([mutation, inputTyp]: readonly [string, string], input: Record<string, unknown>) {
  const r = await server().gql(`mutation($i: ${inputTyp}!) { r: ${mutation}(input: $i) { auftrag { spnId status } fehler { code meldung } } }`, { i: input }, { token: await intern() });
  expect(r.body.errors).toBeUndefined();
  expect(r.body.data.r.fehler).toEqual([]);
  return r.body.data.r.auftrag as { spnId: string; status: string };
}

const STORNIEREN = ['auftragStornieren', 'AuftragStornierenInput'] as const;
const ERINNERN = ['erinnerungSenden', 'ErinnerungSendenInput'] as const;
const VERMITTELN = ['auftragVermitteln', 'AuftragVermittelnInput'] as const;

/** Ids of the mails not yet sent. */
async function unversendet(): Promise<number[]> {
  return (await server().ds.getRepository(BenachrichtigungEntity).find({ where: { versendetAm: IsNull() }, order: { id: 'ASC' } })).map((b) => b.id);
}

afterEach(async () => {
  for (const o of offen.splice(0).reverse()) await o.stoppen();
});

afterAll(async () => {
  for (const ds of weitereDs) await ds.destroy();
});

describe('Outbox-Worker', () => {
  it('liefert die Storno-E-Mail einer Stornierung genau einmal per SMTP aus; danach zeigt der Auftrag, wann sie versendet wurde', async () => {
    // given: a running SMTP server and an order in VERMITTELT (demo order 3, Autohaus Berger)
    expect(await unversendet()).toEqual([]);
    const smtp = await smtpServer();
    const w = worker(smtp.url(), 'worker-a');
    // when: staff cancel it
    await staff(STORNIEREN, { spnId: spn(3), grund: 'TOTALSCHADEN', bemerkung: 'Gutachten: wirtschaftlicher Totalschaden.' });
    const vorher = await uebersicht(spn(3));
    const stornoMail = vorher.benachrichtigungen.find((b: any) => b.betreff === `Stornierung SPN Vermittlungsauftrag ${spn(3)}`);
    // then: the mail waits in the outbox, visible on the order
    expect(stornoMail).toMatchObject({ empfaenger: 'service@autohaus-berger.example', versendetAm: null });
    expect(vorher.storno.benachrichtigtAm).toBeNull();
    // when: the worker runs, at a later instant
    uhr.vorstellen({ minuten: 2 });
    const ergebnis = await w.durchlauf();
    // then: exactly one message with the subject, recipient, sender and the reason
    expect(ergebnis).toEqual({ beansprucht: 1, versendet: 1, fehlgeschlagen: 0 });
    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail.betreff).toBe(`Stornierung SPN Vermittlungsauftrag ${spn(3)}`);
    expect(mail.an).toEqual(['service@autohaus-berger.example']);
    expect(mail.von).toBe('noreply@spn-test.example');
    expect(mail.benachrichtigungId).toBe(Number(stornoMail.id));
    expect(mail.text).toContain('Stornogrund: Totalschaden');
    expect(mail.text).toContain('Gutachten: wirtschaftlicher Totalschaden.');
    // and the order shows when it went out (the shop sees it too, and the FAQ text names the day)
    const versendetAm = uhr.now().toISOString();
    const nachher = await uebersicht(spn(3), werkstatt);
    expect(nachher.storno.benachrichtigtAm).toBe(versendetAm);
    expect(nachher.benachrichtigungen.find((b: any) => b.id === stornoMail.id).versendetAm).toBe(versendetAm);
    expect(nachher.hinweise.find((h: any) => h.code === 'STORNIERT').text).toContain('am 03.12.2026 eine SPN System-E-Mail erhalten');
    // and its history says so (by the system, naming neither recipient nor text); the order changed then
    expect(nachher.verlauf.nodes[0]).toMatchObject({ art: 'E_MAIL_VERSENDET', zeitpunkt: versendetAm, akteur: 'SPN-System', beschreibung: 'System-E-Mail an die Werkstatt versendet: Stornierung.' });
    expect(nachher.aktualisiertAm).toBe(versendetAm);
    // and a second pass sends nothing again
    uhr.vorstellen({ stunden: 5 });
    expect(await w.durchlauf()).toEqual({ beansprucht: 0, versendet: 0, fehlgeschlagen: 0 });
    expect(smtp.mails).toHaveLength(1);
    const [zeile] = await mails([Number(stornoMail.id)]);
    expect(zeile).toMatchObject({ versuche: 1, letzterFehler: null, gesperrtVon: null, gesperrtBis: null });
  });

  it('verliert bei ausgefallenem SMTP-Server nichts, wartet mit wachsendem Abstand und liefert danach jede E-Mail genau einmal', async () => {
    // given: nothing listens on the SMTP port
    const port = await freierPort();
    const smtpUrl = new TestSmtpServer(port).url();
    const w = worker(smtpUrl, 'worker-b');
    // staff send three reminders (three mails in the outbox)
    for (const nr of [4, 5, 6]) await staff(ERINNERN, { spnId: spn(nr), art: 'REPARATURSTATUS' });
    const ids = await unversendet();
    expect(ids).toHaveLength(3);
    // when: the worker tries while the server is down
    const erster = await w.durchlauf();
    // then: nothing is lost; attempts, a short error and the next attempt in 30 s are recorded, the lease released
    expect(erster).toEqual({ beansprucht: 3, versendet: 0, fehlgeschlagen: 3 });
    for (const b of await mails(ids)) {
      expect(b).toMatchObject({ versendetAm: null, versuche: 1, gesperrtVon: null, gesperrtBis: null });
      expect(b.letzterFehler).toMatch(/ECONNREFUSED/);
      expect(b.letzterFehler).not.toContain(TestSmtpServer.PASSWORT);
      expect(b.naechsterVersuchAm!.getTime()).toBe(uhr.now().getTime() + 30_000);
    }
    // a pass before the next attempt is due does nothing
    uhr.vorstellen({ sekunden: 29 });
    expect((await w.durchlauf()).beansprucht).toBe(0);
    // the second attempt fails too and doubles the wait
    uhr.vorstellen({ sekunden: 1 });
    expect(await w.durchlauf()).toEqual({ beansprucht: 3, versendet: 0, fehlgeschlagen: 3 });
    for (const b of await mails(ids)) {
      expect(b.versuche).toBe(2);
      expect(b.naechsterVersuchAm!.getTime()).toBe(uhr.now().getTime() + 60_000);
    }
    // when: the SMTP server comes back on that port and the retry is due
    const smtp = await smtpServer(port);
    uhr.vorstellen({ sekunden: 60 });
    expect(await w.durchlauf()).toEqual({ beansprucht: 3, versendet: 3, fehlgeschlagen: 0 });
    // then: each mail arrived exactly once and is marked sent
    expect([...smtp.anzahlJeId().entries()].sort()).toEqual(ids.map((id) => [id, 1]).sort());
    for (const b of await mails(ids)) expect(b).toMatchObject({ versendetAm: uhr.now(), versuche: 3, letzterFehler: null, gesperrtVon: null });
    uhr.vorstellen({ stunden: 2 });
    expect((await w.durchlauf()).beansprucht).toBe(0);
    expect(smtp.mails).toHaveLength(3);
    // the reminder subjects (with umlauts and dashes) arrive intact
    expect(smtp.mails.map((m) => m.betreff).sort()).toEqual([4, 5, 6].map((nr) => `Erinnerung: Reparaturstatus melden – SPN Vermittlungsauftrag ${spn(nr)}`));
  });

  it('zwei Worker über zwei Verbindungen zur selben Datenbank liefern 30 E-Mails je genau einmal aus', async () => {
    // given: 30 mails in the outbox and two workers (on MariaDB each with its own DataSource, as two processes)
    const smtp = await smtpServer();
    const ids = await einreihen(30, 'parallel');
    const a = worker(smtp.url(), 'worker-parallel-a', server().ds, 4);
    const b = worker(smtp.url(), 'worker-parallel-b', await zweiteDatenquelle(), 4);
    // when: both drain the outbox at the same time
    const [vonA, vonB] = await Promise.all([leeren(a), leeren(b)]);
    // then: every mail arrived exactly once, both workers took part, and the database agrees
    expect(vonA + vonB).toBe(30);
    expect(vonA).toBeGreaterThan(0);
    expect(vonB).toBeGreaterThan(0);
    expect(smtp.mails).toHaveLength(30);
    expect([...smtp.anzahlJeId().entries()].sort((x, y) => x[0] - y[0])).toEqual(ids.map((id) => [id, 1]));
    const zeilen = await mails(ids);
    expect(zeilen.every((z) => z.versendetAm !== null && z.versuche === 1 && z.gesperrtVon === null)).toBe(true);
  });

  it('übernimmt E-Mails eines abgestürzten Workers erst, wenn dessen Sperre abgelaufen ist', async () => {
    // given: a mail leased by a worker that died (lease until in 10 minutes)
    const smtp = await smtpServer();
    const [id] = await einreihen(1, 'verwaist');
    await server().ds.getRepository(BenachrichtigungEntity).update({ id }, { gesperrtVon: 'abgestuerzt:1', gesperrtBis: new Date(uhr.now().getTime() + 600_000) });
    const w = worker(smtp.url(), 'worker-c');
    // when/then: while the lease holds nobody else sends it
    uhr.vorstellen({ minuten: 9 });
    expect((await w.durchlauf()).beansprucht).toBe(0);
    // when/then: after it ran out, the mail goes out once
    uhr.vorstellen({ minuten: 2 });
    expect(await w.durchlauf()).toEqual({ beansprucht: 1, versendet: 1, fehlgeschlagen: 0 });
    expect(smtp.anzahlJeId().get(id)).toBe(1);
  });

  it('wartet beim Beenden auf die E-Mail, die gerade gesendet wird, und gibt den Rest des Stapels frei', async () => {
    // given: five due mails, a slow SMTP server and a running worker that claims all five at once
    let empfangBegonnen!: () => void;
    const begonnen = new Promise<void>((r) => (empfangBegonnen = r));
    const smtp = await smtpServer(undefined, { verzoegerungMs: 300, beiEmpfangsbeginn: () => empfangBegonnen() });
    const ids = await einreihen(5, 'beenden');
    const w = worker(smtp.url(), 'worker-d', server().ds, 5);
    w.start(60_000);
    // when: it is stopped (SIGTERM in main.ts) while the first mail is being sent
    await begonnen;
    await w.stop();
    // then: that mail went out and is marked sent; the other four are unsent, released and untried
    expect(smtp.mails.map((m) => m.benachrichtigungId)).toEqual([ids[0]]);
    const [erste, ...rest] = await mails(ids);
    expect(erste).toMatchObject({ versuche: 1, gesperrtVon: null });
    expect(erste.versendetAm).not.toBeNull();
    for (const b of rest) expect(b).toMatchObject({ versendetAm: null, versuche: 0, gesperrtVon: null, gesperrtBis: null });
    // and another worker sends them right away, each once
    expect(await leeren(worker(smtp.url(), 'worker-e'))).toBe(4);
    expect([...smtp.anzahlJeId().entries()].sort((x, y) => x[0] - y[0])).toEqual(ids.map((id) => [id, 1]));
  });

  it('protokolliert Versand und Fehler mit der ID, aber ohne Empfänger, Betreff, Text oder SMTP-Passwort', async () => {
    // given: a mail with an address, subject and text of its own; the SMTP server is down at first
    logZeilen.length = 0;
    const [id] = await inTransaktion(server().ds, async (m) => [
      (
        await benachrichtigungEinreihen(
          { m, jetzt: uhr.now(), akteur: SYSTEM_AKTEUR },
          { auftragId: null, anlass: BenachrichtigungAnlass.KONTO, empfaenger: 'anna.muster@werkstatt-log.example', betreff: 'Betreff-Protokoll', text: 'Geheimer Mailtext' },
        )
      ).id,
    ]);
    const port = await freierPort();
    const w = worker(new TestSmtpServer(port).url(), 'worker-log');
    // when: one failed and one successful attempt
    expect((await w.durchlauf()).fehlgeschlagen).toBe(1);
    await smtpServer(port);
    uhr.vorstellen({ minuten: 1 });
    expect((await w.durchlauf()).versendet).toBe(1);
    // then: both are logged with the mail id and nothing personal or secret
    const eintraege = logZeilen.map((z) => JSON.parse(z) as Record<string, unknown>);
    expect(eintraege).toEqual([
      expect.objectContaining({ benachrichtigungId: id, versuche: 1, msg: 'System-E-Mail nicht zugestellt; neuer Versuch geplant', fehler: expect.stringMatching(/ECONNREFUSED/) }),
      expect.objectContaining({ benachrichtigungId: id, versuch: 2, anlass: 'KONTO', msg: 'System-E-Mail versendet' }),
    ]);
    const protokoll = logZeilen.join('\n');
    for (const geheim of ['anna.muster', 'werkstatt-log.example', 'Betreff-Protokoll', 'Geheimer Mailtext', TestSmtpServer.PASSWORT, TestSmtpServer.BENUTZER]) expect(protokoll).not.toContain(geheim);
  });
});

describe('Automatische Erinnerungen', () => {
  const TAGE = 14;

  async function neuerAuftrag(kennzeichen: string): Promise<AuftragEntity> {
    const werkstattId = (await server().ds.getRepository(WerkstattEntity).findOneByOrFail({ email: 'service@autohaus-berger.example' })).id;
    const versichererId = (await server().ds.getRepository(VersichererEntity).find({ order: { id: 'ASC' }, take: 1 }))[0].id;
    const a = await staff(VERMITTELN, {
      werkstattId: String(werkstattId),
      versichererId: String(versichererId),
      auftragsart: 'REPARATUR',
      sparte: 'VOLLKASKO',
      schadennummer: 'KH-2026-99001',
      kennzeichen,
      kundeName: 'Erika Erinnerung',
    });
    return server().ds.getRepository(AuftragEntity).findOneByOrFail({ spnId: a.spnId });
  }

  async function erinnerungen(auftragId: number) {
    return server().ds.getRepository(ErinnerungEntity).find({ where: { auftragId }, order: { id: 'ASC' } });
  }

  it('gibt einem Auftrag ohne Neuigkeit nach N Tagen genau eine Erinnerung, auch mit zwei Planern gleichzeitig, und kein zweites Mal', async () => {
    // given: a freshly brokered order (news: now) and two schedulers on two DataSources
    const start = uhr.now();
    const auftrag = await neuerAuftrag('M-ER 2026');
    const p1 = new ErinnerungsPlaner({ ds: server().ds, logger, clock: uhr, nachTagen: TAGE });
    const p2 = new ErinnerungsPlaner({ ds: await zweiteDatenquelle(), logger, clock: uhr, nachTagen: TAGE });

    // when: one day before the limit (older demo orders may be reminded now; not this one)
    uhr.setzen(new Date(start.getTime() + (TAGE - 1) * 86_400_000));
    await p1.durchlauf();
    // then
    expect(await erinnerungen(auftrag.id)).toEqual([]);

    // when: past the limit, both schedulers run at once
    uhr.setzen(new Date(start.getTime() + TAGE * 86_400_000 + 60_000));
    const alleVorher = await server().ds.getRepository(ErinnerungEntity).count();
    const [e1, e2] = await Promise.all([p1.durchlauf(), p2.durchlauf()]);
    // then: exactly one Erinnerung for it, as the staff mutation would write it
    const liste = await erinnerungen(auftrag.id);
    expect(liste).toHaveLength(1);
    expect(liste[0]).toMatchObject({ art: 'TERMINSTATUS', gesendetAm: uhr.now(), erledigtAm: null });
    expect(e1.gesendet + e2.gesendet).toBe((await server().ds.getRepository(ErinnerungEntity).count()) - alleVorher);
    const verlauf = await server().ds.getRepository(EreignisEntity).find({ where: { auftragId: auftrag.id, art: EreignisArt.ERINNERUNG_GESENDET } });
    expect(verlauf).toEqual([expect.objectContaining({ akteur: 'SPN-System', akteurRolle: 'SYSTEM', beschreibung: 'Erinnerung gesendet: Terminstatus melden.' })]);
    const post = await server().ds.getRepository(BenachrichtigungEntity).find({ where: { auftragId: auftrag.id, anlass: BenachrichtigungAnlass.ERINNERUNG } });
    expect(post).toEqual([expect.objectContaining({ betreff: `Erinnerung: Terminstatus melden – SPN Vermittlungsauftrag ${auftrag.spnId}`, empfaenger: 'service@autohaus-berger.example', versendetAm: null })]);
    const sicht = await uebersicht(auftrag.spnId, werkstatt);
    expect(sicht.hinweise[0].code).toBe('ERINNERUNG_OFFEN');
    // no order got two in this run
    const jetzt = await server().ds.getRepository(ErinnerungEntity).find({ where: { gesendetAm: uhr.now() } });
    const proAuftrag = new Map<number, number>();
    for (const e of jetzt) proAuftrag.set(e.auftragId, (proAuftrag.get(e.auftragId) ?? 0) + 1);
    expect([...proAuftrag.values()].every((n) => n === 1)).toBe(true);

    // when: they run again, now, and (after the reminder mails went out) much later without news
    const [n1, n2] = await Promise.all([p1.durchlauf(), p2.durchlauf()]);
    const smtp = await smtpServer();
    await leeren(worker(smtp.url(), 'worker-erinnerung'));
    expect(smtp.mails.filter((m) => m.betreff.endsWith(auftrag.spnId))).toHaveLength(1);
    uhr.vorstellen({ tage: 3 * TAGE });
    const spaeter = await p1.durchlauf();
    // then: no second reminder (neither the reminder nor its delivery is news)
    expect(n1.gesendet + n2.gesendet + spaeter.gesendet).toBe(0);
    expect(await erinnerungen(auftrag.id)).toHaveLength(1);
  });

  it('erinnert nach einer Neuigkeit erst wieder nach N Tagen ohne Neuigkeit, und nie in Status, in denen das nicht vorgesehen ist', async () => {
    // given: an order reminded once after N days without news, which the shop answers by a Vorgangsinfo
    const p = new ErinnerungsPlaner({ ds: server().ds, logger, clock: uhr, nachTagen: TAGE });
    const auftrag = await neuerAuftrag('M-ER 2027');
    uhr.vorstellen({ tage: TAGE });
    await p.durchlauf();
    expect(await erinnerungen(auftrag.id)).toHaveLength(1);
    uhr.vorstellen({ tage: 2 });
    const antwort = await server().gql(
      'mutation($i: VorgangsinfoInput!) { vorgangsinfoMelden(input: $i) { fehler { code } } }',
      { i: { spnId: auftrag.spnId, reparaturstatus: 'WARTET_AUF_TEILE' } },
      { token: await werkstatt() },
    );
    expect(antwort.body.data.vorgangsinfoMelden.fehler).toEqual([]);
    const stand = uhr.now();
    // when/then: not before N days after the news
    uhr.setzen(new Date(stand.getTime() + TAGE * 86_400_000 - 60_000));
    await p.durchlauf();
    expect(await erinnerungen(auftrag.id)).toHaveLength(1);
    uhr.setzen(new Date(stand.getTime() + TAGE * 86_400_000));
    await p.durchlauf();
    const liste = await erinnerungen(auftrag.id);
    expect(liste).toHaveLength(2);
    expect(liste[0].erledigtAm).not.toBeNull();
    // and never for orders waiting on the network or finished: KV in review (4), cancelled (8), finished (13)
    const ohne = await server().ds.getRepository(AuftragEntity).find({ where: { spnId: In([spn(4), spn(8), spn(13)]) } });
    const automatisch = await server().ds.getRepository(EreignisEntity).find({ where: { auftragId: In(ohne.map((a) => a.id)), art: EreignisArt.ERINNERUNG_GESENDET, akteur: 'SPN-System' } });
    expect(automatisch).toEqual([]);
    expect(ohne.map((a) => a.status).sort()).toEqual(['ABGESCHLOSSEN', 'KV_IN_PRUEFUNG', 'STORNIERT']);
  });
});
