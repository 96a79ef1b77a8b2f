import { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { Aufrufer, sichtbareWerkstaetten } from '../../graphql/context';

/**
 * The tenant scope, applied in one place (architecture rule 6): restricts a query by the column that names
 * the shop (`a.werkstattId`, `w.id`) to the shops the caller may see. Shops see their own, vendors their linked
 * shops, staff everything. Whatever is outside answers exactly like something that does not exist.
 */
export function mandantFiltern<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, aufrufer: Aufrufer, werkstattSpalte: string): SelectQueryBuilder<T> {
  const sichtbar = sichtbareWerkstaetten(aufrufer);
  if (sichtbar === 'ALLE') return qb;
  if (sichtbar.length === 0) return qb.andWhere('1 = 0');
  return qb.andWhere(`${werkstattSpalte} IN (:...mandantWerkstaetten)`, { mandantWerkstaetten: sichtbar });
}
