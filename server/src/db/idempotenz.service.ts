import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { FehlerCode } from '../common/enums';
import { FachlicherFehler } from '../graphql/fehler';
import { IdempotenzEntity } from './idempotenz.entity';

/** SHA-256 of the request content in a canonical form (sorted keys), without the key itself. */
export function fingerabdruck(inhalt: Record<string, unknown>): string {
  const kanonisch = (w: unknown): unknown =>
    w && typeof w === 'object' && !Array.isArray(w)
      ? Object.fromEntries(
          Object.keys(w)
            .filter((k) => k !== 'idempotencyKey')
            .sort()
            .map((k) => [k, kanonisch((w as Record<string, unknown>)[k] ?? null)]),
        )
      : w;
  return createHash('sha256').update(JSON.stringify(kanonisch(inhalt))).digest('hex');
}

export interface IdempotenzAnfrage {
  /** `<caller>:<mutation>:<key>`; null: no key given, no protection. */
  schluessel: string | null;
  fingerabdruck: string;
}

/**
 * Exactly once (inside the caller's transaction): a key already used with the same content answers
 * with the remembered result id; with other content IDEMPOTENZ_KONFLIKT. Null: first use, go ahead
 * and call `merken` with the result in the same transaction. A concurrent first use makes `merken`
 * fail on the primary key, which rolls the whole transaction back; the caller then retries and
 * finds the remembered result.
 */
export async function idempotenzPruefen(m: EntityManager, a: IdempotenzAnfrage): Promise<string | null> {
  if (!a.schluessel) return null;
  const frueher = await m.getRepository(IdempotenzEntity).findOneBy({ schluessel: a.schluessel });
  if (!frueher) return null;
  if (frueher.fingerabdruck !== a.fingerabdruck) {
    throw FachlicherFehler.von(
      FehlerCode.IDEMPOTENZ_KONFLIKT,
      'Dieser idempotencyKey wurde bereits für eine andere Meldung verwendet. Bitte für jede neue Meldung einen neuen Schlüssel verwenden.',
      ['input', 'idempotencyKey'],
    );
  }
  return frueher.ergebnis;
}

export async function idempotenzMerken(m: EntityManager, a: IdempotenzAnfrage, ergebnis: string, jetzt: Date): Promise<void> {
  if (!a.schluessel) return;
  await m.insert(IdempotenzEntity, { schluessel: a.schluessel, fingerabdruck: a.fingerabdruck, ergebnis, erstelltAm: jetzt });
}

/** True for a unique-key violation on SQLite or MySQL/MariaDB (a concurrent first use). */
export function istEindeutigkeitsVerletzung(e: unknown): boolean {
  const err = e as { code?: string; errno?: number; driverError?: { code?: string } };
  const code = err?.driverError?.code ?? err?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
