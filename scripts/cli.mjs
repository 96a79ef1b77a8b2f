#!/usr/bin/env node
/** `npm run cli -- <befehl>`: builds the server when needed, then runs the administration CLI. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (!fs.existsSync(path.join(root, 'dist/server/src/cli.js'))) {
  const r = spawnSync('npm', ['run', '--silent', 'build:server'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
process.chdir(root);
await import(path.join(root, 'dist/server/src/cli.js'));
