import { AUFTRAGSSTATUS_LABEL, AUFTRAGSSTATUS_REIHENFOLGE } from '../format';
import type { Auftragsstatus } from '../gql/graphql';

interface StatusFilterProps {
  ausgewaehlt: readonly Auftragsstatus[];
  onChange: (status: Auftragsstatus[]) => void;
}

/** Checkboxes for the order states; none checked means all states. */
export function StatusFilter({ ausgewaehlt, onChange }: StatusFilterProps) {
  function umschalten(status: Auftragsstatus, an: boolean) {
    const neu = new Set(ausgewaehlt);
    if (an) neu.add(status);
    else neu.delete(status);
    onChange(AUFTRAGSSTATUS_REIHENFOLGE.filter((s) => neu.has(s)));
  }

  return (
    <fieldset className="filter">
      <legend>Nach Status filtern</legend>
      <div className="filter-optionen">
        {AUFTRAGSSTATUS_REIHENFOLGE.map((status) => (
          <label className="auswahl" key={status}>
            <input
              type="checkbox"
              name="status"
              value={status}
              checked={ausgewaehlt.includes(status)}
              onChange={(e) => umschalten(status, e.target.checked)}
            />
            <span>{AUFTRAGSSTATUS_LABEL[status]}</span>
          </label>
        ))}
      </div>
      {ausgewaehlt.length > 0 && (
        <button type="button" className="knopf knopf-zweit" onClick={() => onChange([])}>
          Alle Status anzeigen
        </button>
      )}
    </fieldset>
  );
}
