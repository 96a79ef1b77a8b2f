import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { graphql } from '../gql/gql';
import {
  API_SCHLUESSEL_PFAD,
  AUFTRAEGE_PFAD,
  BENUTZER_PFAD,
  KONTO_PFAD,
  LOGIN_PFAD,
  OFFENE_PUNKTE_PFAD,
  START_PFAD,
  TICKETS_PFAD,
  WARTESCHLANGE_PFAD,
  WERKSTAETTEN_PFAD,
} from '../pfade';
import { PRODUKTNAME } from '../use-document-title';
import { Benutzerinfo } from './Benutzerinfo';
import { Fehlermeldung } from './Fehlermeldung';
import { Laden } from './Laden';

export const MeQuery = graphql(`
  query Me {
    me {
      ...BenutzerKopf
    }
  }
`);

const AbmeldenMutation = graphql(`
  mutation Abmelden {
    abmelden
  }
`);

/** Moves focus to the new page's heading after an in-app navigation (not on first load). */
function useFokusNachNavigation(mainRef: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const ersterAufruf = useRef(true);
  useEffect(() => {
    if (ersterAufruf.current) {
      ersterAufruf.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    const h1 = main.querySelector<HTMLElement>('h1');
    if (h1) {
      h1.setAttribute('tabindex', '-1');
      h1.focus({ preventScroll: false });
    } else {
      main.focus();
    }
  }, [pathname, mainRef]);
}

/** The frame of every page after login: header (product, user, logout), navigation, main. */
export function Layout() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const mainRef = useRef<HTMLElement>(null);
  const me = useQuery(MeQuery);
  const [abmelden] = useMutation(AbmeldenMutation);
  const [abmeldungLaeuft, setAbmeldungLaeuft] = useState(false);
  const rolle = me.data?.me.rolle;
  useFokusNachNavigation(mainRef);

  async function onAbmelden() {
    setAbmeldungLaeuft(true);
    let bestaetigt = false;
    try {
      const { data } = await abmelden();
      bestaetigt = data?.abmelden === true;
    } catch {
      bestaetigt = false;
    }
    // Nothing of this user may stay visible: drop the whole cache, then leave every page state
    // behind by replacing the history entry with the login page.
    await client.clearStore();
    navigate(LOGIN_PFAD, {
      replace: true,
      state: bestaetigt ? { abgemeldet: true } : { abmeldungUnbestaetigt: true },
    });
  }

  return (
    <>
      <a className="skip-link" href="#inhalt">
        Zum Inhalt springen
      </a>
      <header className="kopf">
        <div className="kopf-zeile">
          <Link to={START_PFAD} className="produkt">
            {PRODUKTNAME}
          </Link>
          <div className="kopf-benutzer">
            {me.data && <Benutzerinfo benutzer={me.data.me} />}
            {me.data && rolle !== 'KALKULATION' && (
              <Link to={KONTO_PFAD} className="knopf knopf-zweit">
                Mein Konto
              </Link>
            )}
            <button
              type="button"
              className="knopf knopf-zweit"
              onClick={onAbmelden}
              disabled={abmeldungLaeuft}
            >
              Abmelden
            </button>
          </div>
        </div>
        <nav aria-label="Hauptnavigation" className="hauptnavigation">
          <ul>
            <li>
              <NavLink to={START_PFAD} end>
                Suche
              </NavLink>
            </li>
            <li>
              <NavLink to={AUFTRAEGE_PFAD}>Aufträge</NavLink>
            </li>
            <li>
              <NavLink to={OFFENE_PUNKTE_PFAD}>Offene Punkte</NavLink>
            </li>
            {rolle === 'WERKSTATT' && (
              <li>
                <NavLink to={TICKETS_PFAD}>Meine Tickets</NavLink>
              </li>
            )}
            {rolle === 'WERKSTATT' && me.data?.me.istAdmin && (
              <li>
                <NavLink to={BENUTZER_PFAD}>Benutzer</NavLink>
              </li>
            )}
            {rolle === 'INTERN' && (
              <li>
                <NavLink to={WARTESCHLANGE_PFAD}>Ticket-Warteschlange</NavLink>
              </li>
            )}
            {rolle === 'INTERN' && (
              <li>
                <NavLink to={WERKSTAETTEN_PFAD}>Werkstätten</NavLink>
              </li>
            )}
            {rolle === 'INTERN' && (
              <li>
                <NavLink to={API_SCHLUESSEL_PFAD}>API-Schlüssel</NavLink>
              </li>
            )}
          </ul>
        </nav>
      </header>
      <main id="inhalt" ref={mainRef} tabIndex={-1}>
        {abmeldungLaeuft ? (
          <Laden text="Abmeldung läuft …" />
        ) : me.data ? (
          <Outlet />
        ) : me.error ? (
          <>
            <h1>Portal nicht verfügbar</h1>
            <Fehlermeldung error={me.error} onErneut={() => void me.refetch()} />
          </>
        ) : (
          <Laden text="Anmeldung wird geprüft …" />
        )}
      </main>
    </>
  );
}
