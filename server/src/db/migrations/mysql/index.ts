import { Initial1796329873079 } from './1796329873079-Initial';
import { Konten1796364592287 } from './1796364592287-Konten';
import { RkueOhneEntscheidung1796367962800 } from './1796367962800-RkueOhneEntscheidung';

/** MySQL/MariaDB migrations, in order. Add one with `npm run migration:neu -- <Name>` (scripts/migration-neu.sh); test/e2e/migrations.e2e.test.ts checks they match the entities. */
export const MYSQL_MIGRATIONS: Function[] = [Initial1796329873079, Konten1796364592287, RkueOhneEntscheidung1796367962800];
