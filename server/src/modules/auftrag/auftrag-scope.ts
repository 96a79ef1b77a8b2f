import { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { Aufrufer, sichtbareWerkstaetten } from '../../graphql/context';

/**
 * The tenant scope, decided in one place (architecture rule 6): the shops whose rows the caller may see.
 * Shops see their own, vendors their linked shops, staff everything. Whatever is outside answers exactly
 * like something that does not exist. `mandantFiltern` (query builder) and `mandantBedingung` (SQL
 * written by hand) only spell this decision.
 */
type Sichtbarkeit = { art: 'ALLE' } | { art: 'KEINE' } | { art: 'WERKSTAETTEN'; ids: number[] } | { art: 'SCHLUESSEL'; id: number };

function sichtbarkeit(aufrufer: Aufrufer): Sichtbarkeit {
  // A vendor's shops as a semi-join on the link table, not as a literal list: MariaDB turns an IN list of
  // 1,000 values or more into a subquery and then chose to walk the whole change-number index for the feed.
  if (aufrufer.art === 'API_SCHLUESSEL') return { art: 'SCHLUESSEL', id: aufrufer.apiSchluesselId };
  const sichtbar = sichtbareWerkstaetten(aufrufer);
  if (sichtbar === 'ALLE') return { art: 'ALLE' };
  return sichtbar.length === 0 ? { art: 'KEINE' } : { art: 'WERKSTAETTEN', ids: sichtbar };
}

const VENDOR_WERKSTAETTEN = 'SELECT mandant_l.werkstattId FROM api_schluessel_werkstatt mandant_l WHERE mandant_l.apiSchluesselId =';

/** Restricts a query by the column that names the shop (`a.werkstattId`, `w.id`) to the caller's shops. */
export function mandantFiltern<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, aufrufer: Aufrufer, werkstattSpalte: string): SelectQueryBuilder<T> {
  const s = sichtbarkeit(aufrufer);
  switch (s.art) {
    case 'ALLE':
      return qb;
    case 'KEINE':
      return qb.andWhere('1 = 0');
    case 'WERKSTAETTEN':
      return qb.andWhere(`${werkstattSpalte} IN (:...mandantWerkstaetten)`, { mandantWerkstaetten: s.ids });
    case 'SCHLUESSEL':
      return qb.andWhere(`${werkstattSpalte} IN (${VENDOR_WERKSTAETTEN} :mandantSchluessel)`, { mandantSchluessel: s.id });
  }
}

/** The same restriction as a condition with positional parameters, for statements written without the query builder. */
export function mandantBedingung(aufrufer: Aufrufer, werkstattSpalte: string): { sql: string; parameter: number[] } {
  const s = sichtbarkeit(aufrufer);
  switch (s.art) {
    case 'ALLE':
      return { sql: '1 = 1', parameter: [] };
    case 'KEINE':
      return { sql: '1 = 0', parameter: [] };
    case 'WERKSTAETTEN':
      return { sql: `${werkstattSpalte} IN (${s.ids.map(() => '?').join(', ')})`, parameter: s.ids };
    case 'SCHLUESSEL':
      return { sql: `${werkstattSpalte} IN (${VENDOR_WERKSTAETTEN} ?)`, parameter: [s.id] };
  }
}
