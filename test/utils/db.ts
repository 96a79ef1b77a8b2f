import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DatabaseConfig, parseDatabaseUrl } from '../../server/src/config/config';

/** Which database the e2e tests run on: `TEST_DB=sqlite` (default) or `TEST_DB=mariadb`. */
export type TestDbArt = 'sqlite' | 'mariadb';

/** Server (and an existing database to log in to) on which the per-file MariaDB databases are created. */
export const STANDARD_MARIADB_URL = 'mysql://root@127.0.0.1:3306/test';

/** Prefix of every database the tests create; `scripts/test.mjs` removes leftovers older than a few hours. */
export const TEST_DB_PRAEFIX = 'spn_test_';

export function testDbArt(env: NodeJS.ProcessEnv = process.env): TestDbArt {
  const wert = (env.TEST_DB ?? 'sqlite').trim().toLowerCase();
  if (wert === 'sqlite') return 'sqlite';
  if (wert === 'mariadb' || wert === 'mysql') return 'mariadb';
  throw new Error(`TEST_DB=${env.TEST_DB}: erwartet "sqlite" oder "mariadb"`);
}

export function mariaDbUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.TEST_MARIADB_URL?.trim() || STANDARD_MARIADB_URL;
}

export interface TestDatenbank {
  art: TestDbArt;
  /** DATABASE_URL for `loadConfig` (`sqlite:/tmp/…` or `mysql://…/spn_test_…`). */
  url: string;
  /** The same database as `loadConfig` would parse it. */
  config: DatabaseConfig;
  /** Deletes the database (file or MariaDB schema). Idempotent. Close every connection first. */
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a temporary SQLite file, or with `TEST_DB=mariadb` a new
 * database `spn_test_<zeit>_<zufall>` (utf8mb4) on the server of `TEST_MARIADB_URL`. The schema is
 * created by the server's migrations (`openDatabase`), not here.
 */
export async function testDatenbank(art: TestDbArt = testDbArt()): Promise<TestDatenbank> {
  return art === 'mariadb' ? mariaDbDatenbank() : sqliteDatenbank();
}

function sqliteDatenbank(): TestDatenbank {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spn-test-'));
  const datei = path.join(dir, 'spn.sqlite');
  const url = `sqlite:${datei}`;
  return {
    art: 'sqlite',
    url,
    config: parseDatabaseUrl(url, dir),
    // The folder also holds the -wal and -shm files.
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** A unique, sortable name: the creation time lets leftovers of crashed runs be recognised as stale. */
function datenbankName(): string {
  return `${TEST_DB_PRAEFIX}${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

async function serverVerbindung(basis: Extract<DatabaseConfig, { type: 'mysql' }>): Promise<mysql.Connection> {
  try {
    return await mysql.createConnection({
      host: basis.host,
      port: basis.port,
      user: basis.user,
      password: basis.password,
      connectTimeout: 5000,
    });
  } catch (e) {
    throw new Error(
      `MariaDB für TEST_DB=mariadb nicht erreichbar (${basis.user}@${basis.host}:${basis.port}, TEST_MARIADB_URL): ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

async function mariaDbDatenbank(): Promise<TestDatenbank> {
  const basis = parseDatabaseUrl(mariaDbUrl(), process.cwd());
  if (basis.type !== 'mysql') throw new Error(`TEST_MARIADB_URL muss mit mysql:// beginnen, ist aber ${mariaDbUrl()}`);
  const name = datenbankName();
  const verbindung = await serverVerbindung(basis);
  try {
    await verbindung.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await verbindung.end();
  }
  const config: DatabaseConfig = { ...basis, database: name };
  const auth = encodeURIComponent(basis.user) + (basis.password ? `:${encodeURIComponent(basis.password)}` : '');
  let geloescht = false;
  return {
    art: 'mariadb',
    url: `mysql://${auth}@${basis.host}:${basis.port}/${name}`,
    config,
    drop: async () => {
      if (geloescht) return;
      const v = await serverVerbindung(basis);
      try {
        await v.query(`DROP DATABASE IF EXISTS \`${name}\``);
        geloescht = true;
      } finally {
        await v.end();
      }
    },
  };
}

/** `describe` that runs only on MariaDB (e.g. charset or locking behaviour); skipped on SQLite. */
export const describeNurMariaDb: jest.Describe = testDbArt() === 'mariadb' ? describe : describe.skip;

/** `describe` that runs only on SQLite; skipped on MariaDB. */
export const describeNurSqlite: jest.Describe = testDbArt() === 'sqlite' ? describe : describe.skip;
