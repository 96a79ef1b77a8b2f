import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger, QueryRunner } from 'typeorm';

/**
 * Counts the SQL statements sent on behalf of one request (authentication, transactions and loaders
 * included) by hooking TypeORM's logger, which every driver calls for every statement.
 */
export interface SqlMessung {
  anzahl: number;
  statements: string[];
}

const aktuelleMessung = new AsyncLocalStorage<SqlMessung>();

/** Runs `fn` while counting every SQL statement it causes. */
export function mitSqlZaehlung<T>(fn: () => T): { messung: SqlMessung; ergebnis: T } {
  const messung: SqlMessung = { anzahl: 0, statements: [] };
  const ergebnis = aktuelleMessung.run(messung, fn);
  return { messung, ergebnis };
}

/** Runs `fn` outside any request's measurement (work a request starts but does not wait for). */
export function ohneSqlZaehlung<T>(fn: () => T): T {
  return aktuelleMessung.exit(fn);
}

/** The measurement of the request this code runs for, if any. */
export function aktuelleSqlMessung(): SqlMessung | undefined {
  return aktuelleMessung.getStore();
}

export class ZaehlenderSqlLogger implements Logger {
  constructor(private readonly ausgeben: boolean) {}

  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const messung = aktuelleMessung.getStore();
    if (messung) {
      messung.anzahl += 1;
      if (messung.statements.length < 500) messung.statements.push(query);
    }
    if (this.ausgeben) process.stdout.write(`[sql] ${query}${parameters?.length ? ` -- ${parameters.length} Parameter` : ''}\n`);
  }
  logQueryError(error: string | Error, query: string): void {
    if (this.ausgeben) process.stderr.write(`[sql-fehler] ${query}: ${String(error)}\n`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (this.ausgeben) process.stdout.write(`[migration] ${message}\n`);
  }
  log(): void {}
}
