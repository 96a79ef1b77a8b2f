#!/usr/bin/env node
/**
 * `npm run bench` (issue 6): the product (Apollo + type-graphql + TypeORM + loaders, as shipped) side
 * by side with a raw-SQL baseline (server/src/tools/bench/baseline.ts) on the same generated data.
 *
 *   npm run bench                    MariaDB and SQLite at 10 k and 200 k orders (about 20 minutes)
 *   npm run bench -- --quick         smoke run: 10 k orders, one short round
 *   npm run bench -- --1m            adds 1 M orders
 *   options: --db mariadb,sqlite  --sizes 10000,200000  --rounds 3  --duration 4 (seconds per run)
 *            --connections 16  --seed 42  --neu (regenerate data)
 *            --mariadb-url mysql://root@127.0.0.1:3306  (use that server instead of a private mariadbd)
 *            --out FILE (default BENCHMARKS.md; with --quick data/bench/BENCHMARKS-quick.md)
 *            --profil DIR (the measured product server writes a V8 CPU profile there: node --cpu-prof)
 *
 * MariaDB runs as a private `mariadbd` (data in data/bench/mariadb, port 3307, buffer pool large enough
 * for the data, pinned to CPU 0), so the figures do not depend on the machine's shared server and its
 * default 128 MB buffer pool. Per database and size: generate the data once (`seed:scale`, reused while
 * orders and seed match), insert sessions for every shop user and a vendor API key, start both servers
 * pinned to CPU 1 (this process with its load generator and the private mariadbd run on CPU 0), check
 * that every product answer equals the baseline's, then measure each question and the
 * 70/20/5/5 mix in rounds that alternate which server goes first: saturation throughput and latency,
 * latency at 70 % of that rate, server CPU time per request (/proc/<pid>/stat), peak RSS (VmHWM) and
 * SQL statements per request. Writes BENCHMARKS.md and data/bench/ergebnis-*.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { root, serverBauen } from './bauen.mjs';

/** Environment that lifts the product's abuse brakes for the load generator (see README, Security). */
const BREMSEN_AUS = { SPN_API_ANFRAGEN_JE_MINUTE: '1000000000', SPN_SPN_FEHLGRIFFE: '1000000000', SPN_ANMELDUNGEN_JE_ADRESSE: '1000000000' };

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

const { values: arg } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    '1m': { type: 'boolean', default: false },
    db: { type: 'string' },
    sizes: { type: 'string' },
    rounds: { type: 'string' },
    duration: { type: 'string' },
    connections: { type: 'string', default: '16' },
    seed: { type: 'string', default: '42' },
    'mariadb-url': { type: 'string', default: process.env.BENCH_MARIADB_URL },
    neu: { type: 'boolean', default: false },
    out: { type: 'string' },
    profil: { type: 'string' },
  },
});
const SEED = Number(arg.seed);
const DBS = (arg.db ?? 'mariadb,sqlite').split(',').map((s) => s.trim());
const GROESSEN = arg.sizes ? arg.sizes.split(',').map(Number) : arg.quick ? [10_000] : [10_000, 200_000, ...(arg['1m'] ? [1_000_000] : [])];
const RUNDEN = Number(arg.rounds ?? (arg.quick ? 1 : 3));
const DAUER = Number(arg.duration ?? (arg.quick ? 2 : 4));
const VERBINDUNGEN = Number(arg.connections);
const DATEN = path.join(root, 'data', 'bench');
/** A smoke run must not replace the published figures. */
const AUSGABE = arg.out ?? (arg.quick ? path.join(DATEN, 'BENCHMARKS-quick.md') : path.join(root, 'BENCHMARKS.md'));
const T0 = Date.now();
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
/** Bump when the generator changes, so stale scratch databases are regenerated. */
const DATEN_VERSION = 1;

// The queries come from the built server: build it first (a fresh clone has no dist/ yet).
serverBauen();
const { Q1_UEBERSICHT, Q2_LISTE, Q4_FEED } = require(path.join(root, 'dist/server/src/tools/bench/abfragen.js'));
const { vollScansMariaDb } = require(path.join(root, 'dist/server/src/tools/bench/plaene.js'));
fs.mkdirSync(DATEN, { recursive: true });

const log = (text) => process.stdout.write(`[${((Date.now() - T0) / 1000).toFixed(0).padStart(4)} s] ${text}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- CPU pinning

const KERNE = os.availableParallelism();
const PINNEN = KERNE >= 2 && fs.existsSync('/usr/bin/taskset');
const KERN_LAST = 0;
const KERN_SERVER = 1;
if (PINNEN) execFileSync('taskset', ['-a', '-cp', String(KERN_LAST), String(process.pid)], { stdio: 'ignore' });

// ---------------------------------------------------------------- helpers

/** Deterministic PRNG (mulberry32) for the samples and the mix. */
function zufall(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sha256 = (t) => require('node:crypto').createHash('sha256').update(t, 'utf8').digest('hex');
const cursor = (werte) => Buffer.from(JSON.stringify(werte), 'utf8').toString('base64url');
const isoAus = (wert) => (wert instanceof Date ? wert.toISOString() : `${String(wert).replace(' ', 'T')}Z`);

function median(werte) {
  const s = werte.filter((w) => Number.isFinite(w)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function cpuTicks(pid) {
  if (!pid) return NaN;
  let stat;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return NaN;
  }
  const felder = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(felder[11]) + Number(felder[12]); // utime + stime (fields 14 and 15)
}

function vmHwmMb(pid) {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** The private MariaDB of this run (null: an external server given with --mariadb-url, or SQLite only). */
let privateMariaDb = null;

/**
 * Starts a private mariadbd for the benchmark: data directory data/bench/mariadb (created with
 * mariadb-install-db on first use, kept for later runs), TCP 127.0.0.1:3307 only, no grant checks
 * (a scratch server), binary log off, buffer pool sized for the largest data set, pinned to CPU 0.
 */
async function privateMariaDbStarten() {
  const dir = path.join(DATEN, 'mariadb');
  const daten = path.join(dir, 'data');
  const binaer = ['/usr/sbin/mariadbd', '/usr/bin/mariadbd'].find((p) => fs.existsSync(p));
  if (!binaer) throw new Error('mariadbd nicht gefunden: MariaDB installieren oder --mariadb-url angeben (oder --db sqlite)');
  if (!fs.existsSync(path.join(daten, 'mysql'))) {
    fs.mkdirSync(daten, { recursive: true });
    log('richte private MariaDB ein (mariadb-install-db) …');
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${daten}`, '--user=root', '--skip-test-db', '--auth-root-authentication-method=normal'], { stdio: 'ignore' });
  }
  const port = 3307;
  const pool = GROESSEN.some((g) => g > 200_000) ? '3G' : '1G';
  const args = [
    '--no-defaults', `--datadir=${daten}`, `--port=${port}`, '--bind-address=127.0.0.1', `--socket=${path.join(dir, 'mysqld.sock')}`,
    `--pid-file=${path.join(dir, 'mysqld.pid')}`, `--log-error=${path.join(dir, 'fehler.log')}`, '--user=root', '--skip-grant-tables', '--skip-log-bin',
    `--innodb-buffer-pool-size=${pool}`, '--innodb-flush-log-at-trx-commit=2', '--max-connections=200',
    '--character-set-server=utf8mb4', '--collation-server=utf8mb4_unicode_ci',
  ];
  const kind = spawn(PINNEN ? 'taskset' : binaer, PINNEN ? ['-c', String(KERN_LAST), binaer, ...args] : args, { stdio: 'ignore' });
  const url = `mysql://root@127.0.0.1:${port}`;
  const mysql = require('mysql2/promise');
  for (let i = 0; i < 300; i++) {
    if (kind.exitCode !== null) throw new Error(`private MariaDB beendet (Exit ${kind.exitCode}); siehe ${path.join(dir, 'fehler.log')}`);
    try {
      const c = await mysql.createConnection({ uri: url });
      await c.end();
      privateMariaDb = { kind, pid: kind.pid, url, pool };
      log(`private MariaDB läuft (pid ${kind.pid}, Port ${port}, Buffer Pool ${pool}${PINNEN ? `, CPU ${KERN_LAST}` : ''})`);
      return url;
    } catch {
      await sleep(100);
    }
  }
  throw new Error('private MariaDB antwortet nicht');
}

async function privateMariaDbStoppen() {
  if (!privateMariaDb || privateMariaDb.kind.exitCode !== null) return;
  privateMariaDb.kind.kill('SIGTERM');
  await new Promise((r) => privateMariaDb.kind.once('exit', r));
}

// ---------------------------------------------------------------- databases

/** A small driver-neutral handle for the orchestrator's own SQL (setup and samples only). */
async function dbOeffnen(art, ziel) {
  if (art === 'sqlite') {
    const Database = require('better-sqlite3');
    const db = new Database(ziel);
    return {
      alle: async (sql, p = []) => db.prepare(sql).all(...p),
      ausfuehren: async (sql, p = []) => void db.prepare(sql).run(...p),
      transaktion: async (fn) => {
        db.exec('BEGIN');
        try {
          await fn();
          db.exec('COMMIT');
        } catch (e) {
          db.exec('ROLLBACK');
          throw e;
        }
      },
      version: async () => db.prepare('SELECT sqlite_version() AS v').get().v,
      schliessen: async () => db.close(),
    };
  }
  const mysql = require('mysql2/promise');
  const conn = await mysql.createConnection({ uri: ziel, dateStrings: true, timezone: 'Z', charset: 'utf8mb4_unicode_ci' });
  return {
    alle: async (sql, p = []) => (await conn.query(sql, p))[0],
    ausfuehren: async (sql, p = []) => void (await conn.query(sql, p)),
    transaktion: async (fn) => {
      await conn.beginTransaction();
      try {
        await fn();
        await conn.commit();
      } catch (e) {
        await conn.rollback();
        throw e;
      }
    },
    version: async () => (await conn.query('SELECT VERSION() AS v'))[0][0].v,
    schliessen: async () => conn.end(),
  };
}

function ausfuehren(cmd, args, env = {}) {
  return new Promise((resolve, reject) => {
    const k = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    k.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')}: Exit-Code ${code}`))));
  });
}

/** Generates the scratch database unless a matching one exists; returns its URL and the generator's manifest. */
async function datenBereitstellen(art, groesse) {
  const name = `spn_bench_${groesse}_s${SEED}`;
  const manifestPfad = path.join(DATEN, `${name}.${art}.json`);
  const url = art === 'sqlite' ? `sqlite:${path.join(DATEN, `${name}.sqlite`)}` : `${MARIADB_URL.replace(/\/+$/, '')}/${name}`;
  if (!arg.neu && fs.existsSync(manifestPfad)) {
    const m = JSON.parse(fs.readFileSync(manifestPfad, 'utf8'));
    let vorhanden = false;
    try {
      const db = await dbOeffnen(art, art === 'sqlite' ? url.slice(7) : url);
      vorhanden = Number((await db.alle('SELECT COUNT(*) AS n FROM auftrag'))[0].n) === groesse;
      await db.schliessen();
    } catch {
      vorhanden = false;
    }
    if (vorhanden && m.version === DATEN_VERSION && m.auftraege === groesse && m.seed === SEED) {
      log(`${art} ${groesse}: vorhandene Daten ${name} (erzeugt in ${m.sekunden.toFixed(1)} s)`);
      return { url, manifest: m };
    }
  }
  if (art === 'sqlite') {
    for (const f of ['', '-wal', '-shm']) fs.rmSync(path.join(DATEN, `${name}.sqlite${f}`), { force: true });
  } else {
    const mysql = require('mysql2/promise');
    const c = await mysql.createConnection({ uri: MARIADB_URL });
    await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await c.end();
  }
  log(`${art} ${groesse}: erzeuge Daten (seed:scale) …`);
  await ausfuehren(process.execPath, [path.join(root, 'dist/server/src/tools/seed-scale.js'), '--orders', String(groesse), '--seed', String(SEED), '--database-url', url, '--manifest', manifestPfad]);
  const m = JSON.parse(fs.readFileSync(manifestPfad, 'utf8'));
  fs.writeFileSync(manifestPfad, JSON.stringify({ ...m, version: DATEN_VERSION }, null, 2));
  return { url, manifest: { ...m, version: DATEN_VERSION } };
}

/**
 * Sessions for every shop user and the staff user, and a vendor API key linked to all DAT shops —
 * written like the product writes them (only the SHA-256 of a token is stored).
 */
async function zugaengeAnlegen(db, art) {
  const jetzt = new Date();
  const zeit = (d) => d.toISOString().replace('T', ' ').replace('Z', '');
  const benutzer = await db.alle('SELECT id, werkstattId FROM benutzer');
  const tokenJe = new Map();
  const apiKey = `bench-dat-${SEED}-${jetzt.getTime()}`;
  await db.transaktion(async () => {
    await db.ausfuehren('DELETE FROM sitzung');
    for (let i = 0; i < benutzer.length; i += 500) {
      const teil = benutzer.slice(i, i + 500);
      const zeilen = teil.map((b) => {
        const token = `sst_bench_${b.id}_${jetzt.getTime()}`;
        tokenJe.set(b.werkstattId === null ? 'intern' : Number(b.werkstattId), token);
        return [sha256(token), b.id, zeit(jetzt), zeit(new Date(jetzt.getTime() + 24 * 3_600_000)), null];
      });
      await db.ausfuehren(`INSERT INTO sitzung (tokenHash, benutzerId, erstelltAm, ablaufAm, beendetAm) VALUES ${zeilen.map(() => '(?, ?, ?, ?, ?)').join(', ')}`, zeilen.flat());
    }
    await db.ausfuehren("DELETE FROM api_schluessel WHERE name = 'Benchmark DAT'");
    await db.ausfuehren("INSERT INTO api_schluessel (name, kalkulationssystem, schluesselHash, praefix, erstelltAm, widerrufenAm) VALUES ('Benchmark DAT', 'DAT', ?, ?, ?, NULL)", [
      sha256(apiKey),
      apiKey.slice(0, 8),
      zeit(jetzt),
    ]);
    const [{ id }] = await db.alle("SELECT id FROM api_schluessel WHERE name = 'Benchmark DAT'");
    await db.ausfuehren("INSERT INTO api_schluessel_werkstatt (apiSchluesselId, werkstattId) SELECT ?, id FROM werkstatt WHERE kalkulationssystem = 'DAT'", [id]);
  });
  const [{ n: vendorWerkstaetten }] = await db.alle("SELECT COUNT(*) AS n FROM werkstatt WHERE kalkulationssystem = 'DAT'");
  return { tokenJe, apiKey, vendorWerkstaetten: Number(vendorWerkstaetten) };
}

/**
 * Reads every index of every table once, so the buffer pool holds the data before the first round
 * (a freshly started mariadbd would otherwise serve the first rounds from disk). The pool is sized
 * for the data (see privateMariaDbStarten).
 */
async function pufferFuellen(db) {
  const indizes = await db.alle('SELECT DISTINCT TABLE_NAME AS t, INDEX_NAME AS i FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()');
  for (const { t, i } of indizes) await db.alle(`SELECT COUNT(*) AS n FROM \`${t}\` FORCE INDEX (\`${i}\`)`);
}

/** The requests of each question, both as GraphQL (product) and as the baseline's GET. */
async function stichprobenBilden(db, manifest, zugaenge, groesse) {
  const r = zufall(SEED);
  const bsp = manifest.beispiele;
  const q1Ids = [...new Set(Array.from({ length: 200 }, () => 1 + Math.floor(r() * groesse)))];
  const q1Zeilen = await db.alle(`SELECT spnId, werkstattId FROM auftrag WHERE id IN (${q1Ids.map(() => '?').join(', ')})`, q1Ids);
  const q1 = (spnId, werkstattId) => ({
    name: 'Q1',
    token: zugaenge.tokenJe.get(Number(werkstattId)),
    graphql: { query: Q1_UEBERSICHT, variables: { spnId } },
    pfad: `/q1?spnId=${encodeURIComponent(spnId)}`,
  });
  const besondere = await db.alle(`SELECT spnId, werkstattId FROM auftrag WHERE spnId IN (${[...bsp.wale, ...bsp.leere, ...bsp.normale].map(() => '?').join(', ')})`, [...bsp.wale, ...bsp.leere, ...bsp.normale]);
  const werkstattVon = new Map(besondere.map((z) => [z.spnId, z.werkstattId]));
  const shopToken = zugaenge.tokenJe.get(bsp.groessteWerkstattId);
  const liste = (first, after, name) => ({
    name,
    token: shopToken,
    graphql: { query: Q2_LISTE, variables: { first, after } },
    pfad: `/liste?first=${first}${after ? `&after=${after}` : ''}`,
  });
  // Q3: page 500 of 20 (or the deepest full page the shop has at this size); its cursor ends page 499.
  const seite = Math.min(500, Math.floor(bsp.groessteWerkstattAuftraege / 20));
  const [vor] = await db.alle('SELECT aktualisiertAm, id FROM auftrag WHERE werkstattId = ? ORDER BY aktualisiertAm DESC, id DESC LIMIT 1 OFFSET ?', [bsp.groessteWerkstattId, (seite - 1) * 20 - 1]);
  const q3After = cursor([isoAus(vor.aktualisiertAm), Number(vor.id)]);
  // Q4: the vendor's changes of the newest 2,000 change numbers (or half the orders), 50 per page.
  const ab = Math.max(1, groesse - Math.min(2_000, Math.floor(groesse / 2)));
  const [{ aktualisiertAm: seitRoh }] = await db.alle('SELECT aktualisiertAm FROM auftrag WHERE aenderungsNr = ?', [ab]);
  const seit = isoAus(seitRoh);
  const q4 = { name: 'Q4', token: zugaenge.apiKey, graphql: { query: Q4_FEED, variables: { seit, first: 50 } }, pfad: `/feed?seit=${encodeURIComponent(seit)}&first=50` };
  return {
    Q1: q1Zeilen.map((z) => q1(z.spnId, z.werkstattId)),
    Q1_WAL: bsp.wale.map((s) => q1(s, werkstattVon.get(s))),
    Q1_LEER: bsp.leere.map((s) => q1(s, werkstattVon.get(s))),
    Q1_NORMAL: bsp.normale.map((s) => q1(s, werkstattVon.get(s))),
    Q2: [liste(20, null, 'Q2')],
    Q2_100: [liste(100, null, 'Q2_100')],
    Q3: [liste(20, q3After, 'Q3')],
    Q4: [q4],
    q3Seite: seite,
    q4Seit: seit,
  };
}

// ---------------------------------------------------------------- servers

function serverStarten(art, dbUrl, port, { sqlZaehlen }) {
  const skript = art === 'baseline' ? 'dist/server/src/tools/bench/baseline.js' : 'dist/server/src/main.js';
  const profil = arg.profil && art === 'produkt' && !sqlZaehlen ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(arg.profil)}`] : [];
  // The abuse brakes (API-key budget, SPN-ID brake) are raised: the load generator is one caller at
  // thousands of requests per minute, and the benchmark measures the request path, not the brake.
  // SQL counting (x-sql-statements) is for the check phase: in the product it needs an AsyncLocalStorage,
  // which costs every request CPU, and it is off as shipped. The baseline counts with a plain counter.
  const env = { ...process.env, DATABASE_URL: dbUrl, PORT: String(port), SPN_DEMO: '0', SPN_SQL_ZAEHLEN: sqlZaehlen ? '1' : '0', LOG_LEVEL: 'warn', NODE_ENV: 'production', ...BREMSEN_AUS };
  const cmd = PINNEN ? 'taskset' : process.execPath;
  const args = PINNEN ? ['-c', String(KERN_SERVER), process.execPath, ...profil, skript] : [...profil, skript];
  const logDatei = fs.openSync(path.join(DATEN, `${art}.log`), 'w');
  const kind = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', logDatei, logDatei] });
  return { art, port, kind, pid: kind.pid, url: `http://127.0.0.1:${port}`, dbPid: dbUrl.startsWith('mysql:') ? (privateMariaDb?.pid ?? null) : null };
}

async function bereit(s) {
  for (let i = 0; i < 300; i++) {
    if (s.kind.exitCode !== null) throw new Error(`${s.art} beendet (Exit ${s.kind.exitCode}); siehe data/bench/${s.art}.log`);
    try {
      const r = await fetch(s.art === 'baseline' ? `${s.url}/q1` : `${s.url}/health/ready`);
      if (r.status === 200 || r.status === 401) return;
    } catch {
      // not yet listening
    }
    await sleep(100);
  }
  throw new Error(`${s.art} antwortet nicht`);
}

async function stoppen(s) {
  if (s.kind.exitCode !== null) return;
  s.kind.kill('SIGTERM');
  await new Promise((r) => {
    const t = setTimeout(() => {
      s.kind.kill('SIGKILL');
      r();
    }, 5_000);
    s.kind.once('exit', () => {
      clearTimeout(t);
      r();
    });
  });
}

/** HTTP request of one sample for one server. */
function anfrage(s, probe) {
  const headers = { authorization: `Bearer ${probe.token}` };
  if (s.art === 'baseline') return { method: 'GET', path: probe.pfad, headers };
  return { method: 'POST', path: '/graphql', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(probe.graphql) };
}

async function holen(s, probe) {
  const a = anfrage(s, probe);
  const r = await fetch(s.url + a.path, { method: a.method, headers: a.headers, body: a.body });
  const body = await r.json();
  return { status: r.status, body, sql: Number(r.headers.get('x-sql-statements')) };
}

/** The answer without the instant it was given (`stand`), which differs by design. */
function ohneStand(body) {
  if (body?.data?.auftrag) return { ...body, data: { ...body.data, auftrag: { ...body.data.auftrag, stand: 'X' } } };
  return body;
}

function ersterUnterschied(a, b, pfad = '') {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${pfad}: Produkt ${JSON.stringify(a)?.slice(0, 200)} ≠ Baseline ${JSON.stringify(b)?.slice(0, 200)}`;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const u = ersterUnterschied(a[k], b[k], `${pfad}.${k}`);
    if (u) return u;
  }
  return `${pfad}: Schlüsselreihenfolge`;
}

/** Checks every sample: the product's answer must equal the baseline's. Returns the SQL statement counts. */
async function pruefen(produkt, baseline, proben) {
  const sql = {};
  for (const [name, liste] of Object.entries(proben)) {
    if (!Array.isArray(liste)) continue;
    const zahlen = { produkt: [], baseline: [] };
    for (const probe of liste) {
      const [p, b] = await Promise.all([holen(produkt, probe), holen(baseline, probe)]);
      if (p.status !== 200 || p.body.errors) throw new Error(`${name}: Produkt antwortet mit Fehler ${JSON.stringify(p.body).slice(0, 400)}`);
      if (b.status !== 200) throw new Error(`${name}: Baseline antwortet mit ${b.status} ${JSON.stringify(b.body).slice(0, 400)}`);
      const u = ersterUnterschied(ohneStand(p.body), ohneStand(b.body));
      if (u) throw new Error(`${name} (${JSON.stringify(probe.graphql.variables).slice(0, 120)}): Antworten verschieden bei ${u}`);
      zahlen.produkt.push(p.sql);
      zahlen.baseline.push(b.sql);
    }
    sql[name] = { produkt: [...new Set(zahlen.produkt)], baseline: [...new Set(zahlen.baseline)], anzahl: liste.length };
  }
  return sql;
}

/**
 * "Every query plan uses an index", at the measured size: the product answers up to 20 samples of every
 * question while the private MariaDB writes its general log; every distinct SELECT it sent (mysql2 sends
 * the parameters inline) is EXPLAINed on the same data, with the invariants test's criterion (plaene.ts).
 */
async function plaenePruefen(produkt, url, proben) {
  const db = await dbOeffnen('mariadb', url);
  try {
    await db.ausfuehren("SET GLOBAL log_output = 'TABLE'");
    await db.ausfuehren('TRUNCATE TABLE mysql.general_log');
    await db.ausfuehren('SET GLOBAL general_log = 1');
    try {
      for (const liste of Object.values(proben)) if (Array.isArray(liste)) for (const probe of liste.slice(0, 20)) await holen(produkt, probe);
    } finally {
      await db.ausfuehren('SET GLOBAL general_log = 0');
    }
    const zeilen = await db.alle("SELECT argument FROM mysql.general_log WHERE command_type = 'Query'");
    const anweisungen = [...new Set(zeilen.map((z) => String(z.argument)))].filter((sql) => /^\s*SELECT\b/i.test(sql) && !/general_log/i.test(sql));
    const vollScans = [];
    for (const sql of anweisungen) for (const z of vollScansMariaDb(await db.alle(`EXPLAIN ${sql}`), sql)) vollScans.push(`${z} in: ${sql.slice(0, 200)}`);
    await db.ausfuehren('TRUNCATE TABLE mysql.general_log');
    return { geprueft: anweisungen.length, vollScans };
  } finally {
    await db.schliessen();
  }
}

// ---------------------------------------------------------------- load

function autocannonLauf(opts) {
  return new Promise((resolve, reject) => {
    const inst = autocannon(opts, (err, res) => (err ? reject(err) : resolve(res)));
    inst.on('error', () => undefined);
  });
}

/** A request generator cycling through `folge` (deterministic; shared by all connections). */
function anfragen(s, folge) {
  let i = 0;
  const fertig = folge.map((p) => anfrage(s, p));
  return [{ setupRequest: (req) => ({ ...req, ...fertig[i++ % fertig.length] }) }];
}

/** Saturation: autocannon with VERBINDUNGEN connections, each sending its next request when the answer arrives. */
async function messen(s, folge, dauer) {
  const dbPid = s.dbPid;
  const vorher = cpuTicks(s.pid);
  const dbVorher = cpuTicks(dbPid);
  const res = await autocannonLauf({ url: s.url, connections: VERBINDUNGEN, duration: dauer, requests: anfragen(s, folge) });
  const cpu = (cpuTicks(s.pid) - vorher) / CLK_TCK;
  const dbCpu = (cpuTicks(dbPid) - dbVorher) / CLK_TCK;
  const n = res.requests.total;
  if (res.non2xx || res.errors || res.timeouts) throw new Error(`${s.art}: ${res.non2xx} Nicht-2xx, ${res.errors} Fehler, ${res.timeouts} Timeouts`);
  return { rps: n / res.duration, p50: res.latency.p50, p99: res.latency.p99, cpuMs: (1000 * cpu) / n, dbCpuMs: (1000 * dbCpu) / n, anfragen: n };
}

/**
 * Latency at a fixed rate (open loop): requests start on a uniform schedule whatever the answers do,
 * over up to VERBINDUNGEN keep-alive connections, and each latency counts from the scheduled start
 * (no coordinated omission). autocannon's own rate limit sends each second's quota in a burst, which
 * measures saturation again; hence this small generator.
 */
function gleichmaessig(s, folge, dauer, rate) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: VERBINDUNGEN });
  const ziel = new URL(s.url);
  const fertig = folge.map((p) => {
    const a = anfrage(s, p);
    return { ...a, headers: a.body ? { ...a.headers, 'content-length': Buffer.byteLength(a.body) } : a.headers };
  });
  const intervall = 1000 / rate;
  const latenzen = [];
  let fehler = 0;
  let offen = 0;
  let i = 0;
  const start = performance.now();
  const ende = start + dauer * 1000;
  return new Promise((resolve, reject) => {
    const fertigWenn = () => {
      if (performance.now() >= ende && offen === 0) {
        agent.destroy();
        if (fehler) return reject(new Error(`${s.art}: ${fehler} Fehler bei ${rate}/s`));
        latenzen.sort((a, b) => a - b);
        const p = (q) => latenzen[Math.min(latenzen.length - 1, Math.floor(q * latenzen.length))];
        resolve({ rate, anfragen: latenzen.length, p50: p(0.5), p99: p(0.99) });
      }
    };
    const senden = () => {
      const jetzt = performance.now();
      for (let geplant = start + i * intervall; geplant <= jetzt && geplant < ende; geplant = start + i * intervall) {
        const a = fertig[i++ % fertig.length];
        offen++;
        const req = http.request({ agent, host: ziel.hostname, port: ziel.port, method: a.method, path: a.path, headers: a.headers }, (res) => {
          res.resume();
          res.on('end', () => {
            latenzen.push(performance.now() - geplant);
            if (res.statusCode !== 200) fehler++;
            offen--;
            fertigWenn();
          });
        });
        req.on('error', () => {
          fehler++;
          offen--;
          fertigWenn();
        });
        req.end(a.body);
      }
      if (performance.now() < ende) setTimeout(senden, Math.max(0, start + i * intervall - performance.now()));
      else fertigWenn();
    };
    senden();
  });
}

function mischung(proben) {
  const r = zufall(SEED + 1);
  return Array.from({ length: 1000 }, () => {
    const x = r();
    if (x < 0.7) return proben.Q1[Math.floor(r() * proben.Q1.length)];
    if (x < 0.9) return proben.Q2[0];
    if (x < 0.95) return proben.Q3[0];
    return proben.Q4[0];
  });
}

// ---------------------------------------------------------------- one database × size

async function lauf(art, groesse) {
  const { url, manifest } = await datenBereitstellen(art, groesse);
  const db = await dbOeffnen(art, art === 'sqlite' ? url.slice(7) : url);
  const zugaenge = await zugaengeAnlegen(db, art);
  const proben = await stichprobenBilden(db, manifest, zugaenge, groesse);
  const dbVersion = await db.version();
  if (art === 'mariadb') await pufferFuellen(db);
  await db.schliessen();

  const baseline = serverStarten('baseline', url, 4801, { sqlZaehlen: true });
  const zaehlend = serverStarten('produkt', url, 4802, { sqlZaehlen: true });
  let produkt = zaehlend;
  try {
    await Promise.all([bereit(baseline), bereit(zaehlend)]);
    log(`${art} ${groesse}: Server laufen (Baseline pid ${baseline.pid}, Produkt pid ${zaehlend.pid}); prüfe Antworten …`);
    const sql = await pruefen(zaehlend, baseline, proben);
    log(`${art} ${groesse}: alle Antworten gleich; SQL je Anfrage ${Object.entries(sql).map(([k, v]) => `${k} ${v.produkt.join('/')}:${v.baseline.join('/')}`).join(', ')}`);
    // Only on the benchmark's own mariadbd: the check switches the server's general log on and empties it.
    const plaene = art === 'mariadb' && !arg['mariadb-url'] ? await plaenePruefen(zaehlend, url, proben) : null;
    if (plaene) log(`${art} ${groesse}: ${plaene.geprueft} Anweisungen mit EXPLAIN geprüft, ${plaene.vollScans.length ? `Full Scans: ${plaene.vollScans.join('; ')}` : 'kein Full Scan'}`);
    // The product is measured as shipped: without the SQL counter.
    await stoppen(zaehlend);
    produkt = serverStarten('produkt', url, 4802, { sqlZaehlen: false });
    await bereit(produkt);

    const fragen = { Q1: proben.Q1, Q2: proben.Q2, Q3: proben.Q3, Q4: proben.Q4, MIX: mischung(proben) };
    const ergebnisse = Object.fromEntries(Object.keys(fragen).map((f) => [f, { baseline: [], produkt: [] }]));
    for (const folge of Object.values(fragen)) for (const s of [baseline, produkt]) await messen(s, folge, arg.quick ? 1 : 2); // warm-up (JIT, caches)
    // Every round measures every question on both servers, so figures compared with each other (product
    // against baseline, Q3 against Q2) are taken seconds apart, not minutes: the machine's speed drifts.
    for (let runde = 0; runde < RUNDEN; runde++) {
      const reihenfolge = runde % 2 === 0 ? [baseline, produkt] : [produkt, baseline];
      for (const [frage, folge] of Object.entries(fragen)) {
        for (const s of reihenfolge) {
          const satt = await messen(s, folge, DAUER);
          const teil = await gleichmaessig(s, folge, DAUER, Math.max(1, 0.7 * satt.rps));
          ergebnisse[frage][s.art].push({ satt, teil });
        }
      }
      log(`${art} ${groesse}: Runde ${runde + 1}/${RUNDEN} gemessen`);
    }
    for (const frage of Object.keys(fragen)) {
      const m = (s, f) => median(ergebnisse[frage][s].map(f));
      log(
        `${art} ${groesse} ${frage}: Baseline ${m('baseline', (e) => e.satt.rps).toFixed(0)}/s ${m('baseline', (e) => e.satt.cpuMs).toFixed(2)} ms CPU; ` +
          `Produkt ${m('produkt', (e) => e.satt.rps).toFixed(0)}/s ${m('produkt', (e) => e.satt.cpuMs).toFixed(2)} ms CPU`,
      );
    }
    const ergebnis = { art, groesse, dbVersion, sql, plaene, ergebnisse, rss: { baseline: vmHwmMb(baseline.pid), produkt: vmHwmMb(produkt.pid) }, q3Seite: proben.q3Seite, q4Seit: proben.q4Seit, vendorWerkstaetten: zugaenge.vendorWerkstaetten, manifest };
    // The database and the Q1 samples (with session tokens) stay for the scaling comparison, not in the result file.
    return Object.defineProperty(ergebnis, 'intern', { value: { url, q1: proben.Q1 }, enumerable: false });
  } finally {
    await Promise.all([stoppen(baseline), stoppen(zaehlend), stoppen(produkt)]);
  }
}

/**
 * Q1 at the largest size against Q1 at 10 k, measured in alternation with two product servers (one per
 * database), so that the comparison is not a comparison of two moments of a drifting machine.
 */
async function skalierungMessen(laeufe) {
  const art = DBS.includes('mariadb') ? 'mariadb' : DBS[0];
  const klein = laeufe.find((l) => l.art === art && l.groesse === 10_000);
  const gross = laeufe.filter((l) => l.art === art && l.groesse > 10_000).at(-1);
  if (!klein || !gross) return null;
  const a = serverStarten('produkt', klein.intern.url, 4803, { sqlZaehlen: false });
  const b = serverStarten('produkt', gross.intern.url, 4804, { sqlZaehlen: false });
  try {
    await Promise.all([bereit(a), bereit(b)]);
    for (const [s, l] of [[a, klein], [b, gross]]) await messen(s, l.intern.q1, arg.quick ? 1 : 2); // warm-up
    const runden = [];
    for (let runde = 0; runde < RUNDEN; runde++) {
      const paar = runde % 2 === 0 ? [[a, klein], [b, gross]] : [[b, gross], [a, klein]];
      const m = {};
      for (const [s, l] of paar) m[l.groesse] = await messen(s, l.intern.q1, DAUER);
      runden.push(m);
    }
    const rpsFaktor = median(runden.map((m) => m[gross.groesse].rps / m[10_000].rps));
    const cpuFaktor = median(runden.map((m) => m[gross.groesse].cpuMs / m[10_000].cpuMs));
    log(`Skalierung ${art}: Q1 bei ${gross.groesse} ${pct(rpsFaktor)} des Durchsatzes bei 10 k (CPU je Anfrage ${pct(cpuFaktor)}), im Wechsel gemessen`);
    return { art, gross: gross.groesse, rpsFaktor, cpuFaktor, runden };
  } finally {
    await Promise.all([stoppen(a), stoppen(b)]);
  }
}

// ---------------------------------------------------------------- report

const FRAGEN = ['Q1', 'Q2', 'Q3', 'Q4', 'MIX'];
const f0 = (x) => (Number.isFinite(x) ? x.toFixed(0) : '–');
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const pct = (x) => (Number.isFinite(x) ? `${(100 * x).toFixed(0)} %` : '–');

function kennzahlen(l, frage) {
  const e = l.ergebnisse[frage];
  const m = (s, f) => median(e[s].map(f));
  const k = {};
  for (const s of ['baseline', 'produkt']) {
    k[s] = {
      rps: m(s, (x) => x.satt.rps),
      p50: m(s, (x) => x.satt.p50),
      p99: m(s, (x) => x.satt.p99),
      p50_70: m(s, (x) => x.teil.p50),
      p99_70: m(s, (x) => x.teil.p99),
      cpuMs: m(s, (x) => x.satt.cpuMs),
      dbCpuMs: m(s, (x) => x.satt.dbCpuMs),
    };
  }
  // Ratios per round (both servers measured back to back) and their median: the machine's speed drifts
  // over a run, and a ratio of two medians taken minutes apart would carry that drift.
  const jeRunde = (f) => e.produkt.map((x, i) => f(x) / f(e.baseline[i]));
  const sqlVon = (s) => (frage === 'MIX' ? '–' : l.sql[frage][s].join('/'));
  const rps = jeRunde((x) => x.satt.rps);
  const cpu = jeRunde((x) => x.satt.cpuMs);
  return { ...k, rpsFaktor: median(rps), cpuFaktor: median(cpu), rpsRunden: rps, cpuRunden: cpu, sqlProdukt: sqlVon('produkt'), sqlBaseline: sqlVon('baseline') };
}

function tabelle(l) {
  const zeilen = [
    `| Frage | req/s Baseline | req/s Produkt | Produkt/Baseline | CPU ms/req Baseline | CPU ms/req Produkt | CPU-Faktor | p50/p99 ms Baseline (Sättigung) | p50/p99 ms Produkt (Sättigung) | p50/p99 ms Produkt bei 70 % | p99/p50 bei 70 % Produkt (Baseline) | SQL/req Produkt : Baseline |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const q of FRAGEN) {
    const k = kennzahlen(l, q);
    zeilen.push(
      `| ${q} | ${f0(k.baseline.rps)} | ${f0(k.produkt.rps)} | ${pct(k.rpsFaktor)} | ${f2(k.baseline.cpuMs)} | ${f2(k.produkt.cpuMs)} | ${f2(k.cpuFaktor)} × | ` +
        `${f1(k.baseline.p50)} / ${f1(k.baseline.p99)} | ${f1(k.produkt.p50)} / ${f1(k.produkt.p99)} | ${f1(k.produkt.p50_70)} / ${f1(k.produkt.p99_70)} | ${f1(k.produkt.p99_70 / k.produkt.p50_70)} (${f1(k.baseline.p99_70 / k.baseline.p50_70)}) | ${k.sqlProdukt} : ${k.sqlBaseline} |`,
    );
  }
  return zeilen.join('\n');
}

function ziele(laeufe) {
  const maria = laeufe.filter((l) => l.art === 'mariadb');
  const haupt = maria.find((l) => l.groesse === 200_000) ?? maria.at(-1) ?? laeufe.at(-1);
  const klein = laeufe.find((l) => l.art === haupt?.art && l.groesse === 10_000);
  if (!haupt) return 'Keine Messung.';
  const hinweis = haupt.art === 'mariadb' && haupt.groesse === 200_000 ? '' : ` **(nicht die Zielkonfiguration MariaDB/200 k, sondern ${haupt.art}/${haupt.groesse})**`;
  const q = Object.fromEntries(FRAGEN.map((f) => [f, kennzahlen(haupt, f)]));
  const zeilen = [];
  const ziel = (text, wert, erfuellt) => zeilen.push(`| ${text} | ${wert} | ${erfuellt === null ? 'nicht messbar' : erfuellt ? '**erfüllt**' : '**nicht erfüllt**'} |`);
  // The median decides; the spread of the rounds stands beside it, so a target met by a hair is seen as such.
  const spanne = (werte, fmt) => (werte.length > 1 ? ` (Runden ${fmt(Math.min(...werte))}–${fmt(Math.max(...werte))})` : '');
  const r1 = q.Q1.rpsFaktor;
  ziel('Q1 Durchsatz ≥ 50 % der Baseline (Stretch 65 %)', pct(r1) + spanne(q.Q1.rpsRunden, pct), r1 >= 0.5);
  ziel('Q1 Stretch: ≥ 65 %', pct(r1), r1 >= 0.65);
  const c1 = q.Q1.cpuFaktor;
  ziel('Q1 CPU je Anfrage ≤ 2 × Baseline', `${f2(c1)} ×${spanne(q.Q1.cpuRunden, (x) => `${f2(x)} ×`)}`, c1 <= 2);
  const r2 = q.Q2.rpsFaktor;
  ziel('Q2 Durchsatz ≥ 40 % der Baseline', pct(r2) + spanne(q.Q2.rpsRunden, pct), r2 >= 0.4);
  const s = haupt.sql;
  const q1Zahlen = [...new Set([...s.Q1_LEER.produkt, ...s.Q1_NORMAL.produkt, ...s.Q1_WAL.produkt, ...s.Q1.produkt])];
  ziel('Q1 SQL-Anweisungen ≤ 8, gleich für leeren, normalen und Wal-Auftrag', `leer ${s.Q1_LEER.produkt.join('/')}, normal ${s.Q1_NORMAL.produkt.join('/')}, Wal ${s.Q1_WAL.produkt.join('/')}`, q1Zahlen.length === 1 && q1Zahlen[0] <= 8);
  const q2Zahlen = [...new Set([...s.Q2.produkt, ...s.Q2_100.produkt])];
  ziel('Q2 SQL-Anweisungen ≤ 10, gleich für 20 und 100 je Seite', `20: ${s.Q2.produkt.join('/')}, 100: ${s.Q2_100.produkt.join('/')}`, q2Zahlen.length === 1 && q2Zahlen[0] <= 10);
  // Q3 against Q2 per round (both measured in the same round), median.
  const r3 = median(haupt.ergebnisse.Q3.produkt.map((x, i) => x.satt.rps / haupt.ergebnisse.Q2.produkt[i].satt.rps));
  const r3b = median(haupt.ergebnisse.Q3.baseline.map((x, i) => x.satt.rps / haupt.ergebnisse.Q2.baseline[i].satt.rps));
  ziel(`Q3 (Seite ${haupt.q3Seite}) ≥ 80 % des Q2-Durchsatzes`, `${pct(r3)} (Baseline: ${pct(r3b)})`, r3 >= 0.8);
  const sk = skalierung?.art === haupt.art && skalierung.gross === haupt.groesse ? skalierung : null;
  if (sk) {
    ziel(`Q1 bei ${haupt.groesse} ≥ 80 % von Q1 bei 10 k (beide im Wechsel gemessen)`, `${pct(sk.rpsFaktor)} (CPU je Anfrage ${pct(sk.cpuFaktor)})`, sk.rpsFaktor >= 0.8);
  } else if (klein && klein !== haupt) {
    const r = q.Q1.produkt.rps / kennzahlen(klein, 'Q1').produkt.rps;
    ziel(`Q1 bei ${haupt.groesse} ≥ 80 % von Q1 bei 10 k`, pct(r), r >= 0.8);
  } else ziel('Q1 bei 200 k ≥ 80 % von Q1 bei 10 k', '–', null);
  const schlechteste = Math.max(...FRAGEN.map((f) => q[f].produkt.p99_70 / q[f].produkt.p50_70));
  const baselineSchlechteste = Math.max(...FRAGEN.map((f) => q[f].baseline.p99_70 / q[f].baseline.p50_70));
  ziel('p99 ≤ 4 × p50 bei 70 % der Sättigung (Produkt, schlechteste Frage)', `${f1(schlechteste)} × (Baseline: ${f1(baselineSchlechteste)} ×)`, schlechteste <= 4);
  ziel('Spitzen-RSS des Servers ≤ 300 MB', `${f0(haupt.rss.produkt)} MB`, haupt.rss.produkt <= 300);
  const planZiel = 'Jeder Abfrageplan nutzt einen Index (kein Full Scan von auftrag oder Kindtabellen für Q1–Q4)';
  const p = haupt.plaene;
  if (p) ziel(planZiel, p.vollScans.length ? `${p.vollScans.length} Full Scans, z. B. ${p.vollScans[0].slice(0, 160)}` : `${p.geprueft} Anweisungen des Produkts mit EXPLAIN geprüft, kein Full Scan`, p.vollScans.length === 0);
  else ziel(planZiel, 'nur auf der privaten MariaDB des Benchmarks geprüft; `test/e2e/bench-invarianten.e2e.test.ts` prüft beide Datenbanken', null);
  return `Gemessen an ${haupt.art} mit ${haupt.groesse.toLocaleString('de-DE')} Aufträgen${hinweis}.\n\n| Ziel (Issue 6) | gemessen | |\n|---|---:|---|\n${zeilen.join('\n')}`;
}

function versionVon(paket) {
  try {
    return require(path.join(root, 'node_modules', paket, 'package.json')).version;
  } catch {
    return '?';
  }
}

function berichtSchreiben(laeufe, befehl) {
  const cpu = os.cpus()[0]?.model ?? '?';
  let commit = '?';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
  } catch {
    // not a git checkout
  }
  const abschnitte = laeufe.map(
    (l) =>
      `### ${l.art === 'mariadb' ? 'MariaDB' : 'SQLite'} ${l.dbVersion}, ${l.groesse.toLocaleString('de-DE')} Aufträge\n\n` +
      `${l.manifest.werkstaetten} Werkstätten; größte Werkstatt ${l.manifest.beispiele.groessteWerkstattAuftraege} Aufträge (Q2/Q3); Q3 = Seite ${l.q3Seite}; ` +
      `Q4 = Kalkulationssystem mit ${l.vendorWerkstaetten} Werkstätten, geaendertSeit ${l.q4Seit}, 50 je Seite. ` +
      `Spitzen-RSS: Baseline ${f0(l.rss.baseline)} MB, Produkt ${f0(l.rss.produkt)} MB.\n\n${tabelle(l)}\n` +
      (l.art === 'mariadb'
        ? `\nCPU von mariadbd je Anfrage: ${FRAGEN.map((f) => { const k = kennzahlen(l, f); return `${f} ${f2(k.baseline.dbCpuMs)} : ${f2(k.produkt.dbCpuMs)} ms`; }).join(', ')} (Baseline : Produkt).\n`
        : ''),
  );
  const text = `# Benchmark: Produkt gegen Raw-SQL-Baseline

Erzeugt von \`${befehl}\` am ${new Date().toISOString()} (Commit ${commit}, Dauer ${((Date.now() - T0) / 60_000).toFixed(1)} min).
${arg.quick ? '\n**Kurzlauf (`--quick`): nur als Rauchtest, nicht als Ergebnis verwenden.**\n' : ''}
## Was gemessen wird

- **Produkt**: \`dist/server/src/main.js\` wie ausgeliefert (Apollo Server 5, type-graphql, TypeORM, DataLoader), \`SPN_DEMO=0\`, \`LOG_LEVEL=warn\`, \`NODE_ENV=production\` (beide Server), sonst die Voreinstellungen
  (also auch \`SPN_HEAP_WACHSTUM_PROZENT=150\`); die Missbrauchsbremsen (API-Schlüssel-Budget, SPN-ID-Bremse) hochgesetzt, weil der Lastgenerator ein einziger Aufrufer mit Tausenden Anfragen je Minute ist.
  Die SQL-Zählung (\`SPN_SQL_ZAEHLEN=1\`, Header \`x-sql-statements\`) läuft nur in der Prüfphase: sie braucht im Produkt einen AsyncLocalStorage, dessen Promise-Hooks jede Anfrage
  verteuern, und ist ausgeliefert aus. Für die Messung wird das Produkt danach ohne Zählung neu gestartet (die Baseline zählt mit einem einfachen Zähler).
- **Baseline**: \`dist/server/src/tools/bench/baseline.js\`, ein \`node:http\`-Server ohne GraphQL und ORM mit handgeschriebenem SQL
  (better-sqlite3-Statements bzw. mysql2-Prepared-Statements), gleiche Authentifizierung (Sitzungstoken bzw. API-Schlüssel, eine Anweisung),
  gleiche FAQ-Regeln (reine Funktionen), **gleiches JSON**: jede Antwort des Produkts wurde vor der Messung mit der der Baseline verglichen
  (Q1: 200 zufällige Aufträge plus Wale, leere und normale; Q2, Q2 mit 100 je Seite, Q3, Q4), nur \`stand\` (Zeitpunkt der Antwort) ausgenommen.
- **Fragen**: Q1 volle Übersicht eines zufälligen Auftrags per SPN-ID (als dessen Werkstatt); Q2 erste Listenseite (20) der größten Werkstatt mit KVs,
  Freigaben und Rechnungen; Q3 Seite 500 derselben Liste (Cursor vorab bestimmt); Q4 Abruf-Feed \`geaendertSeit\` eines Kalkulationssystems;
  MIX 70/20/5/5.
- **Kennzahlen** je Frage: Median über ${RUNDEN} Runden (abwechselnd Baseline zuerst / Produkt zuerst; jede Runde misst alle Fragen an beiden Servern), je Runde ${DAUER} s unter Sättigung
  (autocannon, ${VERBINDUNGEN} Verbindungen) und ${DAUER} s bei 70 % des gemessenen Sättigungsdurchsatzes (offene Last: Anfragen in gleichmäßigem
  Takt über bis zu ${VERBINDUNGEN} Keep-alive-Verbindungen, Latenz ab geplantem Start; autocannons \`overallRate\` schickt das Kontingent jeder Sekunde als Schwall).
  CPU ms/req = (utime + stime des Serverprozesses aus \`/proc/<pid>/stat\`) / Anfragen im Sättigungslauf. Spitzen-RSS = \`VmHWM\` am Ende.
  Die Verhältnisse Produkt/Baseline (Durchsatz, CPU-Faktor) sind Mediane der Verhältnisse je Runde, in der beide direkt nacheinander liefen: die Geschwindigkeit
  der Maschine wandert über einen Lauf, ein Verhältnis zweier Mediane aus verschiedenen Minuten trüge das mit. Q1 bei 200 k gegen 10 k wird am Ende eigens
  gemessen: zwei Produkt-Server (einer je Datenbank) abwechselnd, ${RUNDEN} Runden.
  SQL/req aus dem Header \`x-sql-statements\` (jede Anweisung, Anmeldung eingeschlossen).
- **Abfragepläne** (MariaDB, je Größe): bis zu 20 Stichproben jeder Frage ans Produkt, während die MariaDB ihr General Log schreibt; jede dabei
  gesendete SELECT-Anweisung wird auf denselben Daten mit \`EXPLAIN\` geprüft (Full Scan = \`type\` ALL oder index auf \`auftrag\` oder einer Kindtabelle;
  Kriterium aus \`server/src/tools/bench/plaene.ts\`, das auch \`test/e2e/bench-invarianten.e2e.test.ts\` nutzt).
- **CPU-Zuordnung**: ${PINNEN ? `Server (Baseline bzw. Produkt, einzeln gemessen) mit \`taskset -c ${KERN_SERVER}\` auf CPU ${KERN_SERVER}; Benchmark-Prozess mit Lastgenerator (autocannon, im selben Prozess)${privateMariaDb ? ' und die private MariaDB' : ''} auf CPU ${KERN_LAST}` : 'nicht gepinnt (weniger als 2 Kerne oder kein taskset)'}. ${privateMariaDb ? `MariaDB: privater \`mariadbd\` (data/bench/mariadb, Buffer Pool ${privateMariaDb.pool}, Binärlog aus, \`innodb_flush_log_at_trx_commit=2\`)` : arg['mariadb-url'] ? `MariaDB: externer Server ${arg['mariadb-url']} (ungepinnt, eigene Konfiguration)` : ''}. Zwei Kerne reichen nicht für drei getrennte Kerne: Server allein auf einem, Datenbank und Last teilen sich den anderen.

## Was das Produkt nahe an die Baseline bringt

Gemessen mit Profilen (\`node --cpu-prof\`) unter Last; jeder Schritt ist im Code an seiner Stelle begründet:

- **Eine Anweisung für alle Listen eines Auftrags** (\`server/src/graphql/loaders.ts\`, \`kinderBuendel\`): KVs, Freigaben, Rechnungen, Stornos, Erinnerungen,
  Tickets mit Nachrichten, nicht zugeordnete Eingänge und Mails kommen als \`UNION ALL\` mit je einer JSON-Zeile (\`JSON_OBJECT\`, in SQLite und MariaDB gleich
  geschrieben); nur die Arten, nach denen die Anfrage fragt. Der Verlauf bringt seine Gesamtzahl per Fensterfunktion mit. Q1 von 13 auf 4 Anweisungen, Q2 von 6 auf 4.
- **Handgeschriebenes SQL auf heißen Pfaden**: Sitzungsprüfung, Auftrag per SPN-ID (mit Werkstatt und Versicherer), Listenseiten und ihre Zählung; die
  Mandantenregel bleibt an einer Stelle (\`auftrag-scope.ts\`). TypeORMs Query Builder und Entity-Transformer kosteten mehr CPU als die Anweisungen selbst.
  Zeilen werden mit Lesern gelesen, die je DataSource einmal aus den Entity-Metadaten gebaut werden (\`server/src/db/leser.ts\`).
- **type-graphql \`simpleResolvers\`** für alle Objekttypen: eigene Felder liest der Standard-Resolver von graphql-js statt type-graphqls Middleware-Hülle
  (beim Start geprüft: kein einfaches Feld mit Rollen oder Middleware). Q1 etwa −20 % CPU.
- **Kostenschätzung je Dokument** gemerkt (nur die Variablen in \`first\` und Direktiven gehen in den Schlüssel), mysql2 ohne Stack-Erfassung je Anfrage (\`trace: false\`),
  SQL-Zählung nur, wenn eingeschaltet.
- **Speicher**: V8 lässt den Heap sonst bis zum Vierfachen dessen wachsen, was die letzte volle Sammlung überlebt hat (Spitzen-RSS um 300 MB);
  \`SPN_HEAP_WACHSTUM_PROZENT=150\` hält ihn bei etwa 230 MB. Vorab gemessen (Q2, 10 k, je zwei Läufe): 100 % → 200 MB bei etwa 8 % mehr CPU, 200 % → 253 MB ohne messbaren Unterschied, 0 (V8) → 300 MB.

Gemessen und **nicht** übernommen:

- **graphql-jit** (über Apollos Gateway-Schnittstelle als Executor, da Apollo Server 5 keine \`executor\`-Option mehr hat): Median aus vier abwechselnden
  Läufen bei 10 k Aufträgen Q2 −14 % CPU, aber Q1 +15 % CPU. Q1 ist 70 % der Mischung und das Hauptziel; dazu kämen ein zweiter Ausführungspfad und
  abweichende Fehlermeldungen bei ungültigen Variablen. Verworfen.

## Maschine und Versionen

- ${cpu}, ${KERNE} Kerne, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}
- Node ${process.version}; @apollo/server ${versionVon('@apollo/server')}, graphql ${versionVon('graphql')}, type-graphql ${versionVon('type-graphql')}, typeorm ${versionVon('typeorm')},
  dataloader ${versionVon('dataloader')}, mysql2 ${versionVon('mysql2')}, better-sqlite3 ${versionVon('better-sqlite3')}, autocannon ${versionVon('autocannon')}
- Daten: \`npm run seed:scale\` mit Seed ${SEED}

## Ziele

${ziele(laeufe)}

Durchsatz und Latenzen schwanken auf einer geteilten Maschine stark; CPU ms/req ist die stabilste Größe. Liegt p50 bei 70 % weit über
p50 unter Sättigung, war der Sättigungswert der Runde durch Fremdlast zu hoch und die 70 %-Last hat den Server überlastet (dann ist
p99/p50 dort nicht aussagekräftig). Auch zwischen Maschinen derselben Art streuen die Verhältnisse bei gleichem Code deutlich (Q1-CPU-Faktor
bei unverändertem Produktcode: 2,05 × im Lauf vom 4.12.2026 10:41 UTC, 1,41 × um 16:56 UTC auf einer anderen Maschine); frühere Läufe stehen in der Git-Geschichte dieser Datei
(\`git log -p BENCHMARKS.md\`).

## Ergebnisse

${abschnitte.join('\n')}
## Reproduzieren

\`\`\`bash
${befehl}
\`\`\`
`;
  fs.writeFileSync(AUSGABE, text);
  fs.writeFileSync(path.join(DATEN, `ergebnis-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify({ laeufe, skalierung }, null, 2));
}

// ---------------------------------------------------------------- main

const befehl = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
log(`${befehl}: Datenbanken ${DBS.join(', ')}, Größen ${GROESSEN.join(', ')}, ${RUNDEN} Runden à ${DAUER} s, ${VERBINDUNGEN} Verbindungen${PINNEN ? `; Last auf CPU ${KERN_LAST}, Server auf CPU ${KERN_SERVER}` : ''}`);
const laeufe = [];
/** Q1 at the largest size against 10 k, measured in alternation (skalierungMessen). */
let skalierung = null;
let MARIADB_URL = arg['mariadb-url'] ?? null;
try {
  if (DBS.includes('mariadb') && !MARIADB_URL) MARIADB_URL = await privateMariaDbStarten();
  for (const art of DBS) for (const groesse of GROESSEN) laeufe.push(await lauf(art, groesse));
  skalierung = await skalierungMessen(laeufe);
} finally {
  await privateMariaDbStoppen();
  if (laeufe.length) {
    berichtSchreiben(laeufe, befehl);
    log(`${path.relative(root, AUSGABE)} geschrieben (${laeufe.length} Läufe).`);
  }
}
