#!/usr/bin/env bash
# Generates the next migration for both dialects from the entities:
#
#   npm run migration:neu -- <Name>        e.g. npm run migration:neu -- Einladungen
#
# For each dialect it migrates a scratch database to the current state (existing migrations), lets
# TypeORM diff the entities against it, writes server/src/db/migrations/<dialect>/<zeit>-<Name>.ts and
# registers it in that folder's index.ts. Needs MariaDB (MIGRATION_MARIADB_URL, default
# mysql://root@127.0.0.1:3306); test/e2e/migrations.e2e.test.ts then proves the result has no drift.
set -euo pipefail
cd "$(dirname "$0")/.."

name="${1:?Aufruf: npm run migration:neu -- <Name>}"
[[ "$name" =~ ^[A-Z][A-Za-z0-9]+$ ]] || { echo "Name in PascalCase, z. B. Einladungen" >&2; exit 1; }
server="${MIGRATION_MARIADB_URL:-mysql://root@127.0.0.1:3306}"
scratch_db="spn_migration_neu"
sqlite_file="$(mktemp -d)/gen.sqlite"

npm run --silent build:server

generieren() { # <dialect> <DATABASE_URL> [SPN_MARIADB]
  local dialect="$1" url="$2" maria="${3:-0}"
  local dir="server/src/db/migrations/$dialect"
  DATABASE_URL="$url" SPN_DEMO=0 SPN_MARIADB="$maria" npx typeorm migration:run -d dist/ormconfig.js >/dev/null
  if ! DATABASE_URL="$url" SPN_DEMO=0 SPN_MARIADB="$maria" npx typeorm migration:generate -d dist/ormconfig.js "$dir/$name"; then
    echo "$dialect: keine Änderung an den Entitäten (oder Fehler, siehe oben)" >&2
    return 1
  fi
  local datei
  datei="$(ls -t "$dir"/*-"$name".ts | head -1)"
  if [ "$dialect" = mysql ]; then
    # Tables in utf8mb4 with a Unicode collation regardless of the server's defaults.
    sed -i 's/ENGINE=InnoDB"/ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci"/; s/ENGINE=InnoDB`/ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`/' "$datei"
  fi
  local klasse
  klasse="$(grep -o 'export class [A-Za-z0-9]*' "$datei" | awk '{print $3}')"
  local modul
  modul="./$(basename "$datei" .ts)"
  node -e '
    const fs = require("fs");
    const [file, klasse, modul] = process.argv.slice(1);
    let s = fs.readFileSync(file, "utf8");
    const imports = [...s.matchAll(/^import .*$/gm)];
    const last = imports[imports.length - 1];
    const pos = last.index + last[0].length;
    s = s.slice(0, pos) + `\nimport { ${klasse} } from "${modul}";`.replace(/"/g, "\x27") + s.slice(pos);
    s = s.replace(/(_MIGRATIONS: Function\[\] = \[[^\]]*)\]/, (m, a) => `${a}, ${klasse}]`);
    fs.writeFileSync(file, s);
  ' "$dir/index.ts" "$klasse" "$modul"
  echo "$dialect: $datei"
}

generieren sqlite "sqlite:$sqlite_file"
rm -rf "$(dirname "$sqlite_file")"

mariadb_cli=(node -e '
  const mysql = require("mysql2/promise");
  (async () => {
    const c = await mysql.createConnection(process.argv[1]);
    await c.query(process.argv[2]);
    await c.end();
  })().catch((e) => { console.error(e.message); process.exit(1); });
')
"${mariadb_cli[@]}" "$server" "DROP DATABASE IF EXISTS $scratch_db"
"${mariadb_cli[@]}" "$server" "CREATE DATABASE $scratch_db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
generieren mysql "$server/$scratch_db" 1
"${mariadb_cli[@]}" "$server" "DROP DATABASE IF EXISTS $scratch_db"

echo "Fertig. Prüfen: npm test -- migrations"
