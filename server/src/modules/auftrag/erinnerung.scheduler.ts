import { DataSource, EntityManager, In, Not } from 'typeorm';
import { Auftragsstatus as S, EreignisArt, ErinnerungArt } from '../../common/enums';
import { PeriodischerLauf, periodisch } from '../../common/periodisch';
import { Clock, addTage, systemClock } from '../../common/zeit';
import { dbZeit } from '../../db/db-zeit';
import { inTransaktion } from '../../db/transaktion';
import { FachlicherFehler } from '../../graphql/fehler';
import { Logger } from '../../logger';
import { AuftragEntity } from './auftrag.entity';
import { SYSTEM_AKTEUR, Vorgang, auftragSperren } from './auftrag-lifecycle.service';
import { erinnerungSenden } from './auftrag-vorgaenge.service';
import { EreignisEntity } from './ereignis.entity';
import { ErinnerungEntity } from './erinnerung.entity';

/**
 * Automatic reminders (domain.md, Erinnerung): an order without news for `nachTagen` days gets ONE
 * Erinnerung, sent through the same `erinnerungSenden` as the staff mutation (Erinnerung row, history
 * entry by "SPN-System", outbox mail).
 *
 * - **News** is the order's latest history entry other than a reminder itself or the delivery of a
 *   system e-mail (E_MAIL_VERSENDET). A reminder is not news:
 *   after one (automatic or by staff) no further automatic reminder follows until there is news again
 *   and then another `nachTagen` days pass.
 * - **Statuses**: those in which domain.md allows a reminder (VERMITTELT … REPARATUR_ABGESCHLOSSEN),
 *   except KV_IN_PRUEFUNG: there the network owes the next step (the KV review), not the shop.
 * - **Several processes**: each order is decided in its own transaction that first writes to the
 *   order row (a no-op UPDATE: row lock on MariaDB, the write lock on SQLite) and only then re-checks
 *   the condition. A second scheduler waits for the first one's commit and then sees its Erinnerung.
 */
export const AUTOMATISCH_ERINNERBAR: readonly S[] = [S.VERMITTELT, S.KORREKTUR_ANGEFORDERT, S.FREIGEGEBEN, S.IN_REPARATUR, S.REPARATUR_ABGESCHLOSSEN];

/** Before the repair the shop is asked for its appointment status, afterwards for the repair status. */
export function erinnerungsArtFuer(status: S): ErinnerungArt {
  return status === S.IN_REPARATUR || status === S.REPARATUR_ABGESCHLOSSEN ? ErinnerungArt.REPARATURSTATUS : ErinnerungArt.TERMINSTATUS;
}

/** History entries that are not news from or for the shop. */
const KEINE_NACHRICHT: EreignisArt[] = [EreignisArt.ERINNERUNG_GESENDET, EreignisArt.E_MAIL_VERSENDET];

export interface ErinnerungsPlanerOptionen {
  ds: DataSource;
  logger: Logger;
  /** Days without news after which an order is reminded (≥ 1). */
  nachTagen: number;
  clock?: Clock;
  /** Orders looked at per query (default 100). */
  seitenGroesse?: number;
}

export interface PlanerErgebnis {
  geprueft: number;
  gesendet: number;
}

export class ErinnerungsPlaner {
  private readonly clock: Clock;
  private lauf: PeriodischerLauf | undefined;

  constructor(private readonly o: ErinnerungsPlanerOptionen) {
    if (!(o.nachTagen >= 1)) throw new Error('ErinnerungsPlaner: nachTagen muss mindestens 1 sein');
    this.clock = o.clock ?? systemClock;
  }

  start(intervallMs: number): void {
    this.lauf ??= periodisch(
      intervallMs,
      async () => {
        await this.durchlauf();
        return false;
      },
      (e) => this.o.logger.error({ fehler: e instanceof Error ? e.message.slice(0, 200) : 'unbekannt' }, 'Erinnerungen: Durchlauf fehlgeschlagen'),
    );
    this.lauf.start();
  }

  /** Stops the schedule; resolves when the pass in progress has finished. */
  async stop(): Promise<void> {
    await this.lauf?.stop();
  }

  /** One pass over all orders that may be due; returns how many were checked and reminded. */
  async durchlauf(): Promise<PlanerErgebnis> {
    const { ds } = this.o;
    const ergebnis: PlanerErgebnis = { geprueft: 0, gesendet: 0 };
    const grenze = addTage(this.clock.now(), -this.o.nachTagen);
    const seite = this.o.seitenGroesse ?? 100;
    let nachId = 0;
    for (;;) {
      const g = dbZeit(ds, grenze);
      // Orders in a suitable status without news after the limit; whether they were reminded since is
      // checked per order, first without locks, then for real inside the transaction.
      const zeilen: { id: number | string }[] = await ds.query(
        `SELECT a.id FROM auftrag a WHERE a.status IN (${AUTOMATISCH_ERINNERBAR.map(() => '?').join(', ')}) AND a.vermitteltAm <= ? AND a.id > ?` +
          ` AND NOT EXISTS (SELECT 1 FROM ereignis e WHERE e.auftragId = a.id AND e.zeitpunkt > ? AND e.art NOT IN (${KEINE_NACHRICHT.map(() => '?').join(', ')}))` +
          ` ORDER BY a.id LIMIT ${seite}`,
        [...AUTOMATISCH_ERINNERBAR, g, nachId, g, ...KEINE_NACHRICHT],
      );
      for (const { id } of zeilen) {
        nachId = Number(id);
        ergebnis.geprueft += 1;
        const auftrag = await ds.getRepository(AuftragEntity).findOneBy({ id: nachId });
        if (!auftrag || !(await ohneNachrichtSeit(ds.manager, auftrag, grenze))) continue;
        if (await this.erinnernFallsFaellig(nachId, grenze)) ergebnis.gesendet += 1;
      }
      if (zeilen.length < seite) return ergebnis;
    }
  }

  private async erinnernFallsFaellig(auftragId: number, grenze: Date): Promise<boolean> {
    try {
      const erinnerung = await inTransaktion(this.o.ds, async (m) => {
        // Lock first, decide afterwards (see the class comment).
        await m.query('UPDATE auftrag SET aenderungsNr = aenderungsNr WHERE id = ?', [auftragId]);
        const v: Vorgang = { m, jetzt: this.clock.now(), akteur: SYSTEM_AKTEUR };
        const auftrag = await auftragSperren(v, auftragId);
        if (!(await ohneNachrichtSeit(m, auftrag, grenze))) return null;
        return erinnerungSenden(v, auftrag, erinnerungsArtFuer(auftrag.status));
      });
      if (erinnerung) this.o.logger.info({ auftragId, erinnerungId: erinnerung.id, art: erinnerung.art }, 'Automatische Erinnerung gesendet');
      return !!erinnerung;
    } catch (e) {
      const text = e instanceof FachlicherFehler ? e.fehler.map((f) => f.code).join(',') : e instanceof Error ? e.message.slice(0, 200) : 'unbekannt';
      this.o.logger.warn({ auftragId, fehler: text }, 'Automatische Erinnerung nicht gesendet');
      return false;
    }
  }
}

/**
 * True when the order may be reminded automatically: a suitable status, no news after `grenze`, and
 * no Erinnerung since the latest news.
 */
export async function ohneNachrichtSeit(m: EntityManager, auftrag: AuftragEntity, grenze: Date): Promise<boolean> {
  if (!AUTOMATISCH_ERINNERBAR.includes(auftrag.status)) return false;
  const nachricht = await m.getRepository(EreignisEntity).findOne({
    where: { auftragId: auftrag.id, art: Not(In(KEINE_NACHRICHT)) },
    order: { zeitpunkt: 'DESC', id: 'DESC' },
  });
  const letzteNachricht = nachricht?.zeitpunkt ?? auftrag.vermitteltAm;
  if (letzteNachricht > grenze) return false;
  const erinnerung = await m.getRepository(ErinnerungEntity).findOne({ where: { auftragId: auftrag.id }, order: { gesendetAm: 'DESC', id: 'DESC' } });
  return !erinnerung || erinnerung.gesendetAm < letzteNachricht;
}
