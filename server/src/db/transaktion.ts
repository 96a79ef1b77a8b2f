import { DataSource, EntityManager, FindOneOptions } from 'typeorm';

const warteschlangen = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `fn` in one database transaction: all of it is written or nothing. On SQLite the write
 * transactions of one DataSource run one after another, because TypeORM's better-sqlite3 driver hands
 * every caller the same connection (typeorm#11143: concurrent transactions would nest as savepoints
 * and one rollback could undo another's writes).
 */
export async function inTransaktion<T>(ds: DataSource, fn: (m: EntityManager) => Promise<T>): Promise<T> {
  // READ COMMITTED: a transaction that waited for a row lock sees what the one before it committed.
  if (ds.options.type !== 'better-sqlite3') return ds.transaction('READ COMMITTED', fn);
  const vorher = warteschlangen.get(ds) ?? Promise.resolve();
  const lauf = vorher.then(() => ds.transaction(fn));
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
