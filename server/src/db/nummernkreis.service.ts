import { EntityManager } from 'typeorm';
import { formatiereNummer } from '../common/ids';
import { NummernkreisEntity } from './nummernkreis.entity';
import { zeilensperre } from './transaktion';

/**
 * Draws the next number of a per-year counter inside the caller's transaction: `SPN-2026-000042`.
 * The counter row is locked (MySQL) or the transaction is serialised (SQLite), so concurrent callers
 * get distinct, increasing numbers; a rolled-back transaction gives its number back.
 */
export async function naechsteNummer(m: EntityManager, praefix: 'SPN' | 'SSP', jahr: number): Promise<string> {
  const repo = m.getRepository(NummernkreisEntity);
  // Create the year's row if missing; a concurrent creator makes this a no-op.
  await repo.createQueryBuilder().insert().values({ praefix, jahr, letzteNummer: 0 }).orIgnore().execute();
  const zeile = await repo.findOneOrFail({ where: { praefix, jahr }, lock: zeilensperre(m) });
  const naechste = zeile.letzteNummer + 1;
  await repo.update({ praefix, jahr }, { letzteNummer: naechste });
  return formatiereNummer(praefix, jahr, naechste);
}
