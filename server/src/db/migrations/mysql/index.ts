import { Initial1796329873079 } from './1796329873079-Initial';

/** MySQL/MariaDB migrations, in order. Generated with `npm run migration:generate -- server/src/db/migrations/<dialect>/<Name>` (see README); test/e2e/migrations.e2e.test.ts checks they match the entities. */
export const MYSQL_MIGRATIONS: Function[] = [Initial1796329873079];
