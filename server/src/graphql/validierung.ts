import { z } from 'zod';
import { FehlerCode } from '../common/enums';
import { Fehler } from './fehler';

/**
 * Input validation with zod (the GraphQL types already checked shape and scalars): each problem
 * becomes a `fehler` entry VALIDIERUNG with the field path, e.g. ["input", "termin"].
 */
export type Validiert<T> = { ok: true; wert: T } | { ok: false; fehler: Fehler[] };

export function validieren<T>(schema: z.ZodType<T>, input: unknown): Validiert<T> {
  const r = schema.safeParse(input);
  if (r.success) return { ok: true, wert: r.data };
  return { ok: false, fehler: r.error.issues.map((i) => Fehler.von(FehlerCode.VALIDIERUNG, i.message, ['input', ...i.path.map(String)])) };
}

/** C0/C1 control characters except tab and line breaks. */
const STEUERZEICHEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** A UTF-16 surrogate without its partner: not a character, stored differently by each database. */
const EINZELNES_SURROGAT = /[\uD800-\uDFFF]/u;

/** Line breaks, tabs and the invisible direction overrides that let a name pose as another one. */
const NICHT_EINZEILIG = /[\t\n\r\u2028\u2029\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;

export const MAX_FREITEXT = 2000;

/** Free text of a form: at most 2,000 characters, no control characters; empty counts as not given. */
export function freitext(bezeichnung: string, max = MAX_FREITEXT) {
  return z
    .string()
    // A cheap length check first (at most two UTF-16 units per character); abort, so the character count
    // after it does not report the same problem again and nothing scans a huge text.
    .max(max * 2, { error: `${bezeichnung}: höchstens ${max} Zeichen.`, abort: true })
    .refine((t) => [...t].length <= max, { error: `${bezeichnung}: höchstens ${max} Zeichen.` })
    .refine((t) => !STEUERZEICHEN.test(t), { error: `${bezeichnung} enthält unzulässige Steuerzeichen.` })
    .refine((t) => !EINZELNES_SURROGAT.test(t), { error: `${bezeichnung} enthält ein ungültiges Zeichen (beschädigter Text?).` })
    .transform((t) => (t.trim() === '' ? null : t.trim()));
}

/**
 * A name or other single-line text (user, shop, place, API key, customer): like `freitext`, and no
 * line breaks, tabs or invisible direction overrides, so a name cannot smuggle lines into a mail or
 * pose as another name in a list.
 */
export function einzeiligerText(bezeichnung: string, max: number) {
  return z
    .string()
    .refine((t) => !NICHT_EINZEILIG.test(t), { error: `${bezeichnung}: bitte in einer Zeile, ohne Zeilenumbrüche und unsichtbare Steuerzeichen.` })
    .pipe(freitext(bezeichnung, max));
}

/** Required single-line text. */
export function einzeiligePflicht(bezeichnung: string, max: number) {
  return einzeiligerText(bezeichnung, max).refine((t) => t !== null, { error: `${bezeichnung} fehlt.` }).transform((t) => t as string);
}

/** Required free text: like `freitext`, but must not be empty. */
export function pflichttext(bezeichnung: string, max = MAX_FREITEXT) {
  return freitext(bezeichnung, max).refine((t) => t !== null, { error: `${bezeichnung} fehlt.` }).transform((t) => t as string);
}

/** An idempotency key: 1–100 visible characters. */
export const idempotenzSchluessel = z
  .string()
  .min(1, { error: 'idempotencyKey darf nicht leer sein.' })
  .max(100, { error: 'idempotencyKey: höchstens 100 Zeichen.' })
  .regex(/^[\x21-\x7E]+$/, { error: 'idempotencyKey: nur sichtbare ASCII-Zeichen ohne Leerzeichen.' })
  .nullish();

/** A required reference typed by a person (SPN-ID, ticket number): one message per problem, reported with the input's other problems. */
function kennung(bezeichnung: string, fehlt: string) {
  return z
    .string()
    .max(40, { error: `${bezeichnung}: höchstens 40 Zeichen.`, abort: true })
    .refine((t) => t.trim() !== '', { error: fehlt });
}

/** The SPN-ID of a form or a submission (the lookup tolerates case and a missing "SPN-"). */
export const spnIdFeld = kennung('SPN-ID', 'Bitte geben Sie die SPN-ID an.');

/** The ticket number of a message or an answer. */
export const ticketNummerFeld = kennung('Ticketnummer', 'Bitte geben Sie die Ticketnummer an.');
