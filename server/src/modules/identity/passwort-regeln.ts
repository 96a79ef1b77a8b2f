import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Password rules: at least 12 characters, not the user name, not one of the commonly used passwords.
 * The list is the common-password dictionary of zxcvbn-ts (about 49,000 passwords from public leak
 * statistics), plus a few German ones that list lacks; compared ignoring case.
 */
const DEUTSCHE = [
  'passwort1234', 'passwortpasswort', 'qwertzuiop12', 'hallo1234567', 'sommer202020', 'willkommen123', 'werkstatt123',
  'werkstatt2026', 'autohaus1234', 'geheimgeheim', 'hallohallo12', 'schatzschatz', 'fussball1234', 'ichliebedich',
];

let haeufige: Set<string> | null = null;

/** The list, loaded on first use (decompressing it takes a few milliseconds). */
function haeufigePasswoerter(): Set<string> {
  haeufige ??= new Set([...(dictionary['passwords-common'] as string[]), ...DEUTSCHE].map((p) => p.toLowerCase()));
  return haeufige;
}

export const MIN_PASSWORT_LAENGE = 12;

/** Returns a German message naming the problem, or null when the password is acceptable. */
export function passwortPruefen(passwort: string, benutzername: string): string | null {
  const laenge = [...passwort].length;
  if (laenge < MIN_PASSWORT_LAENGE) return `Das Passwort muss mindestens ${MIN_PASSWORT_LAENGE} Zeichen lang sein.`;
  if (laenge > 200) return 'Das Passwort darf höchstens 200 Zeichen lang sein.';
  const klein = passwort.toLowerCase();
  if (benutzername && klein.includes(benutzername.toLowerCase())) return 'Das Passwort darf den Benutzernamen nicht enthalten.';
  if (haeufigePasswoerter().has(klein) || /^(.)\1+$/u.test(passwort)) return 'Dieses Passwort ist zu verbreitet; bitte wählen Sie ein anderes.';
  return null;
}
