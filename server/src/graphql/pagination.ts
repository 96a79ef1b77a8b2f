import { GraphQLError } from 'graphql';
import { ClassType, Field, Int, ObjectType } from 'type-graphql';

/** Relay-style page information. */
@ObjectType({ description: 'Angaben zum Blättern in einer Liste.' })
export class PageInfo {
  @Field({ description: 'Ob nach dieser Seite weitere Einträge folgen.' }) hasNextPage: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor des letzten Eintrags dieser Seite; als `after` für die nächste Seite.' }) endCursor: string | null;
}

export interface Seite<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  /** A number, or a promise that is started only when the query asks for `totalCount`. */
  totalCount: number | Promise<number>;
}

/** Builds `<Name>Edge` and the fields of `<Name>Connection` for a node type (subclass it with `@ObjectType`). */
export function Connection<T extends object>(node: ClassType<T>, name: string, beschreibung: string) {
  @ObjectType(`${name}Edge`, { description: `Ein Eintrag einer Liste von ${beschreibung} mit seinem Cursor.` })
  class Edge {
    @Field({ description: 'Cursor dieses Eintrags.' }) cursor: string;
    @Field(() => node, { description: 'Der Eintrag.' }) node: T;
  }
  @ObjectType()
  abstract class Conn {
    @Field(() => [Edge], { description: 'Die Einträge mit ihren Cursorn.' }) edges: Edge[];
    @Field(() => [node], { description: 'Die Einträge ohne Cursor.' }) nodes: T[];
    @Field(() => PageInfo, { description: 'Angaben zum Blättern.' }) pageInfo: PageInfo;
    @Field(() => Int, { description: 'Gesamtzahl der Einträge über alle Seiten (mit den gesetzten Filtern).' }) totalCount: number;
  }
  return Conn;
}

/**
 * Builds a page from the rows to show; `hatMehr` says whether more follow (fetch `first + 1` to know).
 * `totalCount` may be a function: it then runs only if the query selects `totalCount`, at most once.
 */
export function seiteBauen<R, T>(sichtbar: R[], hatMehr: boolean, totalCount: number | (() => Promise<number>), cursorVon: (r: R) => string, nodeVon: (r: R) => T): Seite<T> {
  const edges = sichtbar.map((r) => ({ cursor: cursorVon(r), node: nodeVon(r) }));
  const seite = {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: Object.assign(new PageInfo(), { hasNextPage: hatMehr, endCursor: edges.at(-1)?.cursor ?? null }),
  };
  if (typeof totalCount === 'number') return { ...seite, totalCount };
  let zaehlung: Promise<number> | undefined;
  return Object.defineProperty(seite, 'totalCount', { enumerable: true, get: () => (zaehlung ??= totalCount()) }) as Seite<T>;
}

/** Opaque keyset cursor: base64url of a JSON array of the sort values. */
export function cursorKodieren(werte: (string | number)[]): string {
  return Buffer.from(JSON.stringify(werte), 'utf8').toString('base64url');
}

export function cursorDekodieren(cursor: string, pruefen: (werte: unknown[]) => boolean): unknown[] {
  try {
    if (cursor.length > 200) throw new Error('zu lang');
    const werte: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(werte) && pruefen(werte)) return werte;
  } catch {
    // fall through
  }
  throw new GraphQLError('Ungültiger Cursor für `after`: bitte den `endCursor` einer vorherigen Seite verwenden.', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

export const MAX_FIRST = 100;

/** `first` must be 1…100. */
export function firstPruefen(first: number | null | undefined): number {
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > MAX_FIRST) {
    throw new GraphQLError(`\`first\` muss zwischen 1 und ${MAX_FIRST} liegen.`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return first;
}
