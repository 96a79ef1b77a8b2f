/**
 * Password rules: at least 12 characters, not the user name, not one of the most common passwords.
 * Returns a German message naming the problem, or null when the password is acceptable.
 */
const HAEUFIGE = new Set([
  '123456789012', 'passwort1234', 'password1234', 'qwertzuiop12', 'qwertyuiop12', 'hallo1234567', 'sommer202020',
  'passwortpasswort', 'passwordpassword', '111111111111', '000000000000', 'abcdefghijkl', 'willkommen123', 'werkstatt123',
  'werkstatt2026', 'autohaus1234', 'changeme1234', 'letmein12345', 'iloveyou1234', 'adminadmin12',
]);

export function passwortPruefen(passwort: string, benutzername: string): string | null {
  if ([...passwort].length < 12) return 'Das Passwort muss mindestens 12 Zeichen lang sein.';
  if ([...passwort].length > 200) return 'Das Passwort darf höchstens 200 Zeichen lang sein.';
  const klein = passwort.toLowerCase();
  if (klein.includes(benutzername.toLowerCase())) return 'Das Passwort darf den Benutzernamen nicht enthalten.';
  if (HAEUFIGE.has(klein) || /^(.)\1+$/.test(passwort)) return 'Dieses Passwort ist zu verbreitet; bitte wählen Sie ein anderes.';
  return null;
}
