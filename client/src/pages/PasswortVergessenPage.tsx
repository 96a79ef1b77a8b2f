import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Eingabe, useKontoFormular } from '../components/konto/kontoFormular';
import { OeffentlicheSeite } from '../components/konto/OeffentlicheSeite';
import { fokussieren } from '../components/Formular';
import { graphql } from '../gql/gql';
import { useDocumentTitle } from '../use-document-title';

const PasswortVergessenMutation = graphql(`
  mutation PasswortVergessen($input: PasswortVergessenInput!) {
    passwortVergessen(input: $input)
  }
`);

/**
 * `/passwort-vergessen`: user name or e-mail; the answer is the same whether an account exists or
 * not (the server mails a link valid for one hour if it does).
 */
export function PasswortVergessenPage() {
  useDocumentTitle('Passwort vergessen');
  const [vergessen] = useMutation(PasswortVergessenMutation);
  const [kennung, setKennung] = useState('');
  const [gesendet, setGesendet] = useState(false);
  const bestaetigungRef = useRef<HTMLHeadingElement>(null);
  const f = useKontoFormular('passwort-vergessen', ['benutzernameOderEmail']);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ok = await f.ausfuehren(
      () => (kennung.trim() ? [] : [{ feld: 'benutzernameOderEmail', meldung: 'Bitte Benutzername oder E-Mail-Adresse angeben.' }]),
      async () => {
        const { data } = await vergessen({ variables: { input: { benutzernameOderEmail: kennung.trim() } } });
        return data?.passwortVergessen ? [] : null;
      },
    );
    if (ok) {
      setGesendet(true);
      requestAnimationFrame(() => fokussieren(bestaetigungRef.current));
    }
  }

  return (
    <OeffentlicheSeite>
      <h1>Passwort vergessen</h1>
      {gesendet ? (
        <div className="meldung meldung-erfolg" role="status">
          <h2 ref={bestaetigungRef} tabIndex={-1}>
            Bitte prüfen Sie Ihr E-Mail-Postfach
          </h2>
          <p>
            Wenn es zu Ihrer Angabe ein aktives Konto gibt, haben wir an dessen E-Mail-Adresse einen Link geschickt, mit dem Sie ein neues Passwort festlegen.
            Der Link ist eine Stunde gültig.
          </p>
          <p>Keine E-Mail erhalten? Prüfen Sie den Spam-Ordner oder wenden Sie sich an den Administrator Ihrer Werkstatt.</p>
        </div>
      ) : (
        <form className="formular" onSubmit={onSubmit} noValidate>
          {f.zusammenfassung}
          <p className="einleitung">Geben Sie Ihren Benutzernamen oder Ihre E-Mail-Adresse ein. Sie erhalten einen Link, mit dem Sie ein neues Passwort festlegen.</p>
          <Eingabe
            id={f.id('benutzernameOderEmail')}
            label="Benutzername oder E-Mail-Adresse"
            value={kennung}
            onChange={setKennung}
            fehler={f.feldfehler.benutzernameOderEmail}
            autoComplete="username"
          />
          <div className="aktionen formular-aktionen">
            <button type="submit" className="knopf" disabled={f.sendet}>
              Link anfordern
            </button>
          </div>
        </form>
      )}
    </OeffentlicheSeite>
  );
}
