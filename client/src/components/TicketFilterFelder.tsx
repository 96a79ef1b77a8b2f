import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { AKTION_LABEL, AKTION_REIHENFOLGE, TICKET_STATUS_LABEL, TICKET_STATUS_REIHENFOLGE } from '../format';
import type { Aktion, TicketFilter, TicketStatus } from '../gql/graphql';

function istTicketStatus(wert: string): wert is TicketStatus {
  return (TICKET_STATUS_REIHENFOLGE as readonly string[]).includes(wert);
}

function istAktion(wert: string | null): wert is Aktion {
  return wert !== null && (AKTION_REIHENFOLGE as readonly string[]).includes(wert);
}

/**
 * The ticket filter kept in the URL (`?status=OFFEN&status=IN_BEARBEITUNG&aktion=VORGANGSINFO`):
 * the controls, and the list below them as `children(filter)`.
 */
interface Gefiltert {
  filter: TicketFilter;
  /** Changes with the filter: the list's key, so paging starts again at page 1. */
  schluessel: string;
  gefiltert: boolean;
}

export function TicketFilterFelder({
  mitAktion,
  children,
}: {
  mitAktion: boolean;
  children: (f: Gefiltert) => ReactNode;
}) {
  const [params, setParams] = useSearchParams();
  const status = params.getAll('status').filter(istTicketStatus);
  const aktionParam = params.get('aktion');
  const aktion = mitAktion && istAktion(aktionParam) ? aktionParam : null;

  function setzen(neuStatus: TicketStatus[], neuAktion: Aktion | null) {
    const next = new URLSearchParams();
    for (const s of TICKET_STATUS_REIHENFOLGE) if (neuStatus.includes(s)) next.append('status', s);
    if (neuAktion) next.set('aktion', neuAktion);
    // flushSync: the filter controls show the user's choice at once (see AuftraegePage).
    setParams(next, { replace: true, flushSync: true });
  }

  const filter: TicketFilter = {
    ...(status.length > 0 ? { status } : {}),
    ...(aktion ? { aktion } : {}),
  };
  return (
    <>
    <div className="ticket-filter">
      <fieldset className="filter">
        <legend>Nach Status filtern</legend>
        <div className="filter-optionen">
          {TICKET_STATUS_REIHENFOLGE.map((s) => (
            <label className="auswahl" key={s}>
              <input
                type="checkbox"
                name="status"
                value={s}
                checked={status.includes(s)}
                onChange={(e) =>
                  setzen(e.target.checked ? [...status, s] : status.filter((x) => x !== s), aktion)
                }
              />
              <span>{TICKET_STATUS_LABEL[s]}</span>
            </label>
          ))}
        </div>
        {status.length > 0 && (
          <button type="button" className="knopf knopf-zweit" onClick={() => setzen([], aktion)}>
            Alle Status anzeigen
          </button>
        )}
      </fieldset>
      {mitAktion && (
        <div className="filter filter-auswahl">
          <div className="feld">
            <label htmlFor="ticket-filter-aktion">Nach Aktion filtern</label>
            <select
              id="ticket-filter-aktion"
              name="aktion"
              value={aktion ?? ''}
              onChange={(e) => setzen(status, istAktion(e.target.value) ? e.target.value : null)}
            >
              <option value="">Alle Aktionen</option>
              {AKTION_REIHENFOLGE.map((a) => (
                <option key={a} value={a}>
                  {AKTION_LABEL[a]}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
    </div>
    {children({ filter, schluessel: `${status.join(',')}|${aktion ?? ''}`, gefiltert: status.length > 0 || aktion !== null })}
    </>
  );
}
