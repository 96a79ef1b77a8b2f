import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from './server/src/config/config';
import { dataSourceOptions } from './server/src/db/data-source';

/**
 * DataSource for the TypeORM CLI (migrations), configured by the same environment as the server:
 * `DATABASE_URL=mysql://root@127.0.0.1:3306/spn npx typeorm migration:show -d dist/ormconfig.js`.
 * Set `SPN_MARIADB=1` when the server is MariaDB (the server itself detects it at start).
 */
const config = loadConfig();
export default new DataSource(dataSourceOptions(config.database, { sqlLog: config.sqlLog, mariaDb: process.env.SPN_MARIADB === '1' }));
