import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { projektVerzeichnis } from '../config/config';
import { schemaSdl } from '../graphql/schema';

/** Writes `schema.graphql` from the code (`npm run schema:emit`); test/e2e/schema.e2e.test.ts checks it is current. */
async function main(): Promise<void> {
  const ziel = path.join(projektVerzeichnis(), 'schema.graphql');
  fs.writeFileSync(ziel, await schemaSdl());
  process.stdout.write(`schema.graphql geschrieben: ${ziel}\n`);
}

void main();
