import { EntityManager } from 'typeorm';
import { Rolle } from '../common/enums';
import { IdempotenzAnfrage, fingerabdruck, idempotenzMerken, idempotenzPruefen, istEindeutigkeitsVerletzung } from '../db/idempotenz.service';
import { inTransaktion } from '../db/transaktion';
import { Akteur, Vorgang } from '../modules/auftrag/auftrag-lifecycle.service';
import { RequestContext, aufruferId } from './context';
import { FachlicherFehler, Fehler } from './fehler';

/**
 * The frame of every mutation use case: ONE transaction in which the idempotency key is checked,
 * the domain operation runs and the key is remembered. A FachlicherFehler rolls everything back and
 * becomes `fehler`; an operation may also commit and still report `fehler` (a recorded unmatched
 * submission). `probelauf` (nurPruefen) runs everything and rolls back.
 */
export interface Ergebnis<T> {
  wert: T | null;
  fehler: Fehler[];
}

export interface AnwendungsfallOptionen<T> {
  /** Mutation name: scopes the idempotency key together with the caller. */
  mutation: string;
  /** The input as received (its content is the fingerprint; `idempotencyKey` is the key). */
  input: object & { idempotencyKey?: string | null };
  /** Turns a result into what is remembered for the key, and back. */
  merken?: (e: Ergebnis<T>) => string;
  laden?: (m: EntityManager, gemerkt: string) => Promise<Ergebnis<T>>;
  /** Check everything, store nothing. */
  probelauf?: boolean;
}

class Probelauf<T> extends Error {
  constructor(readonly ergebnis: Ergebnis<T>) {
    super('Probelauf: wird zurückgerollt');
  }
}

/** The name under which the history records what a vendor's API key did. */
export function vendorAkteurName(schluesselName: string): string {
  return `${schluesselName} (Kalkulationssystem)`;
}

/** Who the history names: the person with their shop, the network, or the calculation system. */
export async function akteurVon(ctx: RequestContext): Promise<Akteur> {
  const a = ctx.aufrufer!;
  if (a.art === 'API_SCHLUESSEL') return { name: vendorAkteurName(a.name), rolle: Rolle.KALKULATION };
  if (a.rolle === Rolle.INTERN) return { name: `${a.name} (SPN-Netzwerk)`, rolle: Rolle.INTERN };
  const werkstatt = a.werkstattId ? await ctx.loaders.werkstatt.load(a.werkstattId) : undefined;
  return { name: werkstatt ? `${a.name} (${werkstatt.name})` : a.name, rolle: Rolle.WERKSTATT };
}

/**
 * Runs a use case exactly once: a repeated key returns the remembered result; a concurrent first use
 * loses on the key's primary key (or fails on the winner's changes), is rolled back and retried, and
 * then finds the winner's result.
 * The same holds for any unique key a use case checks before inserting (e.g. `rechnungsnummer` per
 * shop): two concurrent submissions both pass the check, one loses on the index, and its retry sees the
 * winner's row and answers with the business failure instead of an unexpected error.
 */
export async function anwendungsfall<T>(ctx: RequestContext, o: AnwendungsfallOptionen<T>, fn: (v: Vorgang) => Promise<Ergebnis<T>>): Promise<Ergebnis<T>> {
  const idem: IdempotenzAnfrage = {
    schluessel: o.input.idempotencyKey && o.merken ? `${aufruferId(ctx.aufrufer!)}:${o.mutation}:${o.input.idempotencyKey}` : null,
    fingerabdruck: fingerabdruck(o.input as Record<string, unknown>),
  };
  const akteur = await akteurVon(ctx);
  for (let versuch = 1; ; versuch++) {
    try {
      return await inTransaktion(ctx.ds, async (m) => {
        const frueher = await idempotenzPruefen(m, idem);
        if (frueher && o.laden) return o.laden(m, frueher);
        const e = await fn({ m, jetzt: ctx.clock.now(), akteur });
        if (o.probelauf) throw new Probelauf(e);
        if (o.merken) await idempotenzMerken(m, idem, o.merken(e), ctx.clock.now());
        return e;
      });
    } catch (e) {
      if (e instanceof Probelauf) return e.ergebnis as Ergebnis<T>;
      if (e instanceof FachlicherFehler) {
        // A concurrent first use of the same key may have won while this one waited for the order's
        // lock and then saw the winner's changes (e.g. "KV Nr. 1 ist noch in Prüfung"): look once more
        // for the winner's remembered result before answering with the failure.
        if (idem.schluessel && versuch === 1) continue;
        return { wert: null, fehler: e.fehler };
      }
      if (versuch < 3 && istEindeutigkeitsVerletzung(e)) continue;
      throw e;
    }
  }
}

/** Throws the collected failures (rolling the use case back) when there are any. */
export function abbrechenBei(fehler: Fehler[]): void {
  if (fehler.length) throw new FachlicherFehler(fehler);
}
