import { Initial1796327795516 } from './1796327795516-Initial';

/** MySQL/MariaDB migrations, in order. Generated with `npm run migration:generate`; test/e2e/migrations.e2e.test.ts checks they match the entities. */
export const MYSQL_MIGRATIONS: Function[] = [Initial1796327795516];
