import type { Aktion } from '../../gql/graphql';
import { AuftragAnfordernFormular } from './AuftragAnfordernFormular';
import { FehlendeFreigabeFormular } from './FehlendeFreigabeFormular';
import type { AktionsAuftrag } from './kontext';
import type { ErgebnisTicket } from './AktionErgebnis';
import { VorgangsinfoFormular } from './VorgangsinfoFormular';

interface Props {
  aktion: Aktion;
  auftrag: AktionsAuftrag;
  titelId: string;
  onErfolg: (ticket: ErgebnisTicket) => void;
}

/** The form of one action. */
export function AuftragFormular({ aktion, ...props }: Props) {
  switch (aktion) {
    case 'VORGANGSINFO':
      return <VorgangsinfoFormular {...props} />;
    case 'FEHLENDE_FREIGABE':
      return <FehlendeFreigabeFormular {...props} />;
    case 'AUFTRAG_ANFORDERN':
      return <AuftragAnfordernFormular {...props} />;
  }
}
