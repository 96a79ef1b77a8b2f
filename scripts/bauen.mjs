/**
 * Builds what is missing or older than its sources: the server (`dist/`) and the browser client
 * (`client/dist/`). Shared by `npm start`, `npm run seed:scale` and `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time of the files below `dirs` (0 when none exist). */
function neuesteAenderung(dirs) {
  let neueste = 0;
  const besuchen = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      if (['node_modules', 'dist', 'gql'].includes(path.basename(p)) && p !== path.join(root, 'client', 'src', 'gql')) return;
      for (const e of fs.readdirSync(p)) besuchen(path.join(p, e));
    } else neueste = Math.max(neueste, st.mtimeMs);
  };
  dirs.forEach((d) => besuchen(path.join(root, d)));
  return neueste;
}

function bauen(name, ziel, quellen, skript) {
  const zielZeit = fs.existsSync(path.join(root, ziel)) ? fs.statSync(path.join(root, ziel)).mtimeMs : 0;
  if (zielZeit >= neuesteAenderung(quellen)) return;
  process.stdout.write(`» ${name} wird gebaut (npm run ${skript}) …\n`);
  const r = spawnSync('npm', ['run', '--silent', skript], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`${name}: Build fehlgeschlagen.\n`);
    process.exit(r.status ?? 1);
  }
}

export function serverBauen() {
  bauen('Server', 'dist/server/src/main.js', ['server/src', 'ormconfig.ts', 'tsconfig.json', 'tsconfig.build.json'], 'build:server');
}

export function clientBauen() {
  bauen('Browser-Client', 'client/dist/index.html', ['client/src', 'client/index.html', 'client/vite.config.ts'], 'build:client');
}
