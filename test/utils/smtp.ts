import net from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message as the test SMTP server received it. */
export interface EmpfangeneMail {
  von: string;
  an: string[];
  /** Header fields, names in lower case, folded lines joined, encoded words (RFC 2047) decoded. */
  kopf: Record<string, string>;
  betreff: string;
  /** `X-SPN-Benachrichtigung`: the outbox id of the mail. */
  benachrichtigungId: number | null;
  text: string;
}

/** Decodes `=?UTF-8?B?…?=` and `=?UTF-8?Q?…?=` words (whitespace between two of them vanishes). */
export function encodedWordsDekodieren(wert: string): string {
  return wert
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (_g, _charset: string, art: string, daten: string) =>
      art.toUpperCase() === 'B'
        ? Buffer.from(daten, 'base64').toString('utf8')
        : Buffer.from(daten.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
    );
}

function zerlegen(roh: string): { kopf: Record<string, string>; text: string } {
  const trenner = roh.indexOf('\r\n\r\n');
  const kopfText = trenner >= 0 ? roh.slice(0, trenner) : roh;
  const kopf: Record<string, string> = {};
  for (const zeile of kopfText.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const i = zeile.indexOf(':');
    if (i > 0) kopf[zeile.slice(0, i).trim().toLowerCase()] = encodedWordsDekodieren(zeile.slice(i + 1).trim());
  }
  let text = trenner >= 0 ? roh.slice(trenner + 4) : '';
  const kodierung = (kopf['content-transfer-encoding'] ?? '').toLowerCase();
  if (kodierung === 'quoted-printable') {
    text = Buffer.from(text.replace(/=\r\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
  } else if (kodierung === 'base64') {
    text = Buffer.from(text, 'base64').toString('utf8');
  }
  return { kopf, text };
}

/** A free TCP port on 127.0.0.1 (nothing listens on it afterwards: "SMTP server down"). */
export async function freierPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * A real SMTP server (the `smtp-server` package) on 127.0.0.1 that requires the login of `url()` and
 * keeps every message it accepted in `mails`.
 */
export class TestSmtpServer {
  static readonly BENUTZER = 'spn-portal';
  static readonly PASSWORT = 'Geheim-SMTP-Passwort-42';
  readonly mails: EmpfangeneMail[] = [];
  private server: SMTPServer | undefined;

  /**
   * `verzoegerungMs`: the server waits this long before it accepts a message (a slow server);
   * `beiEmpfangsbeginn`: called when a message's data starts to arrive.
   */
  constructor(
    readonly port: number,
    private readonly o: { verzoegerungMs?: number; beiEmpfangsbeginn?: () => void } = {},
  ) {}

  /** SMTP_URL for this server, with user and password. */
  url(): string {
    return `smtp://${TestSmtpServer.BENUTZER}:${TestSmtpServer.PASSWORT}@127.0.0.1:${this.port}`;
  }

  async starten(): Promise<void> {
    const server = new SMTPServer({
      logger: false,
      disableReverseLookup: true,
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      onAuth: (auth, _session, cb) => {
        if (auth.username === TestSmtpServer.BENUTZER && auth.password === TestSmtpServer.PASSWORT) cb(null, { user: auth.username });
        else cb(new Error('Invalid username or password'));
      },
      onData: (stream, session, cb) => {
        const teile: Buffer[] = [];
        this.o.beiEmpfangsbeginn?.();
        stream.on('data', (c: Buffer) => teile.push(c));
        stream.on('end', async () => {
          if (this.o.verzoegerungMs) await new Promise((r) => setTimeout(r, this.o.verzoegerungMs));
          const { kopf, text } = zerlegen(Buffer.concat(teile).toString('utf8'));
          const id = kopf['x-spn-benachrichtigung'];
          this.mails.push({
            von: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            an: session.envelope.rcptTo.map((r) => r.address),
            kopf,
            betreff: kopf.subject ?? '',
            benachrichtigungId: id ? Number(id) : null,
            text,
          });
          cb();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  async stoppen(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  /** How often each outbox id arrived. */
  anzahlJeId(): Map<number, number> {
    const m = new Map<number, number>();
    for (const mail of this.mails) if (mail.benachrichtigungId !== null) m.set(mail.benachrichtigungId, (m.get(mail.benachrichtigungId) ?? 0) + 1);
    return m;
  }
}
