/**
 * Money is integer cents everywhere in code and storage (domain.md, Money). Conversion to and from the
 * API's Decimal strings ("1234.50") happens only at the GraphQL edge, through these functions.
 */
export type Cent = number;

/** Largest amount accepted anywhere: 10 million euros (fits a 32-bit INTEGER column). */
export const MAX_CENT = 1_000_000_000;

const DECIMAL = /^(-)?(\d{1,10})(?:\.(\d{1,2}))?$/;

/** Parses "1234.5" / "1234.50" / "1234" into cents; null when it is not such a string. */
export function parseDecimal(text: string): Cent | null {
  const m = DECIMAL.exec(text.trim());
  if (!m) return null;
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  const value = m[1] ? -cents : cents;
  return Math.abs(value) > MAX_CENT ? null : value;
}

/** Formats cents as the API's Decimal string with exactly two decimals: 123450 → "1234.50". */
export function formatDecimal(cents: Cent): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not an integer amount of cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** amount × basis points / 10000, rounded half up to the cent (exact integer arithmetic). */
export function prozentVon(cents: Cent, basispunkte: number): Cent {
  const product = cents * basispunkte; // < 2^53 for every amount below MAX_CENT and ≤ 100 %
  const sign = product < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(product) + 5000) / 10000);
}

/** VAT rule of domain.md: 19 % of net ± 1 cent, or exactly 0. */
export function mwstPlausibel(nettoCent: Cent, mwstCent: Cent): boolean {
  if (mwstCent === 0) return true;
  return Math.abs(prozentVon(nettoCent, 1900) - mwstCent) <= 1;
}

/** Percent as basis points: "5.00" ↔ 500. */
export function prozentAusDecimal(text: string): number | null {
  return parseDecimal(text);
}
