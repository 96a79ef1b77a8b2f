import { TicketStatus } from '../../common/enums';
import { normalisiereSpnId, normalisiereTicketNummer } from '../../common/ids';
import { RequestContext } from '../../graphql/context';
import { Seite, cursorDekodieren, cursorKodieren, seiteBauen } from '../../graphql/pagination';
import { AuftragEntity } from '../auftrag/auftrag.entity';
import { mandantFiltern } from '../auftrag/auftrag-scope';
import { TicketEntity } from './ticket.entity';
import { TicketFilter } from './ticket.types';

const OFFEN_RANG = "(CASE WHEN t.status IN ('OFFEN', 'IN_BEARBEITUNG') THEN 0 ELSE 1 END)";

/** One ticket by number within the caller's tenant scope (tickets belong to the shop); null otherwise. */
export async function ticketFinden(ctx: RequestContext, ticketNummerEingabe: string): Promise<TicketEntity | null> {
  const nummer = normalisiereTicketNummer(ticketNummerEingabe);
  if (!nummer || !ctx.aufrufer) return null;
  const qb = ctx.ds.getRepository(TicketEntity).createQueryBuilder('t').where('t.ticketNummer = :nummer', { nummer });
  return mandantFiltern(qb, ctx.aufrufer, 't.werkstattId').getOne();
}

/** The ticket queue: open tickets first, oldest first; staff see all shops, a shop its own. */
export async function ticketsListen(ctx: RequestContext, filter: TicketFilter | null | undefined, first: number, after: string | null | undefined): Promise<Seite<TicketEntity>> {
  const basis = () => {
    const qb = ctx.ds.getRepository(TicketEntity).createQueryBuilder('t').where('1 = 1');
    mandantFiltern(qb, ctx.aufrufer!, 't.werkstattId');
    if (filter?.status?.length) qb.andWhere('t.status IN (:...status)', { status: filter.status });
    if (filter?.aktion) qb.andWhere('t.aktion = :aktion', { aktion: filter.aktion });
    if (filter?.spnId !== undefined && filter?.spnId !== null) {
      const spnId = normalisiereSpnId(filter.spnId);
      if (!spnId) qb.andWhere('1 = 0');
      else qb.andWhere(`t.auftragId IN (${qb.subQuery().select('a.id').from(AuftragEntity, 'a').where('a.spnId = :spnId').getQuery()})`, { spnId });
    }
    return qb;
  };
  const seite = basis().addSelect(OFFEN_RANG, 'rang');
  if (after) {
    const [rang, zeit, id] = cursorDekodieren(after, (w) => w.length === 3 && (w[0] === 0 || w[0] === 1) && typeof w[1] === 'string' && !Number.isNaN(Date.parse(w[1])) && typeof w[2] === 'number');
    const t = ctx.ds.options.type === 'better-sqlite3' ? new Date(zeit as string).toISOString().replace('T', ' ').replace('Z', '') : new Date(zeit as string);
    seite.andWhere(`(${OFFEN_RANG} > :cr OR (${OFFEN_RANG} = :cr AND (t.erstelltAm > :ct OR (t.erstelltAm = :ct AND t.id > :cid))))`, { cr: rang, ct: t, cid: id });
  }
  seite.orderBy(OFFEN_RANG, 'ASC').addOrderBy('t.erstelltAm', 'ASC').addOrderBy('t.id', 'ASC').limit(first + 1);
  const [rows, total] = await Promise.all([seite.getMany(), basis().getCount()]);
  const rang = (t: TicketEntity) => (t.status === TicketStatus.OFFEN || t.status === TicketStatus.IN_BEARBEITUNG ? 0 : 1);
  return seiteBauen(rows.slice(0, first), rows.length > first, total, (t) => cursorKodieren([rang(t), t.erstelltAm.toISOString(), t.id]), (t) => t);
}
