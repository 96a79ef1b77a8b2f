import {
  aktionNichtMoeglichGrund,
  auftragAnfordernPruefen,
  berlinDatum,
  berlinDatumVon,
  betragEinlesen,
  datumsFehler,
  feldAusPfad,
  fehlendeFreigabePruefen,
  freitextFehler,
  Idempotenzschluessel,
  istLocalDate,
  mitVoraussichtlicherFertigstellung,
  naechsteTicketStatus,
  neueUuid,
  passenderGrund,
  serverFehlerZuordnen,
  spaetestesDatum,
  ticketBearbeitenPruefen,
  ticketNachrichtPruefen,
  vorgangsinfoPruefen,
  zeichenAnzahl,
  type DatumsKontext,
  type VorgangsinfoWerte,
} from '../../client/src/formular-regeln';

const KONTEXT: DatumsKontext = { heute: '2026-10-20', vermitteltAm: '2026-10-02', bisherigeUebernahme: null };

const VORGANGSINFO_LEER: VorgangsinfoWerte = {
  reparaturstatus: '',
  termin: '',
  fahrzeugUebernommenAm: '',
  fertiggestelltAm: '',
  fahrzeugZurueckgegebenAm: '',
  voraussichtlicheFertigstellung: '',
  nachricht: '',
};

const felder = (r: { ok: boolean; fehler?: { feld: string | null }[] }) => (r.ok ? [] : r.fehler!.map((f) => f.feld));

describe('betragEinlesen (German amount input → Decimal string)', () => {
  it.each([
    ['1.234,50', '1234.50'],
    ['1234,50', '1234.50'],
    ['1234,5', '1234.50'],
    ['1234.50', '1234.50'],
    ['1234.5', '1234.50'],
    ['1234', '1234.00'],
    ['1.234', '1234.00'],
    ['1.234.567,89', '1234567.89'],
    ['1,234.50', '1234.50'],
    [' 1.234,50 € ', '1234.50'],
    ['1234,50 EUR', '1234.50'],
    ['0,01', '0.01'],
    [',5', '0.50'],
    ['007,10', '7.10'],
    ['10.000.000,00', '10000000.00'],
  ])('reads %j as %j', (eingabe, wert) => {
    expect(betragEinlesen(eingabe)).toEqual({ ok: true, wert });
  });

  it('is exact where floating point is not', () => {
    expect(betragEinlesen('9.007.199.254.740,99')).toEqual({ ok: false, fehler: expect.stringContaining('10.000.000,00') });
    expect(betragEinlesen('0,29')).toEqual({ ok: true, wert: '0.29' });
    expect(betragEinlesen('1,10')).toEqual({ ok: true, wert: '1.10' });
  });

  it('gives null for an empty input (the field is optional)', () => {
    expect(betragEinlesen('')).toEqual({ ok: true, wert: null });
    expect(betragEinlesen('   ')).toEqual({ ok: true, wert: null });
    expect(betragEinlesen(' € ')).toEqual({ ok: true, wert: null });
  });

  it('refuses more than two decimals', () => {
    for (const eingabe of ['1234,567', '1234.5678', '1.234,505', '0,001']) {
      expect(betragEinlesen(eingabe)).toEqual({ ok: false, fehler: expect.stringContaining('zwei Nachkommastellen') });
    }
  });

  it('refuses zero, negative and too large amounts', () => {
    expect(betragEinlesen('0')).toEqual({ ok: false, fehler: expect.stringContaining('größer als 0') });
    expect(betragEinlesen('0,00')).toEqual({ ok: false, fehler: expect.stringContaining('größer als 0') });
    expect(betragEinlesen('-5,00')).toEqual({ ok: false, fehler: expect.stringContaining('größer als 0') });
    expect(betragEinlesen('10.000.000,01')).toEqual({ ok: false, fehler: expect.stringContaining('höchstens') });
  });

  it('refuses what is not a number, in German', () => {
    for (const eingabe of ['abc', '12a', '1,2,3', '12.34,50', '1.23.4', '1234,', '1e5', '1 2 3,4,5', '--1']) {
      const r = betragEinlesen(eingabe);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.fehler).toMatch(/^(Bitte geben Sie den Betrag als Zahl ein|Der)/);
    }
  });
});

describe('dates in Europe/Berlin', () => {
  it('gives the Berlin calendar date of an instant, across midnight and DST', () => {
    expect(berlinDatum(new Date('2026-10-19T22:30:00Z'))).toBe('2026-10-20'); // 00:30 CEST
    expect(berlinDatum(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01'); // 00:30 CET
    expect(berlinDatum(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01'); // 23:59 CEST
    expect(berlinDatumVon('2026-10-02T07:00:00.000Z')).toBe('2026-10-02');
    expect(berlinDatumVon('unsinn')).toBeNull();
    expect(berlinDatumVon(null)).toBeNull();
  });

  it('knows real calendar dates', () => {
    expect(istLocalDate('2026-02-28')).toBe(true);
    expect(istLocalDate('2028-02-29')).toBe(true);
    expect(istLocalDate('2026-02-29')).toBe(false);
    expect(istLocalDate('2026-13-01')).toBe(false);
    expect(istLocalDate('03.12.2026')).toBe(false);
  });

  it('picks the latest takeover date', () => {
    expect(spaetestesDatum([null, '2026-10-05', undefined, '2026-10-09', '2026-10-07'])).toBe('2026-10-09');
    expect(spaetestesDatum([null, undefined])).toBeNull();
  });
});

describe('datumsFehler (plausible dates, as the server checks them)', () => {
  it('accepts today and the day of brokering', () => {
    expect(datumsFehler({ fertiggestelltAm: '2026-10-20', freigabeErhaltenAm: '2026-10-02' }, KONTEXT)).toEqual([]);
  });

  it('refuses things that happened in the future, but not an appointment', () => {
    expect(datumsFehler({ fertiggestelltAm: '2026-10-21' }, KONTEXT)).toEqual([
      { feld: 'fertiggestelltAm', meldung: 'Die Fertigstellung (21.10.2026) liegt in der Zukunft; bitte geben Sie das tatsächliche Datum an.' },
    ]);
    expect(felder({ ok: false, fehler: datumsFehler({ freigabeErhaltenAm: '2026-11-01', fahrzeugUebernommenAm: '2026-10-21', fahrzeugZurueckgegebenAm: '2027-01-01' }, KONTEXT) })).toEqual([
      'fahrzeugUebernommenAm',
      'fahrzeugZurueckgegebenAm',
      'freigabeErhaltenAm',
    ]);
    expect(datumsFehler({ termin: '2026-12-01', voraussichtlicheFertigstellung: '2026-12-10' }, KONTEXT)).toEqual([]);
  });

  it('refuses dates before the order was brokered', () => {
    expect(datumsFehler({ termin: '2026-10-01' }, KONTEXT)).toEqual([
      { feld: 'termin', meldung: 'Der Termin (01.10.2026) liegt vor der Vermittlung des Auftrags am 02.10.2026.' },
    ]);
  });

  it('refuses completion, return and expected completion before the takeover (this form or an earlier one)', () => {
    expect(datumsFehler({ fahrzeugUebernommenAm: '2026-10-10', voraussichtlicheFertigstellung: '2026-10-09' }, KONTEXT)).toEqual([
      { feld: 'voraussichtlicheFertigstellung', meldung: 'Die voraussichtliche Fertigstellung (09.10.2026) liegt vor der Fahrzeugübernahme am 10.10.2026.' },
    ]);
    const mitUebernahme = { ...KONTEXT, bisherigeUebernahme: '2026-10-12' };
    expect(datumsFehler({ fertiggestelltAm: '2026-10-11' }, mitUebernahme)).toEqual([
      { feld: 'fertiggestelltAm', meldung: 'Die Fertigstellung (11.10.2026) liegt vor der Fahrzeugübernahme am 12.10.2026.' },
    ]);
    expect(datumsFehler({ fahrzeugZurueckgegebenAm: '2026-10-12' }, mitUebernahme)).toEqual([]);
  });

  it('refuses a return before completion', () => {
    expect(datumsFehler({ fertiggestelltAm: '2026-10-15', fahrzeugZurueckgegebenAm: '2026-10-14' }, KONTEXT)).toEqual([
      { feld: 'fahrzeugZurueckgegebenAm', meldung: 'Die Rückgabe (14.10.2026) liegt vor der Fertigstellung am 15.10.2026.' },
    ]);
  });

  it('gives one message per field and flags an invalid date', () => {
    const fehler = datumsFehler({ fertiggestelltAm: '2026-02-30', fahrzeugUebernommenAm: '2026-10-30' }, KONTEXT);
    expect(fehler.map((f) => f.feld)).toEqual(['fahrzeugUebernommenAm', 'fertiggestelltAm']);
    expect(fehler[1].meldung).toContain('gültiges Datum');
  });
});

describe('vorgangsinfoPruefen', () => {
  it('needs a status', () => {
    expect(felder(vorgangsinfoPruefen(VORGANGSINFO_LEER, KONTEXT))).toEqual(['reparaturstatus']);
  });

  it.each([
    ['TERMIN_VEREINBART', 'termin'],
    ['FAHRZEUG_IN_ARBEIT', 'fahrzeugUebernommenAm'],
    ['FAHRZEUG_FERTIG', 'fertiggestelltAm'],
    ['FAHRZEUG_ZURUECKGEGEBEN', 'fahrzeugZurueckgegebenAm'],
  ] as const)('%s needs %s', (status, feld) => {
    expect(felder(vorgangsinfoPruefen({ ...VORGANGSINFO_LEER, reparaturstatus: status }, KONTEXT))).toEqual([feld]);
  });

  it('sends only the date the status needs, and the expected completion only where it belongs', () => {
    const werte: VorgangsinfoWerte = {
      reparaturstatus: 'FAHRZEUG_IN_ARBEIT',
      termin: '2026-10-30',
      fahrzeugUebernommenAm: '2026-10-15',
      fertiggestelltAm: '2026-10-16',
      fahrzeugZurueckgegebenAm: '2026-10-17',
      voraussichtlicheFertigstellung: '2026-10-25',
      nachricht: '  Teile kommen Montag.  ',
    };
    expect(vorgangsinfoPruefen(werte, KONTEXT)).toEqual({
      ok: true,
      daten: {
        reparaturstatus: 'FAHRZEUG_IN_ARBEIT',
        termin: null,
        fahrzeugUebernommenAm: '2026-10-15',
        fertiggestelltAm: null,
        fahrzeugZurueckgegebenAm: null,
        voraussichtlicheFertigstellung: '2026-10-25',
        nachricht: 'Teile kommen Montag.',
      },
    });
    const fertig = vorgangsinfoPruefen({ ...werte, reparaturstatus: 'FAHRZEUG_FERTIG' }, KONTEXT);
    expect(fertig.ok && fertig.daten).toMatchObject({ fertiggestelltAm: '2026-10-16', fahrzeugUebernommenAm: null, voraussichtlicheFertigstellung: null });
    const kunde = vorgangsinfoPruefen({ ...werte, reparaturstatus: 'KUNDE_NICHT_ERREICHBAR', nachricht: '' }, KONTEXT);
    expect(kunde).toEqual({
      ok: true,
      daten: {
        reparaturstatus: 'KUNDE_NICHT_ERREICHBAR',
        termin: null,
        fahrzeugUebernommenAm: null,
        fertiggestelltAm: null,
        fahrzeugZurueckgegebenAm: null,
        voraussichtlicheFertigstellung: null,
        nachricht: null,
      },
    });
  });

  it('offers the expected completion for appointment, in repair and waiting for parts', () => {
    expect(['TERMIN_VEREINBART', 'FAHRZEUG_IN_ARBEIT', 'WARTET_AUF_TEILE'].every((s) => mitVoraussichtlicherFertigstellung(s as never))).toBe(true);
    expect(mitVoraussichtlicherFertigstellung('FAHRZEUG_FERTIG')).toBe(false);
    expect(mitVoraussichtlicherFertigstellung(null)).toBe(false);
  });

  it('checks the message', () => {
    const r = vorgangsinfoPruefen({ ...VORGANGSINFO_LEER, reparaturstatus: 'WARTET_AUF_TEILE', nachricht: 'x'.repeat(2001) }, KONTEXT);
    expect(felder(r)).toEqual(['nachricht']);
  });
});

describe('fehlendeFreigabePruefen', () => {
  const werte = { freigabeErhaltenAm: '2026-10-10', quelle: 'E_MAIL', betragNetto: '1.234,50', referenz: ' FG-77 ', nachricht: '' };

  it('converts the amount and trims the texts', () => {
    expect(fehlendeFreigabePruefen(werte, KONTEXT)).toEqual({
      ok: true,
      daten: { freigabeErhaltenAm: '2026-10-10', quelle: 'E_MAIL', betragNetto: '1234.50', referenz: 'FG-77', nachricht: null },
    });
    expect(fehlendeFreigabePruefen({ ...werte, quelle: '', betragNetto: '', referenz: '' }, KONTEXT)).toEqual({
      ok: true,
      daten: { freigabeErhaltenAm: '2026-10-10', quelle: null, betragNetto: null, referenz: null, nachricht: null },
    });
  });

  it('needs the date, refuses a future one, a bad amount and a long reference', () => {
    expect(felder(fehlendeFreigabePruefen({ ...werte, freigabeErhaltenAm: '' }, KONTEXT))).toEqual(['freigabeErhaltenAm']);
    expect(felder(fehlendeFreigabePruefen({ ...werte, freigabeErhaltenAm: '2026-10-21', betragNetto: '12,345', referenz: 'R'.repeat(101) }, KONTEXT))).toEqual([
      'freigabeErhaltenAm',
      'betragNetto',
      'referenz',
    ]);
  });
});

describe('auftragAnfordernPruefen and the fitting reason', () => {
  it('preselects the reason that fits the order', () => {
    expect(passenderGrund({ status: 'STORNIERT', auftragsart: 'REPARATUR' })).toBe('FAELSCHLICH_STORNIERT');
    expect(passenderGrund({ status: 'STORNIERT', auftragsart: 'KV_SERVICE' })).toBe('FAELSCHLICH_STORNIERT');
    expect(passenderGrund({ status: 'KV_IN_PRUEFUNG', auftragsart: 'KV_SERVICE' })).toBe('KUNDE_WUENSCHT_REPARATUR');
    expect(passenderGrund({ status: 'FREIGEGEBEN', auftragsart: 'REPARATUR' })).toBeNull();
  });

  it('needs the signature and a reason that fits', () => {
    const kvService = { status: 'VERMITTELT', auftragsart: 'KV_SERVICE' } as const;
    expect(auftragAnfordernPruefen({ grund: 'KUNDE_WUENSCHT_REPARATUR', kundeHatUnterschrieben: true, nachricht: '' }, kvService)).toEqual({
      ok: true,
      daten: { grund: 'KUNDE_WUENSCHT_REPARATUR', kundeHatUnterschrieben: true, nachricht: null },
    });
    expect(felder(auftragAnfordernPruefen({ grund: 'FAELSCHLICH_STORNIERT', kundeHatUnterschrieben: false, nachricht: '' }, kvService))).toEqual([
      'grund',
      'kundeHatUnterschrieben',
    ]);
    expect(felder(auftragAnfordernPruefen({ grund: '', kundeHatUnterschrieben: true, nachricht: '' }, kvService))).toEqual(['grund']);
  });
});

describe('why an action is not possible', () => {
  it('explains it in German for the order at hand', () => {
    expect(aktionNichtMoeglichGrund('VORGANGSINFO', { status: 'STORNIERT', auftragsart: 'REPARATUR', kvs: [] })).toContain('storniert');
    expect(aktionNichtMoeglichGrund('VORGANGSINFO', { status: 'ABGESCHLOSSEN', auftragsart: 'REPARATUR', kvs: [] })).toContain('abgeschlossen');
    expect(aktionNichtMoeglichGrund('FEHLENDE_FREIGABE', { status: 'VERMITTELT', auftragsart: 'REPARATUR', kvs: [] })).toContain('noch kein KV');
    expect(aktionNichtMoeglichGrund('FEHLENDE_FREIGABE', { status: 'FREIGEGEBEN', auftragsart: 'REPARATUR', kvs: [{ status: 'FREIGEGEBEN' }] })).toContain('bereits geprüft');
    expect(aktionNichtMoeglichGrund('AUFTRAG_ANFORDERN', { status: 'FREIGEGEBEN', auftragsart: 'REPARATUR', kvs: [] })).toContain('Reparaturauftrag');
  });
});

describe('free text', () => {
  it('counts code points as the server does', () => {
    expect(zeichenAnzahl('Grüße 🚗')).toBe(7);
    expect(freitextFehler('Nachricht', '🚗'.repeat(2000))).toBeNull();
    expect(freitextFehler('Nachricht', '🚗'.repeat(2001))).toBe('Nachricht: höchstens 2.000 Zeichen (jetzt 2.001).');
  });

  it('refuses control characters but keeps line breaks and tabs', () => {
    expect(freitextFehler('Nachricht', 'Zeile 1\nZeile 2\r\n\tEingerückt')).toBeNull();
    expect(freitextFehler('Nachricht', 'Glocke \u0007')).toBe('Nachricht enthält unzulässige Steuerzeichen.');
  });
});

describe('tickets', () => {
  it('allows only the next states of the lifecycle', () => {
    expect(naechsteTicketStatus('OFFEN')).toEqual(['IN_BEARBEITUNG', 'ERLEDIGT', 'ABGELEHNT']);
    expect(naechsteTicketStatus('IN_BEARBEITUNG')).toEqual(['ERLEDIGT', 'ABGELEHNT']);
    expect(naechsteTicketStatus('ERLEDIGT')).toEqual([]);
    expect(naechsteTicketStatus('ABGELEHNT')).toEqual([]);
  });

  it('checks the staff form: a next status, or the current one with an answer', () => {
    expect(ticketBearbeitenPruefen({ status: 'ERLEDIGT', antwort: ' Erledigt. ' }, 'OFFEN')).toEqual({ ok: true, daten: { status: 'ERLEDIGT', antwort: 'Erledigt.' } });
    expect(ticketBearbeitenPruefen({ status: 'IN_BEARBEITUNG', antwort: '' }, 'OFFEN')).toEqual({ ok: true, daten: { status: 'IN_BEARBEITUNG', antwort: null } });
    expect(ticketBearbeitenPruefen({ status: 'IN_BEARBEITUNG', antwort: 'Wir prüfen.' }, 'IN_BEARBEITUNG').ok).toBe(true);
    expect(felder(ticketBearbeitenPruefen({ status: 'IN_BEARBEITUNG', antwort: '  ' }, 'IN_BEARBEITUNG'))).toEqual(['antwort']);
    expect(felder(ticketBearbeitenPruefen({ status: '', antwort: '' }, 'OFFEN'))).toEqual(['status']);
    expect(felder(ticketBearbeitenPruefen({ status: 'OFFEN', antwort: '' }, 'IN_BEARBEITUNG'))).toEqual(['status']);
  });

  it('needs a follow-up message', () => {
    expect(ticketNachrichtPruefen('  ')).toEqual({ ok: false, fehler: [{ feld: 'text', meldung: 'Bitte geben Sie eine Nachricht ein.' }] });
    expect(ticketNachrichtPruefen(' Noch eine Frage. ')).toEqual({ ok: true, daten: { text: 'Noch eine Frage.' } });
  });
});

describe('server answers', () => {
  it('maps field paths to the form fields shown, the rest to the summary', () => {
    expect(feldAusPfad(['input', 'termin'])).toBe('termin');
    expect(feldAusPfad(['input'])).toBeNull();
    expect(feldAusPfad(null)).toBeNull();
    expect(
      serverFehlerZuordnen(
        [
          { feld: ['input', 'termin'], meldung: 'Termin fehlt.' },
          { feld: ['input', 'spnId'], meldung: 'Kein Auftrag.' },
          { feld: null, meldung: 'Aktion nicht erlaubt.' },
        ],
        ['reparaturstatus', 'termin', 'nachricht'],
      ),
    ).toEqual([
      { feld: 'termin', meldung: 'Termin fehlt.' },
      { feld: null, meldung: 'Kein Auftrag.' },
      { feld: null, meldung: 'Aktion nicht erlaubt.' },
    ]);
  });
});

describe('idempotency key of a form instance', () => {
  it('is created when the form opens and reused for the same content', () => {
    let n = 0;
    const schluessel = new Idempotenzschluessel(() => `k${++n}`);
    expect(n).toBe(1);
    expect(schluessel.fuer('{"a":1}')).toBe('k1');
    expect(schluessel.fuer('{"a":1}')).toBe('k1');
    // changed content after a submission: a key of its own (never IDEMPOTENZ_KONFLIKT)
    expect(schluessel.fuer('{"a":2}')).toBe('k2');
    expect(schluessel.fuer('{"a":2}')).toBe('k2');
  });

  it('makes version-4 UUIDs, also without crypto.randomUUID', () => {
    const muster = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(neueUuid()).toMatch(muster);
    const ohne = { getRandomValues: <T extends ArrayBufferView | null>(a: T) => globalThis.crypto.getRandomValues(a as never) as T };
    const a = neueUuid(ohne);
    expect(a).toMatch(muster);
    expect(neueUuid(ohne)).not.toBe(a);
  });
});
