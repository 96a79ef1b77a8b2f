import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import mysql from 'mysql2/promise';
import { DatabaseConfig, parseDatabaseUrl, projektVerzeichnis } from '../config/config';
import { openDatabase } from '../db/data-source';
import { leerPruefen, scaleDatenAnlegen } from '../db/seed/scale-seed';

/**
 * `npm run seed:scale -- --orders 200000 [--seed 42] [--shops N] [--database-url URL] [--manifest FILE]`
 *
 * Migrates the database named by `--database-url` (default: DATABASE_URL, like the server) and fills it
 * with synthetic orders (see `scaleDatenAnlegen`). The database must hold no orders yet; a MariaDB
 * database that does not exist is created. `--manifest` writes the chosen example orders as JSON.
 */

/** Bytes on disk per order with its children and indexes (measured at 200 k: SQLite and InnoDB ≈ 2 KB), with headroom for logs. */
const BYTES_JE_AUFTRAG = { sqlite: 4_000, mysql: 6_000 } as const;
const RESERVE_BYTES = 1_000_000_000;

const HILFE = `Aufruf: npm run seed:scale -- --orders <Anzahl> [--seed 42] [--shops <Anzahl>] [--database-url <URL>] [--manifest <Datei>]
  --orders        Anzahl der Aufträge (z. B. 200000; bis 1000000)
  --seed          Startwert des Zufallsgenerators (Standard 42): gleiche Argumente, gleiche Daten
  --shops         Anzahl der Werkstätten (Standard: Aufträge / 100, mindestens 20)
  --database-url  sqlite:<Pfad> oder mysql://user[:passwort]@host[:port]/datenbank (Standard: DATABASE_URL)
  --manifest      schreibt Beispiel-Aufträge (größte Werkstatt, Wale, leere, normale) als JSON in diese Datei`;

function freierPlatz(verzeichnis: string): number | null {
  try {
    const s = fs.statfsSync(verzeichnis);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

/** The folder whose file system receives the data: the SQLite file's folder or MariaDB's datadir. */
async function datenVerzeichnis(db: DatabaseConfig): Promise<string | null> {
  if (db.type === 'sqlite') return path.dirname(db.path);
  const conn = await mysql.createConnection({ host: db.host, port: db.port, user: db.user, password: db.password });
  try {
    await conn.query(`CREATE DATABASE IF NOT EXISTS \`${db.database.replace(/`/g, '')}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const [rows] = await conn.query<mysql.RowDataPacket[]>('SELECT @@datadir AS d');
    // A remote server's datadir is not ours to inspect.
    return ['127.0.0.1', 'localhost', '::1'].includes(db.host) ? String(rows[0].d) : null;
  } finally {
    await conn.end();
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(0)} MB`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      orders: { type: 'string' },
      seed: { type: 'string', default: '42' },
      shops: { type: 'string' },
      'database-url': { type: 'string' },
      manifest: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${HILFE}\n`);
    return 0;
  }
  const auftraege = Number(values.orders);
  const seed = Number(values.seed);
  const werkstaetten = values.shops === undefined ? undefined : Number(values.shops);
  if (!Number.isInteger(auftraege) || auftraege < 1 || auftraege > 10_000_000 || !Number.isInteger(seed) || (werkstaetten !== undefined && (!Number.isInteger(werkstaetten) || werkstaetten < 1))) {
    process.stderr.write(`${HILFE}\n`);
    return 2;
  }
  const db = parseDatabaseUrl(values['database-url'] ?? process.env.DATABASE_URL, projektVerzeichnis());
  if (db.type === 'sqlite' && db.path !== ':memory:') fs.mkdirSync(path.dirname(db.path), { recursive: true });

  const verzeichnis = await datenVerzeichnis(db);
  const bedarf = auftraege * BYTES_JE_AUFTRAG[db.type] + RESERVE_BYTES;
  const bedarfText = `${mb(bedarf)} (${auftraege} Aufträge, davon ${mb(RESERVE_BYTES)} Reserve)`;
  const frei = verzeichnis ? freierPlatz(verzeichnis) : null;
  if (frei === null) {
    process.stdout.write(`Freier Platz für ${verzeichnis ?? 'die Datenbank'} nicht prüfbar; geschätzter Bedarf ${bedarfText}.\n`);
  } else if (frei < bedarf) {
    process.stderr.write(`Zu wenig Platz in ${verzeichnis}: frei ${mb(frei)}, gebraucht etwa ${bedarfText}. Abbruch vor dem Schreiben.\n`);
    return 1;
  } else {
    process.stdout.write(`Platz geprüft: ${verzeichnis} hat ${mb(frei)} frei, gebraucht etwa ${bedarfText}.\n`);
  }

  const t0 = Date.now();
  const ds = await openDatabase(db);
  try {
    await leerPruefen(ds);
    process.stdout.write(`Erzeuge ${auftraege} Aufträge (Seed ${seed}) in ${db.type === 'sqlite' ? db.path : `${db.host}:${db.port}/${db.database}`} …\n`);
    let letzteAusgabe = 0;
    const ergebnis = await scaleDatenAnlegen(ds, {
      auftraege,
      seed,
      werkstaetten,
      fortschritt: (fertig, gesamt) => {
        const jetzt = Date.now();
        if (fertig === gesamt || jetzt - letzteAusgabe > 2_000) {
          letzteAusgabe = jetzt;
          const s = (jetzt - t0) / 1000;
          process.stdout.write(`  ${fertig.toLocaleString('de-DE')} / ${gesamt.toLocaleString('de-DE')} Aufträge (${((100 * fertig) / gesamt).toFixed(0)} %), ${s.toFixed(1)} s, ${Math.round(fertig / s)} Aufträge/s\n`);
        }
      },
    });
    const dauer = (Date.now() - t0) / 1000;
    const zeilen = Object.values(ergebnis.zeilen).reduce((a, b) => a + b, 0);
    process.stdout.write(
      `Fertig in ${dauer.toFixed(1)} s: ${ergebnis.auftraege} Aufträge, ${ergebnis.werkstaetten} Werkstätten, ${zeilen} Zeilen ` +
        `(${Object.entries(ergebnis.zeilen).map(([t, z]) => `${t} ${z}`).join(', ')}).\n` +
        `Größte Werkstatt: id ${ergebnis.beispiele.groessteWerkstattId} mit ${ergebnis.beispiele.groessteWerkstattAuftraege} Aufträgen ` +
        `(${((100 * ergebnis.beispiele.groessteWerkstattAuftraege) / ergebnis.auftraege).toFixed(1)} %). Wale: ${ergebnis.beispiele.wale.join(', ')}.\n`,
    );
    if (values.manifest) fs.writeFileSync(values.manifest, `${JSON.stringify({ ...ergebnis, seed, sekunden: dauer }, null, 2)}\n`);
    return 0;
  } finally {
    await ds.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`seed:scale fehlgeschlagen: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
