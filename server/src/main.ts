import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Config, ConfigError, loadConfig } from './config/config';
import { openDatabase } from './db/data-source';
import { warteServerStarten } from './http/warte-server';
import { demoDatenAnlegen } from './db/seed/demo-seed';
import { loggerErstellen } from './logger';
import { createServer } from './server';

/** Process entry: config → database (migrations) → demo data → server → listen. */
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
  const ds = await datenbankOeffnen(config, log);
  if (!ds) return;
  if (config.demo) {
    const ergebnis = await demoDatenAnlegen(ds, { bcryptCost: config.bcryptCost });
    log.info({ neu: ergebnis.neu }, ergebnis.neu ? 'Demo-Daten angelegt' : 'Demo-Daten vorhanden');
  }
  const server = await createServer(config, ds, { logger: log });
  const url = await server.listen(config.port);
  log.info({ url, datenbank: config.database.type, demo: config.demo }, `SPN Self-Service-Portal läuft: ${url} (GraphQL: ${url}/graphql)`);

  let beendet = false;
  const beenden = async (signal: string) => {
    if (beendet) return;
    beendet = true;
    log.info({ signal }, 'Beende: laufende Anfragen werden abgeschlossen');
    await server.stop();
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
