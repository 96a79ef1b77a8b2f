import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { projektVerzeichnis } from '../config/config';
import { schemaSdl, subgraphSdl } from '../graphql/schema';

/** Writes `schema.graphql` and `subgraph.graphql` from the code (`npm run schema:emit`); test/e2e/schema.e2e.test.ts checks it is current. */
async function main(): Promise<void> {
  const ziel = path.join(projektVerzeichnis(), 'schema.graphql');
  fs.writeFileSync(ziel, await schemaSdl());
  process.stdout.write(`schema.graphql geschrieben: ${ziel}\n`);
  // The same API as a Federation 2 subgraph, with its directives (what `_service { sdl }` answers).
  const subgraph = path.join(projektVerzeichnis(), 'subgraph.graphql');
  fs.writeFileSync(subgraph, await subgraphSdl());
  process.stdout.write(`subgraph.graphql geschrieben: ${subgraph}\n`);
}

void main();
