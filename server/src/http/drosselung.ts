import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { sha256, SITZUNG_PRAEFIX } from '../modules/identity/token';

/** The throttles' settings (config: `SPN_DROSSEL_*`). Windows in seconds. */
export interface DrosselEinstellungen {
  /** Failed logins per account and window before the account is paused for the rest of the window. */
  anmeldungFehlversucheJeKonto: number;
  /** Login attempts (each alias counts) per client address and window. */
  anmeldungenJeAdresse: number;
  anmeldungFensterSekunden: number;
  /** Requests per API key and minute. */
  apiAnfragenJeMinute: number;
  /** Order lookups in a row that find nothing, per caller, before further lookups are refused for the window. */
  spnFehlgriffeInFolge: number;
  spnFensterSekunden: number;
  /** Reset mails per account and hour ("Passwort vergessen"); more requests are answered alike but send nothing. */
  resetMailsJeKontoUndStunde: number;
  /** "Passwort vergessen" requests per client address and hour. */
  resetAnfragenJeAdresseUndStunde: number;
}

export const STANDARD_DROSSELN: DrosselEinstellungen = {
  anmeldungFehlversucheJeKonto: 10,
  anmeldungenJeAdresse: 100,
  anmeldungFensterSekunden: 15 * 60,
  apiAnfragenJeMinute: 600,
  spnFehlgriffeInFolge: 30,
  spnFensterSekunden: 10 * 60,
  resetMailsJeKontoUndStunde: 3,
  resetAnfragenJeAdresseUndStunde: 20,
};

/** Seconds until a refused caller may try again (at least 1). */
function sekunden(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/** A refusal for a GraphQL field, with HTTP 429 and `Retry-After` for the whole answer. */
export function zuVieleAnfragen(meldung: string, nachSekunden: number): GraphQLError {
  return new GraphQLError(meldung, {
    extensions: { code: 'ZU_VIELE_ANFRAGEN', retryAfter: nachSekunden, http: { status: 429, headers: new Map([['retry-after', String(nachSekunden)]]) } },
  });
}

async function verbraucht(limiter: RateLimiterMemory, schluessel: string): Promise<RateLimiterRes | null> {
  const stand = await limiter.get(schluessel);
  return stand && stand.remainingPoints <= 0 ? stand : null;
}

/**
 * The throttles of one server process (rate-limiter-flexible, in memory: with several processes each
 * counts for itself, so the effective limits are that many times higher).
 */
export class Drosseln {
  private readonly anmeldungKonto: RateLimiterMemory;
  private readonly anmeldungAdresse: RateLimiterMemory;
  private readonly api: RateLimiterMemory;
  private readonly spn: RateLimiterMemory;
  private readonly resetKonto: RateLimiterMemory;
  private readonly resetAdresse: RateLimiterMemory;

  constructor(readonly einstellungen: DrosselEinstellungen = STANDARD_DROSSELN) {
    const e = einstellungen;
    this.anmeldungKonto = new RateLimiterMemory({ keyPrefix: 'konto', points: e.anmeldungFehlversucheJeKonto, duration: e.anmeldungFensterSekunden });
    this.anmeldungAdresse = new RateLimiterMemory({ keyPrefix: 'adresse', points: e.anmeldungenJeAdresse, duration: e.anmeldungFensterSekunden });
    this.api = new RateLimiterMemory({ keyPrefix: 'api', points: e.apiAnfragenJeMinute, duration: 60 });
    this.spn = new RateLimiterMemory({ keyPrefix: 'spn', points: e.spnFehlgriffeInFolge, duration: e.spnFensterSekunden });
    this.resetKonto = new RateLimiterMemory({ keyPrefix: 'reset-konto', points: e.resetMailsJeKontoUndStunde, duration: 3600 });
    this.resetAdresse = new RateLimiterMemory({ keyPrefix: 'reset-adresse', points: e.resetAnfragenJeAdresseUndStunde, duration: 3600 });
  }

  /** Whether a "Passwort vergessen" request from this address may go on (counts it). */
  resetAnfrageErlaubt(adresse: string): Promise<boolean> {
    return this.verbrauchen(this.resetAdresse, adresse);
  }

  /** Whether this account may get another reset mail this hour (counts it). */
  resetMailErlaubt(benutzerId: number): Promise<boolean> {
    return this.verbrauchen(this.resetKonto, String(benutzerId));
  }

  /** Whether the account is paused after too many failed password checks (login or password change). */
  async kontoPausiert(benutzername: string): Promise<number | null> {
    const konto = await verbraucht(this.anmeldungKonto, benutzername.trim().toLowerCase());
    return konto ? sekunden(konto) : null;
  }

  private async verbrauchen(limiter: RateLimiterMemory, schluessel: string): Promise<boolean> {
    try {
      await limiter.consume(schluessel);
      return true;
    } catch (e) {
      if (e instanceof RateLimiterRes) return false;
      throw e;
    }
  }

  /**
   * Before a login attempt: counts it for the client address and refuses while the address or the
   * account is over its limit. Every attempt counts, also each alias of a batched request.
   * Answers the seconds to wait, or null when the attempt may go ahead.
   */
  async anmeldungPruefen(benutzername: string, adresse: string): Promise<number | null> {
    try {
      await this.anmeldungAdresse.consume(adresse);
    } catch (e) {
      if (e instanceof RateLimiterRes) return sekunden(e);
      throw e;
    }
    return this.kontoPausiert(benutzername);
  }

  /** After a login attempt: a failure counts against the account, a success clears its count. */
  async anmeldungErgebnis(benutzername: string, erfolgreich: boolean): Promise<void> {
    const schluessel = benutzername.trim().toLowerCase();
    if (erfolgreich) await this.anmeldungKonto.delete(schluessel);
    else await this.verbrauchen(this.anmeldungKonto, schluessel);
  }

  /**
   * Express middleware before GraphQL: a request with an API key (any bearer token that is not a
   * session) spends one unit of the key's budget per minute; over it, 429 with `Retry-After`.
   * The key is counted by its hash, so unknown keys are throttled alike.
   */
  apiBudget() {
    return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      const header = req.headers.authorization;
      const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
      if (!token || token.startsWith(SITZUNG_PRAEFIX)) return next();
      try {
        await this.api.consume(sha256(token));
        next();
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) return next(e);
        const s = sekunden(e);
        res.status(429).setHeader('Retry-After', String(s));
        res.json({
          errors: [
            {
              message: `Zu viele Anfragen mit diesem API-Schlüssel (höchstens ${this.einstellungen.apiAnfragenJeMinute} je Minute). Bitte in ${s} s erneut versuchen.`,
              extensions: { code: 'ZU_VIELE_ANFRAGEN', retryAfter: s },
            },
          ],
        });
      }
    };
  }

  /**
   * Around an order lookup by SPN-ID: refuses while the caller has looked up too many unknown (or
   * foreign) SPN-IDs in a row; a hit clears the count. Slows down guessing other shops' SPN-IDs.
   */
  async spnSuche<T>(aufruferSchluessel: string, suche: () => Promise<T | null>): Promise<T | null> {
    const gesperrt = await verbraucht(this.spn, aufruferSchluessel);
    if (gesperrt) {
      const s = sekunden(gesperrt);
      throw zuVieleAnfragen(`Zu viele Aufrufe mit unbekannten SPN-IDs hintereinander. Bitte prüfen Sie die SPN-ID und versuchen Sie es in ${Math.ceil(s / 60)} Minuten erneut.`, s);
    }
    const treffer = await suche();
    if (treffer) await this.spn.delete(aufruferSchluessel);
    else await this.verbrauchen(this.spn, aufruferSchluessel);
    return treffer;
  }
}
