import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { Rolle } from './common/enums';
import { ConfigError, loadConfig } from './config/config';
import { openDatabase } from './db/data-source';
import { inTransaktion } from './db/transaktion';
import { passwortHashen } from './modules/identity/auth.service';
import { BenutzerEntity } from './modules/identity/benutzer.entity';
import { passwortPruefen } from './modules/identity/passwort-regeln';
import { WerkstattEntity } from './modules/identity/werkstatt.entity';

/**
 * Administration from the command line, configured by the same environment as the server
 * (DATABASE_URL …): `npm run cli -- <befehl> [optionen]`.
 */
const HILFE = `Verwendung: npm run cli -- <befehl> [optionen]

Befehle:
  benutzer-anlegen --benutzername <name> --name "<Anzeigename>" --rolle INTERN|WERKSTATT
                   [--werkstatt <Partnernummer>] [--email <adresse>] [--admin]
      Legt einen Benutzer an (z. B. den ersten Netzwerk-Mitarbeiter einer neuen Datenbank).
      Das Passwort wird abgefragt (oder aus der Standardeingabe gelesen, wenn sie kein Terminal ist):
      mindestens 12 Zeichen, nicht der Benutzername.
`;

async function passwortLesen(): Promise<string> {
  if (!process.stdin.isTTY) {
    const teile: Buffer[] = [];
    for await (const t of process.stdin) teile.push(t as Buffer);
    return Buffer.concat(teile).toString('utf8').split('\n')[0].replace(/\r$/, '');
  }
  const frage = async (text: string) => {
    let stumm = false;
    const out = new Writable({ write: (chunk, _enc, cb) => (stumm ? cb() : process.stdout.write(chunk, cb)) });
    const rl = createInterface({ input: process.stdin, output: out, terminal: true });
    const p = new Promise<string>((resolve) => rl.question(text, resolve));
    stumm = true;
    const antwort = await p;
    rl.close();
    process.stdout.write('\n');
    return antwort;
  };
  const eins = await frage('Passwort: ');
  if ((await frage('Passwort wiederholen: ')) !== eins) throw new Error('Die Passwörter stimmen nicht überein.');
  return eins;
}

async function benutzerAnlegen(ds: DataSource, args: string[], bcryptCost: number): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      benutzername: { type: 'string' },
      name: { type: 'string' },
      rolle: { type: 'string' },
      werkstatt: { type: 'string' },
      email: { type: 'string' },
      admin: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const benutzername = values.benutzername?.trim().toLowerCase();
  if (!benutzername || !/^[a-z0-9._@-]{3,100}$/.test(benutzername)) throw new Error('--benutzername fehlt oder ist ungültig (3–100 Zeichen: a–z, 0–9, . _ @ -).');
  if (!values.name?.trim()) throw new Error('--name fehlt.');
  const rolle = values.rolle?.toUpperCase();
  if (rolle !== Rolle.INTERN && rolle !== Rolle.WERKSTATT) throw new Error('--rolle muss INTERN oder WERKSTATT sein.');
  if (rolle === Rolle.WERKSTATT && !values.werkstatt) throw new Error('Für die Rolle WERKSTATT ist --werkstatt <Partnernummer> nötig.');
  if (rolle === Rolle.INTERN && values.werkstatt) throw new Error('Netzwerk-Mitarbeiter (INTERN) gehören zu keiner Werkstatt.');
  const passwort = await passwortLesen();
  const problem = passwortPruefen(passwort, benutzername);
  if (problem) throw new Error(problem);
  const hash = await passwortHashen(passwort, bcryptCost);
  await inTransaktion(ds, async (m) => {
    if (await m.getRepository(BenutzerEntity).exists({ where: { benutzername } })) throw new Error(`Den Benutzer ${benutzername} gibt es bereits.`);
    const werkstatt = values.werkstatt ? await m.getRepository(WerkstattEntity).findOneBy({ partnerNummer: values.werkstatt }) : null;
    if (values.werkstatt && !werkstatt) throw new Error(`Keine Werkstatt mit der Partnernummer ${values.werkstatt}.`);
    await m.insert(BenutzerEntity, {
      benutzername,
      name: values.name!.trim(),
      email: values.email ?? null,
      passwortHash: hash,
      rolle,
      werkstattId: werkstatt?.id ?? null,
      istAdmin: values.admin ?? false,
      aktiv: true,
      letzteAnmeldung: null,
      erstelltAm: new Date(),
    });
  });
  process.stdout.write(`Benutzer ${benutzername} (${rolle}) angelegt.\n`);
}

async function main(): Promise<void> {
  const [befehl, ...rest] = process.argv.slice(2);
  if (!befehl || befehl === 'hilfe' || befehl === '--help') {
    process.stdout.write(HILFE);
    return;
  }
  const config = loadConfig();
  const ds = await openDatabase(config.database);
  try {
    switch (befehl) {
      case 'benutzer-anlegen':
        await benutzerAnlegen(ds, rest, config.bcryptCost);
        break;
      default:
        throw new Error(`Unbekannter Befehl „${befehl}“.\n\n${HILFE}`);
    }
  } finally {
    await ds.destroy();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof ConfigError || e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
