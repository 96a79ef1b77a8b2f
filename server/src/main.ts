import 'reflect-metadata';
import v8 from 'node:v8';
import { DataSource } from 'typeorm';
import { Config, ConfigError, loadConfig } from './config/config';
import { openDatabase } from './db/data-source';
import { warteServerStarten } from './http/warte-server';
import { demoDatenAnlegen } from './db/seed/demo-seed';
import { loggerErstellen } from './logger';
import { ErinnerungsPlaner } from './modules/auftrag/erinnerung.scheduler';
import { outboxWorkerErstellen } from './modules/benachrichtigung/outbox.worker';
import { createServer } from './server';

/**
 * Process entry: config → database (migrations) → demo data → server → listen, then the background
 * jobs: the outbox worker (with SMTP_URL) and the reminder scheduler (with SPN_ERINNERUNG_NACH_TAGEN).
 */
async function main(): Promise<void> {
  const log = loggerErstellen(process.env.LOG_LEVEL ?? 'info');
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  // Read by V8 whenever it sets the next collection's limit, so it takes effect although the heap already exists.
  if (config.heapWachstumProzent > 0) v8.setFlagsFromString(`--heap-growing-percent=${config.heapWachstumProzent}`);
  const ds = await datenbankOeffnen(config, log);
  if (!ds) return;
  if (config.demo) {
    const ergebnis = await demoDatenAnlegen(ds, { bcryptCost: config.bcryptCost });
    log.info({ neu: ergebnis.neu }, ergebnis.neu ? 'Demo-Daten angelegt' : 'Demo-Daten vorhanden');
  }
  const server = await createServer(config, ds, { logger: log });
  const url = await server.listen(config.port);
  log.info({ url, datenbank: config.database.type, demo: config.demo }, `SPN Self-Service-Portal läuft: ${url} (GraphQL: ${url}/graphql)`);

  const outbox = config.smtp ? outboxWorkerErstellen(config.smtp, ds, log) : null;
  if (outbox && config.smtp) {
    outbox.start(config.outboxIntervallMs);
    log.info({ smtp: config.smtp.ziel, worker: outbox.id, intervallMs: config.outboxIntervallMs }, 'E-Mail-Versand aktiv');
  } else {
    log.info('E-Mail-Versand aus (SMTP_URL nicht gesetzt): System-E-Mails bleiben im Postausgang');
  }
  const planer = config.erinnerungNachTagen > 0 ? new ErinnerungsPlaner({ ds, logger: log, nachTagen: config.erinnerungNachTagen }) : null;
  if (planer) {
    planer.start(config.erinnerungIntervallMs);
    log.info({ nachTagen: config.erinnerungNachTagen, intervallMs: config.erinnerungIntervallMs }, 'Automatische Erinnerungen aktiv');
  }

  let beendet = false;
  const beenden = async (signal: string) => {
    if (beendet) return;
    beendet = true;
    log.info({ signal }, 'Beende: laufende Anfragen und der laufende E-Mail-Stapel werden abgeschlossen');
    await Promise.all([server.stop(), outbox?.stop(), planer?.stop()]);
    await ds.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void beenden('SIGTERM'));
  process.on('SIGINT', () => void beenden('SIGINT'));
}

/**
 * Opens the database and runs the migrations. A MySQL/MariaDB server that is not reachable yet is
 * waited for (with growing pauses up to 10 s) while a stand-in answers on the port: liveness up,
 * readiness 503. SQLite errors are not transient and stop the start. Null if a signal ended the wait.
 */
async function datenbankOeffnen(config: Config, log: ReturnType<typeof loggerErstellen>): Promise<DataSource | null> {
  let warteServer: Awaited<ReturnType<typeof warteServerStarten>> | null = null;
  let abgebrochen = false;
  const abbrechen = () => {
    abgebrochen = true;
  };
  process.once('SIGTERM', abbrechen);
  process.once('SIGINT', abbrechen);
  try {
    for (let versuch = 1; ; versuch++) {
      try {
        return await openDatabase(config.database, { sqlLog: config.sqlLog });
      } catch (e) {
        if (config.database.type === 'sqlite') throw e;
        const pauseMs = Math.min(500 * versuch, 10_000);
        log.warn({ versuch, fehler: e instanceof Error ? e.message : String(e), pauseMs }, 'Datenbank nicht erreichbar; neuer Versuch');
        warteServer ??= await warteServerStarten(config.port);
        for (let t = 0; t < pauseMs && !abgebrochen; t += 100) await new Promise((r) => setTimeout(r, 100));
        if (abgebrochen) {
          log.info('Beendet, bevor die Datenbank erreichbar war');
          return null;
        }
      }
    }
  } finally {
    process.off('SIGTERM', abbrechen);
    process.off('SIGINT', abbrechen);
    await warteServer?.schliessen();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`Start fehlgeschlagen: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
