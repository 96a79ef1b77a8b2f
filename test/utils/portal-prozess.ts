import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projektVerzeichnis } from '../../server/src/config/config';
import { freierPort, warten } from './eigene-mariadb';

const MAIN = path.join(projektVerzeichnis(), 'dist', 'server', 'src', 'main.js');

/**
 * The portal as its own process (`node dist/server/src/main.js`, built by `npm run build:server`),
 * as in production: for tests that send it signals or kill it.
 */
export class PortalProzess {
  readonly ausgabe: string[] = [];
  private readonly ende: Promise<number | null>;
  private exitCode: number | null | undefined;

  private constructor(
    readonly prozess: ChildProcess,
    readonly port: number,
  ) {
    const sammeln = (d: Buffer) => this.ausgabe.push(d.toString());
    prozess.stdout?.on('data', sammeln);
    prozess.stderr?.on('data', sammeln);
    this.ende = new Promise((resolve) =>
      prozess.once('exit', (code, signal) => {
        this.exitCode = code ?? (signal ? null : 0);
        resolve(this.exitCode);
      }),
    );
  }

  static async starten(env: Record<string, string>): Promise<PortalProzess> {
    if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} fehlt: npm run build:server`);
    const port = await freierPort();
    const prozess = spawn(process.execPath, [MAIN], {
      env: { ...process.env, PORT: String(port), SPN_BCRYPT_COST: '4', LOG_LEVEL: 'warn', SPN_SQL_ZAEHLEN: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new PortalProzess(prozess, port);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get laeuft(): boolean {
    return this.exitCode === undefined;
  }

  async status(pfad: string): Promise<number | null> {
    try {
      return (await fetch(`${this.url}${pfad}`, { signal: AbortSignal.timeout(3000) })).status;
    } catch {
      return null;
    }
  }

  async bereit(ms = 60_000): Promise<void> {
    await warten(async () => {
      if (!this.laeuft) throw new Error(`Portal beendet: ${this.ausgabe.join('').slice(-2000)}`);
      return (await this.status('/health/ready')) === 200;
    }, ms, `Portal bereit (Ausgabe: ${this.ausgabe.join('').slice(-500)})`);
  }

  /** Sends a signal and resolves with the exit code (null if killed by the signal). */
  beenden(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (this.laeuft) this.prozess.kill(signal);
    return this.ende;
  }

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] } }> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as never };
  }

  async anmelden(benutzername: string, passwort: string): Promise<string> {
    const r = await this.gql<{ anmelden: { token: string | null } }>('mutation A($i: AnmeldenInput!) { anmelden(input: $i) { token } }', { i: { benutzername, passwort } });
    const token = r.body.data?.anmelden.token;
    if (!token) throw new Error(`Anmeldung fehlgeschlagen: ${JSON.stringify(r.body)}`);
    return token;
  }
}
