#!/usr/bin/env node
/**
 * The one test command (`npm test`):
 *
 *   1. type check: tsc --noEmit for the server and tests, and for the client (swc does not check types)
 *   2. unit + e2e tests on SQLite
 *   3. e2e tests again on MariaDB, if reachable (TEST_MARIADB_URL, default mysql://root@127.0.0.1:3306/test)
 *   4. browser tests in headless Chromium, if installed (CHROMIUM_PATH or /usr/bin/chromium);
 *      (the e2e test of two server processes sharing events needs Redis, TEST_REDIS_URL, default
 *      redis://127.0.0.1:6379; without it that part is skipped with a banner like a missing database)
 *      builds the client first when client/dist is missing or older than its sources
 *   5. fault tests (test/stoerung): the built portal as a process on a MariaDB the test starts itself
 *      (mariadbd must be installed; MARIADBD_PATH), stopped, restarted and killed
 *
 * and ends with the line `N passed, N failed, N skipped`. "failed" counts failed tests plus failed
 * steps (type check, client build, a test run that crashed); exit code 1 if it is not 0.
 * With SPN_TEST_STRICT=1 (CI) a skipped database or browser run is a failure, not a warning.
 *
 * Arguments are passed to every jest run, e.g. `npm test -- smoke` runs only matching test files.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const strikt = process.env.SPN_TEST_STRICT === '1' || process.env.SPN_TEST_STRICT === 'true';
const jestArgs = process.argv.slice(2);
const MARIADB_URL = process.env.TEST_MARIADB_URL?.trim() || 'mysql://root@127.0.0.1:3306/test';
const REDIS_URL = process.env.TEST_REDIS_URL?.trim() || 'redis://127.0.0.1:6379';
/** A single jest run that takes longer than this has hung (open handle, deadlock): it is killed. */
const JEST_LIMIT_MS = Number(process.env.SPN_TEST_JEST_LIMIT_MS ?? 10 * 60_000);
/** Leftover test databases of crashed runs older than this are dropped before the MariaDB run. */
const VERWAIST_NACH_MS = 6 * 3_600_000;

const ergebnisDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spn-testlauf-'));
const summe = { passed: 0, failed: 0, skipped: 0 };
/** One line per step for the overview at the end. */
const uebersicht = [];
/** Runs that could not take place. */
const uebersprungene = [];
const t0 = Date.now();

function marke(text) {
  return text.padEnd(12);
}

function zeit(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function abschnitt(titel) {
  process.stdout.write(`\n=== ${titel} ${'='.repeat(Math.max(3, 76 - titel.length))}\n\n`);
}

function banner(text) {
  const linie = '!'.repeat(78);
  process.stdout.write(`\n${linie}\n!!!\n`);
  for (const zeile of text.split('\n')) process.stdout.write(`!!!   ${zeile}\n`);
  process.stdout.write(`!!!\n${linie}\n\n`);
}

/** Runs a command with inherited output; resolves with the exit code (or 1 on spawn errors / timeout). */
function ausfuehren(cmd, args, { env = {}, limitMs = 0 } = {}) {
  return new Promise((resolve) => {
    const kind = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    let timer;
    if (limitMs > 0) {
      timer = setTimeout(() => {
        process.stderr.write(`\n${cmd} ${args.join(' ')}: nach ${zeit(limitMs)} abgebrochen (hängt?)\n`);
        kind.kill('SIGKILL');
      }, limitMs);
    }
    kind.on('error', (e) => {
      clearTimeout(timer);
      process.stderr.write(`${cmd}: ${e.message}\n`);
      resolve(1);
    });
    kind.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function binaer(paket, datei) {
  return path.join(root, 'node_modules', paket, datei);
}

/** A step that is not a jest run (type check, build): counts as one failure if it fails. */
async function schritt(name, cmd, args, opts) {
  const start = Date.now();
  const code = await ausfuehren(cmd, args, opts);
  const ok = code === 0;
  if (!ok) summe.failed += 1;
  uebersicht.push(`${marke(ok ? 'OK' : 'FEHLER')} ${name} (${zeit(Date.now() - start)})`);
  return ok;
}

/** Runs jest with `--json` and adds its counts to the summary. */
async function jestLauf(name, projekte, env) {
  const datei = path.join(ergebnisDir, `${name.replace(/\W+/g, '-')}.json`);
  const start = Date.now();
  const code = await ausfuehren(
    process.execPath,
    [binaer('jest', 'bin/jest.js'), '--selectProjects', ...projekte, '--passWithNoTests', '--json', '--outputFile', datei, ...jestArgs],
    { env, limitMs: JEST_LIMIT_MS },
  );
  let r = null;
  try {
    r = JSON.parse(fs.readFileSync(datei, 'utf8'));
  } catch {
    // jest crashed or was killed before writing results
  }
  if (!r) {
    summe.failed += 1;
    uebersicht.push(`${marke('FEHLER')} ${name}: jest lieferte kein Ergebnis (Exit-Code ${code}) (${zeit(Date.now() - start)})`);
    return;
  }
  // A file that fails to load (syntax error, missing module) has no tests but is a failure.
  const kaputteDateien = r.numRuntimeErrorTestSuites ?? 0;
  let failed = r.numFailedTests + kaputteDateien;
  // Anything else jest considers a failure (e.g. exit code without failed tests) still counts once.
  if (failed === 0 && (code !== 0 || r.success === false)) failed = 1;
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  summe.passed += r.numPassedTests;
  summe.failed += failed;
  summe.skipped += skipped;
  const status = marke(failed ? 'FEHLER' : 'OK');
  const dateien = r.numTotalTestSuites ? `in ${r.numTotalTestSuites} Dateien` : '(keine Testdateien gefunden)';
  uebersicht.push(
    `${status} ${name}: ${r.numPassedTests} passed, ${failed} failed, ${skipped} skipped ${dateien}` +
      `${kaputteDateien ? ` (${kaputteDateien} Dateien nicht ladbar)` : ''} (${zeit(Date.now() - start)})`,
  );
}

/** A run that could not take place: a loud banner, and a failure under SPN_TEST_STRICT=1. */
function uebersprungen(name, grund, abhilfe) {
  banner(`ÜBERSPRUNGEN: ${grund}\n${name} wurde NICHT getestet.\n${abhilfe}${strikt ? '\nSPN_TEST_STRICT=1: das zählt als Fehler.' : ''}`);
  if (strikt) summe.failed += 1;
  uebersprungene.push(name);
  uebersicht.push(`${marke(strikt ? 'FEHLER' : 'ÜBERSPRUNGEN')} ${name}: ${grund}`);
}

/** TCP connect, then `SELECT 1`; resolves with null if fine, otherwise with the reason. */
async function mariaDbPruefen(url) {
  let u;
  try {
    u = new URL(url.replace(/^mariadb:/, 'mysql:'));
  } catch {
    return `TEST_MARIADB_URL ist keine URL: ${url}`;
  }
  const host = u.hostname;
  const port = Number(u.port || 3306);
  const tcp = await new Promise((resolve) => {
    const s = net.connect({ host, port });
    const fertig = (fehler) => {
      s.destroy();
      resolve(fehler);
    };
    s.setTimeout(2000, () => fertig(`keine Antwort von ${host}:${port}`));
    s.once('connect', () => fertig(null));
    s.once('error', (e) => fertig(`${host}:${port}: ${e.code ?? e.message}`));
  });
  if (tcp) return tcp;
  const mysql = (await import('mysql2/promise')).default;
  let v;
  try {
    v = await mysql.createConnection({
      host,
      port,
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
      connectTimeout: 5000,
    });
    await v.query('SELECT 1');
    await verwaisteDatenbankenLoeschen(v);
    return null;
  } catch (e) {
    return `${u.username}@${host}:${port}: ${e.message}`;
  } finally {
    await v?.end().catch(() => undefined);
  }
}

/** TCP connect and PING (with AUTH when the URL has a password); resolves with null if Redis answers, otherwise with the reason. */
function redisPruefen(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return Promise.resolve(`TEST_REDIS_URL ist keine URL: ${url}`);
  }
  if (u.protocol !== 'redis:') return Promise.resolve(`TEST_REDIS_URL: nur redis:// wird hier geprüft (${u.protocol})`);
  const host = u.hostname || '127.0.0.1';
  const port = Number(u.port || 6379);
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    let antwort = '';
    const fertig = (fehler) => {
      s.destroy();
      resolve(fehler);
    };
    s.setTimeout(2000, () => fertig(`keine Antwort von ${host}:${port}`));
    s.once('error', (e) => fertig(`${host}:${port}: ${e.code ?? e.message}`));
    s.once('connect', () => {
      if (u.password) s.write(`AUTH ${u.username ? `${decodeURIComponent(u.username)} ` : ''}${decodeURIComponent(u.password)}\r\n`);
      s.write('PING\r\n');
    });
    s.on('data', (d) => {
      antwort += d.toString();
      if (antwort.includes('+PONG')) fertig(null);
      else if (antwort.startsWith('-')) fertig(`${host}:${port}: ${antwort.split('\r\n')[0]}`);
    });
  });
}

/** Drops `spn_test_<base36 time>_…` databases of crashed runs (only old ones: other runs may be active). */
async function verwaisteDatenbankenLoeschen(v) {
  const [rows] = await v.query("SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'spn\\_test\\_%'");
  for (const { name } of rows) {
    const m = /^spn_test_([0-9a-z]+)_[0-9a-f]+$/.exec(name);
    if (!m) continue;
    const erstellt = parseInt(m[1], 36);
    if (Date.now() - erstellt > VERWAIST_NACH_MS) {
      await v.query(`DROP DATABASE IF EXISTS \`${name}\``);
      process.stdout.write(`verwaiste Testdatenbank ${name} gelöscht\n`);
    }
  }
}

/** Newest modification time below `dir` (files only), 0 if it does not exist. */
function neuesteAenderung(ziel) {
  let st;
  try {
    st = fs.statSync(ziel);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const e of fs.readdirSync(ziel)) {
    if (e === 'node_modules' || e === 'dist') continue;
    max = Math.max(max, neuesteAenderung(path.join(ziel, e)));
  }
  return max;
}

/** CHROMIUM_PATH if set (and only that), otherwise the Debian package's binary. */
function chromiumPfad() {
  const kandidaten = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const p of kandidaten) {
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // next
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------

const tsc = binaer('typescript', 'bin/tsc');

abschnitt('Typprüfung (tsc --noEmit)');
await schritt('Typprüfung Server und Tests (tsconfig.json)', process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.json']);
if (fs.existsSync(path.join(root, 'client', 'tsconfig.json'))) {
  await schritt('Typprüfung Client (client/tsconfig.json)', process.execPath, [tsc, '--noEmit', '-p', 'client/tsconfig.json']);
}

abschnitt(`Redis (${REDIS_URL.replace(/\/\/([^:@/]*):[^@]*@/, '//$1:***@')})`);
const redisGrund = await redisPruefen(REDIS_URL);
if (redisGrund) {
  uebersprungen(
    'Redis (zwei Serverprozesse, test/e2e/abonnements.e2e.test.ts)',
    `Redis nicht erreichbar (${redisGrund})`,
    'Starten wie in .ci/run: redis-server --daemonize yes --save "" --appendonly no\noder einen anderen angeben: TEST_REDIS_URL=redis://host:6379',
  );
} else {
  process.stdout.write('Redis antwortet.\n');
}
const redisEnv = { TEST_REDIS_URL: REDIS_URL, SPN_TEST_REDIS: redisGrund ? '0' : '1' };

abschnitt('Unit- und e2e-Tests auf SQLite');
await jestLauf('SQLite: unit + e2e', ['unit', 'e2e'], { TEST_DB: 'sqlite', ...redisEnv });

abschnitt(`e2e-Tests auf MariaDB (${MARIADB_URL.replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@')})`);
const mariaDbGrund = await mariaDbPruefen(MARIADB_URL);
if (mariaDbGrund) {
  uebersprungen(
    'MariaDB (e2e)',
    `MariaDB nicht erreichbar (${mariaDbGrund})`,
    'Starten wie in .ci/run (start-stop-daemon … /usr/sbin/mariadbd -- --user=mysql)\noder einen anderen Server angeben: TEST_MARIADB_URL=mysql://benutzer:passwort@host:3306/db',
  );
} else {
  await jestLauf('MariaDB: e2e', ['e2e'], { TEST_DB: 'mariadb', TEST_MARIADB_URL: MARIADB_URL, ...redisEnv });
}

abschnitt('Browser-Tests (headless Chromium)');
const chromium = chromiumPfad();
if (!chromium) {
  uebersprungen('Browser', 'Chromium nicht gefunden (CHROMIUM_PATH, /usr/bin/chromium)', 'Installieren: apt-get install -y chromium fonts-noto-color-emoji');
} else {
  const index = path.join(root, 'client', 'dist', 'index.html');
  const quellen = ['client/src', 'client/index.html', 'client/vite.config.ts'].map((p) => neuesteAenderung(path.join(root, p)));
  const veraltet = fs.existsSync(index) && Math.max(...quellen) > fs.statSync(index).mtimeMs;
  let gebaut = true;
  if (!fs.existsSync(index) || veraltet) {
    process.stdout.write(`client/dist ${veraltet ? 'ist älter als client/src' : 'fehlt'}: npm run build:client\n`);
    gebaut = await schritt('Client bauen (npm run build:client)', 'npm', ['run', 'build:client']);
  }
  if (gebaut) await jestLauf('Browser', ['browser'], { TEST_DB: 'sqlite', CHROMIUM_PATH: chromium });
  else uebersicht.push(`${marke('FEHLER')} Browser: nicht gelaufen, der Client-Build ist fehlgeschlagen`);
}

abschnitt('Störungen (eigene MariaDB: Ausfall beim Start, Neustart, SIGTERM, SIGKILL)');
const mariadbd = [process.env.MARIADBD_PATH, '/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((p) => p && fs.existsSync(p));
if (!mariadbd) {
  uebersprungen('Störungen', 'mariadbd nicht gefunden (MARIADBD_PATH, /usr/sbin/mariadbd)', 'Installieren: apt-get install -y mariadb-server');
} else if (await schritt('Server bauen (npm run build:server)', 'npm', ['run', 'build:server'])) {
  await jestLauf('Störungen', ['stoerung'], { MARIADBD_PATH: mariadbd });
}

fs.rmSync(ergebnisDir, { recursive: true, force: true });

abschnitt(`Zusammenfassung (${zeit(Date.now() - t0)})`);
for (const zeile of uebersicht) process.stdout.write(`${zeile}\n`);
if (uebersprungene.length) banner(`ÜBERSPRUNGEN, also NICHT getestet: ${uebersprungene.join(', ')} (Gründe oben)`);
process.stdout.write(`\n${summe.passed} passed, ${summe.failed} failed${summe.skipped ? `, ${summe.skipped} skipped` : ''}\n`);
process.exit(summe.failed > 0 ? 1 : 0);
