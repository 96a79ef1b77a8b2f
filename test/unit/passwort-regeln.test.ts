import { passwortPruefen } from '../../server/src/modules/identity/passwort-regeln';

/** The password rules of account onboarding: length, user name, the shipped list of common passwords. */
describe('passwortPruefen', () => {
  it('nimmt ein langes, seltenes Passwort an', () => {
    expect(passwortPruefen('Kupplung-Vergaser-77', 'jana.schaefer')).toBeNull();
    expect(passwortPruefen('zwölf Zeichen', 'x.y')).toBeNull();
  });

  it('verlangt mindestens 12 Zeichen (Unicode-Zeichen, nicht Bytes) und höchstens 200', () => {
    expect(passwortPruefen('kurz-1234567', 'abc')).toBeNull();
    expect(passwortPruefen('kurz-123456', 'abc')).toContain('mindestens 12 Zeichen');
    expect(passwortPruefen('äöüäöüäöüäö', 'abc')).toContain('mindestens 12 Zeichen');
    expect(passwortPruefen('x'.repeat(150) + 'y'.repeat(51), 'abc')).toContain('höchstens 200');
  });

  it('lehnt Passwörter ab, die den Benutzernamen enthalten (ohne Groß-/Kleinschreibung)', () => {
    expect(passwortPruefen('Mein-JANA.SCHAEFER-2026', 'jana.schaefer')).toContain('Benutzernamen');
  });

  it('lehnt verbreitete Passwörter aus der mitgelieferten Liste ab, auch in anderer Schreibweise', () => {
    for (const p of ['qwertyuiop12', '1Q2W3E4R5T6Y', '123456789012', 'passwort1234', 'Willkommen123', 'aaaaaaaaaaaaaa']) {
      expect(passwortPruefen(p, 'irgendwer')).toContain('zu verbreitet');
    }
  });
});
