import { passwortPruefen } from '../../server/src/modules/identity/passwort-regeln';

/** The password rules of account onboarding: length, user name, and zxcvbn's guessability estimate. */
describe('passwortPruefen', () => {
  it('nimmt lange, schwer zu erratende Passwörter an', () => {
    for (const p of ['Kupplung-Vergaser-77', 'Windschutzscheibe-Regen-42', 'kV7#pQ2!mZ9xW', 'zwölf Zeichen und noch mehr']) {
      expect({ p, problem: passwortPruefen(p, 'jana.schaefer') }).toEqual({ p, problem: null });
    }
  });

  it('verlangt mindestens 12 Zeichen (Unicode-Zeichen, nicht Bytes) und höchstens 200', () => {
    expect(passwortPruefen('kurz-123456', 'abc')).toContain('mindestens 12 Zeichen');
    expect(passwortPruefen('äöüäöüäöüäö', 'abc')).toContain('mindestens 12 Zeichen');
    expect(passwortPruefen('x'.repeat(150) + 'y'.repeat(51), 'abc')).toContain('höchstens 200');
  });

  it('lehnt Passwörter ab, die den Benutzernamen enthalten (ohne Groß-/Kleinschreibung)', () => {
    expect(passwortPruefen('Mein-JANA.SCHAEFER-2026', 'jana.schaefer')).toContain('Benutzernamen');
  });

  it('lehnt leicht zu erratende ab: Listen, Wörter mit Jahreszahl oder Ziffern, Tastaturfolgen, Wiederholungen', () => {
    for (const p of [
      'qwertyuiop12', '1Q2W3E4R5T6Y', '123456789012', 'passwort1234', 'Willkommen123', 'aaaaaaaaaaaaaa',
      // what a newcomer got accepted by a plain list comparison
      'Passwort123!', 'Password123!', 'Sommer2026!!', 'Werkstatt2026!', 'Qwertz123456', 'Test12345678', 'Abcdefghijkl',
    ]) {
      expect({ p, problem: passwortPruefen(p, 'irgendwer') }).toEqual({ p, problem: expect.stringContaining('zu leicht zu erraten') });
    }
  });
});
