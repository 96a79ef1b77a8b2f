import { randomBytes } from 'node:crypto';
import os from 'node:os';
import nodemailer, { Transporter } from 'nodemailer';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { EreignisArt } from '../../common/enums';
import { PeriodischerLauf, periodisch } from '../../common/periodisch';
import { Clock, systemClock } from '../../common/zeit';
import { SmtpConfig } from '../../config/config';
import { dbZeit } from '../../db/db-zeit';
import { inTransaktion } from '../../db/transaktion';
import { Logger } from '../../logger';
import { SYSTEM_AKTEUR, Vorgang, auftragSpeichern, auftragSperren, protokollieren } from '../auftrag/auftrag-lifecycle.service';
import { BenachrichtigungAnlass, BenachrichtigungEntity } from './benachrichtigung.entity';

/**
 * Delivers the outbox (outbox.service.ts) over SMTP.
 *
 * - **Claim with a lease**: one conditional UPDATE sets `gesperrtVon`/`gesperrtBis` only on rows that
 *   are still unsent, due and not leased by anyone else (or whose lease ran out); the worker then reads
 *   back the rows carrying its own lease token. Two workers (also in two processes, on SQLite and
 *   MariaDB alike) can never both own a mail: the database applies one UPDATE after the other and the
 *   second one's WHERE no longer matches.
 * - **Outcome**: success sets `versendetAm` and, for a mail about an order, writes the history entry
 *   E_MAIL_VERSENDET in the same transaction (the order changed: `aktualisiertAm` and the vendors'
 *   feed follow it; ticket answers are left out, vendors must not learn about tickets); failure increments `versuche`, keeps a short `letzterFehler`
 *   (no addresses, no credentials) and schedules `naechsterVersuchAm` with exponential backoff up to a
 *   cap. Both release the lease and only apply while the worker still owns it. Nothing is ever given
 *   up: while the SMTP server is down the mails wait and go out when it is back.
 * - **Crash**: a worker that dies holding a lease leaves the mails leased until `gesperrtBis`; then any
 *   worker takes them over. Only a crash between the SMTP server's "250 OK" and the database write can
 *   cause a second delivery; the Message-ID stays the same, so the receiving side can drop it.
 */
export interface OutboxWorkerOptionen {
  ds: DataSource;
  /** nodemailer transport (see `smtpTransportErstellen`); the worker closes it in `stop()`. */
  transport: Transporter;
  /** From address. */
  absender: string;
  logger: Logger;
  clock?: Clock;
  /** Unique per worker (default: host, pid and a random suffix). */
  workerId?: string;
  /** Mails claimed per pass (default 10). */
  batchGroesse?: number;
  /** Lease duration (default 10 minutes); a batch stops sending after half of it and releases the rest. */
  sperrDauerMs?: number;
  /** First retry delay (default 30 s), doubled per failed attempt up to `backoffMaxMs` (default 1 h). */
  backoffBasisMs?: number;
  backoffMaxMs?: number;
}

export interface ZustellErgebnis {
  /** Mails this worker claimed in the pass. */
  beansprucht: number;
  versendet: number;
  fehlgeschlagen: number;
}

/** Timeouts well below the lease, so that a hanging SMTP server cannot outlive a claim. */
export function smtpTransportErstellen(smtp: SmtpConfig): Transporter {
  return nodemailer.createTransport({ url: smtp.url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
}

/** Delay before the attempt after `versucheBisher` failed ones: basis · 2^(n−1), at most `max`. */
export function backoffMs(versucheBisher: number, basisMs: number, maxMs: number): number {
  const n = Math.max(1, versucheBisher);
  return Math.min(maxMs, basisMs * 2 ** Math.min(n - 1, 30));
}

/**
 * A short, log-safe description of a delivery error: error code, SMTP response code and message, with
 * e-mail addresses and URL credentials removed (the SMTP server's answer may quote the recipient).
 */
export function fehlerKurz(e: unknown): string {
  const err = (e ?? {}) as { code?: unknown; responseCode?: unknown; message?: unknown };
  const kennung = [err.code, err.responseCode].filter((x) => typeof x === 'string' || typeof x === 'number').join(' ');
  const text = String(typeof err.message === 'string' ? err.message : e)
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@]*@/gi, '$1***@')
    .replace(/[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+/g, '<adresse>')
    .replace(/\s+/g, ' ')
    .trim();
  return (kennung && !text.startsWith(kennung) ? `${kennung}: ${text}` : text).slice(0, 300);
}

function standardWorkerId(): string {
  return `${os.hostname().slice(0, 24)}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

function domainVon(absender: string): string {
  const m = /@([^>\s]+)>?\s*$/.exec(absender);
  return m ? m[1] : 'spn-portal.invalid';
}

/** What the history entry of a delivered mail names (never the recipient or the text). */
const ANLASS_TEXT: Record<BenachrichtigungAnlass, string> = {
  FREIGABE: 'Freigabe',
  KORREKTUR: 'Korrekturanforderung',
  RKUE: 'RKÜ-Entscheidung',
  STORNO: 'Stornierung',
  ERINNERUNG: 'Erinnerung',
  TICKET_ANTWORT: 'Antwort auf ein Ticket',
  KONTO: 'Konto',
};

const OFFEN_UND_FAELLIG = 'versendetAm IS NULL AND (naechsterVersuchAm IS NULL OR naechsterVersuchAm <= ?) AND (gesperrtBis IS NULL OR gesperrtBis < ?)';

export class OutboxWorker {
  readonly id: string;
  private readonly clock: Clock;
  private readonly batchGroesse: number;
  private readonly sperrDauerMs: number;
  private readonly backoffBasisMs: number;
  private readonly backoffMaxMs: number;
  private readonly messageIdDomain: string;
  private claimNr = 0;
  private abbrechen = false;
  private lauf: PeriodischerLauf | undefined;

  constructor(private readonly o: OutboxWorkerOptionen) {
    this.id = (o.workerId ?? standardWorkerId()).slice(0, 50);
    this.clock = o.clock ?? systemClock;
    this.batchGroesse = o.batchGroesse ?? 10;
    this.sperrDauerMs = o.sperrDauerMs ?? 10 * 60_000;
    this.backoffBasisMs = o.backoffBasisMs ?? 30_000;
    this.backoffMaxMs = o.backoffMaxMs ?? 3_600_000;
    this.messageIdDomain = domainVon(o.absender);
  }

  /** Polls every `intervallMs`; a full batch is followed by the next one at once. */
  start(intervallMs: number): void {
    this.abbrechen = false;
    this.lauf ??= periodisch(
      intervallMs,
      async () => (await this.durchlauf()).beansprucht >= this.batchGroesse,
      (e) => this.o.logger.error({ worker: this.id, fehler: fehlerKurz(e) }, 'Outbox: Durchlauf fehlgeschlagen'),
    );
    this.lauf.start();
  }

  /** Stops polling, lets the mail being sent finish, releases the rest of the batch and closes the transport. */
  async stop(): Promise<void> {
    this.abbrechen = true;
    await this.lauf?.stop();
    this.o.transport.close();
  }

  /** One pass: claim up to a batch of due mails, send them one by one, record each outcome. */
  async durchlauf(): Promise<ZustellErgebnis> {
    const ergebnis: ZustellErgebnis = { beansprucht: 0, versendet: 0, fehlgeschlagen: 0 };
    const { token, mails } = await this.beanspruchen();
    ergebnis.beansprucht = mails.length;
    const beginn = Date.now();
    for (const mail of mails) {
      // Stop early (SIGTERM, or a batch so slow that the lease could run out): release what is left.
      if (this.abbrechen || Date.now() - beginn > this.sperrDauerMs / 2) {
        await this.freigeben(token);
        break;
      }
      if (await this.zustellen(mail, token)) ergebnis.versendet += 1;
      else ergebnis.fehlgeschlagen += 1;
    }
    return ergebnis;
  }

  /**
   * The conditional UPDATE that only one worker can win per row, then the rows carrying our token.
   * When another worker won every candidate, the next due ones are tried (a few times).
   */
  private async beanspruchen(): Promise<{ token: string; mails: BenachrichtigungEntity[] }> {
    const { ds } = this.o;
    const token = `${this.id}:${++this.claimNr}`;
    for (let runde = 1; runde <= 5; runde++) {
      const jetzt = this.clock.now();
      const t = dbZeit(ds, jetzt);
      const kandidaten: { id: number | string }[] = await ds.query(
        `SELECT id FROM benachrichtigung WHERE ${OFFEN_UND_FAELLIG} ORDER BY naechsterVersuchAm, id LIMIT ${this.batchGroesse}`,
        [t, t],
      );
      if (!kandidaten.length) break;
      const ids = kandidaten.map((k) => Number(k.id));
      const bis = dbZeit(ds, new Date(jetzt.getTime() + this.sperrDauerMs));
      // The write comes first in the transaction: on SQLite it takes the write lock before anything is
      // read, so a second process waits for it instead of working on a stale snapshot.
      const mails = await inTransaktion(ds, async (m) => {
        await m.query(`UPDATE benachrichtigung SET gesperrtVon = ?, gesperrtBis = ? WHERE id IN (${ids.map(() => '?').join(', ')}) AND ${OFFEN_UND_FAELLIG}`, [token, bis, ...ids, t, t]);
        return m.getRepository(BenachrichtigungEntity).find({ where: { gesperrtVon: token, versendetAm: IsNull() }, order: { id: 'ASC' } });
      });
      if (mails.length) return { token, mails };
    }
    return { token, mails: [] };
  }

  private async zustellen(mail: BenachrichtigungEntity, token: string): Promise<boolean> {
    const { ds, logger } = this.o;
    try {
      await this.o.transport.sendMail({
        from: this.o.absender,
        to: mail.empfaenger,
        subject: mail.betreff,
        text: mail.text,
        // Stable per mail: should a crash ever cause a second delivery, the receiver sees the same message.
        messageId: `<benachrichtigung-${mail.id}.${mail.erstelltAm.getTime()}@${this.messageIdDomain}>`,
        headers: { 'X-SPN-Benachrichtigung': String(mail.id) },
      });
    } catch (e) {
      const fehler = fehlerKurz(e);
      const versuche = mail.versuche + 1;
      const naechster = new Date(this.clock.now().getTime() + backoffMs(versuche, this.backoffBasisMs, this.backoffMaxMs));
      await this.schreiben((m) =>
        m.query('UPDATE benachrichtigung SET versuche = versuche + 1, letzterFehler = ?, naechsterVersuchAm = ?, gesperrtVon = NULL, gesperrtBis = NULL WHERE id = ? AND gesperrtVon = ?', [
          fehler,
          dbZeit(ds, naechster),
          mail.id,
          token,
        ]),
      );
      logger.warn({ benachrichtigungId: mail.id, versuche, naechsterVersuchAm: naechster.toISOString(), fehler, worker: this.id }, 'System-E-Mail nicht zugestellt; neuer Versuch geplant');
      return false;
    }
    const versendetAm = this.clock.now();
    try {
      await this.schreiben((m) => this.alsVersendetMarkieren(m, mail, token, versendetAm, true), 2);
    } catch (e) {
      // The mail is out: recording that matters more than the history entry (else the lease would run
      // out and the mail go out again).
      logger.error({ benachrichtigungId: mail.id, fehler: fehlerKurz(e), worker: this.id }, 'Outbox: Verlaufseintrag zum Versand fehlgeschlagen; Versand wird ohne ihn vermerkt');
      await this.schreiben((m) => this.alsVersendetMarkieren(m, mail, token, versendetAm, false));
    }
    logger.info({ benachrichtigungId: mail.id, anlass: mail.anlass, versuch: mail.versuche + 1, worker: this.id }, 'System-E-Mail versendet');
    return true;
  }

  /**
   * Sets `versendetAm` while the lease is still ours (or ran out without anyone else taking the mail),
   * and records it in the order's history.
   */
  private async alsVersendetMarkieren(m: EntityManager, mail: BenachrichtigungEntity, token: string, versendetAm: Date, mitVerlauf: boolean): Promise<void> {
    const markieren = (bedingung: string, parameter: Record<string, unknown>) =>
      m
        .createQueryBuilder()
        .update(BenachrichtigungEntity)
        .set({ versendetAm, versuche: () => 'versuche + 1', letzterFehler: null, naechsterVersuchAm: null, gesperrtVon: null, gesperrtBis: null })
        .where(`id = :id AND versendetAm IS NULL AND ${bedingung}`, { id: mail.id, ...parameter })
        .execute();
    let r = await markieren('gesperrtVon = :token', { token });
    if (!r.affected) r = await markieren('(gesperrtVon IS NULL OR gesperrtBis < :jetzt)', { jetzt: dbZeit(this.o.ds, versendetAm) });
    if (!r.affected) {
      this.o.logger.warn({ benachrichtigungId: mail.id, worker: this.id }, 'Outbox: Sperre war abgelaufen und ein anderer Worker hat die E-Mail übernommen');
      return;
    }
    if (!mitVerlauf || mail.auftragId === null || mail.anlass === BenachrichtigungAnlass.TICKET_ANTWORT) return;
    const v: Vorgang = { m, jetzt: versendetAm, akteur: SYSTEM_AKTEUR };
    const auftrag = await auftragSperren(v, mail.auftragId);
    await protokollieren(v, auftrag, EreignisArt.E_MAIL_VERSENDET, `System-E-Mail an die Werkstatt versendet: ${ANLASS_TEXT[mail.anlass]}.`);
    await auftragSpeichern(v, auftrag);
  }

  /** Releases the lease on the mails of a claim that were not attempted. */
  private async freigeben(token: string): Promise<void> {
    await this.schreiben((m) => m.query('UPDATE benachrichtigung SET gesperrtVon = NULL, gesperrtBis = NULL WHERE gesperrtVon = ? AND versendetAm IS NULL', [token]));
  }

  /**
   * Writes an outcome in its own transaction (on SQLite through the DataSource's write queue, so it
   * can never become part of a request's transaction). A few retries: losing the "sent" mark would let
   * the lease expire and the mail go out again.
   */
  private async schreiben(fn: (m: EntityManager) => Promise<unknown>, versuche = 5): Promise<void> {
    for (let versuch = 1; ; versuch++) {
      try {
        await inTransaktion(this.o.ds, fn);
        return;
      } catch (e) {
        if (versuch >= versuche) throw e;
        await new Promise((r) => setTimeout(r, 200 * versuch));
      }
    }
  }
}

/** The worker main.ts starts when SMTP_URL is set. */
export function outboxWorkerErstellen(smtp: SmtpConfig, ds: DataSource, logger: Logger, clock?: Clock): OutboxWorker {
  return new OutboxWorker({ ds, transport: smtpTransportErstellen(smtp), absender: smtp.absender, logger, clock });
}
