import { Link } from 'react-router';
import { auftragPfad } from '../../pfade';

/** Submit button (disabled while sending), progress text and the way back. */
export function Absendezeile({ sendet, spnId }: { sendet: boolean; spnId: string }) {
  return (
    <>
      <div className="aktionen formular-aktionen">
        <button type="submit" className="knopf" disabled={sendet}>
          Meldung senden
        </button>
        <Link to={auftragPfad(spnId)} className="link-gross">
          Abbrechen
        </Link>
      </div>
      {sendet && (
        <p role="status" className="laden">
          Meldung wird gesendet …
        </p>
      )}
    </>
  );
}
