import { Initial1796329871845 } from './1796329871845-Initial';
import { Konten1796364586183 } from './1796364586183-Konten';
import { RkueOhneEntscheidung1796367962800 } from './1796367962800-RkueOhneEntscheidung';

/** SQLite migrations, in order. Add one with `npm run migration:neu -- <Name>` (scripts/migration-neu.sh); test/e2e/migrations.e2e.test.ts checks they match the entities. */
export const SQLITE_MIGRATIONS: Function[] = [Initial1796329871845, Konten1796364586183, RkueOhneEntscheidung1796367962800];
