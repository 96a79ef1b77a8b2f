import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { MeQuery } from '../components/Layout';
import { fehlertext } from '../fehlertext';
import { graphql } from '../gql/gql';
import { PASSWORT_VERGESSEN_PFAD, START_PFAD } from '../pfade';
import { PRODUKTNAME, useDocumentTitle } from '../use-document-title';

const AnmeldenMutation = graphql(`
  mutation Anmelden($input: AnmeldenInput!) {
    anmelden(input: $input) {
      benutzer {
        ...BenutzerKopf
      }
      fehler {
        code
        feld
        meldung
      }
    }
  }
`);

interface LoginState {
  abgemeldet?: boolean;
  abmeldungUnbestaetigt?: boolean;
  sitzungAbgelaufen?: boolean;
}

function hinweisAusState(state: unknown): string | null {
  const s = (state ?? {}) as LoginState;
  if (s.abmeldungUnbestaetigt) {
    return 'Die Abmeldung konnte vom Server nicht bestätigt werden. Schließen Sie zur Sicherheit alle Fenster dieses Browsers.';
  }
  if (s.abgemeldet) return 'Sie wurden abgemeldet.';
  if (s.sitzungAbgelaufen) return 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.';
  return null;
}

/** `/anmelden`: login with user name and password; the server sets the session cookie. */
export function LoginPage() {
  useDocumentTitle('Anmelden');
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [anmelden, { loading }] = useMutation(AnmeldenMutation);
  const [benutzername, setBenutzername] = useState('');
  const [passwort, setPasswort] = useState('');
  const [meldungen, setMeldungen] = useState<string[]>([]);
  const [fehlerfelder, setFehlerfelder] = useState<string[]>([]);
  const hinweis = hinweisAusState(location.state);

  // Whoever arrives here (logout, expired session, new visit): nothing of a previous user stays cached.
  useEffect(() => {
    void client.clearStore();
  }, [client]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fehlend: string[] = [];
    if (!benutzername.trim()) fehlend.push('benutzername');
    if (!passwort) fehlend.push('passwort');
    if (fehlend.length > 0) {
      setFehlerfelder(fehlend);
      setMeldungen(['Bitte geben Sie Benutzername und Passwort ein.']);
      return;
    }
    setMeldungen([]);
    setFehlerfelder([]);
    try {
      const { data } = await anmelden({
        variables: { input: { benutzername: benutzername.trim(), passwort } },
      });
      const ergebnis = data?.anmelden;
      if (ergebnis?.benutzer && ergebnis.fehler.length === 0) {
        await client.clearStore();
        client.writeQuery({ query: MeQuery, data: { me: ergebnis.benutzer } });
        setPasswort('');
        navigate(START_PFAD, { replace: true });
        return;
      }
      const fehler = ergebnis?.fehler ?? [];
      setPasswort('');
      setFehlerfelder(fehler.flatMap((f) => f.feld ?? []));
      setMeldungen(
        fehler.length > 0
          ? fehler.map((f) => f.meldung)
          : ['Die Anmeldung ist fehlgeschlagen. Bitte prüfen Sie Ihre Eingaben.'],
      );
    } catch (error) {
      setMeldungen([`Anmeldung nicht möglich. ${fehlertext(error)}`]);
    }
  }

  const ungueltig = (feld: string) => fehlerfelder.includes(feld);

  return (
    <>
      <header className="kopf">
        <div className="kopf-zeile">
          <span className="produkt">{PRODUKTNAME}</span>
        </div>
      </header>
      <main id="inhalt" className="login">
        <h1>Anmelden</h1>
        {hinweis && (
          <p role="status" className="meldung meldung-info">
            {hinweis}
          </p>
        )}
        <form className="formular" onSubmit={onSubmit} noValidate aria-describedby="login-fehler">
          <div className="feld">
            <label htmlFor="benutzername">Benutzername</label>
            <input
              id="benutzername"
              name="benutzername"
              type="text"
              autoComplete="username"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              required
              aria-invalid={ungueltig('benutzername') || undefined}
              value={benutzername}
              onChange={(e) => setBenutzername(e.target.value)}
            />
          </div>
          <div className="feld">
            <label htmlFor="passwort">Passwort</label>
            <input
              id="passwort"
              name="passwort"
              type="password"
              autoComplete="current-password"
              required
              aria-invalid={ungueltig('passwort') || undefined}
              value={passwort}
              onChange={(e) => setPasswort(e.target.value)}
            />
          </div>
          <button type="submit" className="knopf" disabled={loading}>
            Anmelden
          </button>
          <p>
            <Link to={PASSWORT_VERGESSEN_PFAD}>Passwort vergessen?</Link>
          </p>
          {loading && (
            <p role="status" className="laden">
              Anmeldung läuft …
            </p>
          )}
        </form>
        <div id="login-fehler" role="alert" className="alert-region">
          {meldungen.length > 0 && (
            <div className="meldung meldung-fehler">
              {meldungen.map((meldung, i) => (
                <p key={i}>{meldung}</p>
              ))}
            </div>
          )}
        </div>
      </main>
    </>
  );
}
