import { Link, useParams } from 'react-router';
import { AKTION_LABEL, aktionZuSlug } from '../format';
import { auftragPfad } from '../pfade';
import { useDocumentTitle } from '../use-document-title';
import { NichtGefundenPage } from './NichtGefundenPage';

/**
 * `/auftrag/:spnId/aktion/vorgangsinfo|fehlende-freigabe|auftrag-anfordern`: the form of one of the
 * three portal actions. (Placeholder: the forms follow in the next step.)
 */
export function AktionPage() {
  const { spnId = '', aktion: slug } = useParams();
  const aktion = aktionZuSlug(slug);
  if (!aktion) return <NichtGefundenPage />;
  return <AktionPlatzhalter spnId={spnId} titel={AKTION_LABEL[aktion]} />;
}

function AktionPlatzhalter({ spnId, titel }: { spnId: string; titel: string }) {
  useDocumentTitle(`${titel} – ${spnId}`);
  return (
    <>
      <h1>{titel}</h1>
      <p>
        Auftrag <span className="spn-id">{spnId}</span>
      </p>
      <p className="meldung meldung-info">Das Formular für diese Aktion folgt in Kürze.</p>
      <p>
        <Link to={auftragPfad(spnId)} className="link-gross">
          Zurück zur Auftragsübersicht
        </Link>
      </p>
    </>
  );
}
