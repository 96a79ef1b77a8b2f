import { DataSource, EntityManager } from 'typeorm';
import {
  Aktion,
  AnforderungsGrund,
  Auftragsart,
  EingangArt,
  ErinnerungArt,
  FreigabeQuelle,
  Kalkulationssystem,
  KvArt,
  KvPruefErgebnis,
  Reparaturstatus,
  RechnungArt,
  RechnungPruefErgebnis,
  RkueStatus,
  Rolle,
  Sparte,
  Stornogrund,
  TicketStatus,
} from '../../common/enums';
import { prozentVon } from '../../common/money';
import { berlinDatum } from '../../common/zeit';
import { AuftragEntity } from '../../modules/auftrag/auftrag.entity';
import { Akteur, Vorgang, auftragSperren } from '../../modules/auftrag/auftrag-lifecycle.service';
import { auftragStornieren, auftragVermitteln, erinnerungSenden, rkueEntscheiden, VermittlungDaten } from '../../modules/auftrag/auftrag-vorgaenge.service';
import { BenachrichtigungEntity } from '../../modules/benachrichtigung/benachrichtigung.entity';
import {
  eingangNichtZugeordnet,
  kvAufnehmen,
  kvPruefen,
  rechnungAufnehmen,
  rechnungPruefen,
} from '../../modules/dokumente/dokumente-vorgaenge.service';
import { KostenvoranschlagEntity } from '../../modules/dokumente/kostenvoranschlag.entity';
import { RechnungEntity } from '../../modules/dokumente/rechnung.entity';
import { ApiSchluesselEntity, ApiSchluesselWerkstattEntity } from '../../modules/identity/api-schluessel.entity';
import { passwortHashen } from '../../modules/identity/auth.service';
import { BenutzerEntity } from '../../modules/identity/benutzer.entity';
import { sha256 } from '../../modules/identity/token';
import { WerkstattEntity } from '../../modules/identity/werkstatt.entity';
import { VersichererEntity } from '../../modules/stammdaten/versicherer.entity';
import { TicketEntity } from '../../modules/ticket/ticket.entity';
import { aktionEinreichen, ticketBearbeiten } from '../../modules/ticket/ticket-vorgaenge.service';
import { TicketInhaltDaten } from '../../modules/ticket/ticket-inhalt.text';
import { NummernkreisEntity } from '../nummernkreis.entity';
import { inTransaktion } from '../transaktion';

/**
 * Demo mode (default on the embedded SQLite): the contract's demo accounts, two insurers, five shops
 * and 29 orders with German detail. Every order is produced by the same domain operations the API
 * uses, so each one is consistent with the lifecycle; together they show every FAQ situation for
 * `demo-werkstatt` and several for `demo-werkstatt-2`. The story is anchored in October/November
 * 2026, so SPN-IDs are stable (SPN-2026-000001 …). Seeding twice changes nothing.
 */

export const DEMO_API_SCHLUESSEL = 'demo-kalkulation-key';
const BASIS = Date.UTC(2026, 9, 1, 7, 0, 0); // 01.10.2026, 09:00 Berlin

/** Day `tag` (1 = 01.10.2026) at hour `stunde` (Berlin summer/winter time aside: UTC+1/+2). */
function t(tag: number, stunde = 9, minute = 0): Date {
  return new Date(BASIS + (tag - 1) * 86_400_000 + (stunde - 9) * 3_600_000 + minute * 60_000);
}

const NETZ: Akteur = { name: 'Sabine Krüger (SPN-Netzwerk)', rolle: Rolle.INTERN };
const PRUEFER: Akteur = { name: 'Jonas Albrecht (SPN-Prüfung)', rolle: Rolle.INTERN };

interface Kontext {
  m: EntityManager;
  werkstaetten: WerkstattEntity[];
  versicherer: VersichererEntity[];
}

function kvSummen(ersatzteile: number, arbeitslohn: number, lackierung: number, nebenkosten: number) {
  const netto = ersatzteile + arbeitslohn + lackierung + nebenkosten;
  return { ersatzteileCent: ersatzteile, arbeitslohnCent: arbeitslohn, lackierungCent: lackierung, nebenkostenCent: nebenkosten, mwstCent: prozentVon(netto, 1900) };
}

/** A small script for one order: every step at its own instant, by its own actor. */
class Fall {
  constructor(
    private readonly k: Kontext,
    private readonly werkstatt: WerkstattEntity,
    private auftragId = 0,
  ) {}

  private v(jetzt: Date, akteur: Akteur): Vorgang {
    return { m: this.k.m, jetzt, akteur };
  }
  private get werkstattAkteur(): Akteur {
    return { name: this.werkstatt.name, rolle: Rolle.WERKSTATT };
  }
  private get systemAkteur(): Akteur {
    const name = { AUDATEX: 'Audatex', DAT: 'DAT', GT_MOTIVE: 'GT Motive', SONSTIGES: 'Kalkulationssystem' }[this.werkstatt.kalkulationssystem];
    return { name: `${name} (Kalkulationssystem)`, rolle: Rolle.KALKULATION };
  }
  private async auftrag(v: Vorgang): Promise<AuftragEntity> {
    return auftragSperren(v, this.auftragId);
  }

  async vermitteln(am: Date, d: Omit<VermittlungDaten, 'werkstattId'>): Promise<this> {
    const a = await auftragVermitteln(this.v(am, NETZ), { ...d, werkstattId: this.werkstatt.id });
    this.auftragId = a.id;
    return this;
  }
  async kv(am: Date, summen: ReturnType<typeof kvSummen>, art: KvArt = KvArt.KV): Promise<this> {
    const v = this.v(am, this.systemAkteur);
    const ref = `${this.werkstatt.kalkulationssystem.slice(0, 3)}-${am.getTime().toString(36).toUpperCase()}`;
    await kvAufnehmen(v, await this.auftrag(v), { art, kalkulationssystem: this.werkstatt.kalkulationssystem, externeReferenz: ref, ...summen });
    return this;
  }
  async falscherEingang(am: Date, felder: string[], art: EingangArt = EingangArt.KV): Promise<this> {
    const v = this.v(am, this.systemAkteur);
    await eingangNichtZugeordnet(v, await this.auftrag(v), { art, kalkulationssystem: this.werkstatt.kalkulationssystem, externeReferenz: `REF-${am.getTime().toString(36).toUpperCase()}`, felder, apiSchluesselId: null });
    return this;
  }
  async pruefen(am: Date, ergebnis: KvPruefErgebnis, extra: { betragNettoCent?: number; korrekturpunkte?: string[] } = {}): Promise<this> {
    const v = this.v(am, PRUEFER);
    const auftrag = await this.auftrag(v);
    const kv = await v.m.getRepository(KostenvoranschlagEntity).findOneOrFail({ where: { auftragId: auftrag.id }, order: { laufendeNummer: 'DESC' } });
    await kvPruefen(v, auftrag, kv, { ergebnis, ...extra });
    return this;
  }
  async rkue(am: Date, status: RkueStatus, bemerkung: string | null = null): Promise<this> {
    const v = this.v(am, NETZ);
    await rkueEntscheiden(v, await this.auftrag(v), status, bemerkung);
    return this;
  }
  async erinnern(am: Date, art: ErinnerungArt = ErinnerungArt.REPARATURSTATUS): Promise<this> {
    const v = this.v(am, { name: 'SPN-System', rolle: 'SYSTEM' });
    await erinnerungSenden(v, await this.auftrag(v), art);
    return this;
  }
  /** Files an action; a Vorgangsinfo is acknowledged by staff two hours later unless `offenLassen`. */
  async aktion(am: Date, aktion: Aktion, inhalt: TicketInhaltDaten, nachricht: string | null = null, offenLassen = aktion !== Aktion.VORGANGSINFO): Promise<this> {
    const v = this.v(am, this.werkstattAkteur);
    await aktionEinreichen(v, await this.auftrag(v), { aktion, inhalt, nachricht, von: this.werkstatt.name, benutzerId: null });
    if (!offenLassen) await this.ticketBeantworten(new Date(am.getTime() + 2 * 3_600_000), TicketStatus.ERLEDIGT, null);
    return this;
  }
  async ticketBeantworten(am: Date, status: TicketStatus, antwort: string | null): Promise<this> {
    const v = this.v(am, NETZ);
    const auftrag = await this.auftrag(v);
    const ticket = await v.m.getRepository(TicketEntity).findOneOrFail({ where: { auftragId: auftrag.id }, order: { id: 'DESC' } });
    await ticketBearbeiten(v, auftrag, ticket, status, antwort);
    return this;
  }
  async rechnung(am: Date, nummer: string, nettoCent: number | 'erwartet', art: RechnungArt = RechnungArt.REPARATUR): Promise<this> {
    const v = this.v(am, this.systemAkteur);
    const auftrag = await this.auftrag(v);
    let netto = nettoCent;
    if (netto === 'erwartet') {
      const f = await v.m.query(`SELECT SUM(betragNettoCent - nachlassCent) AS s FROM freigabe WHERE auftragId = ?`, [auftrag.id]);
      const r = await v.m.getRepository(RechnungEntity).find({ where: { auftragId: auftrag.id } });
      netto = Number(f[0].s) - r.filter((x) => x.status !== 'KORREKTUR_ANGEFORDERT' && x.art === 'REPARATUR').reduce((s, x) => s + x.betragNettoCent, 0);
    }
    await rechnungAufnehmen(v, auftrag, {
      art,
      rechnungsnummer: nummer,
      rechnungsdatum: berlinDatum(am),
      betragNettoCent: netto,
      mwstCent: prozentVon(netto, 1900),
      vorsteuerabzugsberechtigt: false,
      fahrzeugUebernommenAm: null,
      fahrzeugZurueckgegebenAm: null,
    });
    return this;
  }
  async rechnungPruefen(am: Date, ergebnis: RechnungPruefErgebnis, bemerkung: string | null = null): Promise<this> {
    const v = this.v(am, PRUEFER);
    const auftrag = await this.auftrag(v);
    const r = await v.m.getRepository(RechnungEntity).findOneOrFail({ where: { auftragId: auftrag.id }, order: { id: 'DESC' } });
    await rechnungPruefen(v, auftrag, r, ergebnis, bemerkung);
    return this;
  }
  async stornieren(am: Date, grund: Stornogrund, bemerkung: string | null): Promise<this> {
    const v = this.v(am, NETZ);
    await auftragStornieren(v, await this.auftrag(v), grund, bemerkung);
    return this;
  }
}

const d = (tag: number) => berlinDatum(t(tag, 12));

function fahrzeug(kennzeichen: string, hersteller: string, modell: string, fin: string, erstzulassung: string) {
  return { kennzeichen, hersteller, modell, fin, erstzulassung };
}

async function stammdaten(m: EntityManager, bcryptCost: number): Promise<Kontext> {
  const versicherer = await m.save(VersichererEntity, [
    m.create(VersichererEntity, { name: 'Rheinische Kraftfahrt Versicherung AG', nachlassBasispunkte: 500, kvServicePauschaleCent: 15_000 }),
    m.create(VersichererEntity, { name: 'Hanseatische Assekuranz VVaG', nachlassBasispunkte: 750, kvServicePauschaleCent: 12_500 }),
  ]);
  const werkstaetten = await m.save(WerkstattEntity, [
    m.create(WerkstattEntity, { partnerNummer: 'P-104711', name: 'Autohaus Berger GmbH', ort: 'München', kalkulationssystem: Kalkulationssystem.DAT, email: 'service@autohaus-berger.example', erstelltAm: t(1, 8) }),
    m.create(WerkstattEntity, { partnerNummer: 'P-208815', name: 'Karosserie Yılmaz & Söhne', ort: 'Lörrach', kalkulationssystem: Kalkulationssystem.AUDATEX, email: 'buero@karosserie-yilmaz.example', erstelltAm: t(1, 8) }),
    m.create(WerkstattEntity, { partnerNummer: 'P-301122', name: 'Lackierzentrum Nord GmbH & Co. KG', ort: 'Hamburg', kalkulationssystem: Kalkulationssystem.GT_MOTIVE, email: 'auftraege@lackierzentrum-nord.example', erstelltAm: t(1, 8) }),
    m.create(WerkstattEntity, { partnerNummer: 'P-402390', name: 'Kfz-Meisterbetrieb Hoffmann', ort: 'Köln', kalkulationssystem: Kalkulationssystem.DAT, email: 'info@kfz-hoffmann.example', erstelltAm: t(1, 8) }),
    m.create(WerkstattEntity, { partnerNummer: 'P-517604', name: 'Autoservice Weiß e. K.', ort: 'Stuttgart', kalkulationssystem: Kalkulationssystem.SONSTIGES, email: 'werkstatt@autoservice-weiss.example', erstelltAm: t(1, 8) }),
  ]);
  const benutzer: Partial<BenutzerEntity>[] = [
    { benutzername: 'demo-werkstatt', name: 'Thomas Berger', email: 't.berger@autohaus-berger.example', rolle: Rolle.WERKSTATT, werkstattId: werkstaetten[0].id, istAdmin: true },
    { benutzername: 'demo-werkstatt-2', name: 'Ayşe Yılmaz', email: 'a.yilmaz@karosserie-yilmaz.example', rolle: Rolle.WERKSTATT, werkstattId: werkstaetten[1].id, istAdmin: true },
    { benutzername: 'demo-intern', name: 'Sabine Krüger', email: 's.krueger@spn-netz.example', rolle: Rolle.INTERN, werkstattId: null, istAdmin: false },
    // An employee of the first shop who is not its admin (no "Benutzer" page).
    { benutzername: 'demo-mitarbeiter', name: 'Lena Vogt', email: 'l.vogt@autohaus-berger.example', rolle: Rolle.WERKSTATT, werkstattId: werkstaetten[0].id, istAdmin: false },
  ];
  for (const b of benutzer) {
    await m.insert(BenutzerEntity, { ...b, passwortHash: await passwortHashen(b.benutzername!, bcryptCost), aktiv: true, letzteAnmeldung: null, erstelltAm: t(1, 8) });
  }
  const schluessel = await m.save(
    ApiSchluesselEntity,
    m.create(ApiSchluesselEntity, { name: 'DAT Demo-Anbindung', kalkulationssystem: Kalkulationssystem.DAT, schluesselHash: sha256(DEMO_API_SCHLUESSEL), praefix: DEMO_API_SCHLUESSEL.slice(0, 8), erstelltAm: t(1, 8), widerrufenAm: null }),
  );
  await m.insert(ApiSchluesselWerkstattEntity, { apiSchluesselId: schluessel.id, werkstattId: werkstaetten[0].id });
  return { m, werkstaetten, versicherer };
}

/** The 29 demo orders. Comments name the FAQ situation (domain.md) each one shows. */
async function auftraege(k: Kontext): Promise<void> {
  const [berger, yilmaz, nord, hoffmann, weiss] = k.werkstaetten;
  const [rheinisch, hanse] = k.versicherer;
  const fall = (w: WerkstattEntity) => new Fall(k, w);
  const rep = { auftragsart: Auftragsart.REPARATUR };
  const kvs = { auftragsart: Auftragsart.KV_SERVICE };

  // ── Autohaus Berger GmbH (demo-werkstatt) ─────────────────────────────────────────────
  // 1 ERINNERUNG_OFFEN (+ RKUE_OFFEN, FREIGABE_NICHT_AUSREICHEND): approved, no news, reminded.
  await (await (await (await (await fall(berger).vermitteln(t(2), { ...rep, versichererId: rheinisch.id, sparte: Sparte.HAFTPFLICHT, schadennummer: 'KS-2026-118734', schadentag: d(1), ...fahrzeug('M-AB 1234', 'Volkswagen', 'Golf VIII 1.5 eTSI', 'WVWZZZCDZMW123456', '2021-03-15'), kundeName: 'Claudia Neumann', kundeAnschrift: 'Leopoldstraße 88, 80802 München', kundeTelefon: '+49 89 2345678' }))
    .kv(t(3, 14), kvSummen(184_320, 96_000, 71_250, 8_900)))
    .pruefen(t(6, 10), KvPruefErgebnis.FREIGABE))
    .rkue(t(6, 11), RkueStatus.IN_PRUEFUNG))
    .erinnern(t(40, 8));
  // 2 KV_FEHLT with an unmatched KV (plate differs).
  await (await fall(berger).vermitteln(t(50), { ...rep, versichererId: hanse.id, sparte: Sparte.VOLLKASKO, schadennummer: 'HA/26/0047781', schadentag: d(48), ...fahrzeug('LÖ-X 7E', 'BMW', '320d Touring', 'WBA8E11070K845612', '2019-07-01'), kundeName: 'Jürgen Weißmüller', kundeAnschrift: 'Hauptstraße 12, 79539 Lörrach', kundeTelefon: '+49 7621 998877' }))
    .falscherEingang(t(52, 16), ['kennzeichen']);
  // 3 KV_FEHLT, nothing received yet.
  await fall(berger).vermitteln(t(58, 15), { ...rep, versichererId: rheinisch.id, sparte: Sparte.TEILKASKO, schadennummer: 'KS-2026-131002', schadentag: d(57), ...fahrzeug('M-KL 4711', 'Škoda', 'Octavia Combi 2.0 TDI', 'TMBJJ7NE5L0123987', '2020-02-10'), kundeName: 'Familie Öztürk', kundeAnschrift: 'Schleißheimer Str. 201, 80809 München', kundeTelefon: null });
  // 4 KV_IN_PRUEFUNG.
  await (await fall(berger).vermitteln(t(54), { ...rep, versichererId: rheinisch.id, sparte: Sparte.HAFTPFLICHT, schadennummer: 'KS-2026-128450', schadentag: d(53), ...fahrzeug('M-ÜB 808', 'Mercedes-Benz', 'C 220 d T-Modell', 'W1K2052041F765432', '2022-05-20'), kundeName: 'Dr. Friederike Ußner', kundeAnschrift: 'Prinzregentenstraße 5, 81675 München', kundeTelefon: '+49 171 5553210' }))
    .kv(t(56, 11), kvSummen(312_800, 144_000, 98_400, 12_300));
  // 5 KORREKTUR_ANGEFORDERT with points.
  await (await (await fall(berger).vermitteln(t(44), { ...rep, versichererId: hanse.id, sparte: Sparte.VOLLKASKO, schadennummer: 'HA/26/0045102', schadentag: d(42), ...fahrzeug('FS-JK 332', 'Audi', 'A4 Avant 40 TDI', 'WAUZZZF46NA098765', '2022-01-12'), kundeName: 'Markus Kästner', kundeAnschrift: 'Am Marienplatz 3, 85354 Freising', kundeTelefon: '+49 8161 44556' }))
    .kv(t(46, 9), kvSummen(226_540, 121_600, 84_000, 15_500)))
    .pruefen(t(48, 15), KvPruefErgebnis.KORREKTUR, { korrekturpunkte: ['Kennzeichen im KV weicht vom Auftrag ab (FS-JK 322 statt FS-JK 332)', 'Mindestens 8 Schadenfotos beifügen, bisher 3', 'Stundenverrechnungssatz Karosserie über Vereinbarung (148,00 € statt 132,00 €)'] });
  // 6 FREIGABE_NICHT_AUSREICHEND: in repair, RKÜ granted.
  await (await (await (await (await fall(berger).vermitteln(t(20), { ...rep, versichererId: rheinisch.id, sparte: Sparte.HAFTPFLICHT, schadennummer: 'KS-2026-121877', schadentag: d(19), ...fahrzeug('M-QR 2020', 'Opel', 'Astra Sports Tourer 1.2', 'W0VBD8EH1MG054321', '2021-09-30'), kundeName: 'Sevgi Aydın', kundeAnschrift: 'Tegernseer Landstraße 120, 81539 München', kundeTelefon: '+49 89 6655443' }))
    .kv(t(21, 10), kvSummen(142_000, 88_800, 64_200, 7_400)))
    .pruefen(t(23, 9), KvPruefErgebnis.FREIGABE))
    .rkue(t(25, 14), RkueStatus.ERTEILT))
    .aktion(t(27, 8), Aktion.VORGANGSINFO, { reparaturstatus: Reparaturstatus.FAHRZEUG_IN_ARBEIT, fahrzeugUebernommenAm: d(27), voraussichtlicheFertigstellung: d(75) }, 'Teile sind bestellt, Lieferung Ende nächster Woche.');
  // 7 RECHNUNG_FEHLT: repair reported done, no invoice.
  await (await (await (await (await (await fall(berger).vermitteln(t(10), { ...rep, versichererId: hanse.id, sparte: Sparte.HAFTPFLICHT, schadennummer: 'HA/26/0039920', schadentag: d(8), ...fahrzeug('DAH-MM 77', 'Ford', 'Focus Turnier 1.0 EcoBoost', 'WF0NXXGCHNLA12345', '2020-11-05'), kundeName: 'Monika Meier', kundeAnschrift: 'Ludwig-Thoma-Str. 14, 85221 Dachau', kundeTelefon: '+49 8131 778899' }))
    .kv(t(11, 10), kvSummen(98_500, 62_400, 51_000, 4_800)))
    .pruefen(t(13, 10), KvPruefErgebnis.FREIGABE))
    .rkue(t(14, 10), RkueStatus.ERTEILT))
    .aktion(t(16, 8), Aktion.VORGANGSINFO, { reparaturstatus: Reparaturstatus.FAHRZEUG_IN_ARBEIT, fahrzeugUebernommenAm: d(16) }))
    .aktion(t(24, 17), Aktion.VORGANGSINFO, { reparaturstatus: Reparaturstatus.FAHRZEUG_ZURUECKGEGEBEN, fahrzeugZurueckgegebenAm: d(24) });
  // 8 STORNIERT (customer chose another shop), Storno mail sent.
  await (await (await fall(berger).vermitteln(t(30), { ...rep, versichererId: rheinisch.id, sparte: Sparte.TEILKASKO, schadennummer: 'KS-2026-124411', schadentag: d(29), ...fahrzeug('M-ZZ 9', 'Tesla', 'Model 3 Long Range', '5YJ3E7EB7LF612345', '2020-06-18'), kundeName: 'Florian Graßl', kundeAnschrift: 'Isartalstraße 44, 80469 München', kundeTelefon: '+49 160 2223334' }))
    .kv(t(31, 12), kvSummen(402_100, 96_000, 0, 22_000)))
    .stornieren(t(33, 9), Stornogrund.KUNDE_WAEHLT_ANDERE_WERKSTATT, 'Kunde hat Fahrzeug in Vertragswerkstatt gegeben (telefonisch am 02.11.)');
  // 9 KV_SERVICE_AUFTRAG: estimate only, finished.
  await (await (await fall(berger).vermitteln(t(36), { ...kvs, versichererId: hanse.id, sparte: Sparte.VOLLKASKO, schadennummer: 'HA/26/0042230', schadentag: d(35), ...fahrzeug('EBE-S 1964', 'Porsche', '911 Carrera (992)', 'WP0ZZZ99ZMS212345', '2021-04-01'), kundeName: 'Heinrich von Sanden', kundeAnschrift: 'Schloßallee 2, 85560 Ebersberg', kundeTelefon: '+49 8092 123123' }))
    .kv(t(37, 15), kvSummen(1_284_000, 312_000, 268_800, 41_000)))
    .pruefen(t(39, 11), KvPruefErgebnis.FREIGABE);
  // 10 RKUE_OFFEN with RKÜ rejected (liability disputed), approved technically.
  await (await (await (await fall(berger).vermitteln(t(41), { ...rep, versichererId: rheinisch.id, sparte: Sparte.HAFTPFLICHT, schadennummer: 'KS-2026-126680', schadentag: d(40), ...fahrzeug('STA-PW 55', 'Peugeot', '308 SW 1.5 BlueHDi', 'VR3FHYHZJMY012345', '2021-10-10'), kundeName: 'Petra Wöhrl', kundeAnschrift: 'Seestraße 9, 82319 Starnberg', kundeTelefon: '+49 8151 665544' }))
    .kv(t(42, 10), kvSummen(76_400, 52_800, 44_100, 3_900)))
    .pruefen(t(44, 10), KvPruefErgebnis.FREIGABE))
    .rkue(t(47, 16), RkueStatus.ABGELEHNT, 'Haftungsquote strittig, Gutachten angefordert');
  // 11 KV_ABGELEHNT: estimate rejected, a new one is needed.
  await (await (await fall(berger).vermitteln(t(46), { ...rep, versichererId: hanse.id, sparte: Sparte.TEILKASKO, schadennummer: 'HA/26/0046001', schadentag: d(45), ...fahrzeug('M-GH 3030', 'Toyota', 'Yaris Hybrid', 'VNKKBBC3X0A123456', '2023-02-02'), kundeName: 'Lena Hofbauer', kundeAnschrift: 'Dachauer Str. 300, 80993 München', kundeTelefon: '+49 89 1122334' }))
    .kv(t(47, 9), kvSummen(31_000, 19_200, 0, 2_500)))
    .pruefen(t(49, 14), KvPruefErgebnis.ABLEHNUNG);
  // 12 RECHNUNG_IN_PRUEFUNG with a Nachtrag approved.
  await (await (await (await (await (await (await (await (await fall(berger).vermitteln(t(5), { ...rep, versichererId: rheinisch.id, sparte: Sparte.HAFTPFLICHT, schadennummer: 'KS-2026-119002', schadentag: d(4), ...fahrzeug('M-NX 4040', 'Hyundai', 'Tucson 1.6 T-GDI', 'TMAJ381ADMJ123456', '2021-08-08'), kundeName: 'Katarina Jović', kundeAnschrift: 'Landsberger Str. 77, 80339 München', kundeTelefon: '+49 176 4445556' }))
    .kv(t(6, 10), kvSummen(205_400, 110_400, 88_000, 9_600)))
    .pruefen(t(8, 10), KvPruefErgebnis.FREIGABE))
    .rkue(t(9, 10), RkueStatus.ERTEILT))
    .aktion(t(10, 8), Aktion.VORGANGSINFO, { reparaturstatus: Reparaturstatus.FAHRZEUG_IN_ARBEIT, fahrzeugUebernommenAm: d(10) }))
    .kv(t(12, 13), kvSummen(48_200, 21_600, 0, 0), KvArt.NACHTRAG))
    .pruefen(t(13, 16), KvPruefErgebnis.FREIGABE))
    .aktion(t(22, 15), Aktion.VORGANGSINFO, { reparaturstatus: Reparaturstatus.FAHRZEUG_FERTIG, fertiggestelltAm: d(22) }))
    .rechnung(t(55, 10), 'RE-2026-10488', 'erwartet');
  // 13 ABGESCHLOSSEN: invoice passed on and paid.
  await (await (await (await (await (await (await fall(berger).vermitteln(t(3), { ...rep, versichererId: hanse.id, sparte: Sparte.VOLLKASKO, schadennummer: 'HA/26/0035555', schadentag: d(2), ...fahrzeug('FFB-A 100', 'Volkswagen', 'Tiguan 2.0 TDI', 'WVGZZZ5NZLW456789', '2019-12-12'), kundeName: 'Andreas Schäfer', kundeAnschrift: 'Amperstraße 3, 82256 Fürstenfeldbruck', kundeTelefon: null }))
    .kv(t(4, 10), kvSummen(132_100, 76_800, 59_400, 6_100)))
    .pruefen(t(5, 10), KvPruefErgebnis.FREIGABE))
    .aktion(t(7, 8), Aktion.VORGANGSINFO, { reparaturstatus: Reparaturstatus.FAHRZEUG_ZURUECKGEGEBEN, fahrzeugZurueckgegebenAm: d(7) }))
    .rechnung(t(8, 12), 'RE-2026-10342', 'erwartet'))
    .rechnungPruefen(t(10, 9), RechnungPruefErgebnis.UEBERMITTELT))
    .rechnungPruefen(t(30, 9), RechnungPruefErgebnis.BEZAHLT);
  // 14 RECHNUNG_FEHLT after an invoice Korrektur.
  await (await (await (await (await (await fall(berger).vermitteln(t(15), { ...rep, versichererId: rheinisch.id, sparte: Sparte.HAFTPFLICHT, schadennummer: 'KS-2026-120300', schadentag: d(14), ...fahrzeug('M-RT 5150', 'Seat', 'Leon ST 1.5 TSI', 'VSSZZZKLZMR123456', '2021-06-06'), kundeName: 'Rüdiger Töpfer', kundeAnschrift: 'Rosenheimer Str. 145, 81671 München', kundeTelefon: '+49 89 4433221' }))
    .kv(t(16, 10), kvSummen(88_800, 57_600, 40_500, 3_200)))
    .pruefen(t(18, 11), KvPruefErgebnis.FREIGABE))
    .aktion(t(26, 16), Aktion.VORGANGSINFO, { reparaturstatus: Reparaturstatus.FAHRZEUG_FERTIG, fertiggestelltAm: d(26) }))
    .rechnung(t(28, 10), 'RE-2026-10401', 'erwartet'))
    .rechnungPruefen(t(30, 14), RechnungPruefErgebnis.KORREKTUR, 'Rechnung als Scan statt digitalem PDF; Schadennummer fehlt im Betreff');
  // 15 KV_IN_PRUEFUNG with an open "Fehlende Freigabe" ticket (TICKET_OFFEN).
  await (await (await fall(berger).vermitteln(t(51), { ...rep, versichererId: hanse.id, sparte: Sparte.HAFTPFLICHT, schadennummer: 'HA/26/0048008', schadentag: d(50), ...fahrzeug('M-DE 6161', 'Renault', 'Clio V TCe 90', 'VF1RJA00X66123456', '2022-03-03'), kundeName: 'Élodie Martin', kundeAnschrift: 'Wörthstraße 21, 81667 München', kundeTelefon: '+49 157 7778889' }))
    .kv(t(53, 9), kvSummen(54_300, 38_400, 29_700, 2_100)))
    .aktion(t(57, 10), Aktion.FEHLENDE_FREIGABE, { freigabeErhaltenAm: d(56), quelle: FreigabeQuelle.E_MAIL, betragNettoCent: 124_500, referenz: 'FG-HA-778812' }, 'Freigabe kam per E-Mail vom Sachverständigen, im Portal fehlt sie.');
  // 16 Appointment reported, reminder answered.
  await (await (await (await fall(berger).vermitteln(t(34), { ...rep, versichererId: rheinisch.id, sparte: Sparte.TEILKASKO, schadennummer: 'KS-2026-125010', schadentag: d(33), ...fahrzeug('M-WL 1212', 'Mazda', 'CX-5 2.0 Skyactiv-G', 'JMZKF6W1A00123456', '2020-10-10'), kundeName: 'Walter Lindner', kundeAnschrift: 'Fürstenrieder Str. 250, 81377 München', kundeTelefon: '+49 89 7100200' }))
    .kv(t(35, 10), kvSummen(63_900, 43_200, 38_000, 2_900)))
    .pruefen(t(37, 15), KvPruefErgebnis.FREIGABE))
    .aktion(t(38, 9), Aktion.VORGANGSINFO, { reparaturstatus: Reparaturstatus.TERMIN_VEREINBART, termin: d(62) }, 'Kunde bringt das Fahrzeug nach dem Urlaub.', true);

  // ── Karosserie Yılmaz & Söhne (demo-werkstatt-2) ─────────────────────────────────────
  await (await fall(yilmaz).vermitteln(t(55), { ...rep, versichererId: rheinisch.id, sparte: Sparte.HAFTPFLICHT, schadennummer: 'KS-2026-130077', schadentag: d(54), ...fahrzeug('LÖ-AY 55', 'Volkswagen', 'Polo 1.0 TSI', 'WVWZZZAWZLU123456', '2020-05-05'), kundeName: 'Gerhard Böhm', kundeAnschrift: 'Baslerstraße 40, 79540 Lörrach', kundeTelefon: '+49 7621 12345' })).kv(
    t(57, 13),
    kvSummen(71_200, 48_000, 36_600, 2_400),
  );
  await (await (await (await (await fall(yilmaz).vermitteln(t(25), { ...rep, versichererId: hanse.id, sparte: Sparte.VOLLKASKO, schadennummer: 'HA/26/0041234', schadentag: d(24), ...fahrzeug('WT-EK 404', 'BMW', 'X1 sDrive18i', 'WBA71AA0X05K12345', '2021-01-20'), kundeName: 'Emine Kaya', kundeAnschrift: 'Kaiserstraße 8, 79761 Waldshut-Tiengen', kundeTelefon: '+49 7751 998877' }))
    .kv(t(26, 10), kvSummen(166_000, 84_000, 72_300, 5_500)))
    .pruefen(t(28, 10), KvPruefErgebnis.FREIGABE))
    .rkue(t(29, 10), RkueStatus.IN_PRUEFUNG))
    .erinnern(t(45, 8), ErinnerungArt.TERMINSTATUS);
  await (await (await fall(yilmaz).vermitteln(t(40), { ...rep, versichererId: rheinisch.id, sparte: Sparte.TEILKASKO, schadennummer: 'KS-2026-126001', schadentag: d(39), ...fahrzeug('LÖ-Z 900', 'Fiat', '500 Hybrid', 'ZFA3120000J123456', '2022-07-07'), kundeName: 'Luca Romano', kundeAnschrift: 'Tumringer Str. 190, 79539 Lörrach', kundeTelefon: null }))
    .kv(t(41, 10), kvSummen(22_800, 14_400, 18_000, 900)))
    .stornieren(t(43, 10), Stornogrund.TOTALSCHADEN, 'Wirtschaftlicher Totalschaden laut Gutachten');
  await (await fall(yilmaz).vermitteln(t(59), { ...kvs, versichererId: hanse.id, sparte: Sparte.VOLLKASKO, schadennummer: 'HA/26/0049911', schadentag: d(58), ...fahrzeug('FR-HS 2024', 'Mercedes-Benz', 'GLC 300 e 4MATIC', 'W1N2539541F123456', '2024-02-14'), kundeName: 'Hannah Schulze', kundeAnschrift: 'Kaiser-Joseph-Straße 200, 79098 Freiburg', kundeTelefon: '+49 761 3334445' })).kv(
    t(60, 11),
    kvSummen(388_000, 124_800, 96_000, 11_000),
  );
  await fall(yilmaz).vermitteln(t(60, 16), { ...rep, versichererId: rheinisch.id, sparte: Sparte.HAFTPFLICHT, schadennummer: 'KS-2026-133300', schadentag: d(59), ...fahrzeug('LÖ-MM 1', 'Dacia', 'Duster TCe 130', 'UU1HSDADG61234567', '2021-11-11'), kundeName: 'Miriam Müßig', kundeAnschrift: 'Wallbrunnstraße 7, 79539 Lörrach', kundeTelefon: '+49 7621 55443' });
  await (await (await (await fall(yilmaz).vermitteln(t(18), { ...rep, versichererId: hanse.id, sparte: Sparte.HAFTPFLICHT, schadennummer: 'HA/26/0040777', schadentag: d(17), ...fahrzeug('LÖ-KA 321', 'Kia', 'Ceed SW 1.5 T-GDI', 'U5YH2512AML123456', '2021-03-30'), kundeName: 'Klaus Albers', kundeAnschrift: 'Riehenstraße 2, 79539 Lörrach', kundeTelefon: '+49 7621 667788' }))
    .kv(t(19, 10), kvSummen(57_700, 36_000, 31_500, 2_200)))
    .pruefen(t(21, 10), KvPruefErgebnis.FREIGABE))
    .aktion(t(29, 16), Aktion.VORGANGSINFO, { reparaturstatus: Reparaturstatus.FAHRZEUG_FERTIG, fertiggestelltAm: d(29) });
  await (await (await fall(yilmaz).vermitteln(t(47), { ...rep, versichererId: rheinisch.id, sparte: Sparte.VOLLKASKO, schadennummer: 'KS-2026-127777', schadentag: d(46), ...fahrzeug('WT-J 77', 'Audi', 'Q3 35 TFSI', 'WAUZZZF37M1123456', '2021-05-25'), kundeName: 'Jana Ertl', kundeAnschrift: 'Hauptstr. 50, 79761 Waldshut-Tiengen', kundeTelefon: '+49 7751 11223' }))
    .kv(t(48, 10), kvSummen(118_000, 66_000, 52_800, 4_100)))
    .pruefen(t(50, 10), KvPruefErgebnis.KORREKTUR, { korrekturpunkte: ['Lackierstufe 3 nicht begründet', 'Fotos der Unterbodenschäden fehlen'] });

  // ── further shops (staff sees them; neither demo shop nor the demo vendor key does) ──────────
  await (await (await fall(nord).vermitteln(t(45), { ...rep, versichererId: hanse.id, sparte: Sparte.HAFTPFLICHT, schadennummer: 'HA/26/0045900', schadentag: d(44), ...fahrzeug('HH-LN 2026', 'Volvo', 'V60 B4', 'YV1ZWA8V1M1123456', '2021-09-09'), kundeName: 'Jens Petersen', kundeAnschrift: 'Elbchaussee 100, 22763 Hamburg', kundeTelefon: '+49 40 8899001' }))
    .kv(t(46, 10), kvSummen(144_300, 90_000, 81_600, 6_400)))
    .pruefen(t(47, 15), KvPruefErgebnis.FREIGABE);
  await fall(nord).vermitteln(t(56), { ...rep, versichererId: rheinisch.id, sparte: Sparte.TEILKASKO, schadennummer: 'KS-2026-130500', schadentag: d(55), ...fahrzeug('HH-AB 1234', 'Volkswagen', 'ID.4 Pro', 'WVGZZZE2ZMP123456', '2022-08-08'), kundeName: 'Ole Hansen', kundeAnschrift: 'Mönckebergstraße 1, 20095 Hamburg', kundeTelefon: null });
  await (await (await fall(hoffmann).vermitteln(t(28), { ...rep, versichererId: rheinisch.id, sparte: Sparte.HAFTPFLICHT, schadennummer: 'KS-2026-123999', schadentag: d(27), ...fahrzeug('K-HO 1848', 'Opel', 'Corsa F 1.2', 'W0V7D9EB5M4123456', '2021-12-01'), kundeName: 'Gisela Hoffmann-Lütke', kundeAnschrift: 'Aachener Str. 500, 50933 Köln', kundeTelefon: '+49 221 2233445' }))
    .kv(t(29, 10), kvSummen(49_900, 33_600, 27_000, 1_800)))
    .stornieren(t(30, 10), Stornogrund.DOPPELTE_VERMITTLUNG, null);
  await (await (await (await (await (await fall(hoffmann).vermitteln(t(8), { ...rep, versichererId: hanse.id, sparte: Sparte.VOLLKASKO, schadennummer: 'HA/26/0037010', schadentag: d(7), ...fahrzeug('BN-XY 7', 'BMW', '520d Limousine', 'WBA51BJ0X0C123456', '2020-04-04'), kundeName: 'Stefan Wirtz', kundeAnschrift: 'Poppelsdorfer Allee 9, 53115 Bonn', kundeTelefon: '+49 228 445566' }))
    .kv(t(9, 10), kvSummen(276_000, 132_000, 110_400, 9_800)))
    .pruefen(t(11, 10), KvPruefErgebnis.FREIGABE))
    .aktion(t(19, 16), Aktion.VORGANGSINFO, { reparaturstatus: Reparaturstatus.FAHRZEUG_ZURUECKGEGEBEN, fahrzeugZurueckgegebenAm: d(19) }))
    .rechnung(t(21, 10), 'HOF-2026-0815', 'erwartet'))
    .rechnungPruefen(t(23, 10), RechnungPruefErgebnis.UEBERMITTELT);
  await (await (await fall(weiss).vermitteln(t(52), { ...kvs, versichererId: rheinisch.id, sparte: Sparte.TEILKASKO, schadennummer: 'KS-2026-129100', schadentag: d(51), ...fahrzeug('S-AW 4242', 'Mercedes-Benz', 'A 180', 'W1K1770841J123456', '2019-09-19'), kundeName: 'Anja Weiß', kundeAnschrift: 'Königstraße 28, 70173 Stuttgart', kundeTelefon: '+49 711 1234567' }))
    .kv(t(53, 10), kvSummen(88_000, 40_800, 45_600, 3_000)))
    .pruefen(t(54, 10), KvPruefErgebnis.FREIGABE);
  await (await fall(weiss).vermitteln(t(57), { ...rep, versichererId: hanse.id, sparte: Sparte.HAFTPFLICHT, schadennummer: 'HA/26/0049001', schadentag: d(56), ...fahrzeug('ES-TT 18', 'Skoda', 'Fabia 1.0 TSI', 'TMBEC6NJ5MZ123456', '2021-02-02'), kundeName: 'Tobias Traub', kundeAnschrift: 'Pliensaustraße 12, 73728 Esslingen', kundeTelefon: '+49 711 3456789' })).kv(
    t(58, 10),
    kvSummen(33_000, 24_000, 21_600, 1_200),
  );
}

/** Story parts that need the orders above: tickets worked by staff, KV-Service fee invoices. */
async function nachtraege(k: Kontext): Promise<void> {
  const [berger, yilmaz] = k.werkstaetten;
  const a = (spnNr: number) => k.m.getRepository(AuftragEntity).findOneByOrFail({ spnId: `SPN-2026-${String(spnNr).padStart(6, '0')}` });
  const fallFuer = async (w: WerkstattEntity, spnNr: number) => new Fall(k, w, (await a(spnNr)).id);
  // The finished KV-Service order of Autohaus Berger invoices its fee; the shop asks for a repair order (open ticket).
  await (await (await fallFuer(berger, 9)).rechnung(t(40, 10), 'RE-2026-10455', 15_000 - 2_500, RechnungArt.KV_SERVICE)).aktion(
    t(41, 9),
    Aktion.AUFTRAG_ANFORDERN,
    { grund: AnforderungsGrund.KUNDE_WUENSCHT_REPARATUR, kundeHatUnterschrieben: true },
    'Kunde möchte nach dem Kostenvoranschlag nun doch bei uns reparieren lassen.',
  );
  // Staff answered the Fehlende-Freigabe ticket of order 15: in progress, with a message.
  await (await fallFuer(berger, 15)).ticketBeantworten(t(58, 11), TicketStatus.IN_BEARBEITUNG, 'Vielen Dank, wir prüfen die Freigabe mit dem Sachverständigen und melden uns bis Freitag.');
  // Yılmaz: a cancelled order the shop says was cancelled by mistake (open Auftrag-anfordern ticket).
  await (await fallFuer(yilmaz, 19)).aktion(t(44, 9), Aktion.AUFTRAG_ANFORDERN, { grund: AnforderungsGrund.FAELSCHLICH_STORNIERT, kundeHatUnterschrieben: true }, 'Laut Gutachter doch reparaturwürdig, Kunde hat den Reparaturauftrag unterschrieben.');
}

/** The seeded history is in the past: its system e-mails count as delivered a minute after they were written. */
async function mailsAlsVersendetMarkieren(m: EntityManager): Promise<void> {
  const mails = await m.getRepository(BenachrichtigungEntity).find();
  for (const mail of mails) {
    mail.versendetAm = new Date(mail.erstelltAm.getTime() + 60_000);
    mail.versuche = 1;
    mail.naechsterVersuchAm = null;
  }
  await m.save(BenachrichtigungEntity, mails);
}

/**
 * The story was written order by order, not in time order: number the changes in the order of
 * their time, as they would have been numbered had they happened that way (the vendors' feed pages
 * by this number).
 */
async function aenderungenNachZeitNummerieren(m: EntityManager): Promise<void> {
  const auftraege = await m.getRepository(AuftragEntity).find({ order: { aktualisiertAm: 'ASC', id: 'ASC' } });
  for (const [i, a] of auftraege.entries()) await m.update(AuftragEntity, { id: a.id }, { aenderungsNr: i + 1 });
  await m.update(NummernkreisEntity, { praefix: 'AEND', jahr: 0 }, { letzteNummer: auftraege.length });
}

/** Creates the demo data unless it exists (marker: the account demo-intern). All or nothing, in one transaction. */
export async function demoDatenAnlegen(ds: DataSource, opts: { bcryptCost: number }): Promise<{ neu: boolean }> {
  return inTransaktion(ds, async (m) => {
    if (await m.getRepository(BenutzerEntity).exists({ where: { benutzername: 'demo-intern' } })) return { neu: false };
    const k = await stammdaten(m, opts.bcryptCost);
    await auftraege(k);
    await nachtraege(k);
    await mailsAlsVersendetMarkieren(m);
    await aenderungenNachZeitNummerieren(m);
    return { neu: true };
  });
}
