import { DataSource } from 'typeorm';
import { Kalkulationssystem, Rolle } from '../common/enums';
import { Clock } from '../common/zeit';
import { Config } from '../config/config';
import type { Drosseln } from '../http/drosselung';
import type { EreignisBus } from '../modules/auftrag/ereignis-bus';
import { Loaders } from './loaders';

/** A logged-in person (shop employee or staff), from a session token or cookie. */
export interface BenutzerAufrufer {
  art: 'BENUTZER';
  rolle: Rolle.WERKSTATT | Rolle.INTERN;
  benutzerId: number;
  sitzungId: number;
  benutzername: string;
  name: string;
  werkstattId: number | null;
  istAdmin: boolean;
  email: string | null;
  letzteAnmeldung: Date | null;
}

/** A calculation-system vendor, from an API key. */
export interface ApiSchluesselAufrufer {
  art: 'API_SCHLUESSEL';
  rolle: Rolle.KALKULATION;
  apiSchluesselId: number;
  name: string;
  kalkulationssystem: Kalkulationssystem;
  werkstattIds: number[];
}

export type Aufrufer = BenutzerAufrufer | ApiSchluesselAufrufer;

/** What the HTTP layer lets a resolver do with the response (the session cookie). */
export interface SitzungsCookie {
  setzen(token: string, ablaufAm: Date): void;
  loeschen(): void;
}

/**
 * The request context every service takes first (architecture rule 2): the caller and its tenant
 * scope, the database, the per-request loaders, the clock and the instant of the answer.
 */
export interface RequestContext {
  aufrufer: Aufrufer | null;
  /** The bearer token or cookie value the caller presented (to end the session on `abmelden`). */
  token: string | null;
  ds: DataSource;
  config: Config;
  clock: Clock;
  /** The instant this answer describes ("Stand"). */
  stand: Date;
  loaders: Loaders;
  cookie: SitzungsCookie;
  /** The process's throttles (login, API keys, SPN-ID lookups). */
  drosseln: Drosseln;
  /** The client's address as the HTTP server saw it (for login throttling). */
  clientAdresse: string;
  /**
   * Runs work after the answer, outside the request's transaction and SQL count (e.g. the mail of
   * `passwortVergessen`, so the answer does not tell whether an account exists). The server waits
   * for it on shutdown; failures are logged.
   */
  hintergrund(aufgabe: () => Promise<void>): void;
  /** The server's order events (subscriptions listen here). */
  ereignisse: EreignisBus;
}

/** The shops whose orders the caller may see: all (staff), one (shop) or the vendor's linked shops. */
export function sichtbareWerkstaetten(aufrufer: Aufrufer): 'ALLE' | number[] {
  if (aufrufer.rolle === Rolle.INTERN) return 'ALLE';
  if (aufrufer.art === 'API_SCHLUESSEL') return aufrufer.werkstattIds;
  return aufrufer.werkstattId === null ? [] : [aufrufer.werkstattId];
}

export function istVendor(aufrufer: Aufrufer | null): boolean {
  return aufrufer?.art === 'API_SCHLUESSEL';
}

/** A stable key of the caller: scopes idempotency keys and per-caller counters (throttles). */
export function aufruferId(a: Aufrufer): string {
  return a.art === 'BENUTZER' ? `b${a.benutzerId}` : `k${a.apiSchluesselId}`;
}
