import { useRef, useState, type ReactNode } from 'react';
import { sendefehlertext } from '../../fehlertext';
import type { Formularfehler } from '../../formular-regeln';
import { Feld, Fehlerzusammenfassung, feldId, fehlerJeFeld, fokussieren, useEinmaligAbsenden } from '../Formular';

/** A `fehler` entry of a payload: `feld` is the input path, e.g. ["input", "admin", "email"]. */
export interface ServerFehler {
  code: string;
  feld?: readonly string[] | null;
  meldung: string;
}

/** The form field a server path names: ["input", "admin", "email"] → "admin.email"; null for the whole form. */
export function feldAusPfad(feld: readonly string[] | null | undefined): string | null {
  if (!feld || feld.length === 0) return null;
  const ohneInput = feld[0] === 'input' ? feld.slice(1) : feld;
  return ohneInput.length ? ohneInput.join('.') : null;
}

/**
 * State of one account form: submit once at a time, show the server's `fehler` (or a network error)
 * in the error summary with links to their fields, move focus there after a failed submission.
 * `bekannteFelder` are the fields the form shows; a `fehler` for another field is shown without link.
 */
export function useKontoFormular(formId: string, bekannteFelder: readonly string[]) {
  const [fehler, setFehler] = useState<Formularfehler[]>([]);
  const { absenden, sendet } = useEinmaligAbsenden();
  const zusammenfassungRef = useRef<HTMLDivElement>(null);

  function zeigen(liste: Formularfehler[]) {
    setFehler(liste);
    if (liste.length) requestAnimationFrame(() => fokussieren(zusammenfassungRef.current));
  }

  /**
   * Runs `pruefen` (client-side checks), then `senden`; `senden` returns the payload's `fehler`
   * (empty on success). Resolves true on success.
   */
  async function ausfuehren(pruefen: () => Formularfehler[], senden: () => Promise<readonly ServerFehler[] | null | undefined>): Promise<boolean> {
    let erfolg = false;
    await absenden(async () => {
      const lokal = pruefen();
      if (lokal.length) return zeigen(lokal);
      try {
        const serverFehler = await senden();
        if (!serverFehler) return zeigen([{ feld: null, meldung: 'Der Server hat nicht wie erwartet geantwortet. Bitte versuchen Sie es erneut.' }]);
        const liste = serverFehler.map((f) => {
          const feld = feldAusPfad(f.feld);
          return { feld: feld && bekannteFelder.includes(feld) ? feld : null, meldung: f.meldung };
        });
        zeigen(liste);
        erfolg = liste.length === 0;
      } catch (error) {
        zeigen([{ feld: null, meldung: sendefehlertext(error, { mitSchluessel: false }) }]);
      }
    });
    return erfolg;
  }

  const feldfehler = fehlerJeFeld(fehler);
  const id = (feld: string) => feldId(formId, feld);
  const zusammenfassung = <Fehlerzusammenfassung ref={zusammenfassungRef} fehler={fehler} idVon={id} />;
  return { ausfuehren, sendet, feldfehler, id, zusammenfassung, zuruecksetzen: () => setFehler([]) };
}

interface EingabeProps {
  id: string;
  label: string;
  value: string;
  onChange: (wert: string) => void;
  fehler?: string;
  hinweis?: ReactNode;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  required?: boolean;
}

/** A labelled single-line input with its error below (see `Feld`). */
export function Eingabe({ id, label, value, onChange, fehler, hinweis, type = 'text', autoComplete, required = true }: EingabeProps) {
  return (
    <Feld id={id} label={label} fehler={fehler} hinweis={hinweis}>
      {(aria) => (
        <input
          {...aria}
          name={id}
          type={type}
          autoComplete={autoComplete}
          autoCapitalize={type === 'text' ? undefined : 'none'}
          spellCheck={type === 'text' ? undefined : false}
          required={required}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Feld>
  );
}

export const PASSWORT_HINWEIS = 'Mindestens 12 Zeichen, nicht Ihr Benutzername und nicht leicht zu erraten (keine verbreiteten Wörter mit Jahreszahl). Mehrere zufällige Wörter sind sicher und leicht zu merken.';

/** Client-side checks of a new password and its repetition (the server checks the rest). */
export function neuesPasswortPruefen(passwort: string, wiederholung: string, feld: string, feldWiederholung: string): Formularfehler[] {
  const fehler: Formularfehler[] = [];
  if ([...passwort].length < 12) fehler.push({ feld, meldung: 'Das Passwort muss mindestens 12 Zeichen lang sein.' });
  if (passwort !== wiederholung) fehler.push({ feld: feldWiederholung, meldung: 'Die beiden Passwörter stimmen nicht überein.' });
  return fehler;
}

/** Required text fields that are empty, as errors. */
export function pflichtfelder(werte: Record<string, string>, namen: Record<string, string>): Formularfehler[] {
  return Object.entries(namen)
    .filter(([feld]) => !werte[feld]?.trim())
    .map(([feld, name]) => ({ feld, meldung: `Bitte ${name} angeben.` }));
}
