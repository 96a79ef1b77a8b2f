import { Initial1796329871845 } from './1796329871845-Initial';

/** SQLite migrations, in order. Generated with `npm run migration:generate -- server/src/db/migrations/<dialect>/<Name>` (see README); test/e2e/migrations.e2e.test.ts checks they match the entities. */
export const SQLITE_MIGRATIONS: Function[] = [Initial1796329871845];
