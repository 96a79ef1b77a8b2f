import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { EreignisArt } from '../../common/enums';
import type { Logger } from '../../logger';

/**
 * What travels between server processes when a history entry (Ereignis) was committed: only ids,
 * never content. Every subscriber reads the order and the entry again under its own caller's scope.
 */
export interface AuftragEreignisNachricht {
  auftragId: number;
  werkstattId: number;
  ereignisId: number;
  art: EreignisArt;
}

/**
 * The order events of one server: `melden` after a commit, `on('ereignis', …)` for the subscriptions.
 * In process by default; with Redis every process publishes to one channel and delivers what it
 * receives from there (also its own events), so subscribers on any process see every change.
 */
export interface EreignisBus {
  /** Local listeners (the subscriptions of this process): event `ereignis` with an AuftragEreignisNachricht. */
  readonly lokal: EventEmitter;
  melden(n: AuftragEreignisNachricht): void;
  schliessen(): Promise<void>;
}

export const EREIGNIS = 'ereignis';

function lokalerEmitter(): EventEmitter {
  const e = new EventEmitter();
  // one listener per open subscription
  e.setMaxListeners(0);
  return e;
}

/** Events stay in this process. */
export function inProzessBus(): EreignisBus {
  const lokal = lokalerEmitter();
  return {
    lokal,
    melden: (n) => {
      lokal.emit(EREIGNIS, n);
    },
    schliessen: async () => {
      lokal.removeAllListeners();
    },
  };
}

function istNachricht(x: unknown): x is AuftragEreignisNachricht {
  const n = x as AuftragEreignisNachricht;
  return !!n && Number.isInteger(n.auftragId) && Number.isInteger(n.werkstattId) && Number.isInteger(n.ereignisId) && Object.values(EreignisArt).includes(n.art);
}

/**
 * Events through Redis pub/sub (ioredis): one connection publishes, one subscribes to `kanal`. Resolves
 * when the subscription is active, so an event published after start is delivered; a Redis that does not
 * answer within `verbindenMs` stops the start with an error naming the URL (without its password).
 */
export async function redisBus(url: string, kanal: string, log: Logger, verbindenMs = 5000): Promise<EreignisBus> {
  const lokal = lokalerEmitter();
  const optionen = { lazyConnect: true, connectTimeout: verbindenMs, maxRetriesPerRequest: 3 };
  const pub = new Redis(url, { ...optionen, connectionName: 'spn-pub' });
  const sub = new Redis(url, { ...optionen, connectionName: 'spn-sub' });
  const ohnePasswort = url.replace(/\/\/([^:@/]*):[^@]*@/, '//$1:***@');
  for (const r of [pub, sub]) r.on('error', (e: Error) => log.warn({ err: e.message, redis: ohnePasswort }, 'Redis-Verbindung gestört'));
  try {
    await Promise.all([pub.connect(), sub.connect()]);
    await sub.subscribe(kanal);
  } catch (e) {
    pub.disconnect();
    sub.disconnect();
    throw new Error(`REDIS_URL ${ohnePasswort}: keine Verbindung (${e instanceof Error ? e.message : String(e)})`);
  }
  sub.on('message', (k: string, text: string) => {
    if (k !== kanal) return;
    let n: unknown;
    try {
      n = JSON.parse(text);
    } catch {
      n = null;
    }
    if (istNachricht(n)) lokal.emit(EREIGNIS, n);
    else log.warn({ kanal }, 'Unlesbare Nachricht auf dem Ereignis-Kanal verworfen');
  });
  return {
    lokal,
    melden: (n) => {
      pub.publish(kanal, JSON.stringify(n)).catch((e: unknown) => log.error({ err: e instanceof Error ? e.message : String(e) }, 'Ereignis nicht an Redis veröffentlicht'));
    },
    schliessen: async () => {
      lokal.removeAllListeners();
      await Promise.allSettled([sub.quit(), pub.quit()]);
    },
  };
}

const busse = new WeakMap<DataSource, Set<EreignisBus>>();

/** Connects a server's bus to the committed history entries of a DataSource; returns the disconnect. */
export function busAnmelden(ds: DataSource, bus: EreignisBus): () => void {
  const set = busse.get(ds) ?? new Set();
  busse.set(ds, set);
  set.add(bus);
  return () => set.delete(bus);
}

/** Hands a committed history entry to the buses of the DataSource (none: nobody listens, e.g. the CLI). */
export function ereignisMelden(ds: DataSource, n: AuftragEreignisNachricht): void {
  for (const bus of busse.get(ds) ?? []) bus.melden(n);
}
