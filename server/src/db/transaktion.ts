import { DataSource, EntityManager, FindOneOptions } from 'typeorm';

const warteschlangen = new WeakMap<DataSource, Promise<unknown>>();

/** What runs after the commit of the transaction an EntityManager belongs to (see `nachCommit`). */
const nachCommitListen = new WeakMap<EntityManager, (() => void)[]>();

/**
 * Registers `fn` to run once the transaction of `m` is committed; nothing runs on rollback. Outside
 * `inTransaktion` (autocommit) it runs right away. Used to publish events only for what is stored.
 */
export function nachCommit(m: EntityManager, fn: () => void): void {
  const liste = nachCommitListen.get(m);
  if (liste) liste.push(fn);
  else queueMicrotask(fn);
}

/** Runs `fn` in a transaction and, only after the commit, what it registered with `nachCommit`. */
async function mitNachCommit<T>(starten: (inner: (m: EntityManager) => Promise<T>) => Promise<T>, fn: (m: EntityManager) => Promise<T>): Promise<T> {
  let liste: (() => void)[] = [];
  const ergebnis = await starten(async (m) => {
    // A fresh list per attempt: a rolled-back attempt (deadlock retry) publishes nothing.
    liste = [];
    nachCommitListen.set(m, liste);
    try {
      return await fn(m);
    } finally {
      nachCommitListen.delete(m);
    }
  });
  for (const f of liste) {
    try {
      f();
    } catch {
      // a listener's failure must not turn a committed use case into an error
    }
  }
  return ergebnis;
}

/**
 * Runs `fn` in one database transaction: all of it is written or nothing. On SQLite the write
 * transactions of one DataSource run one after another, because TypeORM's better-sqlite3 driver hands
 * every caller the same connection (typeorm#11143: concurrent transactions would nest as savepoints
 * and one rollback could undo another's writes).
 */
export async function inTransaktion<T>(ds: DataSource, fn: (m: EntityManager) => Promise<T>): Promise<T> {
  if (ds.options.type !== 'better-sqlite3') {
    for (let versuch = 1; ; versuch++) {
      try {
        // READ COMMITTED: a transaction that waited for a row lock sees what the one before it committed.
        return await mitNachCommit((inner) => ds.transaction('READ COMMITTED', inner), fn);
      } catch (e) {
        // InnoDB resolves a deadlock by rolling one transaction back; it is safe to run it again.
        if (versuch < 3 && istDeadlock(e)) continue;
        throw e;
      }
    }
  }
  const vorher = warteschlangen.get(ds) ?? Promise.resolve();
  const lauf = vorher.then(() => mitNachCommit((inner) => ds.transaction(inner), fn));
  warteschlangen.set(
    ds,
    lauf.catch(() => undefined),
  );
  return lauf;
}

/** Row lock for the rest of the transaction (MySQL: SELECT … FOR UPDATE; SQLite serialises write transactions anyway). */
export function zeilensperre(m: EntityManager): FindOneOptions['lock'] {
  return m.connection.options.type === 'better-sqlite3' ? undefined : { mode: 'pessimistic_write' };
}

function istDeadlock(e: unknown): boolean {
  const err = e as { code?: string; driverError?: { code?: string } };
  const code = err?.driverError?.code ?? err?.code;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT';
}
