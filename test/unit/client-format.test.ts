import {
  AKTION_LABEL,
  AKTION_SLUG,
  aktionZuSlug,
  AUFTRAGSART_LABEL,
  AUFTRAGSSTATUS_LABEL,
  AUFTRAGSSTATUS_REIHENFOLGE,
  EINGANG_ART_LABEL,
  EREIGNIS_ART_LABEL,
  formatAnzahl,
  formatAnzahlAuftraege,
  formatBetrag,
  formatDatum,
  formatDatumZeit,
  formatJaNein,
  HINWEIS_CODE_LABEL,
  istSpnId,
  KALKULATIONSSYSTEM_LABEL,
  KV_ART_LABEL,
  label,
  LEER,
  normalisiereSpnId,
  RKUE_STATUS_LABEL,
  SPARTE_LABEL,
  STORNOGRUND_LABEL,
} from '../../client/src/format';

describe('formatDatumZeit (Europe/Berlin)', () => {
  it('shows a UTC instant in winter time (UTC+1)', () => {
    expect(formatDatumZeit('2026-12-03T13:05:00.000Z')).toBe('03.12.2026, 14:05');
  });

  it('shows a UTC instant in summer time (UTC+2)', () => {
    expect(formatDatumZeit('2026-07-01T08:30:00.000Z')).toBe('01.07.2026, 10:30');
  });

  it('rolls over to the next Berlin day and year', () => {
    expect(formatDatumZeit('2026-12-31T23:30:00Z')).toBe('01.01.2027, 00:30');
  });

  it('uses 24-hour time with a leading zero at midnight', () => {
    expect(formatDatumZeit('2026-03-02T23:00:00.000Z')).toBe('03.03.2026, 00:00');
  });

  it('handles the switch to summer time (last Sunday in March)', () => {
    expect(formatDatumZeit('2026-03-29T00:59:00Z')).toBe('29.03.2026, 01:59');
    expect(formatDatumZeit('2026-03-29T01:00:00Z')).toBe('29.03.2026, 03:00');
  });

  it('gives a dash for missing or invalid values', () => {
    expect(formatDatumZeit(null)).toBe(LEER);
    expect(formatDatumZeit(undefined)).toBe(LEER);
    expect(formatDatumZeit('')).toBe(LEER);
    expect(formatDatumZeit('kein Datum')).toBe(LEER);
  });
});

describe('formatDatum (LocalDate)', () => {
  it('rearranges the calendar date without any time-zone shift', () => {
    expect(formatDatum('2026-12-03')).toBe('03.12.2026');
    expect(formatDatum('2026-01-01')).toBe('01.01.2026');
    expect(formatDatum('2026-12-31')).toBe('31.12.2026');
  });

  it('gives a dash for missing or malformed values', () => {
    expect(formatDatum(null)).toBe(LEER);
    expect(formatDatum(undefined)).toBe(LEER);
    expect(formatDatum('03.12.2026')).toBe(LEER);
    expect(formatDatum('2026-12-03T10:00:00Z')).toBe(LEER);
  });
});

describe('formatBetrag (exact Decimal strings)', () => {
  it('formats with thousands separators, decimal comma and euro sign', () => {
    expect(formatBetrag('1234.50')).toBe('1.234,50 €');
    expect(formatBetrag('0.00')).toBe('0,00 €');
    expect(formatBetrag('999.99')).toBe('999,99 €');
    expect(formatBetrag('1000.00')).toBe('1.000,00 €');
    expect(formatBetrag('1234567.89')).toBe('1.234.567,89 €');
  });

  it('pads missing decimals', () => {
    expect(formatBetrag('7')).toBe('7,00 €');
    expect(formatBetrag('12.3')).toBe('12,30 €');
  });

  it('keeps negative amounts and drops the sign of zero', () => {
    expect(formatBetrag('-12.30')).toBe('-12,30 €');
    expect(formatBetrag('-1234.56')).toBe('-1.234,56 €');
    expect(formatBetrag('-0.00')).toBe('0,00 €');
  });

  it('is exact beyond floating-point precision', () => {
    expect(formatBetrag('90071992547409.93')).toBe('90.071.992.547.409,93 €');
    expect(formatBetrag('0.10')).toBe('0,10 €');
  });

  it('strips leading zeros but keeps a single zero', () => {
    expect(formatBetrag('0012.00')).toBe('12,00 €');
    expect(formatBetrag('000.50')).toBe('0,50 €');
  });

  it('gives a dash for a missing amount and never hides a malformed one', () => {
    expect(formatBetrag(null)).toBe(LEER);
    expect(formatBetrag(undefined)).toBe(LEER);
    expect(formatBetrag('abc')).toBe('abc €');
  });
});

describe('formatAnzahl / formatAnzahlAuftraege', () => {
  it('groups thousands', () => {
    expect(formatAnzahl(0)).toBe('0');
    expect(formatAnzahl(999)).toBe('999');
    expect(formatAnzahl(1234)).toBe('1.234');
    expect(formatAnzahl(1234567)).toBe('1.234.567');
  });

  it('uses singular and plural', () => {
    expect(formatAnzahlAuftraege(0)).toBe('0 Aufträge');
    expect(formatAnzahlAuftraege(1)).toBe('1 Auftrag');
    expect(formatAnzahlAuftraege(42)).toBe('42 Aufträge');
    expect(formatAnzahlAuftraege(1500)).toBe('1.500 Aufträge');
  });
});

describe('formatJaNein', () => {
  it('maps booleans to Ja/Nein', () => {
    expect(formatJaNein(true)).toBe('Ja');
    expect(formatJaNein(false)).toBe('Nein');
    expect(formatJaNein(null)).toBe(LEER);
  });
});

describe('SPN-ID detection', () => {
  it.each([
    ['SPN-2026-004711', 'SPN-2026-004711'],
    ['spn-2026-004711', 'SPN-2026-004711'],
    ['  SPN-2026-004711  ', 'SPN-2026-004711'],
    ['2026-004711', 'SPN-2026-004711'],
    [' 2026-004711', 'SPN-2026-004711'],
    ['SPN2026-004711', 'SPN-2026-004711'],
    ['Spn-2026-000001', 'SPN-2026-000001'],
  ])('recognises %j as %s', (eingabe, erwartet) => {
    expect(istSpnId(eingabe)).toBe(true);
    expect(normalisiereSpnId(eingabe)).toBe(erwartet);
  });

  it.each([
    'KS-2026-118734',
    'M-AB 1234',
    'SPN-26-004711',
    'SPN-2026-04711',
    'SPN-2026-0047111',
    'SPN 2026 004711',
    'XSPN-2026-004711',
    '',
    '   ',
  ])('treats %j as a free-text search', (eingabe) => {
    expect(istSpnId(eingabe)).toBe(false);
    expect(normalisiereSpnId(eingabe)).toBeNull();
  });
});

describe('enum labels', () => {
  it('has the German labels the portal shows', () => {
    expect(AUFTRAGSSTATUS_LABEL.KV_IN_PRUEFUNG).toBe('KV in Prüfung');
    expect(AUFTRAGSSTATUS_LABEL.KORREKTUR_ANGEFORDERT).toBe('Korrektur angefordert');
    expect(AUFTRAGSSTATUS_LABEL.REPARATUR_ABGESCHLOSSEN).toBe('Reparatur abgeschlossen');
    expect(AUFTRAGSART_LABEL.KV_SERVICE).toBe('Kostenvoranschlagservice');
    expect(AUFTRAGSART_LABEL.REPARATUR).toBe('Reparaturauftrag');
    expect(SPARTE_LABEL.VOLLKASKO).toBe('Vollkasko');
    expect(SPARTE_LABEL.HAFTPFLICHT).toBe('Haftpflicht');
    expect(KALKULATIONSSYSTEM_LABEL.GT_MOTIVE).toBe('GT Motive');
    expect(KV_ART_LABEL.KV).toBe('KV');
    expect(KV_ART_LABEL.NACHTRAG).toBe('Nachtrag');
    expect(RKUE_STATUS_LABEL.ERTEILT).toBe('Erteilt');
    expect(EINGANG_ART_LABEL.RECHNUNG).toBe('Rechnung');
    expect(STORNOGRUND_LABEL.TOTALSCHADEN).toBe('Totalschaden');
    expect(EREIGNIS_ART_LABEL.E_MAIL_VERSENDET).toBe('E-Mail versendet');
    expect(HINWEIS_CODE_LABEL.RKUE_OFFEN).toBe('RKÜ offen');
  });

  it('names the three actions exactly as the buttons do', () => {
    expect(AKTION_LABEL).toEqual({
      VORGANGSINFO: 'Vorgangsinfo',
      FEHLENDE_FREIGABE: 'Fehlende Freigabe',
      AUFTRAG_ANFORDERN: 'Auftrag anfordern',
    });
  });

  it('maps action URL segments both ways', () => {
    expect(AKTION_SLUG.FEHLENDE_FREIGABE).toBe('fehlende-freigabe');
    expect(aktionZuSlug('vorgangsinfo')).toBe('VORGANGSINFO');
    expect(aktionZuSlug('fehlende-freigabe')).toBe('FEHLENDE_FREIGABE');
    expect(aktionZuSlug('auftrag-anfordern')).toBe('AUFTRAG_ANFORDERN');
    expect(aktionZuSlug('storno')).toBeNull();
    expect(aktionZuSlug(undefined)).toBeNull();
  });

  it('lists every order status once, in lifecycle order', () => {
    expect([...AUFTRAGSSTATUS_REIHENFOLGE].sort()).toEqual(Object.keys(AUFTRAGSSTATUS_LABEL).sort());
    expect(AUFTRAGSSTATUS_REIHENFOLGE[0]).toBe('VERMITTELT');
  });

  it('never shows a raw enum name, not even for a value the client does not know', () => {
    expect(label(AUFTRAGSSTATUS_LABEL, 'STORNIERT')).toBe('Storniert');
    expect(label(AUFTRAGSSTATUS_LABEL, 'NEUER_STATUS' as never)).toBe('Unbekannt');
    expect(label(AUFTRAGSSTATUS_LABEL, 'toString' as never)).toBe('Unbekannt');
    expect(label(AUFTRAGSSTATUS_LABEL, null)).toBe(LEER);
  });

  it('has no label that is just the enum name in capitals', () => {
    const alle = [
      AUFTRAGSSTATUS_LABEL,
      AUFTRAGSART_LABEL,
      SPARTE_LABEL,
      KALKULATIONSSYSTEM_LABEL,
      RKUE_STATUS_LABEL,
      STORNOGRUND_LABEL,
      EREIGNIS_ART_LABEL,
      HINWEIS_CODE_LABEL,
    ];
    for (const labels of alle) {
      for (const [wert, text] of Object.entries(labels)) {
        if (wert.length > 3) expect(text).not.toBe(wert);
        expect(text).not.toMatch(/_/);
      }
    }
  });
});
