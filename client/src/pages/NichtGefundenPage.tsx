import { Link } from 'react-router';
import { START_PFAD } from '../pfade';
import { useDocumentTitle } from '../use-document-title';

/** Any unknown path inside the portal. */
export function NichtGefundenPage() {
  useDocumentTitle('Seite nicht gefunden');
  return (
    <>
      <h1>Seite nicht gefunden</h1>
      <p>Diese Seite gibt es im SPN Self-Service-Portal nicht.</p>
      <p>
        <Link to={START_PFAD} className="link-gross">
          Zur Suche
        </Link>
      </p>
    </>
  );
}
