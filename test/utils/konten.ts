import { DataSource } from 'typeorm';
import { BenachrichtigungAnlass, BenachrichtigungEntity } from '../../server/src/modules/benachrichtigung/benachrichtigung.entity';

/** Account e-mails (invitation, password reset) as the outbox holds them, oldest first. */
export async function kontoMails(ds: DataSource, empfaenger?: string): Promise<BenachrichtigungEntity[]> {
  return ds.getRepository(BenachrichtigungEntity).find({
    where: { anlass: BenachrichtigungAnlass.KONTO, ...(empfaenger ? { empfaenger } : {}) },
    order: { id: 'ASC' },
  });
}

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
 * Waits until the outbox holds at least `anzahl` account mails for `empfaenger` (mails of
 * `passwortVergessen` are written after the answer) and returns them; fails after `ms`.
 */
export async function warteAufKontoMails(ds: DataSource, empfaenger: string, anzahl: number, ms = 10_000): Promise<BenachrichtigungEntity[]> {
  const ende = Date.now() + ms;
  for (;;) {
    const mails = await kontoMails(ds, empfaenger);
    if (mails.length >= anzahl) return mails;
    if (Date.now() > ende) throw new Error(`Nach ${ms} ms ${mails.length} statt ${anzahl} Konto-E-Mail(s) an ${empfaenger} in der Outbox`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
