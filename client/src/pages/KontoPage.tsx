import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Eingabe, PASSWORT_HINWEIS, neuesPasswortPruefen, useKontoFormular } from '../components/konto/kontoFormular';
import { sendefehlertext } from '../fehlertext';
import { ROLLE_LABEL, formatAnzahl } from '../format';
import { graphql } from '../gql/gql';
import { useBenutzer } from '../use-benutzer';
import { useDocumentTitle } from '../use-document-title';

const PasswortAendernMutation = graphql(`
  mutation PasswortAendern($input: PasswortAendernInput!) {
    passwortAendern(input: $input) {
      benutzer {
        id
      }
      fehler {
        code
        feld
        meldung
      }
    }
  }
`);

const AndereSitzungenBeendenMutation = graphql(`
  mutation AndereSitzungenBeenden {
    andereSitzungenBeenden
  }
`);

function sitzungenText(anzahl: number): string {
  return anzahl === 1 ? '1 andere Sitzung wurde beendet.' : `${formatAnzahl(anzahl)} andere Sitzungen wurden beendet.`;
}

/** `/konto` ("Mein Konto"): own data, change the password, sign out everywhere else. */
export function KontoPage() {
  useDocumentTitle('Mein Konto');
  const benutzer = useBenutzer();
  const [aendern] = useMutation(PasswortAendernMutation);
  const [beenden, { loading: beendenLaeuft }] = useMutation(AndereSitzungenBeendenMutation);
  const [werte, setWerte] = useState({ altesPasswort: '', neuesPasswort: '', wiederholung: '' });
  const [erfolg, setErfolg] = useState<string | null>(null);
  const [sitzungenMeldung, setSitzungenMeldung] = useState<{ text: string; fehler: boolean } | null>(null);
  const f = useKontoFormular('passwort-aendern', ['altesPasswort', 'neuesPasswort', 'wiederholung']);
  const setze = (feld: keyof typeof werte) => (wert: string) => setWerte((w) => ({ ...w, [feld]: wert }));

  async function onPasswort(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErfolg(null);
    const ok = await f.ausfuehren(
      () => [
        ...(werte.altesPasswort ? [] : [{ feld: 'altesPasswort', meldung: 'Bitte das bisherige Passwort angeben.' }]),
        ...neuesPasswortPruefen(werte.neuesPasswort, werte.wiederholung, 'neuesPasswort', 'wiederholung'),
      ],
      async () => (await aendern({ variables: { input: { altesPasswort: werte.altesPasswort, neuesPasswort: werte.neuesPasswort } } })).data?.passwortAendern.fehler,
    );
    if (ok) {
      setWerte({ altesPasswort: '', neuesPasswort: '', wiederholung: '' });
      setErfolg('Ihr Passwort wurde geändert. Alle anderen Sitzungen wurden beendet.');
    }
  }

  async function onAndereBeenden() {
    setSitzungenMeldung(null);
    try {
      const { data } = await beenden();
      setSitzungenMeldung({ text: sitzungenText(data?.andereSitzungenBeenden ?? 0), fehler: false });
    } catch (error) {
      setSitzungenMeldung({ text: sendefehlertext(error, { mitSchluessel: false }), fehler: true });
    }
  }

  return (
    <>
      <h1>Mein Konto</h1>
      {benutzer && (
        <dl className="angaben">
          <div className="angabe">
            <dt>Name</dt>
            <dd>{benutzer.name}</dd>
          </div>
          <div className="angabe">
            <dt>Benutzername</dt>
            <dd>{benutzer.benutzername}</dd>
          </div>
          <div className="angabe">
            <dt>Rolle</dt>
            <dd>
              {ROLLE_LABEL[benutzer.rolle]}
              {benutzer.istAdmin ? ' (Administrator/in)' : ''}
            </dd>
          </div>
          {benutzer.werkstatt && (
            <div className="angabe">
              <dt>Werkstatt</dt>
              <dd>
                {benutzer.werkstatt.name} (Partner-Nr. {benutzer.werkstatt.partnerNummer})
              </dd>
            </div>
          )}
        </dl>
      )}

      <section className="abschnitt" aria-labelledby="passwort-aendern-titel">
        <h2 id="passwort-aendern-titel">Passwort ändern</h2>
        <form className="formular" onSubmit={onPasswort} noValidate>
          {f.zusammenfassung}
          <Eingabe id={f.id('altesPasswort')} label="Bisheriges Passwort" type="password" autoComplete="current-password" value={werte.altesPasswort} onChange={setze('altesPasswort')} fehler={f.feldfehler.altesPasswort} />
          <Eingabe
            id={f.id('neuesPasswort')}
            label="Neues Passwort"
            type="password"
            autoComplete="new-password"
            hinweis={PASSWORT_HINWEIS}
            value={werte.neuesPasswort}
            onChange={setze('neuesPasswort')}
            fehler={f.feldfehler.neuesPasswort}
          />
          <Eingabe id={f.id('wiederholung')} label="Neues Passwort wiederholen" type="password" autoComplete="new-password" value={werte.wiederholung} onChange={setze('wiederholung')} fehler={f.feldfehler.wiederholung} />
          <div className="aktionen formular-aktionen">
            <button type="submit" className="knopf" disabled={f.sendet}>
              Passwort ändern
            </button>
          </div>
        </form>
        <div role="status" className="alert-region">
          {erfolg && <p className="meldung meldung-erfolg">{erfolg}</p>}
        </div>
      </section>

      <section className="abschnitt" aria-labelledby="sitzungen-titel">
        <h2 id="sitzungen-titel">Sitzungen</h2>
        <p>Sind Sie noch auf einem anderen Gerät oder in einem anderen Browser angemeldet? Hier beenden Sie alle Sitzungen außer dieser.</p>
        <div className="aktionen">
          <button type="button" className="knopf knopf-zweit" onClick={onAndereBeenden} disabled={beendenLaeuft}>
            Überall sonst abmelden
          </button>
        </div>
        <div role="status" className="alert-region">
          {sitzungenMeldung && <p className={sitzungenMeldung.fehler ? 'meldung meldung-fehler' : 'meldung meldung-erfolg'}>{sitzungenMeldung.text}</p>}
        </div>
      </section>
    </>
  );
}
