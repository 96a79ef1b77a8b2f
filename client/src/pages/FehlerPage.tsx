import { PRODUKTNAME, useDocumentTitle } from '../use-document-title';

/** Shown by the router when rendering a page failed unexpectedly. */
export function FehlerPage() {
  useDocumentTitle('Fehler');
  return (
    <>
      <header className="kopf">
        <div className="kopf-zeile">
          <a className="produkt" href="/">
            {PRODUKTNAME}
          </a>
        </div>
      </header>
      <main id="inhalt">
        <h1>Es ist ein Fehler aufgetreten</h1>
        <div role="alert" className="meldung meldung-fehler">
          <p>Die Seite konnte nicht angezeigt werden. Bitte laden Sie die Seite neu.</p>
        </div>
        <p>
          <a href="/" className="link-gross">
            Zur Startseite
          </a>
        </p>
      </main>
    </>
  );
}
