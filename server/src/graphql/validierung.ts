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

export const MAX_FREITEXT = 2000;

/** Free text of a form: at most 2,000 characters, no control characters; empty counts as not given. */
export function freitext(bezeichnung: string, max = MAX_FREITEXT) {
  return z
    .string()
    .max(max * 2, { error: `${bezeichnung}: höchstens ${max} Zeichen.` })
    .refine((t) => [...t].length <= max, { error: `${bezeichnung}: höchstens ${max} Zeichen.` })
    .refine((t) => !STEUERZEICHEN.test(t), { error: `${bezeichnung} enthält unzulässige Steuerzeichen.` })
    .transform((t) => (t.trim() === '' ? null : t.trim()));
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

