/** Time helpers: instants are UTC `Date`s, calendar dates are `YYYY-MM-DD` strings in Europe/Berlin. */

export type LocalDate = string;

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in ISO form (no 2026-02-30). */
export function istLocalDate(text: string): boolean {
  const m = LOCAL_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** A calendar date as German text for messages: 2026-12-03 → 03.12.2026. */
export function datumText(d: LocalDate): string {
  const [j, m, t] = d.split('-');
  return `${t}.${m}.${j}`;
}

const BERLIN_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date of an instant in Europe/Berlin ("today" of the domain rules). */
export function berlinDatum(instant: Date): LocalDate {
  return BERLIN_DATE.format(instant);
}

export function addTage(datum: Date, tage: number): Date {
  return new Date(datum.getTime() + tage * 86_400_000);
}
