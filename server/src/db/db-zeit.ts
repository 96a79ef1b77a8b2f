import { DataSource } from 'typeorm';

/**
 * A Date as the driver compares it in a hand-written WHERE: SQLite stores instants as
 * `YYYY-MM-DD HH:MM:SS.SSS` UTC text (TypeORM converts only entity values, not query parameters).
 */
export function dbZeit(ds: DataSource, d: Date): Date | string {
  return ds.options.type === 'better-sqlite3' ? d.toISOString().replace('T', ' ').replace('Z', '') : d;
}
