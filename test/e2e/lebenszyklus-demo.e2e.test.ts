import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { testServerFuerDatei } from '../utils/server';

/**
 * `npm run demo:lifecycle` (scripts/demo-lifecycle.mjs) against a running portal with demo data: it
 * must drive its order through the whole life twice in a row on the same database (each run a new
 * order) and say so; the script checks every step's outcome itself and exits non-zero otherwise.
 */
const server = testServerFuerDatei({ demo: true });
const skript = path.resolve(__dirname, '../../scripts/demo-lifecycle.mjs');
const ausfuehren = promisify(execFile);

it('führt zweimal hintereinander je einen neuen Auftrag bis ABGESCHLOSSEN und druckt jeden Schritt', async () => {
  const spnIds: string[] = [];
  for (let lauf = 0; lauf < 2; lauf++) {
    const { stdout } = await ausfuehren(process.execPath, [skript, '--url', server().url], { timeout: 50_000 });
    expect(stdout).toMatch(/Schritt 17: /);
    expect(stdout).toContain('Antwort:   ZUORDNUNG_FEHLGESCHLAGEN (input.kennzeichen)');
    expect(stdout).toContain('Antwort:   BETRAG_UEBERSCHRITTEN (input.betragNetto)');
    expect(stdout).toContain('Status:    Abgeschlossen (ABGESCHLOSSEN)');
    const fertig = stdout.match(/Fertig: (SPN-\d{4}-\d{6}) hat seinen Lebenszyklus in 17 Schritten durchlaufen/);
    expect(fertig).not.toBeNull();
    spnIds.push(fertig![1]);
  }
  expect(new Set(spnIds).size).toBe(2);
});

it('meldet ein nicht erreichbares Portal mit Exit-Code 2', async () => {
  await expect(ausfuehren(process.execPath, [skript, '--url', 'http://127.0.0.1:9'], { timeout: 20_000 })).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('nicht erreichbar') });
});
