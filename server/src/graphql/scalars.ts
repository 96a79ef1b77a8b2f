import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { formatDecimal, parseDecimal } from '../common/money';
import { istLocalDate } from '../common/zeit';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function parseDecimalInput(value: unknown): number {
  if (typeof value !== 'string') throw badInput('Ein Betrag (Decimal) wird als Zeichenkette mit Punkt und höchstens zwei Nachkommastellen erwartet, z. B. "1234.50".');
  const cents = parseDecimal(value);
  if (cents === null) {
    const hinweis = value.includes(',') ? ' Bitte einen Punkt statt eines Kommas verwenden.' : '';
    throw badInput(`„${value.slice(0, 40)}“ ist kein gültiger Betrag: erwartet z. B. "1234.50" mit höchstens zwei Nachkommastellen und höchstens 10.000.000 €.${hinweis}`);
  }
  return cents;
}

/**
 * `Decimal`: an exact amount in euros as a string with two decimals ("1234.50"). Inside the server the
 * value is integer cents; this scalar is the only place that converts (architecture rule 8).
 */
export const DecimalScalar = new GraphQLScalarType<number, string>({
  name: 'Decimal',
  description: 'Exakter Betrag in Euro als Zeichenkette mit zwei Nachkommastellen, z. B. "1234.50" (intern in Cent).',
  serialize: (value) => formatDecimal(value as number),
  parseValue: parseDecimalInput,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('Ein Betrag (Decimal) wird als Zeichenkette erwartet, z. B. "1234.50".');
    return parseDecimalInput(ast.value);
  },
});

function parseLocalDateInput(value: unknown): string {
  if (typeof value !== 'string' || !istLocalDate(value)) {
    throw badInput(`„${String(value).slice(0, 40)}“ ist kein gültiges Datum: erwartet JJJJ-MM-TT, z. B. "2026-12-03".`);
  }
  return value;
}

/** `LocalDate`: a calendar date `YYYY-MM-DD` ("today" means today in Europe/Berlin). */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'Kalenderdatum im Format JJJJ-MM-TT, z. B. "2026-12-03" („heute“ bezieht sich auf Europe/Berlin).',
  serialize: (value) => value as string,
  parseValue: parseLocalDateInput,
  parseLiteral: (ast) => parseLocalDateInput(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Marker classes so type-graphql fields can name the scalars: `@Field(() => Decimal)`. */
export const Decimal = DecimalScalar;
export const LocalDate = LocalDateScalar;
