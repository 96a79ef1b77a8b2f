#!/usr/bin/env node
/** `npm run seed:scale -- --orders N …`: builds the server when stale, then runs the generator (server/src/tools/seed-scale.ts). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root, serverBauen } from './bauen.mjs';

serverBauen();
const r = spawnSync(process.execPath, [path.join(root, 'dist/server/src/tools/seed-scale.js'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
