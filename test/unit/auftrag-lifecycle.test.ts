import { Auftragsart, Auftragsstatus as S } from '../../server/src/common/enums';
import { AUFTRAG_UEBERGAENGE, STORNIERBAR, UebergangKontext, uebergangPruefen } from '../../server/src/modules/auftrag/auftrag-lifecycle';

const ALLE = Object.values(S);
const REP: UebergangKontext = { auftragsart: Auftragsart.REPARATUR };
const KVS: UebergangKontext = { auftragsart: Auftragsart.KV_SERVICE };

/** Breadth-first search over the table, with a guard context chosen per move. */
function erreichbar(kontext: (von: S, nach: S) => UebergangKontext): Set<S> {
  const gesehen = new Set<S>([S.VERMITTELT]);
  const offen: S[] = [S.VERMITTELT];
  while (offen.length) {
    const von = offen.shift()!;
    for (const nach of AUFTRAG_UEBERGAENGE[von]) {
      if (!gesehen.has(nach) && uebergangPruefen(von, nach, kontext(von, nach)).erlaubt) {
        gesehen.add(nach);
        offen.push(nach);
      }
    }
  }
  return gesehen;
}

describe('Lebenszyklus eines Auftrags', () => {
  it('erreicht jeden Status eines Reparaturauftrags von VERMITTELT aus', () => {
    const r = erreichbar((von) => ({ ...REP, statusVorStorno: von === S.STORNIERT ? S.VERMITTELT : null }));
    expect([...r].sort()).toEqual([...ALLE].sort());
  });

  it('führt einen KV-Service-Auftrag nur über KV-Prüfung zum Abschluss oder zur Stornierung', () => {
    const r = erreichbar(() => KVS);
    expect([...r].sort()).toEqual([S.ABGESCHLOSSEN, S.KORREKTUR_ANGEFORDERT, S.KV_IN_PRUEFUNG, S.STORNIERT, S.VERMITTELT].sort());
  });

  it('lehnt jeden Wechsel ab, den die Tabelle nicht vorsieht, mit einer deutschen Begründung', () => {
    for (const von of ALLE) {
      for (const nach of ALLE) {
        if (AUFTRAG_UEBERGAENGE[von].includes(nach)) continue;
        const e = uebergangPruefen(von, nach, { ...REP, statusVorStorno: nach, umwandlungInReparatur: true });
        expect(e.erlaubt).toBe(false);
        if (!e.erlaubt) expect(e.grund).toMatch(/nicht vorgesehen/);
      }
    }
  });

  it('storniert genau aus VERMITTELT, KV_IN_PRUEFUNG, KORREKTUR_ANGEFORDERT, FREIGEGEBEN und IN_REPARATUR', () => {
    expect([...STORNIERBAR].sort()).toEqual([S.VERMITTELT, S.KV_IN_PRUEFUNG, S.KORREKTUR_ANGEFORDERT, S.FREIGEGEBEN, S.IN_REPARATUR].sort());
    for (const von of [S.REPARATUR_ABGESCHLOSSEN, S.RECHNUNG_IN_PRUEFUNG, S.ABGESCHLOSSEN]) {
      expect(uebergangPruefen(von, S.STORNIERT, REP).erlaubt).toBe(false);
    }
  });

  it('hebt eine Stornierung nur in den Status auf, aus dem sie kam', () => {
    expect(uebergangPruefen(S.STORNIERT, S.IN_REPARATUR, { ...REP, statusVorStorno: S.IN_REPARATUR }).erlaubt).toBe(true);
    expect(uebergangPruefen(S.STORNIERT, S.VERMITTELT, { ...REP, statusVorStorno: S.IN_REPARATUR }).erlaubt).toBe(false);
    expect(uebergangPruefen(S.STORNIERT, S.VERMITTELT, { ...REP, statusVorStorno: null }).erlaubt).toBe(false);
  });

  it('gibt einem KV-Service-Auftrag keine Reparaturstatus und beendet nur ihn mit der KV-Prüfung', () => {
    expect(uebergangPruefen(S.KV_IN_PRUEFUNG, S.FREIGEGEBEN, KVS).erlaubt).toBe(false);
    expect(uebergangPruefen(S.KV_IN_PRUEFUNG, S.ABGESCHLOSSEN, KVS).erlaubt).toBe(true);
    expect(uebergangPruefen(S.KV_IN_PRUEFUNG, S.ABGESCHLOSSEN, REP).erlaubt).toBe(false);
  });

  it('öffnet einen abgeschlossenen Auftrag nur als KV-Service-Auftrag bei angenommenem "Auftrag anfordern"', () => {
    expect(uebergangPruefen(S.ABGESCHLOSSEN, S.KV_IN_PRUEFUNG, { ...KVS, umwandlungInReparatur: true }).erlaubt).toBe(true);
    expect(uebergangPruefen(S.ABGESCHLOSSEN, S.KV_IN_PRUEFUNG, KVS).erlaubt).toBe(false);
    expect(uebergangPruefen(S.ABGESCHLOSSEN, S.KV_IN_PRUEFUNG, { ...REP, umwandlungInReparatur: true }).erlaubt).toBe(false);
  });

  it('lässt eine Rechnung aus FREIGEGEBEN, IN_REPARATUR und REPARATUR_ABGESCHLOSSEN in die Prüfung gehen', () => {
    for (const von of [S.FREIGEGEBEN, S.IN_REPARATUR, S.REPARATUR_ABGESCHLOSSEN]) {
      expect(uebergangPruefen(von, S.RECHNUNG_IN_PRUEFUNG, REP).erlaubt).toBe(true);
    }
    expect(uebergangPruefen(S.RECHNUNG_IN_PRUEFUNG, S.REPARATUR_ABGESCHLOSSEN, REP).erlaubt).toBe(true);
    expect(uebergangPruefen(S.KV_IN_PRUEFUNG, S.RECHNUNG_IN_PRUEFUNG, REP).erlaubt).toBe(false);
  });
});
