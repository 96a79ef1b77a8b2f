import { ANFORDERUNGS_GRUND_LABEL, FREIGABE_QUELLE_LABEL, REPARATURSTATUS_LABEL } from '../../client/src/format';
import { ANFORDERUNGSGRUND_TEXT, FREIGABEQUELLE_TEXT, REPARATURSTATUS_TEXT } from '../../server/src/common/bezeichnungen';
import { Aktion, AnforderungsGrund, FreigabeQuelle, Reparaturstatus } from '../../server/src/common/enums';
import { inhaltAlsText } from '../../server/src/modules/ticket/ticket-inhalt.text';

/**
 * A second filing of an action while its ticket is open becomes a message on that ticket. The shop
 * reads it like the rest of the portal: German labels, dates DD.MM.YYYY, amounts in euros, never
 * field names or enum codes.
 */
const ROH = /[a-z][A-Z]|[A-Z]{2,}_[A-Z]|Cent|\d{4}-\d{2}-\d{2}/;

describe('Erneute Meldung als Nachricht', () => {
  it('Fehlende Freigabe: Datum, Betrag, Quelle und Referenz mit deutschen Bezeichnungen', () => {
    const text = inhaltAlsText({
      aktion: Aktion.FEHLENDE_FREIGABE,
      inhalt: { freigabeErhaltenAm: '2026-11-30', quelle: FreigabeQuelle.TELEFON, betragNettoCent: 123_450, referenz: 'FG-4711', reparaturstatus: null },
      nachricht: 'Bitte prüfen.',
    });
    expect(text).toBe(
      ['Erneute Meldung „Fehlende Freigabe“', 'Freigabe erhalten am: 30.11.2026', 'Freigegebener Betrag netto: 1.234,50 €', 'Quelle: Telefon', 'Referenz: FG-4711', 'Bitte prüfen.'].join('\n'),
    );
  });

  it('Fehlende Freigabe: 100,00 € statt 100.00', () => {
    const text = inhaltAlsText({ aktion: Aktion.FEHLENDE_FREIGABE, inhalt: { freigabeErhaltenAm: '2026-11-30', betragNettoCent: 10_000 }, nachricht: null });
    expect(text).toBe('Erneute Meldung „Fehlende Freigabe“\nFreigabe erhalten am: 30.11.2026\nFreigegebener Betrag netto: 100,00 €');
  });

  it('Vorgangsinfo: Reparaturstatus als Text, alle Daten deutsch', () => {
    const text = inhaltAlsText({
      aktion: Aktion.VORGANGSINFO,
      inhalt: {
        reparaturstatus: Reparaturstatus.WARTET_AUF_TEILE,
        termin: '2026-12-10',
        fahrzeugUebernommenAm: '2026-12-01',
        voraussichtlicheFertigstellung: '2026-12-18',
        fertiggestelltAm: '2026-12-02',
        fahrzeugZurueckgegebenAm: '2026-12-03',
      },
      nachricht: null,
    });
    expect(text.split('\n')).toEqual([
      'Erneute Meldung „Vorgangsinfo“',
      'Reparaturstatus: Wartet auf Teile',
      'Termin: 10.12.2026',
      'Fahrzeug übernommen am: 01.12.2026',
      'Voraussichtliche Fertigstellung: 18.12.2026',
      'Fertiggestellt am: 02.12.2026',
      'Fahrzeug zurückgegeben am: 03.12.2026',
    ]);
    expect(text).not.toMatch(ROH);
  });

  it('Auftrag anfordern: Grund und Unterschrift als Text', () => {
    const text = inhaltAlsText({ aktion: Aktion.AUFTRAG_ANFORDERN, inhalt: { grund: AnforderungsGrund.FAELSCHLICH_STORNIERT, kundeHatUnterschrieben: true }, nachricht: 'Kunde bleibt.' });
    expect(text).toBe('Erneute Meldung „Auftrag anfordern“\nGrund: Fälschlicherweise storniert\nKunde hat unterschrieben: Ja\nKunde bleibt.');
  });

  it('lässt die Freitext-Nachricht der Werkstatt unverändert', () => {
    const nachricht = 'betragNettoCent: 2026-12-01 WARTET_AUF_TEILE';
    expect(inhaltAlsText({ aktion: Aktion.VORGANGSINFO, inhalt: { reparaturstatus: Reparaturstatus.KUNDE_NICHT_ERREICHBAR }, nachricht })).toBe(
      `Erneute Meldung „Vorgangsinfo“\nReparaturstatus: Kunde nicht erreichbar\n${nachricht}`,
    );
  });

  it('benennt Werte wie die Ticketansicht der Oberfläche', () => {
    expect(REPARATURSTATUS_TEXT).toEqual(REPARATURSTATUS_LABEL);
    expect(FREIGABEQUELLE_TEXT).toEqual(FREIGABE_QUELLE_LABEL);
    expect(ANFORDERUNGSGRUND_TEXT).toEqual(ANFORDERUNGS_GRUND_LABEL);
  });
});
