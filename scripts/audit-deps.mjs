#!/usr/bin/env node
/**
 * `npm run audit:deps`: the dependencies' known vulnerabilities (npm's advisory database), failing on
 * high or critical findings. Not part of `npm test` (it needs the registry's audit service).
 *
 * Exit codes: 0 no high/critical finding, 1 findings, 2 the audit service could not be asked (then
 * nothing is known: this is said loudly instead of passing).
 */
import { spawnSync } from 'node:child_process';

const r = spawnSync('npm', ['audit', '--json', '--audit-level=high'], { encoding: 'utf8' });
let bericht;
try {
  bericht = JSON.parse(r.stdout || '{}');
} catch {
  bericht = {};
}
const zahlen = bericht.metadata?.vulnerabilities;
if (!zahlen) {
  const grund = (r.stderr || r.stdout || '').split('\n').find((z) => /error|405|ENOTFOUND|ECONN/i.test(z)) ?? 'keine Antwort';
  process.stderr.write(`audit:deps: der Audit-Dienst der npm-Registry war nicht erreichbar (${grund.trim()}).\nNICHTS geprüft. Mit Zugang zu registry.npmjs.org erneut ausführen.\n`);
  process.exit(2);
}
const hoch = (zahlen.high ?? 0) + (zahlen.critical ?? 0);
process.stdout.write(`audit:deps: ${Object.entries(zahlen).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
if (hoch > 0) {
  for (const [name, v] of Object.entries(bericht.vulnerabilities ?? {})) {
    if (v.severity === 'high' || v.severity === 'critical') process.stdout.write(`  ${v.severity.padEnd(8)} ${name} ${v.range ?? ''}${v.fixAvailable ? ' (Update verfügbar)' : ''}\n`);
  }
  process.exit(1);
}
