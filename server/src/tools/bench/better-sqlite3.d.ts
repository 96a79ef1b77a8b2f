/** The part of better-sqlite3's API the benchmark baseline uses (the package ships no types; @types is not installed). */
declare module 'better-sqlite3' {
  namespace Database {
    interface Statement {
      all(...params: unknown[]): unknown[];
    }
  }
  class Database {
    constructor(filename: string, options?: { readonly?: boolean });
    pragma(source: string): unknown;
    prepare(sql: string): Database.Statement;
    close(): void;
  }
  export = Database;
}
