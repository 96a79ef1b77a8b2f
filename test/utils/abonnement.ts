import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** Waits (polling) until `bedingung` holds; fails naming `was` when it does not within `ms`. Asserts no duration. */
export async function warteBis(bedingung: () => boolean, was: string, ms = 15_000): Promise<void> {
  const bis = Date.now() + ms;
  while (!bedingung()) {
    if (Date.now() > bis) throw new Error(`Gewartet, aber nicht eingetreten: ${was}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface WsAnmeldung {
  /** Session token or API key, sent as `connectionParams.authorization: "Bearer …"`. */
  token?: string;
  /** Raw `Cookie` header of the upgrade request (the browser's way). */
  cookie?: string;
  /** `Origin` header of the upgrade request. */
  origin?: string;
}

/** One subscription: what arrived so far, and whether it ended. */
export interface Abo<T> {
  werte: T[];
  fehler: unknown[];
  beendet: boolean;
  /** Resolves when `anzahl` values have arrived in total (fails after a timeout). */
  bis(anzahl: number): Promise<T[]>;
  abbestellen(): void;
}

export interface WsVerbindung {
  client: Client;
  abonnieren<T = any>(query: string, variables?: Record<string, unknown>): Abo<T>;
  /** Close event of the socket (code, reason), once closed. */
  geschlossen: { code: number; reason: string } | null;
  /** Resolves once the server acknowledged the connection (connection_ack), rejects when it closed it. */
  verbunden: Promise<void>;
  schliessen(): Promise<void>;
}

/** A graphql-ws client (package `graphql-ws` over `ws`) on the server's /graphql, as a vendor or browser would connect. */
export function wsVerbinden(baseUrl: string, anmeldung: WsAnmeldung = {}): WsVerbindung {
  const url = `${baseUrl.replace(/^http/, 'ws')}/graphql`;
  const headers: Record<string, string> = {};
  if (anmeldung.cookie) headers.cookie = anmeldung.cookie;
  if (anmeldung.origin) headers.origin = anmeldung.origin;
  class MitHeadern extends WebSocket {
    constructor(adresse: string | URL, protokolle?: string | string[]) {
      super(adresse, protokolle, { headers });
    }
  }
  let verbundenAufloesen!: () => void;
  let verbundenAblehnen!: (e: Error) => void;
  const verbunden = new Promise<void>((res, rej) => {
    verbundenAufloesen = res;
    verbundenAblehnen = rej;
  });
  // Not every test awaits it; a refused connection is still reported through `geschlossen`.
  verbunden.catch(() => undefined);
  const v: WsVerbindung = {
    client: undefined as unknown as Client,
    geschlossen: null,
    verbunden,
    abonnieren<T>(query: string, variables?: Record<string, unknown>): Abo<T> {
      const abo: Abo<T> = {
        werte: [],
        fehler: [],
        beendet: false,
        bis: async (anzahl) => {
          await warteBis(() => abo.werte.length >= anzahl || abo.beendet || abo.fehler.length > 0, `${anzahl} Ereignisse für ${query.trim().slice(0, 80)}`);
          if (abo.werte.length < anzahl) throw new Error(`Abonnement endete nach ${abo.werte.length} von ${anzahl} Ereignissen: ${JSON.stringify(abo.fehler)}`);
          return abo.werte;
        },
        abbestellen: () => undefined,
      };
      abo.abbestellen = v.client.subscribe<T>(
        { query, variables },
        {
          next: (r) => {
            if (r.errors?.length) abo.fehler.push(...r.errors);
            else abo.werte.push(r.data as T);
          },
          error: (e) => {
            abo.fehler.push(e);
          },
          complete: () => {
            abo.beendet = true;
          },
        },
      );
      return abo;
    },
    schliessen: async () => {
      await v.client.dispose();
    },
  };
  v.client = createClient({
    url,
    webSocketImpl: MitHeadern,
    lazy: false,
    retryAttempts: 0,
    connectionParams: anmeldung.token ? { authorization: `Bearer ${anmeldung.token}` } : undefined,
    on: {
      connected: () => verbundenAufloesen(),
      closed: (e) => {
        const ev = e as { code: number; reason: string };
        v.geschlossen = { code: ev.code, reason: String(ev.reason) };
        verbundenAblehnen(new Error(`WebSocket geschlossen: ${ev.code} ${ev.reason}`));
      },
    },
    // a refused connection must not be retried or thrown at the test process
    onNonLazyError: () => undefined,
  });
  return v;
}
