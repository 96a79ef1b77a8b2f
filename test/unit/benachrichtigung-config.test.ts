import { ConfigError, STANDARD_ABSENDER, loadConfig } from '../../server/src/config/config';
import { backoffMs, fehlerKurz } from '../../server/src/modules/benachrichtigung/outbox.worker';

/** Mail delivery and reminder settings from the environment, and the worker's pure helpers. */
const laden = (env: Record<string, string>) => loadConfig({ DATABASE_URL: 'sqlite::memory:', ...env }, '/tmp');

function fehlerVon(env: Record<string, string>): string {
  try {
    laden(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('keine ConfigError');
}

describe('SMTP und Erinnerungen in der Konfiguration', () => {
  it('hat ohne Umgebung keinen Versand (Demo: E-Mails bleiben im Postausgang) und keine automatischen Erinnerungen', () => {
    const c = laden({});
    expect(c.smtp).toBeNull();
    expect(c.outboxIntervallMs).toBe(5000);
    expect(c.erinnerungNachTagen).toBe(0);
    expect(laden({ SMTP_URL: '' }).smtp).toBeNull();
  });

  it('liest SMTP_URL, SMTP_ABSENDER, SPN_OUTBOX_INTERVALL_MS und SPN_ERINNERUNG_NACH_TAGEN', () => {
    const c = laden({ SMTP_URL: 'smtp://portal:pw@mail.example.de', SMTP_ABSENDER: 'SPN <noreply@spn.example.de>', SPN_OUTBOX_INTERVALL_MS: '2000', SPN_ERINNERUNG_NACH_TAGEN: '14' });
    expect(c.smtp).toEqual({ url: 'smtp://portal:pw@mail.example.de', absender: 'SPN <noreply@spn.example.de>', ziel: 'mail.example.de:587' });
    expect(c.outboxIntervallMs).toBe(2000);
    expect(c.erinnerungNachTagen).toBe(14);
    expect(laden({ SMTP_URL: 'smtps://mail.example.de' }).smtp).toEqual({ url: 'smtps://mail.example.de', absender: STANDARD_ABSENDER, ziel: 'mail.example.de:465' });
  });

  it('nennt bei falschen Werten die Variable und wiederholt nie das Passwort', () => {
    const http = fehlerVon({ SMTP_URL: 'http://portal:Sehr-Geheim@mail.example.de' });
    expect(http).toMatch(/SMTP_URL muss mit "smtp:\/\/" oder "smtps:\/\/" beginnen/);
    expect(http).not.toContain('Sehr-Geheim');
    expect(fehlerVon({ SMTP_URL: 'smtp://portal:Sehr Geheim@' })).not.toContain('Sehr');
    expect(fehlerVon({ SMTP_ABSENDER: 'kein-absender' })).toMatch(/SMTP_ABSENDER: erwartet eine E-Mail-Adresse/);
    expect(fehlerVon({ SPN_OUTBOX_INTERVALL_MS: '10' })).toMatch(/SPN_OUTBOX_INTERVALL_MS: mindestens 100/);
    expect(fehlerVon({ SPN_OUTBOX_INTERVALL_MS: 'schnell' })).toMatch(/SPN_OUTBOX_INTERVALL_MS: muss eine Zahl/);
    expect(fehlerVon({ SPN_ERINNERUNG_NACH_TAGEN: '-1' })).toMatch(/SPN_ERINNERUNG_NACH_TAGEN: 0 \(aus\)/);
    expect(fehlerVon({ SPN_ERINNERUNG_NACH_TAGEN: '1.5' })).toMatch(/SPN_ERINNERUNG_NACH_TAGEN: muss eine ganze Zahl/);
  });
});

describe('Outbox-Worker: Hilfsfunktionen', () => {
  it('verdoppelt den Abstand je Fehlversuch bis zur Obergrenze', () => {
    expect([1, 2, 3, 4, 8, 20, 500].map((n) => backoffMs(n, 30_000, 3_600_000))).toEqual([30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000, 3_600_000]);
  });

  it('kürzt Fehler ohne Adressen und Zugangsdaten', () => {
    const e = Object.assign(new Error('Can\'t send mail - all recipients were rejected: 550 5.1.1 <kunde@werkstatt.example>: Recipient address rejected via smtp://u:pw@host'), { code: 'EENVELOPE', responseCode: 550 });
    const kurz = fehlerKurz(e);
    expect(kurz).toMatch(/^EENVELOPE 550: /);
    expect(kurz).not.toMatch(/kunde@|werkstatt\.example|:pw@/);
    expect(fehlerKurz(new Error('x'.repeat(1000))).length).toBeLessThanOrEqual(300);
  });
});
