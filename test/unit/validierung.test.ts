import 'reflect-metadata';
import { einzeiligePflicht, freitext, spnIdFeld, ticketNummerFeld, validieren } from '../../server/src/graphql/validierung';
import { z } from 'zod';

/** Text validators: what a name and a free text may contain. */
describe('Textprüfung', () => {
  const name = z.object({ name: einzeiligePflicht('Name', 50) });
  const text = z.object({ text: freitext('Nachricht', 100) });
  const fehler = (schema: z.ZodType, wert: unknown) => {
    const r = validieren(schema, wert);
    return r.ok ? null : r.fehler.map((f) => f.meldung);
  };

  it('ein Name ist einzeilig: keine Zeilenumbrüche, Tabs oder unsichtbaren Richtungszeichen', () => {
    for (const boese of ['Eve\r\nBcc: spy@evil.example', 'Eve\tX', 'Eve\u2028X', '\u202Eecila', 'a\u2066b\u2069', 'Eve\u200F']) {
      expect({ boese, fehler: fehler(name, { name: boese }) }).toEqual({ boese, fehler: ['Name: bitte in einer Zeile, ohne Zeilenumbrüche und unsichtbare Steuerzeichen.'] });
    }
    for (const gut of ['Ayşe Yılmaz', 'Élodie Martin', 'Zoë O’Brien-Müller', 'محمد']) expect({ gut, fehler: fehler(name, { name: gut }) }).toEqual({ gut, fehler: null });
  });

  it('kein Text darf ein einzelnes Surrogat (beschädigtes Unicode) enthalten; vollständige 4-Byte-Zeichen gehen', () => {
    expect(fehler(text, { text: 'kaputt \uD83D hier' })).toEqual(['Nachricht enthält ein ungültiges Zeichen (beschädigter Text?).']);
    expect(fehler(name, { name: 'kaputt \uDE00' })).toEqual(['Name enthält ein ungültiges Zeichen (beschädigter Text?).']);
    expect(fehler(text, { text: 'Unfall 🚗💥 𝔘𝔫𝔦' })).toBeNull();
  });

  it('Freitext darf mehrzeilig sein, aber keine Steuerzeichen enthalten', () => {
    expect(fehler(text, { text: 'Zeile 1\nZeile 2' })).toBeNull();
    expect(fehler(text, { text: 'a\u0000b' })).toEqual(['Nachricht enthält unzulässige Steuerzeichen.']);
  });

  it('ein zu langer Text wird genau einmal gemeldet, wie lang er auch ist', () => {
    // 101–200 characters fail the character count, longer ones the cheap length check before it
    for (const laenge of [101, 150, 201, 5000]) {
      expect({ laenge, fehler: fehler(text, { text: 'x'.repeat(laenge) }) }).toEqual({ laenge, fehler: ['Nachricht: höchstens 100 Zeichen.'] });
      expect({ laenge, fehler: fehler(name, { name: 'x'.repeat(laenge) }) }).toEqual({ laenge, fehler: ['Name: höchstens 50 Zeichen.'] });
    }
    expect(fehler(text, { text: 'x'.repeat(100) })).toBeNull();
  });
});

describe('SPN-ID und Ticketnummer', () => {
  const schema = z.object({ spnId: spnIdFeld, ticketNummer: ticketNummerFeld });
  const meldungen = (wert: unknown) => {
    const r = validieren(schema, wert);
    return r.ok ? null : r.fehler.map((f) => [f.feld?.join('.'), f.meldung]);
  };

  it('sind Pflicht und werden je Problem einmal gemeldet, zusammen', () => {
    expect(meldungen({ spnId: ' \t', ticketNummer: '' })).toEqual([
      ['input.spnId', 'Bitte geben Sie die SPN-ID an.'],
      ['input.ticketNummer', 'Bitte geben Sie die Ticketnummer an.'],
    ]);
    expect(meldungen({ spnId: ' '.repeat(41), ticketNummer: 'x'.repeat(41) })).toEqual([
      ['input.spnId', 'SPN-ID: höchstens 40 Zeichen.'],
      ['input.ticketNummer', 'Ticketnummer: höchstens 40 Zeichen.'],
    ]);
    expect(meldungen({ spnId: ' spn-2026-000001', ticketNummer: 'T-2026-000001' })).toBeNull();
  });
});
