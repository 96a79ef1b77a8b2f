import { forwardRef, useCallback, useRef, useState, type ReactNode } from 'react';
import { formatAnzahl } from '../format';
import { MAX_FREITEXT, zeichenAnzahl, type Formularfehler } from '../formular-regeln';

/** The id of a form field's control: `<formId>-<feld>` (the error summary links to it). */
export function feldId(formId: string, feld: string): string {
  return `${formId}-${feld}`;
}

/** ARIA wiring a field passes to its control. */
export interface FeldAria {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FeldProps {
  id: string;
  label: string;
  /** Short help between label and control (e.g. "Freiwillig."). */
  hinweis?: ReactNode;
  /** The error shown below the control; sets aria-invalid. */
  fehler?: string;
  /** Further ids that describe the control (e.g. a character counter). */
  weitereBeschreibung?: string;
  children: (aria: FeldAria) => ReactNode;
  /** Rendered after the control and before the error (e.g. a character counter). */
  nach?: ReactNode;
}

/**
 * One labelled form field: label, optional hint, the control, and its error below it. The control
 * gets aria-invalid and aria-describedby (hint, extra descriptions, error) from `children`.
 */
export function Feld({ id, label, hinweis, fehler, weitereBeschreibung, children, nach }: FeldProps) {
  const hinweisId = hinweis ? `${id}-hinweis` : undefined;
  const fehlerId = fehler ? `${id}-fehler` : undefined;
  const beschreibung = [hinweisId, weitereBeschreibung, fehlerId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={fehler ? 'feld feld-mit-fehler' : 'feld'}>
      <label htmlFor={id}>{label}</label>
      {hinweis && (
        <p id={hinweisId} className="hilfe hilfe-oben">
          {hinweis}
        </p>
      )}
      {children({ id, 'aria-invalid': fehler ? true : undefined, 'aria-describedby': beschreibung })}
      {nach}
      {fehler && <FeldFehler id={fehlerId!}>{fehler}</FeldFehler>}
    </div>
  );
}

/** The error text below a field (or a group of radios). */
export function FeldFehler({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="feld-fehler">
      <span className="visually-hidden">Fehler: </span>
      {children}
    </p>
  );
}

interface TextfeldProps {
  id: string;
  label: string;
  value: string;
  onChange: (wert: string) => void;
  hinweis?: ReactNode;
  fehler?: string;
  max?: number;
  /** Rows of the textarea. */
  zeilen?: number;
  required?: boolean;
}

/** A textarea with a live character counter (`123 von 2.000 Zeichen`); too long is shown, not cut. */
export function Textfeld({
  id,
  label,
  value,
  onChange,
  hinweis,
  fehler,
  max = MAX_FREITEXT,
  zeilen = 5,
  required,
}: TextfeldProps) {
  const anzahl = zeichenAnzahl(value);
  const zuviel = anzahl > max;
  const zaehlerId = `${id}-zaehler`;
  return (
    <Feld
      id={id}
      label={label}
      hinweis={hinweis}
      fehler={fehler}
      weitereBeschreibung={zaehlerId}
      nach={
        <p id={zaehlerId} className={zuviel ? 'zaehler zaehler-zuviel' : 'zaehler'}>
          {formatAnzahl(anzahl)} von {formatAnzahl(max)} Zeichen
          {zuviel && ` – ${formatAnzahl(anzahl - max)} zu viel`}
        </p>
      }
    >
      {(aria) => (
        <textarea
          {...aria}
          name={id}
          rows={zeilen}
          required={required}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Feld>
  );
}

interface ZusammenfassungProps {
  /** Errors of the last submission; field errors become links to their field. */
  fehler: Formularfehler[];
  /** The id of a field's control. */
  idVon: (feld: string) => string;
}

/**
 * The error summary at the top of a form (role="alert"): a heading and one line per problem; a
 * problem with a field links to it (focus moves to the control). The parent moves focus here after
 * a failed submission (ref, tabIndex -1).
 */
export const Fehlerzusammenfassung = forwardRef<HTMLDivElement, ZusammenfassungProps>(
  function Fehlerzusammenfassung({ fehler, idVon }, ref) {
    if (fehler.length === 0) return null;
    const nurFelder = fehler.every((f) => f.feld !== null);
    return (
      <div
        ref={ref}
        role="alert"
        tabIndex={-1}
        className="meldung meldung-fehler fehler-zusammenfassung"
        aria-labelledby={`${idVon('zusammenfassung')}-titel`}
      >
        <h2 id={`${idVon('zusammenfassung')}-titel`}>
          {nurFelder ? 'Bitte prüfen Sie Ihre Angaben' : 'Die Eingabe konnte nicht gesendet werden'}
        </h2>
        <ul>
          {fehler.map((f, i) =>
            f.feld ? (
              <li key={i}>
                <a
                  href={`#${idVon(f.feld)}`}
                  onClick={(e) => {
                    const ziel = document.getElementById(idVon(f.feld!));
                    if (!ziel) return;
                    e.preventDefault();
                    ziel.focus();
                    ziel.scrollIntoView({ block: 'center' });
                  }}
                >
                  {f.meldung}
                </a>
              </li>
            ) : (
              <li key={i}>{f.meldung}</li>
            ),
          )}
        </ul>
      </div>
    );
  },
);

/** Field errors of a submission as a map field → first message. */
export function fehlerJeFeld(fehler: Formularfehler[]): Record<string, string> {
  const karte: Record<string, string> = {};
  for (const f of fehler) if (f.feld && !(f.feld in karte)) karte[f.feld] = f.meldung;
  return karte;
}

/**
 * Submitting a form exactly once at a time: `absenden(fn)` runs `fn` unless a submission is
 * already running (a ref guards synchronously, so a double click cannot start two), and `sendet`
 * drives the disabled button and the progress text.
 */
export function useEinmaligAbsenden() {
  const laeuft = useRef(false);
  const [sendet, setSendet] = useState(false);
  const absenden = useCallback(async (fn: () => Promise<void>) => {
    if (laeuft.current) return;
    laeuft.current = true;
    setSendet(true);
    try {
      await fn();
    } finally {
      laeuft.current = false;
      setSendet(false);
    }
  }, []);
  return { absenden, sendet };
}

/** Moves focus to an element after React has rendered it (error summary, confirmation heading). */
export function fokussieren(element: HTMLElement | null) {
  if (!element) return;
  element.focus();
  element.scrollIntoView?.({ block: 'start' });
}
