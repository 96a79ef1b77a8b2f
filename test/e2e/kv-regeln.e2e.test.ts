import { kvSummen, mutation, rollenAnmelden, Rollen, uebersicht, vermitteln } from '../utils/netzwerk';
import { testServerFuerDatei } from '../utils/server';

/**
 * Rules on KVs found by trying the portal as an outsider would: a Freigabe may not exceed the KV it
 * approves, a KV-Service order takes no amount, and a second KV (or Nachtrag) while one is still in
 * review is refused, because only the latest one in review can ever be reviewed.
 */
const server = testServerFuerDatei({ demo: true });
let rollen: Rollen;

beforeAll(async () => {
  rollen = await rollenAnmelden(server());
});

async function auftragMitKv(auftragsart: 'REPARATUR' | 'KV_SERVICE' = 'REPARATUR') {
  const a = await vermitteln(server(), rollen, { auftragsart });
  const r = await mutation(server(), rollen, 'kalkulation', 'kvEinreichen', { ...a, art: 'KV', externeReferenz: 'R-1', summen: kvSummen('300.00', '60.00') });
  expect(r.fehler).toEqual([]);
  return { ...a, kvId: r.kv.id as string };
}

describe('Freigabebetrag', () => {
  it('darf den KV nicht übersteigen; der Fehler nennt beide Beträge und nichts wird verbucht', async () => {
    const a = await auftragMitKv();
    const vorher = await uebersicht(server(), rollen, a.spnId);
    const zuHoch = await mutation(server(), rollen, 'netz', 'kvPruefen', { kvId: a.kvId, ergebnis: 'FREIGABE', betragNetto: '999.00' });
    expect(zuHoch.fehler).toEqual([{ code: 'VALIDIERUNG', feld: ['input', 'betragNetto'], meldung: expect.stringMatching(/999,00 €.*360,00 €/) }]);
    const nachher = await uebersicht(server(), rollen, a.spnId);
    expect([nachher.status, nachher.freigaben, nachher.verlauf.totalCount]).toEqual([vorher.status, [], vorher.verlauf.totalCount]);

    const genau = await mutation(server(), rollen, 'netz', 'kvPruefen', { kvId: a.kvId, ergebnis: 'FREIGABE', betragNetto: '360.00' });
    expect(genau.fehler).toEqual([]);
    expect((await uebersicht(server(), rollen, a.spnId)).status).toBe('FREIGEGEBEN');
  });

  it('ein KV-Service-Auftrag wird ohne Betrag angenommen, mit Betrag abgewiesen', async () => {
    const a = await auftragMitKv('KV_SERVICE');
    const mitBetrag = await mutation(server(), rollen, 'netz', 'kvPruefen', { kvId: a.kvId, ergebnis: 'FREIGABE', betragNetto: '100.00' });
    expect(mitBetrag.fehler.map((f) => [f.code, f.feld])).toEqual([['VALIDIERUNG', ['input', 'betragNetto']]]);
    expect((await mutation(server(), rollen, 'netz', 'kvPruefen', { kvId: a.kvId, ergebnis: 'FREIGABE' })).fehler).toEqual([]);
    expect((await uebersicht(server(), rollen, a.spnId)).status).toBe('ABGESCHLOSSEN');
  });
});

describe('Zweiter KV während der Prüfung', () => {
  it('wird abgewiesen und nennt den KV in Prüfung; nach einer Korrektur geht der korrigierte durch', async () => {
    const a = await auftragMitKv();
    const zweiter = await mutation(server(), rollen, 'kalkulation', 'kvEinreichen', { ...a, kvId: undefined, art: 'KV', externeReferenz: 'R-2', summen: kvSummen('310.00') });
    expect(zweiter.fehler).toEqual([{ code: 'STATUS_UNGUELTIG', feld: null, meldung: expect.stringMatching(/KV Nr\. 1 .* ist noch in Prüfung/) }]);
    expect((await uebersicht(server(), rollen, a.spnId)).kvs).toHaveLength(1);

    expect((await mutation(server(), rollen, 'netz', 'kvPruefen', { kvId: a.kvId, ergebnis: 'KORREKTUR', korrekturpunkte: ['Fotos fehlen'] })).fehler).toEqual([]);
    const korrigiert = await mutation(server(), rollen, 'kalkulation', 'kvEinreichen', { ...a, kvId: undefined, art: 'KV', externeReferenz: 'R-2', summen: kvSummen('310.00') });
    expect(korrigiert.fehler).toEqual([]);
    expect((await uebersicht(server(), rollen, a.spnId)).kvs.map((k: { status: string }) => k.status)).toEqual(['KORREKTUR_ANGEFORDERT', 'IN_PRUEFUNG']);
  });
});

describe('Leere SPN-ID', () => {
  it('wird zusammen mit den anderen Fehlern der Einreichung gemeldet, nicht erst als unbekannter Auftrag', async () => {
    const a = await vermitteln(server(), rollen, {});
    const r = await mutation(server(), rollen, 'kalkulation', 'kvEinreichen', { ...a, spnId: '  ', kennzeichen: '', art: 'KV', externeReferenz: 'R-1', summen: kvSummen('300.00', '60.00') });
    expect(r.fehler).toEqual([
      expect.objectContaining({ code: 'VALIDIERUNG', feld: ['input', 'spnId'], meldung: 'Bitte geben Sie die SPN-ID an.' }),
      expect.objectContaining({ code: 'VALIDIERUNG', feld: ['input', 'kennzeichen'] }),
    ]);
    expect((await uebersicht(server(), rollen, a.spnId)).kvs).toHaveLength(0);
  });
});
