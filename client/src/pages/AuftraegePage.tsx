import { useSearchParams } from 'react-router';
import { AuftragListe } from '../components/AuftragListe';
import { StatusFilter } from '../components/StatusFilter';
import { AUFTRAGSSTATUS_REIHENFOLGE } from '../format';
import type { Auftragsstatus } from '../gql/graphql';
import { useDocumentTitle } from '../use-document-title';

function istAuftragsstatus(wert: string): wert is Auftragsstatus {
  return (AUFTRAGSSTATUS_REIHENFOLGE as readonly string[]).includes(wert);
}

/** `/auftraege`: the shop's orders, newest change first, filterable by status (kept in the URL). */
export function AuftraegePage() {
  useDocumentTitle('Aufträge');
  const [params, setParams] = useSearchParams();
  const status = params.getAll('status').filter(istAuftragsstatus);

  function onStatus(neu: Auftragsstatus[]) {
    const next = new URLSearchParams();
    for (const s of neu) next.append('status', s);
    // flushSync: the router commits navigations as transitions; a controlled checkbox would show its old
    // state until that transition renders (under load visibly late). The click must show at once.
    setParams(next, { replace: true, flushSync: true });
  }

  return (
    <>
      <h1>Aufträge</h1>
      <StatusFilter ausgewaehlt={status} onChange={onStatus} />
      <AuftragListe
        key={status.join(',')}
        filter={status.length > 0 ? { status } : {}}
        beschriftung="Aufträge"
        leerText={
          status.length > 0 ? 'Keine Aufträge mit diesem Status.' : 'Es liegen keine Aufträge vor.'
        }
      />
    </>
  );
}
