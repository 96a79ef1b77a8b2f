import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as gemeinsam from '@zxcvbn-ts/language-common';
import * as deutsch from '@zxcvbn-ts/language-de';

/**
 * Password rules: at least 12 characters, not containing the user name, and not guessable. "Not
 * guessable" is zxcvbn's estimate (zxcvbn-ts, the maintained TypeScript port of Dropbox's
 * estimator): it knows the common-password lists of public leaks, German and English words and
 * names, keyboard walks, dates, repetitions and l33t spellings, so `Passwort123!` or `Sommer2026!!`
 * count as guessable although they are not literally on a list. Score 4 of 4 (more than 10^10
 * guesses) is required.
 */
const MIN_SCORE = 4;

/** A few German passwords the lists lack; they join the dictionary as whole words. */
const DEUTSCHE = ['passwort', 'werkstatt', 'autohaus', 'geheim', 'willkommen', 'hallo', 'sommer', 'winter', 'fussball', 'schatz', 'ichliebedich', 'qwertz', 'qwertzuiop'];

let schaetzer: ZxcvbnFactory | null = null;

/** The estimator, built on first use (loading the dictionaries takes a few hundred milliseconds). */
function zxcvbn(): ZxcvbnFactory {
  schaetzer ??= new ZxcvbnFactory({
    dictionary: { ...gemeinsam.dictionary, ...deutsch.dictionary, deutscheZusaetze: DEUTSCHE },
    graphs: gemeinsam.adjacencyGraphs,
    translations: deutsch.translations,
  });
  return schaetzer;
}

export const MIN_PASSWORT_LAENGE = 12;

/**
 * Returns a German message naming the problem, or null when the password is acceptable.
 * `persoenlich`: further words of the account (name, e-mail) that must not make it guessable.
 */
export function passwortPruefen(passwort: string, benutzername: string, persoenlich: string[] = []): string | null {
  const laenge = [...passwort].length;
  if (laenge < MIN_PASSWORT_LAENGE) return `Das Passwort muss mindestens ${MIN_PASSWORT_LAENGE} Zeichen lang sein.`;
  if (laenge > 200) return 'Das Passwort darf höchstens 200 Zeichen lang sein.';
  if (benutzername && passwort.toLowerCase().includes(benutzername.toLowerCase())) return 'Das Passwort darf den Benutzernamen nicht enthalten.';
  // every word of the account's names and address on its own, so "Schaefer-Jana-2026" counts as guessable
  const woerter = [benutzername, ...persoenlich].flatMap((t) => t.normalize('NFC').split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3);
  const ergebnis = zxcvbn().check(passwort, woerter);
  if (ergebnis.score < MIN_SCORE) {
    return 'Dieses Passwort ist zu leicht zu erraten (verbreitete Wörter, Namen, Jahreszahlen oder Tastaturfolgen). Bitte wählen Sie ein längeres, z. B. aus mehreren zufälligen Wörtern.';
  }
  return null;
}
