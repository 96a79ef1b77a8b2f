import 'reflect-metadata';
import { GraphQLSchema, parse } from 'graphql';
import { schemaBauen } from '../../server/src/graphql/schema';
import { GRENZEN, anfrageKosten, kostenPruefen } from '../../server/src/graphql/grenzen';

/**
 * The cost estimate is kept per document and cost variables (issue 6). These tests make sure the kept
 * value is never the answer for a request whose variables change the cost.
 */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await schemaBauen();
});

const LISTE = parse(`
  query Liste($first: Int, $spnId: String, $mitKvs: Boolean!) {
    auftraege(first: $first, filter: { suche: $spnId }) {
      nodes { id kvs @include(if: $mitKvs) { id laufendeNummer } }
    }
  }
`);

describe('Kostenschätzung mit Zwischenspeicher', () => {
  it('rechnet für jede Seitengröße und jeden @include-Wert neu, nicht aus dem Speicher des vorigen Werts', () => {
    const klein = anfrageKosten(schema, LISTE, { first: 1, mitKvs: true });
    const gross = anfrageKosten(schema, LISTE, { first: 100, mitKvs: true });
    const ohneKvs = anfrageKosten(schema, LISTE, { first: 100, mitKvs: false });
    expect(gross).toBeGreaterThan(klein);
    expect(ohneKvs).toBeLessThan(gross);
    // the same values again give the same figures (from the cache), in any order
    expect(anfrageKosten(schema, LISTE, { first: 1, mitKvs: true })).toBe(klein);
    expect(anfrageKosten(schema, LISTE, { first: 100, mitKvs: false })).toBe(ohneKvs);
    expect(anfrageKosten(schema, LISTE, { first: 100, mitKvs: true })).toBe(gross);
  });

  it('gibt für Variablen, die die Kosten nicht ändern, dieselbe Zahl wie eine frische Schätzung', () => {
    const a = anfrageKosten(schema, LISTE, { first: 20, spnId: 'SPN-2024-000001', mitKvs: true });
    const b = anfrageKosten(schema, LISTE, { first: 20, spnId: 'SPN-2025-999999', mitKvs: true });
    const frisch = anfrageKosten(schema, parse(`
      query Liste($first: Int, $spnId: String, $mitKvs: Boolean!) {
        auftraege(first: $first, filter: { suche: $spnId }) {
          nodes { id kvs @include(if: $mitKvs) { id laufendeNummer } }
        }
      }
    `), { first: 20, spnId: 'SPN-2025-999999', mitKvs: true });
    expect(b).toBe(a);
    expect(b).toBe(frisch);
  });

  it('unterscheidet eine weggelassene Variable (ihr Standardwert gilt) von einer, die als null kommt', () => {
    // null prices the connection as one element; left out, the default of 100 applies
    const dokument = parse('query Q($n: Int = 100) { auftraege(first: $n) { nodes { verlauf(first: $n) { nodes { id } } } } }');
    const mitNull = anfrageKosten(schema, dokument, { n: null });
    const ohne = anfrageKosten(schema, dokument, {});
    expect(ohne).toBeGreaterThan(mitNull);
    expect(kostenPruefen(schema, dokument, { n: null })).toBeNull();
    expect(kostenPruefen(schema, dokument, {})?.extensions.code).toBe('KOSTEN_UEBERSCHRITTEN');
  });

  it('lehnt eine zu teure Anfrage auch dann ab, wenn dasselbe Dokument vorher billig war', () => {
    const tief = parse(`
      query T($a: Int, $b: Int, $c: Int) {
        auftraege(first: $a) { nodes { verlauf(first: $b) { nodes { id } } tickets { nachrichten { text } } } }
        werkstaetten(first: $c) { nodes { id } }
      }
    `);
    expect(kostenPruefen(schema, tief, { a: 1, b: 1, c: 1 })).toBeNull();
    const abgelehnt = kostenPruefen(schema, tief, { a: 100, b: 100, c: 100 }, undefined, 5_000);
    expect(abgelehnt?.extensions.code).toBe('KOSTEN_UEBERSCHRITTEN');
    expect(kostenPruefen(schema, tief, { a: 1, b: 1, c: 1 }, undefined, 5_000)).toBeNull();
    expect(GRENZEN.maxKosten).toBeGreaterThan(5_000);
  });
});
