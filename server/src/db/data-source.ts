import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DataSource, DataSourceOptions } from 'typeorm';
import { DatabaseConfig } from '../config/config';
import { ENTITIES } from './entities';
import { MYSQL_MIGRATIONS } from './migrations/mysql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';
import { ZaehlenderSqlLogger } from './sql-zaehler';

/** DataSource options for SQLite (WAL, busy timeout) or MySQL/MariaDB (utf8mb4, UTC). No `synchronize`. */
export function dataSourceOptions(db: DatabaseConfig, opts: { sqlLog?: boolean; mariaDb?: boolean } = {}): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    synchronize: false,
    migrationsRun: false,
    logger: new ZaehlenderSqlLogger(opts.sqlLog ?? false),
  };
  if (db.type === 'sqlite') {
    return {
      ...common,
      type: 'better-sqlite3',
      database: db.path,
      migrations: SQLITE_MIGRATIONS,
      prepareDatabase: (raw: { pragma(s: string): unknown }) => {
        raw.pragma('journal_mode = WAL');
        raw.pragma('busy_timeout = 5000');
        raw.pragma('foreign_keys = ON');
        raw.pragma('synchronous = NORMAL');
      },
    };
  }
  return {
    ...common,
    // TypeORM reads MariaDB's information_schema differently (e.g. COLUMN_DEFAULT 'NULL'): tell it which one it is.
    type: opts.mariaDb ? 'mariadb' : 'mysql',
    host: db.host,
    port: db.port,
    username: db.user,
    password: db.password,
    database: db.database,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: ['DATE'],
    supportBigNumbers: true,
    bigNumberStrings: false,
    migrations: MYSQL_MIGRATIONS,
    // trace: mysql2 would capture a stack trace for every query (a few per cent of an overview's CPU, issue 6);
    // errors keep their message and SQL code, and callers never see them anyway (fehler-maskierung.ts).
    extra: { connectionLimit: 10, trace: false },
  };
}

/** Asks a MySQL-protocol server whether it is MariaDB. */
export async function istMariaDb(db: Extract<DatabaseConfig, { type: 'mysql' }>): Promise<boolean> {
  const conn = await mysql.createConnection({ host: db.host, port: db.port, user: db.user, password: db.password, database: db.database });
  try {
    const [rows] = await conn.query<mysql.RowDataPacket[]>('SELECT VERSION() AS v');
    return /mariadb/i.test(String(rows[0]?.v));
  } finally {
    await conn.end();
  }
}

/** Creates and initialises the DataSource and brings the schema up to date with the dialect's migrations. */
export async function openDatabase(db: DatabaseConfig, opts: { sqlLog?: boolean } = {}): Promise<DataSource> {
  if (db.type === 'sqlite' && db.path !== ':memory:') fs.mkdirSync(path.dirname(db.path), { recursive: true });
  const mariaDb = db.type === 'mysql' && (await istMariaDb(db));
  const ds = new DataSource(dataSourceOptions(db, { ...opts, mariaDb }));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  return ds;
}
