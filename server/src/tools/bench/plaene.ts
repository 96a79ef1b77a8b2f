/**
 * Issue 6: "every query plan uses an index". The criterion, shared by the invariants test
 * (`test/e2e/bench-invarianten.e2e.test.ts`, small generated data, both dialects) and `npm run bench`
 * (MariaDB at the measured size): a plan row that reads a whole table or a whole index of a table
 * that grows with the data is a full scan.
 */

/** Tables whose full scan would grow with the data (the master tables werkstatt/versicherer are tiny and exempt). */
export const GESCHUETZT = new Set(['auftrag', 'kostenvoranschlag', 'freigabe', 'rechnung', 'storno', 'erinnerung', 'ticket', 'ticket_nachricht', 'eingang', 'benachrichtigung', 'ereignis']);

/** Alias → table, from `FROM x y` / `JOIN x y` in a statement (TypeORM aliases every table). */
export function aliase(sql: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const t of sql.matchAll(/(?:FROM|JOIN)\s+[`"]?(\w+)[`"]?(?:\s+(?:AS\s+)?[`"]?(\w+)[`"]?)?/gi)) {
    m.set(t[1], t[1]);
    if (t[2] && !/^(WHERE|ON|INNER|LEFT|ORDER|GROUP|LIMIT)$/i.test(t[2])) m.set(t[2], t[1]);
  }
  return m;
}

/** Full scans of protected tables in a MariaDB `EXPLAIN` of `sql`, as readable lines ("ALL" reads every row, "index" every index entry). */
export function vollScansMariaDb(plan: { table: string | null; type: string | null }[], sql: string): string[] {
  const tabellen = aliase(sql);
  return plan.filter((z) => (z.type === 'ALL' || z.type === 'index') && GESCHUETZT.has(tabellen.get(z.table ?? '') ?? '')).map((z) => `${z.table} (${tabellen.get(z.table ?? '')}): ${z.type}`);
}

/** Full scans of protected tables in a SQLite `EXPLAIN QUERY PLAN` of `sql`: "SCAN t" reads every row of t, "SCAN t USING [COVERING] INDEX i" every entry of an index; "SEARCH" uses the index. */
export function vollScansSqlite(plan: { detail: string }[], sql: string): string[] {
  const tabellen = aliase(sql);
  return plan.filter((z) => /^SCAN /.test(z.detail) && GESCHUETZT.has(tabellen.get(z.detail.split(' ')[1]) ?? '')).map((z) => z.detail);
}
