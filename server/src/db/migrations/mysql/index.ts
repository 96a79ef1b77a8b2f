import { Initial1796328943452 } from './1796328943452-Initial';

/** MySQL/MariaDB migrations, in order. Generated with `npm run migration:generate -- server/src/db/migrations/<dialect>/<Name>` (see README); test/e2e/migrations.e2e.test.ts checks they match the entities. */
export const MYSQL_MIGRATIONS: Function[] = [Initial1796328943452];
