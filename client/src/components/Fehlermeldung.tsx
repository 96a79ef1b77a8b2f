import { fehlertext } from '../fehlertext';

interface FehlermeldungProps {
  error: unknown;
  /** Shown as a button "Erneut versuchen" when given. */
  onErneut?: () => void;
}

/** An error from loading data, in German, in an alert region. */
export function Fehlermeldung({ error, onErneut }: FehlermeldungProps) {
  return (
    <div role="alert" className="meldung meldung-fehler">
      <p>{fehlertext(error)}</p>
      {onErneut && (
        <button type="button" className="knopf knopf-zweit" onClick={onErneut}>
          Erneut versuchen
        </button>
      )}
    </div>
  );
}
