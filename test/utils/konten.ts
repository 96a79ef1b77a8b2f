import pino from 'pino';
import { Clock } from '../../server/src/common/zeit';
import { parseSmtpUrl } from '../../server/src/config/config';
import { OutboxWorker, outboxWorkerErstellen } from '../../server/src/modules/benachrichtigung/outbox.worker';
import type { TestServer } from './server';
import { EmpfangeneMail, TestSmtpServer, freierPort } from './smtp';

/** The one link of an account e-mail (the line that starts with http) and the token in its fragment. */
export function linkAusMail(text: string): { link: string; pfad: string; token: string } {
  const link = text.split('\n').find((z) => /^https?:\/\//.test(z.trim()))?.trim();
  if (!link) throw new Error(`Kein Link in der E-Mail:\n${text}`);
  const url = new URL(link);
  const token = new URLSearchParams(url.hash.slice(1)).get('token');
  if (!token) throw new Error(`Kein Token im Link ${link}`);
  return { link, pfad: `${url.pathname}${url.hash}`, token };
}

/**
 * The account e-mails as their recipients get them (issue 5): a real SMTP server (`TestSmtpServer`, the
 * `smtp-server` package) on 127.0.0.1 and the portal's outbox worker, built by the same factory main.ts
 * uses, delivering to it. Nothing runs by itself: `zustellen()` first waits for the work requests left
 * running after their answer (the mail of passwortVergessen), then drives the worker pass by pass until
 * nothing is due, so a test never sleeps and never depends on timing.
 */
export class KontoPostfach {
  private smtp: TestSmtpServer | undefined;
  private worker: OutboxWorker | undefined;

  constructor(
    private readonly server: () => Pick<TestServer, 'ds' | 'hintergrundAbwarten'>,
    private readonly clock: Clock,
  ) {}

  async starten(): Promise<void> {
    const port = await freierPort();
    this.smtp = new TestSmtpServer(port);
    await this.smtp.starten();
    // SMTP_URL as an operator would set it, read by the config's own parser (default sender)
    this.worker = outboxWorkerErstellen(
      parseSmtpUrl(this.smtp.url(), undefined)!,
      this.server().ds,
      pino({ level: 'silent' }),
      this.clock,
    );
  }

  async stoppen(): Promise<void> {
    await this.worker?.stop();
    await this.smtp?.stoppen();
  }

  /** Delivers every due mail of the outbox over SMTP; fails if one could not be delivered. */
  async zustellen(): Promise<void> {
    if (!this.worker) throw new Error('KontoPostfach: nicht gestartet');
    await this.server().hintergrundAbwarten();
    for (let i = 0; i < 100; i++) {
      const e = await this.worker.durchlauf();
      if (e.fehlgeschlagen > 0) throw new Error(`KontoPostfach: ${e.fehlgeschlagen} E-Mail(s) nicht zugestellt`);
      if (e.beansprucht === 0) return;
    }
    throw new Error('KontoPostfach: Outbox nach 100 Durchläufen nicht leer');
  }

  /** Every message the SMTP server accepted so far, in the order it arrived. */
  alle(): EmpfangeneMail[] {
    return [...(this.smtp?.mails ?? [])];
  }

  /** Delivers what is due, then returns the messages received for `empfaenger` (any case), oldest first. */
  async mailsAn(empfaenger: string): Promise<EmpfangeneMail[]> {
    await this.zustellen();
    const adresse = empfaenger.toLowerCase();
    return this.alle().filter((m) => m.an.some((a) => a.toLowerCase() === adresse));
  }
}

/** A `KontoPostfach` for the whole test file, started after the file's test server (declare it after `testServerFuerDatei`). */
export function kontoPostfachFuerDatei(server: () => Pick<TestServer, 'ds' | 'hintergrundAbwarten'>, clock: Clock): KontoPostfach {
  const postfach = new KontoPostfach(server, clock);
  beforeAll(() => postfach.starten());
  afterAll(() => postfach.stoppen());
  return postfach;
}
