import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { DataSource, In } from 'typeorm';
import { Kalkulationssystem, Rolle } from './common/enums';
import { systemClock } from './common/zeit';
import { ConfigError, loadConfig } from './config/config';
import { openDatabase } from './db/data-source';
import { inTransaktion } from './db/transaktion';
import { passwortHashen } from './modules/identity/auth.service';
import { Verwaltung, apiSchluesselErstellen, apiSchluesselListe, apiSchluesselWiderrufen } from './modules/identity/api-schluessel.service';
import { BenutzerEntity } from './modules/identity/benutzer.entity';
import { KontoAenderungArt } from './modules/identity/konto-protokoll.entity';
import { kontoProtokollieren } from './modules/identity/konto-protokoll.service';
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
      mindestens 12 Zeichen, nicht der Benutzername, nicht leicht zu erraten.

  api-schluessel-erstellen --name "<Bezeichnung>" --kalkulationssystem AUDATEX|DAT|GT_MOTIVE|SONSTIGES
                           --werkstatt <Partnernummer> [--werkstatt <Partnernummer> …]
      Erstellt einen API-Schlüssel (Rolle KALKULATION) für die genannten Werkstätten. Der Schlüssel
      wird nur dieses eine Mal ausgegeben und nur als Hash gespeichert.

  api-schluessel-liste
      Listet alle API-Schlüssel (ID, Name, System, Präfix, Werkstätten, Status) ohne die Schlüssel selbst.

  api-schluessel-widerrufen --id <ID>
      Widerruft einen API-Schlüssel; ab der nächsten Anfrage wird er abgewiesen.
`;

/** The CLI acts as this in the account audit trail. */
const CLI_AKTEUR = { name: 'Kommandozeile (Systemverwaltung)', rolle: 'SYSTEM' as const };

function cliVerwaltung(ds: DataSource): Verwaltung {
  return { ds, clock: systemClock, akteur: CLI_AKTEUR, akteurBenutzerId: null };
}

function fehlerAusgeben(fehler: { meldung: string; feld?: string[] | null }[]): never {
  throw new Error(fehler.map((f) => `${f.feld?.length ? `${f.feld.at(-1)}: ` : ''}${f.meldung}`).join('\n'));
}

async function apiSchluesselErstellenCli(ds: DataSource, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { name: { type: 'string' }, kalkulationssystem: { type: 'string' }, werkstatt: { type: 'string', multiple: true } },
    strict: true,
  });
  const system = values.kalkulationssystem?.toUpperCase();
  if (!system || !(Object.values(Kalkulationssystem) as string[]).includes(system)) throw new Error('--kalkulationssystem muss AUDATEX, DAT, GT_MOTIVE oder SONSTIGES sein.');
  const nummern = values.werkstatt ?? [];
  if (nummern.length === 0) throw new Error('Mindestens eine --werkstatt <Partnernummer> angeben.');
  const werkstaetten = await ds.getRepository(WerkstattEntity).find({ where: { partnerNummer: In(nummern) } });
  const fehlend = nummern.filter((n) => !werkstaetten.some((w) => w.partnerNummer === n));
  if (fehlend.length) throw new Error(`Keine Werkstatt mit der Partnernummer ${fehlend.join(', ')}.`);
  const r = await apiSchluesselErstellen(cliVerwaltung(ds), {
    name: values.name ?? '',
    kalkulationssystem: system as Kalkulationssystem,
    werkstattIds: werkstaetten.map((w) => String(w.id)),
  });
  if (!r.eintrag || !r.klartext) fehlerAusgeben(r.fehler);
  const s = r.eintrag.schluessel;
  process.stdout.write(
    `API-Schlüssel ${s.id} „${s.name}“ (${s.kalkulationssystem}) für ${r.eintrag.werkstaetten.map((w) => w.partnerNummer).join(', ')} erstellt.\n` +
      'Der Schlüssel wird nur jetzt angezeigt; bitte sicher an den Anbieter übergeben:\n\n' +
      `${r.klartext}\n`,
  );
}

async function apiSchluesselListeCli(ds: DataSource): Promise<void> {
  const liste = await apiSchluesselListe(ds);
  if (liste.length === 0) {
    process.stdout.write('Keine API-Schlüssel.\n');
    return;
  }
  const zeilen = [['ID', 'Name', 'System', 'Präfix', 'Werkstätten', 'Erstellt', 'Status']];
  for (const { schluessel: s, werkstaetten } of liste) {
    zeilen.push([
      String(s.id),
      s.name,
      s.kalkulationssystem,
      `${s.praefix}…`,
      werkstaetten.map((w) => w.partnerNummer).join(', '),
      s.erstelltAm.toISOString(),
      s.widerrufenAm ? `widerrufen ${s.widerrufenAm.toISOString()}` : 'gültig',
    ]);
  }
  const breiten = zeilen[0].map((_, i) => Math.max(...zeilen.map((z) => [...z[i]].length)));
  for (const z of zeilen) process.stdout.write(`${z.map((t, i) => t + ' '.repeat(breiten[i] - [...t].length)).join('  ').trimEnd()}\n`);
}

async function apiSchluesselWiderrufenCli(ds: DataSource, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { id: { type: 'string' } }, strict: true });
  if (!values.id) throw new Error('--id <ID> fehlt (siehe api-schluessel-liste).');
  const r = await apiSchluesselWiderrufen(cliVerwaltung(ds), { id: values.id });
  if (!r.eintrag) fehlerAusgeben(r.fehler);
  process.stdout.write(`API-Schlüssel ${r.eintrag.schluessel.id} „${r.eintrag.schluessel.name}“ widerrufen.\n`);
}

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
    const jetzt = new Date();
    const neu = m.getRepository(BenutzerEntity).create({
      benutzername,
      name: values.name!.trim(),
      email: values.email ?? null,
      passwortHash: hash,
      rolle,
      werkstattId: werkstatt?.id ?? null,
      istAdmin: values.admin ?? false,
      aktiv: true,
      letzteAnmeldung: null,
      erstelltAm: jetzt,
    });
    await m.insert(BenutzerEntity, neu);
    await kontoProtokollieren(
      { m, jetzt, akteur: CLI_AKTEUR },
      {
        art: KontoAenderungArt.BENUTZER_ANGELEGT,
        beschreibung: `${neu.name} (${neu.benutzername}, ${rolle}${neu.istAdmin ? ', Administrator/in' : ''}) über die Kommandozeile angelegt.`,
        benutzerId: neu.id,
        werkstattId: neu.werkstattId,
        akteurBenutzerId: null,
      },
    );
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
      case 'api-schluessel-erstellen':
        await apiSchluesselErstellenCli(ds, rest);
        break;
      case 'api-schluessel-liste':
        await apiSchluesselListeCli(ds);
        break;
      case 'api-schluessel-widerrufen':
        await apiSchluesselWiderrufenCli(ds, rest);
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
