import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config';
import { openDatabase } from './db/data-source';
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
  const ds = await openDatabase(config.database, { sqlLog: config.sqlLog });
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

main().catch((e: unknown) => {
  process.stderr.write(`Start fehlgeschlagen: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
