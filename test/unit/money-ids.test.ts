import { euro } from '../../server/src/common/bezeichnungen';
import { normalisiereKennzeichen, normalisiereSchadennummer, normalisiereSpnId, normalisiereTicketNummer, schadennummerGueltig } from '../../server/src/common/ids';
import { formatDecimal, mwstPlausibel, parseDecimal, prozentVon } from '../../server/src/common/money';
import { RechnungArt, RechnungStatus } from '../../server/src/common/enums';
import { erwarteterRechnungsbetrag } from '../../server/src/modules/dokumente/betraege';
import { berlinDatum, istLocalDate } from '../../server/src/common/zeit';

describe('Geld in Cent', () => {
  it('liest Decimal-Zeichenketten exakt und lehnt alles andere ab', () => {
    expect(parseDecimal('1234.50')).toBe(123450);
    expect(parseDecimal('1234.5')).toBe(123450);
    expect(parseDecimal('0')).toBe(0);
    expect(parseDecimal('0.07')).toBe(7);
    expect(parseDecimal('-3.10')).toBe(-310);
    for (const falsch of ['1.234,50', '12,5', '1.005', '', 'abc', '1e3', '99999999999.00', '10000000.01', ' 1 2']) {
      expect(parseDecimal(falsch)).toBeNull();
    }
  });

  it('schreibt Cent als Decimal mit zwei Nachkommastellen und als deutschen Betrag', () => {
    expect(formatDecimal(123450)).toBe('1234.50');
    expect(formatDecimal(5)).toBe('0.05');
    expect(formatDecimal(-310)).toBe('-3.10');
    expect(euro(123450)).toBe('1.234,50 €');
    expect(euro(100000000)).toBe('1.000.000,00 €');
    expect(euro(7)).toBe('0,07 €');
  });

  it('rundet den Nachlass kaufmännisch auf den Cent', () => {
    expect(prozentVon(413400, 500)).toBe(20670);
    expect(prozentVon(1, 5000)).toBe(1); // 0.5 Cent → 1 Cent
    expect(prozentVon(3, 5000)).toBe(2); // 1.5 Cent → 2 Cent
    expect(prozentVon(69800, 750)).toBe(5235);
  });

  it('prüft die Mehrwertsteuer: 19 % des Nettobetrags ± 1 Cent oder 0', () => {
    expect(mwstPlausibel(100000, 19000)).toBe(true);
    expect(mwstPlausibel(100000, 19001)).toBe(true);
    expect(mwstPlausibel(100000, 19002)).toBe(false);
    expect(mwstPlausibel(100000, 0)).toBe(true);
    expect(mwstPlausibel(100000, 7000)).toBe(false);
  });

  it('berechnet den erwarteten Rechnungsbetrag aus Freigaben minus allen Rechnungen außer Korrekturen (auch der KV-Service-Pauschale)', () => {
    const freigaben = [
      { betragNettoCent: 413400, nachlassCent: 20670 },
      { betragNettoCent: 69800, nachlassCent: 3490 },
    ];
    expect(erwarteterRechnungsbetrag([], [])).toBeNull();
    expect(erwarteterRechnungsbetrag(freigaben, [])).toBe(459040);
    expect(
      erwarteterRechnungsbetrag(freigaben, [
        { art: RechnungArt.REPARATUR, status: RechnungStatus.KORREKTUR_ANGEFORDERT, betragNettoCent: 459040 },
        { art: RechnungArt.REPARATUR, status: RechnungStatus.IN_PRUEFUNG, betragNettoCent: 400000 },
        { art: RechnungArt.KV_SERVICE, status: RechnungStatus.BEZAHLT, betragNettoCent: 12500 },
      ]),
    ).toBe(46540);
  });
});

describe('Kennungen und Abgleich', () => {
  it('findet SPN-IDs trotz Groß-/Kleinschreibung, Leerzeichen und fehlendem Präfix', () => {
    for (const e of ['SPN-2026-004711', 'spn-2026-004711', '  SPN-2026-004711 ', '2026-004711', 'spn2026004711', '2026004711']) {
      expect(normalisiereSpnId(e)).toBe('SPN-2026-004711');
    }
    for (const e of ['SPN-26-004711', 'SPN-2026-4711', 'M-AB 1234', '', 'SPN-2026-0047111']) {
      expect(normalisiereSpnId(e)).toBeNull();
    }
    expect(normalisiereTicketNummer(' ssp-2026-000042')).toBe('SSP-2026-000042');
  });

  it('vergleicht Kennzeichen in NFC, groß, ohne Leerzeichen und Bindestriche', () => {
    expect(normalisiereKennzeichen('lö-x 7e')).toBe('LÖX7E');
    expect(normalisiereKennzeichen('LO\u0308-X 7E')).toBe('LÖX7E'); // NFD input
    expect(normalisiereKennzeichen('M - AB  1234')).toBe('MAB1234');
  });

  it('vergleicht Schadennummern ohne Groß-/Kleinschreibung und Leerzeichen und prüft ihre Form', () => {
    expect(normalisiereSchadennummer('ks 2026-118734')).toBe('KS2026-118734');
    expect(schadennummerGueltig('HA/26/0047781')).toBe(true);
    expect(schadennummerGueltig('KS-2026-118734')).toBe(true);
    expect(schadennummerGueltig('A'.repeat(31))).toBe(false);
    expect(schadennummerGueltig('KS;DROP TABLE')).toBe(false);
    expect(schadennummerGueltig('   ')).toBe(false);
  });

  it('kennt echte Kalenderdaten und den Berliner Kalendertag', () => {
    expect(istLocalDate('2026-02-28')).toBe(true);
    expect(istLocalDate('2026-02-29')).toBe(false);
    expect(istLocalDate('2026-13-01')).toBe(false);
    expect(istLocalDate('03.12.2026')).toBe(false);
    expect(berlinDatum(new Date('2026-12-02T23:30:00Z'))).toBe('2026-12-03');
    expect(berlinDatum(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });
});
