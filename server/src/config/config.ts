import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { STANDARD_DROSSELN, type DrosselEinstellungen } from '../http/drosselung';

/** The one typed configuration object. Only `loadConfig` reads the environment. */
export interface Config {
  port: number;
  database: DatabaseConfig;
  /** Demo data and demo accounts (default: on for SQLite, off for MySQL). */
  demo: boolean;
  /** bcrypt cost factor for passwords. */
  bcryptCost: number;
  /** Lifetime of a login session in hours. */
  sitzungStunden: number;
  /** Serve the built browser client from this folder (null: API only). */
  clientDir: string | null;
  /** Log every SQL statement (debugging). */
  sqlLog: boolean;
  /** Answer every request with the header `X-SQL-Statements` (tests and benchmarks). */
  sqlZaehlen: boolean;
  /** Schema introspection and field suggestions in error messages (default: only in demo mode). */
  introspektion: boolean;
  /** Deadline of one HTTP request in milliseconds; a request still running then gets a 503. */
  anfrageFristMs: number;
  /** Login throttling, API-key budget and SPN-ID enumeration brake (http/drosselung.ts). */
  drosseln: DrosselEinstellungen;
  /** Redis for the order events between server processes (null: events stay in this process). */
  redisUrl: string | null;
  /** Redis pub/sub channel of the order events; processes of one installation share it. */
  redisKanal: string;
}

export type DatabaseConfig =
  | { type: 'sqlite'; path: string }
  | { type: 'mysql'; host: string; port: number; user: string; password: string; database: string };

export class ConfigError extends Error {}

/** The repository root (the folder with package.json), from source and from the build output alike. */
export function projektVerzeichnis(start = __dirname): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

const bool = z
  .enum(['1', '0', 'true', 'false'], { message: 'erwartet 1, 0, true oder false' })
  .transform((v) => v === '1' || v === 'true');

const schema = z.object({
  PORT: z.coerce.number({ message: 'muss eine Zahl sein' }).int().min(0).max(65535).default(4000),
  DATABASE_URL: z.string().trim().min(1).optional(),
  SPN_DEMO: bool.optional(),
  SPN_BCRYPT_COST: z.coerce.number().int().min(4).max(15).default(11),
  SPN_SITZUNG_STUNDEN: z.coerce.number().int().min(1).max(24 * 30).default(12),
  SPN_SQL_LOG: bool.default(false),
  SPN_SQL_ZAEHLEN: bool.default(false),
  SPN_INTROSPEKTION: bool.optional(),
  SPN_ANFRAGE_FRIST_MS: z.coerce.number({ message: 'muss eine Zahl sein' }).int().min(100).max(600_000).default(15_000),
  SPN_ANMELDUNG_FEHLVERSUCHE: z.coerce.number({ message: 'muss eine Zahl sein' }).int().min(1).default(STANDARD_DROSSELN.anmeldungFehlversucheJeKonto),
  SPN_ANMELDUNGEN_JE_ADRESSE: z.coerce.number({ message: 'muss eine Zahl sein' }).int().min(1).default(STANDARD_DROSSELN.anmeldungenJeAdresse),
  SPN_API_ANFRAGEN_JE_MINUTE: z.coerce.number({ message: 'muss eine Zahl sein' }).int().min(1).default(STANDARD_DROSSELN.apiAnfragenJeMinute),
  REDIS_URL: z
    .string()
    .trim()
    .regex(/^rediss?:\/\/./, { message: 'erwartet redis://[benutzer:passwort@]host[:port][/db] oder rediss://…' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SPN_REDIS_KANAL: z.string().trim().min(1).max(200).default('spn:auftrag-ereignisse'),
  SPN_SPN_FEHLGRIFFE: z.coerce.number({ message: 'muss eine Zahl sein' }).int().min(1).default(STANDARD_DROSSELN.spnFehlgriffeInFolge),
});

/** Parses `sqlite:<path>` or `mysql://user[:password]@host[:port]/database`. */
export function parseDatabaseUrl(url: string | undefined, rootDir: string): DatabaseConfig {
  if (!url) return { type: 'sqlite', path: path.join(rootDir, 'data', 'spn.sqlite') };
  if (url.startsWith('sqlite:')) {
    const p = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!p) throw new ConfigError('DATABASE_URL: nach "sqlite:" fehlt der Dateipfad, z. B. sqlite:data/spn.sqlite');
    return { type: 'sqlite', path: p === ':memory:' ? p : path.resolve(rootDir, p) };
  }
  if (url.startsWith('mysql://') || url.startsWith('mariadb://')) {
    let u: URL;
    try {
      u = new URL(url.replace(/^mariadb:/, 'mysql:'));
    } catch {
      throw new ConfigError('DATABASE_URL ist keine gültige URL: erwartet mysql://benutzer:passwort@host:3306/datenbank');
    }
    const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
    if (!u.hostname) throw new ConfigError('DATABASE_URL: der Host fehlt (mysql://benutzer@host:3306/datenbank)');
    if (!u.username) throw new ConfigError('DATABASE_URL: der Benutzer fehlt (mysql://benutzer@host:3306/datenbank)');
    if (!database || database.includes('/')) throw new ConfigError('DATABASE_URL: der Datenbankname fehlt (mysql://benutzer@host:3306/datenbank)');
    return {
      type: 'mysql',
      host: u.hostname,
      port: u.port ? Number(u.port) : 3306,
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
      database,
    };
  }
  throw new ConfigError('DATABASE_URL muss mit "sqlite:" oder "mysql://" beginnen');
}

/**
 * Reads and validates the environment. Throws ConfigError with a message naming the variable and
 * what is expected; never echoes a password.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, rootDir = projektVerzeichnis()): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Ungültige Konfiguration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const database = parseDatabaseUrl(e.DATABASE_URL, rootDir);
  const demo = e.SPN_DEMO ?? database.type === 'sqlite';
  return {
    port: e.PORT,
    database,
    demo,
    bcryptCost: e.SPN_BCRYPT_COST,
    sitzungStunden: e.SPN_SITZUNG_STUNDEN,
    clientDir: path.join(rootDir, 'client', 'dist'),
    sqlLog: e.SPN_SQL_LOG,
    sqlZaehlen: e.SPN_SQL_ZAEHLEN,
    introspektion: e.SPN_INTROSPEKTION ?? demo,
    anfrageFristMs: e.SPN_ANFRAGE_FRIST_MS,
    drosseln: {
      ...STANDARD_DROSSELN,
      anmeldungFehlversucheJeKonto: e.SPN_ANMELDUNG_FEHLVERSUCHE,
      anmeldungenJeAdresse: e.SPN_ANMELDUNGEN_JE_ADRESSE,
      apiAnfragenJeMinute: e.SPN_API_ANFRAGEN_JE_MINUTE,
      spnFehlgriffeInFolge: e.SPN_SPN_FEHLGRIFFE,
    },
    redisUrl: e.REDIS_URL ?? null,
    redisKanal: e.SPN_REDIS_KANAL,
  };
}
