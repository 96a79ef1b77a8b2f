import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LOGIN_PFAD } from '../../pfade';
import { PRODUKTNAME } from '../../use-document-title';

/** The frame of the pages without login (password forgotten, invitation, new password): header and main. */
export function OeffentlicheSeite({ children, mitAnmeldelink = true }: { children: ReactNode; mitAnmeldelink?: boolean }) {
  return (
    <>
      <header className="kopf">
        <div className="kopf-zeile">
          <span className="produkt">{PRODUKTNAME}</span>
        </div>
      </header>
      <main id="inhalt" className="login">
        {children}
        {mitAnmeldelink && (
          <p>
            <Link to={LOGIN_PFAD}>Zur Anmeldung</Link>
          </p>
        )}
      </main>
    </>
  );
}
