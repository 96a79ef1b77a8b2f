import { EntityManager } from 'typeorm';
import { formatiereNummer } from '../common/ids';
import { istEindeutigkeitsVerletzung } from './idempotenz.service';
import { NummernkreisEntity } from './nummernkreis.entity';

/**
 * Draws the next number of a per-year counter inside the caller's transaction: `SPN-2026-000042`.
 * The UPDATE takes the counter row's write lock at once (no shared lock first, so concurrent callers
 * queue instead of deadlocking); a rolled-back transaction gives its number back. The year's first
 * number creates the row; a concurrent creator makes that INSERT fail, and the UPDATE then wins.
 */
export async function naechsteNummer(m: EntityManager, praefix: 'SPN' | 'SSP', jahr: number): Promise<string> {
  return formatiereNummer(praefix, jahr, await zaehlerErhoehen(m, praefix, jahr));
}

/** Increments a counter row (created at 1) inside the caller's transaction; the row stays locked until commit. */
export async function zaehlerErhoehen(m: EntityManager, praefix: string, jahr: number): Promise<number> {
  const repo = m.getRepository(NummernkreisEntity);
  for (let versuch = 0; versuch < 2; versuch++) {
    const r = await repo
      .createQueryBuilder()
      .update()
      .set({ letzteNummer: () => 'letzteNummer + 1' })
      .where('praefix = :praefix AND jahr = :jahr', { praefix, jahr })
      .execute();
    if (r.affected) {
      const zeile = await repo.findOneByOrFail({ praefix, jahr });
      return zeile.letzteNummer;
    }
    try {
      await m.query('SAVEPOINT nummernkreis_neu');
      await repo.insert({ praefix, jahr, letzteNummer: 1 });
      await m.query('RELEASE SAVEPOINT nummernkreis_neu');
      return 1;
    } catch (e) {
      if (!istEindeutigkeitsVerletzung(e)) throw e;
      await m.query('ROLLBACK TO SAVEPOINT nummernkreis_neu');
    }
  }
  throw new Error(`Nummernkreis ${praefix}/${jahr} konnte nicht fortgeschrieben werden`);
}
