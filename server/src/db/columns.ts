import { ColumnOptions } from 'typeorm';

/**
 * Column shapes that mean the same on SQLite and MariaDB. Instants keep milliseconds (cursor order of
 * the history and of the vendors' feed depends on them) and are stored in UTC.
 */
export const zeitpunkt = (extra: Partial<ColumnOptions> = {}): ColumnOptions => ({ type: 'datetime', precision: 3, ...extra });
/** A calendar date `YYYY-MM-DD`. */
export const datum = (extra: Partial<ColumnOptions> = {}): ColumnOptions => ({ type: 'date', ...extra });
/** Money in integer cents. */
export const cent = (extra: Partial<ColumnOptions> = {}): ColumnOptions => ({ type: 'int', ...extra });
/** A closed vocabulary stored as its name (portable: no native ENUM). */
export const enumSpalte = (length = 40, extra: Partial<ColumnOptions> = {}): ColumnOptions => ({ type: 'varchar', length, ...extra });
/** Bounded free text (2,000 characters by the input rules, room for multi-byte characters). */
export const freitext = (extra: Partial<ColumnOptions> = {}): ColumnOptions => ({ type: 'text', ...extra });
