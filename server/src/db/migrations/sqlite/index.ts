import { Initial1796329871845 } from './1796329871845-Initial';

/** SQLite migrations, in order. Add one with `npm run migration:neu -- <Name>` (scripts/migration-neu.sh); test/e2e/migrations.e2e.test.ts checks they match the entities. */
export const SQLITE_MIGRATIONS: Function[] = [Initial1796329871845];
