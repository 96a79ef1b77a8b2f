import { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { Aufrufer, sichtbareWerkstaetten } from '../../graphql/context';

/**
 * The tenant scope, applied in one place (architecture rule 6): restricts a query by the column that names
 * the shop (`a.werkstattId`, `w.id`) to the shops the caller may see. Shops see their own, vendors their linked
 * shops, staff everything. Whatever is outside answers exactly like something that does not exist.
 */
export function mandantFiltern<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, aufrufer: Aufrufer, werkstattSpalte: string): SelectQueryBuilder<T> {
  if (aufrufer.art === 'API_SCHLUESSEL') {
    // A vendor's shops as a semi-join on the link table, not as a literal list: MariaDB turns an IN list of
    // 1,000 values or more into a subquery and then chose to walk the whole change-number index for the feed.
    return qb.andWhere(`${werkstattSpalte} IN (SELECT mandant_l.werkstattId FROM api_schluessel_werkstatt mandant_l WHERE mandant_l.apiSchluesselId = :mandantSchluessel)`, {
      mandantSchluessel: aufrufer.apiSchluesselId,
    });
  }
  const sichtbar = sichtbareWerkstaetten(aufrufer);
  if (sichtbar === 'ALLE') return qb;
  if (sichtbar.length === 0) return qb.andWhere('1 = 0');
  return qb.andWhere(`${werkstattSpalte} IN (:...mandantWerkstaetten)`, { mandantWerkstaetten: sichtbar });
}
