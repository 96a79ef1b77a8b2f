import { useNavigate } from 'react-router';
import { AKTION_LABEL } from '../format';
import type { Aktion } from '../gql/graphql';
import { aktionPfad } from '../pfade';

/** The button that opens an action's form page; its name is the action's label exactly. */
export function AktionKnopf({ spnId, aktion }: { spnId: string; aktion: Aktion }) {
  const navigate = useNavigate();
  return (
    <button type="button" className="knopf" onClick={() => navigate(aktionPfad(spnId, aktion))}>
      {AKTION_LABEL[aktion]}
    </button>
  );
}
