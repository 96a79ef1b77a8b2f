import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Reads the rows of one entity without the query builder and its entity transformer (issue 6). */
export interface Leser<T> {
  /** `table alias` for a FROM clause. */
  tabelle: string;
  /** The quoted column of a property, qualified by the alias. */
  spalte(property: string): string;
  /** Every column, each as `alias.column AS <praefix>property` (a prefix keeps the columns of joined tables apart). */
  auswahl: string;
  /** Every column as one JSON object `{property: value}` (JSON_OBJECT is spelt alike in SQLite and MariaDB). */
  jsonObjekt: string;
  /** A row of `auswahl` as an entity, converted by the driver exactly as TypeORM hydrates it. */
  hydrieren(zeile: Record<string, unknown>): T;
  /** An object of `jsonObjekt` as an entity (instants come as text from JSON and are read as UTC first). */
  ausJson(objekt: Record<string, unknown>): T;
}

const leserCache = new WeakMap<DataSource, Map<string, Leser<ObjectLiteral>>>();

/**
 * The reader of an entity under an alias, built once per DataSource from the entity metadata (building
 * the SQL per request cost more than running it). Values go through the driver's `prepareHydratedValue`,
 * so rows equal what `find` returns.
 */
export function leser<T extends ObjectLiteral>(ds: EntityManager, entity: EntityTarget<T>, alias: string, praefix = ''): Leser<T> {
  const verbindung = ds.connection;
  const meta = verbindung.getMetadata(entity);
  let jeDs = leserCache.get(verbindung);
  if (!jeDs) leserCache.set(verbindung, (jeDs = new Map()));
  const schluessel = `${meta.tableName} ${alias} ${praefix}`;
  const vorhanden = jeDs.get(schluessel);
  if (vorhanden) return vorhanden as Leser<T>;
  const driver = verbindung.driver;
  const mysql = driver.options.type === 'mysql' || driver.options.type === 'mariadb';
  const spalten = meta.columns.filter((c) => !c.isVirtual);
  const q = (name: string) => driver.escape(name);
  // MariaDB writes DATETIME into JSON as 'YYYY-MM-DD hh:mm:ss.fff' (stored in UTC, see columns.ts); the
  // driver would read that text in the process's time zone, so it is turned into an instant here.
  const zeitAusJson = (c: (typeof spalten)[number]) => mysql && (c.type === 'datetime' || c.type === Date);
  const namen = spalten.map((c) => c.propertyName);
  const spaltenAlias = spalten.map((c) => praefix + c.propertyName);
  // Integers and text come from both drivers as they are stored; only other types need the driver's conversion.
  const wandler = spalten.map((c): ((wert: unknown) => unknown) =>
    !c.transformer && (c.type === 'int' || c.type === 'varchar' || c.type === 'text') ? (wert) => wert : (wert) => driver.prepareHydratedValue(wert, c),
  );
  const l: Leser<T> = {
    tabelle: `${q(meta.tableName)} ${q(alias)}`,
    spalte: (property) => `${q(alias)}.${q(meta.findColumnWithPropertyName(property)!.databaseName)}`,
    auswahl: spalten.map((c) => `${q(alias)}.${q(c.databaseName)} AS ${q(praefix + c.propertyName)}`).join(', '),
    jsonObjekt: `JSON_OBJECT(${spalten.map((c) => `'${c.propertyName}', ${q(alias)}.${q(c.databaseName)}`).join(', ')})`,
    hydrieren: (zeile) => {
      const e = meta.create() as Record<string, unknown>;
      for (let i = 0; i < spalten.length; i++) e[namen[i]] = wandler[i](zeile[spaltenAlias[i]]);
      return e as T;
    },
    ausJson: (objekt) => {
      const e = meta.create() as Record<string, unknown>;
      for (let i = 0; i < spalten.length; i++) {
        const wert = objekt[namen[i]];
        e[namen[i]] = wandler[i](typeof wert === 'string' && zeitAusJson(spalten[i]) ? new Date(`${wert.replace(' ', 'T')}Z`) : wert);
      }
      return e as T;
    },
  };
  jeDs.set(schluessel, l as unknown as Leser<ObjectLiteral>);
  return l;
}

