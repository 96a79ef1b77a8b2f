import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';

/** The MariaDB server binary (`MARIADBD_PATH` or Debian's), or null if it is not installed. */
export function mariadbdPfad(env: NodeJS.ProcessEnv = process.env): string | null {
  for (const p of env.MARIADBD_PATH ? [env.MARIADBD_PATH] : ['/usr/sbin/mariadbd', '/usr/sbin/mysqld']) {
    if (fs.existsSync(p)) return p;
  }
  return null;
}

/** A free TCP port on 127.0.0.1. */
export function freierPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export async function warten(bedingung: () => Promise<boolean>, ms: number, was: string): Promise<void> {
  const ende = Date.now() + ms;
  for (;;) {
    if (await bedingung().catch(() => false)) return;
    if (Date.now() > ende) throw new Error(`${was}: nach ${ms / 1000} s nicht erreicht`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * A MariaDB server of the test's own: own data directory, port and socket, so stopping and
 * restarting it disturbs no other test. Root without password (grant tables skipped); one database.
 */
export class EigeneMariaDb {
  private prozess: ChildProcess | null = null;
  private constructor(
    readonly dir: string,
    readonly port: number,
    readonly datenbank: string,
  ) {}

  static async anlegen(datenbank = 'spn'): Promise<EigeneMariaDb> {
    const binaer = mariadbdPfad();
    if (!binaer) throw new Error('mariadbd nicht gefunden (apt-get install mariadb-server oder MARIADBD_PATH)');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spn-mariadb-'));
    const install = spawnSync('mariadb-install-db', ['--no-defaults', `--datadir=${dir}/data`, `--user=${os.userInfo().username}`, '--auth-root-authentication-method=normal', '--skip-test-db'], { encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`mariadb-install-db: ${install.stderr || install.stdout}`);
    const db = new EigeneMariaDb(dir, await freierPort(), datenbank);
    await db.starten();
    const c = await db.verbindung(false);
    await c.query(`CREATE DATABASE IF NOT EXISTS \`${datenbank}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await c.end();
    return db;
  }

  get url(): string {
    return `mysql://root@127.0.0.1:${this.port}/${this.datenbank}`;
  }

  verbindung(mitDatenbank = true): Promise<mysql.Connection> {
    return mysql.createConnection({ host: '127.0.0.1', port: this.port, user: 'root', database: mitDatenbank ? this.datenbank : undefined, connectTimeout: 2000 });
  }

  async laeuft(): Promise<boolean> {
    try {
      const c = await this.verbindung(false);
      await c.query('SELECT 1');
      await c.end();
      return true;
    } catch {
      return false;
    }
  }

  async starten(): Promise<void> {
    if (this.prozess) return;
    const log = fs.openSync(path.join(this.dir, 'mariadbd.log'), 'a');
    this.prozess = spawn(
      mariadbdPfad()!,
      [
        '--no-defaults',
        `--datadir=${this.dir}/data`,
        `--port=${this.port}`,
        `--socket=${this.dir}/mariadbd.sock`,
        `--pid-file=${this.dir}/mariadbd.pid`,
        '--bind-address=127.0.0.1',
        `--user=${os.userInfo().username}`,
        '--skip-grant-tables',
        '--skip-log-bin',
        '--innodb-buffer-pool-size=32M',
        '--character-set-server=utf8mb4',
        '--collation-server=utf8mb4_unicode_ci',
      ],
      { stdio: ['ignore', log, log] },
    );
    const p = this.prozess;
    p.once('exit', () => {
      if (this.prozess === p) this.prozess = null;
    });
    await warten(() => this.laeuft(), 60_000, `MariaDB auf Port ${this.port} (Log: ${this.dir}/mariadbd.log)`);
  }

  /** Stops the server (SIGTERM: a clean shutdown, as in a restart by the operator). */
  async stoppen(): Promise<void> {
    const p = this.prozess;
    if (!p) return;
    const beendet = new Promise<void>((r) => p.once('exit', () => r()));
    p.kill('SIGTERM');
    await beendet;
    this.prozess = null;
  }

  async entfernen(): Promise<void> {
    await this.stoppen();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
