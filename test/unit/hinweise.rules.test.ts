import {
  Aktion,
  Auftragsart,
  Auftragsstatus as S,
  HinweisCode as H,
  KvArt,
  KvStatus,
  RechnungStatus,
  RkueStatus,
  Stornogrund,
  TicketStatus,
} from '../../server/src/common/enums';
import { AuftragSnapshot, HINWEIS_PRIORITAET, aktionVerweigert, hinweiseBerechnen, moeglicheAktionen } from '../../server/src/modules/auftrag/hinweise.rules';

/** Given: an order snapshot; each test changes only what its situation needs. */
function auftrag(p: Partial<AuftragSnapshot> = {}): AuftragSnapshot {
  return {
    auftragsart: Auftragsart.REPARATUR,
    status: S.VERMITTELT,
    spnId: 'SPN-2026-004711',
    kvs: [],
    anzahlFreigaben: 0,
    rechnungen: [],
    rkueStatus: RkueStatus.NICHT_ANGEFRAGT,
    storno: null,
    offeneErinnerungen: 0,
    tickets: [],
    eingaenge: [],
    ...p,
  };
}
const kv = (laufendeNummer: number, status: KvStatus, art = KvArt.KV, korrekturpunkte: string[] = []) => ({ art, laufendeNummer, status, korrekturpunkte });
const freigegeben = (p: Partial<AuftragSnapshot> = {}) => auftrag({ status: S.FREIGEGEBEN, kvs: [kv(1, KvStatus.FREIGEGEBEN)], anzahlFreigaben: 1, ...p });
const codes = (s: AuftragSnapshot) => hinweiseBerechnen(s).map((h) => h.code);
const hinweis = (s: AuftragSnapshot, code: H) => hinweiseBerechnen(s).find((h) => h.code === code);

describe('FAQ 1: Erinnerung offen', () => {
  it('bittet um den Reparatur- oder Terminstatus und bietet die Vorgangsinfo an', () => {
    const h = hinweis(freigegeben({ offeneErinnerungen: 1 }), H.ERINNERUNG_OFFEN);
    expect(h?.aktion).toBe(Aktion.VORGANGSINFO);
    expect(h?.text).toContain('„Vorgangsinfo“');
  });
  it('erscheint nicht auf stornierten oder abgeschlossenen Aufträgen', () => {
    expect(codes(auftrag({ status: S.ABGESCHLOSSEN, offeneErinnerungen: 1 }))).not.toContain(H.ERINNERUNG_OFFEN);
    expect(codes(auftrag({ status: S.STORNIERT, offeneErinnerungen: 1, storno: { grund: Stornogrund.TOTALSCHADEN, bemerkung: null, benachrichtigtAm: null } }))).not.toContain(H.ERINNERUNG_OFFEN);
  });
});

describe('FAQ 2: kein KV', () => {
  it('rät zum erneuten Senden und zum Abgleich von Schadennummer und Kennzeichen', () => {
    const h = hinweis(auftrag(), H.KV_FEHLT);
    expect(h?.text).toMatch(/erneut/);
    expect(h?.text).toMatch(/Schadennummer und Kennzeichen/);
    expect(h?.aktion).toBeNull();
  });
  it('nennt die letzte nicht zugeordnete Einreichung', () => {
    const h = hinweis(
      auftrag({ eingaenge: [{ art: 'KV', eingegangenAm: new Date('2026-11-21T14:00:00Z'), kalkulationssystem: 'DAT', felder: ['kennzeichen'], grund: 'das Kennzeichen weicht ab' }] }),
      H.KV_FEHLT,
    );
    expect(h?.text).toContain('ein KV aus DAT ist am 21.11.2026 eingegangen, aber das Kennzeichen weicht ab');
  });
  it('verschwindet, sobald ein KV vorliegt', () => {
    expect(codes(auftrag({ status: S.KV_IN_PRUEFUNG, kvs: [kv(1, KvStatus.IN_PRUEFUNG)] }))).not.toContain(H.KV_FEHLT);
  });
});

describe('FAQ 3 und 4: KV ohne Freigabe', () => {
  it('zeigt die laufende Prüfung und bietet „Fehlende Freigabe“ an', () => {
    const s = auftrag({ status: S.KV_IN_PRUEFUNG, kvs: [kv(1, KvStatus.IN_PRUEFUNG)] });
    expect(codes(s)).toEqual([H.KV_IN_PRUEFUNG]);
    expect(hinweis(s, H.KV_IN_PRUEFUNG)?.aktion).toBe(Aktion.FEHLENDE_FREIGABE);
  });
  it('zeigt die Korrekturpunkte einer angeforderten Korrektur', () => {
    const s = auftrag({ status: S.KORREKTUR_ANGEFORDERT, kvs: [kv(1, KvStatus.KORREKTUR_ANGEFORDERT, KvArt.KV, ['Fotos fehlen', 'Stundensatz zu hoch'])] });
    const h = hinweis(s, H.KORREKTUR_ANGEFORDERT);
    expect(h?.text).toContain('Fotos fehlen; Stundensatz zu hoch');
    expect(h?.aktion).toBe(Aktion.FEHLENDE_FREIGABE);
  });
  it('bezieht sich auf einen Nachtrag in Prüfung, ohne die Freigabe des KV aufzuheben', () => {
    const s = freigegeben({ kvs: [kv(1, KvStatus.FREIGEGEBEN), kv(2, KvStatus.IN_PRUEFUNG, KvArt.NACHTRAG)], rkueStatus: RkueStatus.ERTEILT });
    expect(codes(s)).toEqual([H.KV_IN_PRUEFUNG, H.FREIGABE_NICHT_AUSREICHEND]);
    expect(hinweis(s, H.KV_IN_PRUEFUNG)?.titel).toBe('Nachtrag in Prüfung');
  });
  it('gilt nur für den neuesten KV: ein erneut gesendeter und freigegebener KV ersetzt den zur Korrektur', () => {
    const s = freigegeben({ kvs: [kv(1, KvStatus.KORREKTUR_ANGEFORDERT), kv(2, KvStatus.FREIGEGEBEN)], rkueStatus: RkueStatus.ERTEILT });
    expect(moeglicheAktionen(s)).not.toContain(Aktion.FEHLENDE_FREIGABE);
    expect(codes(s)).toEqual([H.FREIGABE_NICHT_AUSREICHEND]);
  });
  it('meldet einen abgelehnten KV und bietet keine Fehlende Freigabe an', () => {
    const s = auftrag({ status: S.VERMITTELT, kvs: [kv(1, KvStatus.ABGELEHNT)] });
    expect(codes(s)).toEqual([H.KV_ABGELEHNT]);
    expect(moeglicheAktionen(s)).toEqual([Aktion.VORGANGSINFO]);
  });
});

describe('FAQ 5: Freigabe reicht nicht', () => {
  it('rät zum KV-Nachtrag, solange FREIGEGEBEN oder IN_REPARATUR', () => {
    for (const status of [S.FREIGEGEBEN, S.IN_REPARATUR]) {
      expect(hinweis(freigegeben({ status, rkueStatus: RkueStatus.ERTEILT }), H.FREIGABE_NICHT_AUSREICHEND)?.text).toMatch(/KV-Nachtrag/);
    }
    expect(codes(freigegeben({ status: S.REPARATUR_ABGESCHLOSSEN, rkueStatus: RkueStatus.ERTEILT }))).not.toContain(H.FREIGABE_NICHT_AUSREICHEND);
  });
  it('erklärt eine zu hohe Rechnung, bis eine neue Freigabe (des Nachtrags) erteilt ist', () => {
    const zuHoch = { art: 'RECHNUNG', eingegangenAm: new Date('2026-11-21T14:00:00Z'), kalkulationssystem: 'DAT', felder: ['betragNetto'], grund: 'der Betrag übersteigt den erwarteten Rechnungsbetrag' };
    const s = freigegeben({ status: S.IN_REPARATUR, rkueStatus: RkueStatus.ERTEILT, letzteFreigabeAm: new Date('2026-11-20T09:00:00Z'), eingaenge: [zuHoch] });
    expect(hinweis(s, H.FREIGABE_NICHT_AUSREICHEND)?.titel).toBe('Rechnung übersteigt die Freigabe');
    expect(hinweis({ ...s, anzahlFreigaben: 2, letzteFreigabeAm: new Date('2026-11-22T09:00:00Z') }, H.FREIGABE_NICHT_AUSREICHEND)?.titel).toBe('Freigabe liegt vor');
  });
});

describe('FAQ 6: Rechnung fehlt', () => {
  it('nennt nach gemeldeter Fertigstellung den Rechnungsprozess mit Betreff und PDF', () => {
    const h = hinweis(freigegeben({ status: S.REPARATUR_ABGESCHLOSSEN, rkueStatus: RkueStatus.ERTEILT }), H.RECHNUNG_FEHLT);
    expect(h?.text).toMatch(/digitales PDF/);
    expect(h?.text).toMatch(/Schadennummer, SPN-ID und das Wort „Rechnung“/);
    expect(h?.text).toMatch(/nie zusätzlich an den Versicherer/);
  });
  it('nennt die Rechnung, die korrigiert werden muss', () => {
    const s = freigegeben({
      status: S.REPARATUR_ABGESCHLOSSEN,
      rkueStatus: RkueStatus.ERTEILT,
      rechnungen: [{ rechnungsnummer: 'RE-1', status: RechnungStatus.KORREKTUR_ANGEFORDERT, bemerkung: 'Scan statt PDF' }],
    });
    expect(hinweis(s, H.RECHNUNG_FEHLT)?.text).toContain('Die Rechnung RE-1 muss korrigiert werden: Scan statt PDF');
  });
  it('erklärt eine abgewiesene zu hohe Rechnung, bis eine Rechnung aufgenommen ist', () => {
    const zuHoch = { art: 'RECHNUNG', eingegangenAm: new Date('2026-11-21T14:00:00Z'), kalkulationssystem: 'DAT', felder: ['betragNetto'], grund: 'der Betrag übersteigt den erwarteten Rechnungsbetrag' };
    const fertig = freigegeben({ status: S.REPARATUR_ABGESCHLOSSEN, rkueStatus: RkueStatus.ERTEILT, letzteFreigabeAm: new Date('2026-11-20T09:00:00Z'), eingaenge: [zuHoch] });
    expect(hinweis(fertig, H.RECHNUNG_FEHLT)?.text).toContain('Eine Rechnung ist am 21.11.2026 eingegangen, aber der Betrag übersteigt den erwarteten Rechnungsbetrag');
    const spaeter = { rechnungsnummer: 'RE-2', status: RechnungStatus.KORREKTUR_ANGEFORDERT, bemerkung: null, eingegangenAm: new Date('2026-11-22T09:00:00Z') };
    expect(hinweis({ ...fertig, rechnungen: [spaeter] }, H.RECHNUNG_FEHLT)?.text).not.toContain('21.11.2026');
  });
  it('erscheint nicht, solange eine Rechnung geprüft wird, und nie bei KV-Service', () => {
    expect(codes(freigegeben({ status: S.RECHNUNG_IN_PRUEFUNG, rkueStatus: RkueStatus.ERTEILT }))).toEqual([]);
    expect(codes(auftrag({ auftragsart: Auftragsart.KV_SERVICE, status: S.ABGESCHLOSSEN, kvs: [kv(1, KvStatus.FREIGEGEBEN)] }))).toEqual([H.KV_SERVICE_AUFTRAG]);
  });
});

describe('FAQ 7: storniert', () => {
  const storniert = auftrag({
    status: S.STORNIERT,
    kvs: [kv(1, KvStatus.IN_PRUEFUNG)],
    storno: { grund: Stornogrund.KUNDE_WAEHLT_ANDERE_WERKSTATT, bemerkung: 'telefonisch', benachrichtigtAm: new Date('2026-11-02T07:01:00Z') },
  });
  it('nennt den Grund und den Betreff der System-E-Mail und bietet „Auftrag anfordern“ an', () => {
    const h = hinweiseBerechnen(storniert)[0];
    expect(h.code).toBe(H.STORNIERT);
    expect(h.text).toContain('Der Kunde hat eine andere Werkstatt gewählt (telefonisch)');
    expect(h.text).toContain('„Stornierung SPN Vermittlungsauftrag SPN-2026-004711“');
    expect(h.text).toContain('02.11.2026');
    expect(h.aktion).toBe(Aktion.AUFTRAG_ANFORDERN);
  });
  it('erlaubt nur noch „Auftrag anfordern“ und verdeckt die übrigen FAQ-Antworten', () => {
    expect(moeglicheAktionen(storniert)).toEqual([Aktion.AUFTRAG_ANFORDERN]);
    expect(codes(storniert)).toEqual([H.STORNIERT]);
  });
});

describe('FAQ 8: KV-Service-Auftrag', () => {
  it('verlangt für eine Reparatur einen Reparaturauftrag, auch nach Abschluss', () => {
    for (const status of [S.VERMITTELT, S.KV_IN_PRUEFUNG, S.ABGESCHLOSSEN]) {
      const s = auftrag({ auftragsart: Auftragsart.KV_SERVICE, status, kvs: status === S.VERMITTELT ? [] : [kv(1, status === S.ABGESCHLOSSEN ? KvStatus.FREIGEGEBEN : KvStatus.IN_PRUEFUNG)] });
      expect(hinweis(s, H.KV_SERVICE_AUFTRAG)?.aktion).toBe(Aktion.AUFTRAG_ANFORDERN);
      expect(moeglicheAktionen(s)).toContain(Aktion.AUFTRAG_ANFORDERN);
    }
  });
});

describe('FAQ 9: RKÜ offen', () => {
  it('erklärt, dass die Freigabe nur technisch ist, solange die RKÜ nicht erteilt ist', () => {
    const h = hinweis(freigegeben({ rkueStatus: RkueStatus.IN_PRUEFUNG }), H.RKUE_OFFEN);
    expect(h?.text).toMatch(/technische Reparaturfreigabe/);
    expect(h?.text).toMatch(/Abtretungserklärung/);
  });
  it('hat einen eigenen Text bei abgelehnter RKÜ und fehlt bei erteilter', () => {
    expect(hinweis(freigegeben({ rkueStatus: RkueStatus.ABGELEHNT }), H.RKUE_OFFEN)?.titel).toMatch(/abgelehnt/);
    expect(codes(freigegeben({ rkueStatus: RkueStatus.ERTEILT }))).not.toContain(H.RKUE_OFFEN);
  });
  it('fehlt ohne Freigabe', () => {
    expect(codes(auftrag({ status: S.KV_IN_PRUEFUNG, kvs: [kv(1, KvStatus.IN_PRUEFUNG)], rkueStatus: RkueStatus.IN_PRUEFUNG }))).not.toContain(H.RKUE_OFFEN);
  });
});

describe('FAQ 10: Ticket offen', () => {
  it('nennt die Ticketnummer und was sie bedeutet, auch auf abgeschlossenen Aufträgen', () => {
    const s = auftrag({ status: S.ABGESCHLOSSEN, tickets: [{ ticketNummer: 'SSP-2026-000042', aktion: Aktion.VORGANGSINFO, status: TicketStatus.IN_BEARBEITUNG }] });
    const h = hinweis(s, H.TICKET_OFFEN);
    expect(h?.text).toContain('SSP-2026-000042');
    expect(h?.text).toMatch(/nennen Sie uns bitte diese Ticketnummer/);
  });
  it('zählt erledigte und abgelehnte Tickets nicht', () => {
    const s = auftrag({ tickets: [{ ticketNummer: 'SSP-2026-000001', aktion: Aktion.VORGANGSINFO, status: TicketStatus.ERLEDIGT }, { ticketNummer: 'SSP-2026-000002', aktion: Aktion.VORGANGSINFO, status: TicketStatus.ABGELEHNT }] });
    expect(codes(s)).not.toContain(H.TICKET_OFFEN);
  });
});

describe('Reihenfolge und Aktionen', () => {
  it('ordnet die Hinweise nach Dringlichkeit', () => {
    const s = freigegeben({ offeneErinnerungen: 2, rkueStatus: RkueStatus.IN_PRUEFUNG, tickets: [{ ticketNummer: 'SSP-2026-000003', aktion: Aktion.FEHLENDE_FREIGABE, status: TicketStatus.OFFEN }] });
    const c = codes(s);
    expect(c).toEqual([H.ERINNERUNG_OFFEN, H.RKUE_OFFEN, H.FREIGABE_NICHT_AUSREICHEND, H.TICKET_OFFEN]);
    expect([...c].sort((a, b) => HINWEIS_PRIORITAET.indexOf(a) - HINWEIS_PRIORITAET.indexOf(b))).toEqual(c);
  });
  it('erlaubt die Vorgangsinfo auf jedem Auftrag, der weder abgeschlossen noch storniert ist', () => {
    for (const status of Object.values(S)) {
      const s = auftrag({ status, storno: status === S.STORNIERT ? { grund: Stornogrund.SONSTIGES, bemerkung: null, benachrichtigtAm: null } : null });
      expect(moeglicheAktionen(s).includes(Aktion.VORGANGSINFO)).toBe(status !== S.ABGESCHLOSSEN && status !== S.STORNIERT);
    }
  });
  it('setzt Hinweis.aktion nur, wenn die Aktion gerade möglich ist', () => {
    for (const s of [freigegeben({ offeneErinnerungen: 1 }), auftrag({ status: S.KV_IN_PRUEFUNG, kvs: [kv(1, KvStatus.IN_PRUEFUNG)] }), auftrag({ auftragsart: Auftragsart.KV_SERVICE })]) {
      const erlaubt = moeglicheAktionen(s);
      for (const h of hinweiseBerechnen(s)) if (h.aktion) expect(erlaubt).toContain(h.aktion);
    }
  });
  it('begründet eine nicht erlaubte Aktion mit dem, was stattdessen zu tun ist', () => {
    expect(aktionVerweigert(auftrag(), Aktion.FEHLENDE_FREIGABE)).toMatch(/noch kein KV vor.*erneut/);
    expect(aktionVerweigert(auftrag(), Aktion.AUFTRAG_ANFORDERN)).toMatch(/bereits ein Reparaturauftrag/);
    expect(aktionVerweigert(auftrag({ status: S.ABGESCHLOSSEN }), Aktion.VORGANGSINFO)).toMatch(/abgeschlossen/);
    expect(aktionVerweigert(freigegeben(), Aktion.FEHLENDE_FREIGABE)).toMatch(/KV-Nachtrag/);
    expect(aktionVerweigert(freigegeben(), Aktion.VORGANGSINFO)).toBeNull();
  });
});
