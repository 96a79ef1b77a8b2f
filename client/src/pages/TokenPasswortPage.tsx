import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { MeQuery } from '../components/Layout';
import { Eingabe, PASSWORT_HINWEIS, neuesPasswortPruefen, useKontoFormular } from '../components/konto/kontoFormular';
import { OeffentlicheSeite } from '../components/konto/OeffentlicheSeite';
import { graphql } from '../gql/gql';
import { PASSWORT_VERGESSEN_PFAD, START_PFAD } from '../pfade';
import { useDocumentTitle } from '../use-document-title';

const EinladungAnnehmenMutation = graphql(`
  mutation EinladungAnnehmen($input: EinladungAnnehmenInput!) {
    einladungAnnehmen(input: $input) {
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

const PasswortZuruecksetzenMutation = graphql(`
  mutation PasswortZuruecksetzen($input: PasswortZuruecksetzenInput!) {
    passwortZuruecksetzen(input: $input) {
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

/** The token from the link's fragment (`#token=…`); read once, then removed from the address bar. */
function useTokenAusLink(): string {
  const [token] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '');
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, []);
  return token;
}

/**
 * `/einladung` and `/passwort-zuruecksetzen`: the pages the e-mail links open. The user chooses a
 * password; the server checks the token (single use, expiring) and logs the user in.
 */
export function TokenPasswortPage({ art }: { art: 'EINLADUNG' | 'RESET' }) {
  const einladung = art === 'EINLADUNG';
  useDocumentTitle(einladung ? 'Einladung annehmen' : 'Neues Passwort festlegen');
  const token = useTokenAusLink();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [annehmen] = useMutation(EinladungAnnehmenMutation);
  const [zuruecksetzen] = useMutation(PasswortZuruecksetzenMutation);
  const [passwort, setPasswort] = useState('');
  const [wiederholung, setWiederholung] = useState('');
  const [tokenUngueltig, setTokenUngueltig] = useState(false);
  const f = useKontoFormular(einladung ? 'einladung' : 'passwort-neu', ['passwort', 'wiederholung']);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await f.ausfuehren(
      () => neuesPasswortPruefen(passwort, wiederholung, 'passwort', 'wiederholung'),
      async () => {
        const input = { token, passwort };
        const ergebnis = einladung ? (await annehmen({ variables: { input } })).data?.einladungAnnehmen : (await zuruecksetzen({ variables: { input } })).data?.passwortZuruecksetzen;
        if (!ergebnis) return null;
        if (ergebnis.fehler.some((x) => x.code === 'TOKEN_UNGUELTIG')) setTokenUngueltig(true);
        if (ergebnis.benutzer && ergebnis.fehler.length === 0) {
          await client.clearStore();
          client.writeQuery({ query: MeQuery, data: { me: ergebnis.benutzer } });
          navigate(START_PFAD, { replace: true });
        }
        return ergebnis.fehler;
      },
    );
  }

  return (
    <OeffentlicheSeite>
      <h1>{einladung ? 'Einladung annehmen' : 'Neues Passwort festlegen'}</h1>
      {!token || tokenUngueltig ? (
        <div className="meldung meldung-fehler" role="alert">
          <p>Der Link ist ungültig, abgelaufen oder wurde bereits verwendet.</p>
          <p>
            <Link to={PASSWORT_VERGESSEN_PFAD}>Neuen Link anfordern</Link>
          </p>
        </div>
      ) : (
        <form className="formular" onSubmit={onSubmit} noValidate>
          {f.zusammenfassung}
          <p className="einleitung">
            {einladung
              ? 'Willkommen im SPN Self-Service-Portal. Legen Sie Ihr Passwort fest; danach sind Sie angemeldet.'
              : 'Legen Sie ein neues Passwort fest. Alle bisherigen Sitzungen werden beendet; danach sind Sie angemeldet.'}
          </p>
          <Eingabe
            id={f.id('passwort')}
            label="Neues Passwort"
            type="password"
            autoComplete="new-password"
            hinweis={PASSWORT_HINWEIS}
            value={passwort}
            onChange={setPasswort}
            fehler={f.feldfehler.passwort}
          />
          <Eingabe
            id={f.id('wiederholung')}
            label="Passwort wiederholen"
            type="password"
            autoComplete="new-password"
            value={wiederholung}
            onChange={setWiederholung}
            fehler={f.feldfehler.wiederholung}
          />
          <div className="aktionen formular-aktionen">
            <button type="submit" className="knopf" disabled={f.sendet}>
              {einladung ? 'Passwort festlegen und anmelden' : 'Passwort speichern und anmelden'}
            </button>
          </div>
        </form>
      )}
    </OeffentlicheSeite>
  );
}
