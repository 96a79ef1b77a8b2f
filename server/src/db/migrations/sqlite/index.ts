import { Initial1796327794658 } from './1796327794658-Initial';

/** SQLite migrations, in order. Generated with `npm run migration:generate`; test/e2e/migrations.e2e.test.ts checks they match the entities. */
export const SQLITE_MIGRATIONS: Function[] = [Initial1796327794658];
