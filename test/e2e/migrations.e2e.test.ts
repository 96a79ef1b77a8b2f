import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { openDatabase } from '../../server/src/db/data-source';
import { demoDatenAnlegen } from '../../server/src/db/seed/demo-seed';
import { TestDatenbank, testDatenbank } from '../utils/db';

/** The migrations of the dialect under test create exactly the schema the entities describe. */
describe('Migrationen', () => {
  let db: TestDatenbank;
  let ds: DataSource;

  beforeAll(async () => {
    db = await testDatenbank();
    ds = await openDatabase(db.config);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('laufen beim Start und hinterlassen keine Abweichung zu den Entitäten', async () => {
    const ausstehend = await ds.driver.createSchemaBuilder().log();
    expect(ausstehend.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('laufen beim zweiten Start nicht noch einmal', async () => {
    expect(await ds.showMigrations()).toBe(false);
    await ds.destroy();
    ds = await openDatabase(db.config);
    const ausgefuehrt = await ds.query('SELECT COUNT(*) AS n FROM migrations');
    expect(Number(ausgefuehrt[0].n)).toBe(ds.migrations.length);
  });

  it('legen Demo-Daten genau einmal an', async () => {
    expect(await demoDatenAnlegen(ds, { bcryptCost: 4 })).toEqual({ neu: true });
    const zaehlen = async () => Promise.all(['auftrag', 'ereignis', 'benutzer', 'ticket', 'benachrichtigung'].map(async (t) => Number((await ds.query(`SELECT COUNT(*) AS n FROM ${t}`))[0].n)));
    const vorher = await zaehlen();
    expect(await demoDatenAnlegen(ds, { bcryptCost: 4 })).toEqual({ neu: false });
    expect(await zaehlen()).toEqual(vorher);
    expect(vorher[0]).toBeGreaterThanOrEqual(25);
  });

  it('löschen das Entscheidungsdatum einer RKÜ, die nur angefragt ist, und behalten das einer entschiedenen', async () => {
    // given: the demo data (two orders with the RKÜ in review, others decided) as written before the
    // fix, when putting an RKÜ into review also set rkueEntschiedenAm
    const rkue = async () =>
      (await ds.query('SELECT rkueStatus AS status, rkueEntschiedenAm AS am FROM auftrag')) as { status: string; am: unknown }[];
    expect((await rkue()).filter((a) => a.status === 'IN_PRUEFUNG').map((a) => a.am)).toEqual([null, null]);
    await ds.query("UPDATE auftrag SET rkueEntschiedenAm = vermitteltAm WHERE rkueStatus = 'IN_PRUEFUNG'");
    const entschiedenVorher = (await rkue()).filter((a) => a.status === 'ERTEILT' || a.status === 'ABGELEHNT');
    expect(entschiedenVorher.length).toBeGreaterThan(0);
    // when
    const migration = ds.migrations.find((m) => m.name?.startsWith('RkueOhneEntscheidung'))!;
    const qr = ds.createQueryRunner();
    try {
      await migration.up(qr);
    } finally {
      await qr.release();
    }
    // then
    const nachher = await rkue();
    expect(nachher.filter((a) => a.status === 'IN_PRUEFUNG' || a.status === 'NICHT_ANGEFRAGT').every((a) => a.am === null)).toBe(true);
    expect(nachher.filter((a) => a.status === 'ERTEILT' || a.status === 'ABGELEHNT')).toEqual(entschiedenVorher);
    expect(entschiedenVorher.every((a) => a.am !== null)).toBe(true);
  });
});
