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
  /**
   * How far V8 lets the heap grow beyond what survived the last full collection, in per cent (V8's
   * `--heap-growing-percent`; 0: V8's own heuristics, which let it grow up to fourfold). Caps the peak
   * memory of the process under load at a small cost in CPU for collection (issue 6, BENCHMARKS.md).
   */
  heapWachstumProzent: number;
  /** Login throttling, API-key budget and SPN-ID enumeration brake (http/drosselung.ts). */
  drosseln: DrosselEinstellungen;
  /**
   * Express `trust proxy`: behind a TLS-terminating reverse proxy, how many proxy hops to trust for
   * the client address (X-Forwarded-For) and the protocol (X-Forwarded-Proto, for the cookie's `Secure`).
   * 0: the portal is reached directly (the socket's address and protocol count).
   */
  vertrauteProxys: number;
  /** System e-mails: SMTP delivery of the outbox (null: no delivery, mails stay in the outbox). */
  smtp: SmtpConfig | null;
  /** Poll interval of the outbox worker in milliseconds. */
  outboxIntervallMs: number;
  /** Automatic reminders after this many days without news (0: off). */
  erinnerungNachTagen: number;
  /** How often the reminder scheduler looks for orders without news, in milliseconds. */
  erinnerungIntervallMs: number;
  /** Base URL of the portal as users reach it: the links in account e-mails point there (no trailing slash). */
  basisUrl: string;
  /** Redis for the order events between server processes (null: events stay in this process). */
  redisUrl: string | null;
  /** Redis pub/sub channel of the order events; processes of one installation share it. */
  redisKanal: string;
}

export interface SmtpConfig {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465` (TLS). Contains the password: never log it. */
  url: string;
  /** From address of the system e-mails. */
  absender: string;
  /** Host and port only, for log lines. */
  ziel: string;
}

/** From address when SMTP_ABSENDER is not set. */
export const STANDARD_ABSENDER = 'SPN Service Partner Netzwerk <noreply@spn-portal.example>';

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
  SPN_HEAP_WACHSTUM_PROZENT: z.coerce.number({ message: 'muss eine Zahl sein (Prozent, 0: Standard von V8)' }).int().min(0).max(400).default(150),
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
  SPN_VERTRAUTE_PROXYS: z.coerce.number({ message: 'muss eine Zahl sein (Anzahl der Proxys vor dem Portal, 0: keiner)' }).int().min(0).max(10).default(0),
  SPN_SPN_FEHLGRIFFE: z.coerce.number({ message: 'muss eine Zahl sein' }).int().min(1).default(STANDARD_DROSSELN.spnFehlgriffeInFolge),
  SMTP_URL: z.string().trim().optional(),
  SMTP_ABSENDER: z
    .string()
    .trim()
    .max(254)
    .refine((a) => a === '' || /^(?:[^<>@\r\n]*<[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+)$/.test(a), {
      message: 'erwartet eine E-Mail-Adresse, z. B. noreply@spn-netzwerk.de oder "SPN Netzwerk <noreply@spn-netzwerk.de>"',
    })
    .optional(),
  SPN_OUTBOX_INTERVALL_MS: z.coerce
    .number({ message: 'muss eine Zahl (Millisekunden) sein' })
    .int({ message: 'muss eine ganze Zahl (Millisekunden) sein' })
    .min(100, { message: 'mindestens 100 (Millisekunden)' })
    .max(3_600_000, { message: 'höchstens 3600000 (eine Stunde)' })
    .default(5000),
  SPN_ERINNERUNG_NACH_TAGEN: z.coerce
    .number({ message: 'muss eine Zahl (Tage) sein' })
    .int({ message: 'muss eine ganze Zahl (Tage) sein' })
    .min(0, { message: '0 (aus) oder eine Zahl von Tagen' })
    .max(365, { message: 'höchstens 365 (Tage)' })
    .default(0),
  SPN_ERINNERUNG_INTERVALL_MS: z.coerce
    .number({ message: 'muss eine Zahl (Millisekunden) sein' })
    .int({ message: 'muss eine ganze Zahl (Millisekunden) sein' })
    .min(1000, { message: 'mindestens 1000 (Millisekunden)' })
    .max(86_400_000, { message: 'höchstens 86400000 (ein Tag)' })
    .default(900_000),
  SPN_BASIS_URL: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, { message: 'erwartet eine http(s)-Adresse ohne Query, z. B. https://portal.spn-netz.de' })
    .optional(),
});

/**
 * Parses SMTP_URL (`smtp://user:pass@host:587` or `smtps://user:pass@host:465`). The messages never
 * repeat the URL: it carries the password.
 */
export function parseSmtpUrl(url: string | undefined, absender: string | undefined): SmtpConfig | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ConfigError('SMTP_URL ist keine gültige URL: erwartet smtp://benutzer:passwort@host:587 oder smtps://benutzer:passwort@host:465');
  }
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') throw new ConfigError('SMTP_URL muss mit "smtp://" oder "smtps://" beginnen, z. B. smtp://benutzer:passwort@mail.example.de:587');
  if (!u.hostname) throw new ConfigError('SMTP_URL: der Host fehlt (smtp://benutzer:passwort@host:587)');
  if (u.password && !u.username) throw new ConfigError('SMTP_URL: ein Passwort ohne Benutzer (smtp://benutzer:passwort@host:587)');
  const port = u.port || (u.protocol === 'smtps:' ? '465' : '587');
  return { url, absender: absender || STANDARD_ABSENDER, ziel: `${u.hostname}:${port}` };
}

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
    heapWachstumProzent: e.SPN_HEAP_WACHSTUM_PROZENT,
    vertrauteProxys: e.SPN_VERTRAUTE_PROXYS,
    drosseln: {
      ...STANDARD_DROSSELN,
      anmeldungFehlversucheJeKonto: e.SPN_ANMELDUNG_FEHLVERSUCHE,
      anmeldungenJeAdresse: e.SPN_ANMELDUNGEN_JE_ADRESSE,
      apiAnfragenJeMinute: e.SPN_API_ANFRAGEN_JE_MINUTE,
      spnFehlgriffeInFolge: e.SPN_SPN_FEHLGRIFFE,
    },
    smtp: parseSmtpUrl(e.SMTP_URL || undefined, e.SMTP_ABSENDER || undefined),
    outboxIntervallMs: e.SPN_OUTBOX_INTERVALL_MS,
    erinnerungNachTagen: e.SPN_ERINNERUNG_NACH_TAGEN,
    erinnerungIntervallMs: e.SPN_ERINNERUNG_INTERVALL_MS,
    basisUrl: (e.SPN_BASIS_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    redisUrl: e.REDIS_URL ?? null,
    redisKanal: e.SPN_REDIS_KANAL,
  };
}
