import { Writable } from 'node:stream';
import { loggerErstellen } from '../../server/src/logger';

/** The log never carries secrets or personal data, wherever in the logged object they sit. */
describe('Protokoll', () => {
  it('entfernt Passwörter, Tokens und personenbezogene Felder auf jeder Ebene, lässt den Rest stehen', () => {
    const zeilen: string[] = [];
    const ziel = new Writable({
      write(chunk, _enc, weiter) {
        zeilen.push(String(chunk));
        weiter();
      },
    });
    const log = loggerErstellen('info', ziel);
    log.info({ passwort: 'geheim-1', email: 'a@b.example', input: { kundeName: 'Erika Mustermann', kennzeichen: 'M-AB 1234', spnId: 'SPN-2026-000001' }, tief: { x: { token: 'sst_abc' } } }, 'Test');
    const text = zeilen.join('');
    for (const geheim of ['geheim-1', 'a@b.example', 'Erika Mustermann', 'M-AB 1234', 'sst_abc']) expect({ geheim, enthalten: text.includes(geheim) }).toEqual({ geheim, enthalten: false });
    expect(text).toContain('SPN-2026-000001');
    expect(JSON.parse(text).input.kundeName).toBe('[entfernt]');
  });
});
