import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { graphql } from '../../gql/gql';
import { Eingabe, useKontoFormular } from './kontoFormular';

const WerkstattEmailQuery = graphql(`
  query WerkstattEmail($id: ID!) {
    werkstatt(id: $id) {
      id
      name
      partnerNummer
      ort
      email
    }
  }
`);

const WerkstattEinstellungenMutation = graphql(`
  mutation WerkstattEinstellungenAendern($input: WerkstattEinstellungenInput!) {
    werkstattEinstellungenAendern(input: $input) {
      werkstatt {
        id
        email
      }
      fehler {
        code
        feld
        meldung
      }
    }
  }
`);

/** "Einstellungen der Werkstatt": the address that receives the shop's system e-mails. */
export function WerkstattEinstellungen({ werkstattId, mitId }: { werkstattId: string; mitId: boolean }) {
  const { data } = useQuery(WerkstattEmailQuery, { variables: { id: werkstattId } });
  const [aendern] = useMutation(WerkstattEinstellungenMutation);
  const [email, setEmail] = useState('');
  const [erfolg, setErfolg] = useState<string | null>(null);
  const f = useKontoFormular('werkstatt-einstellungen', ['email']);
  const gespeichert = data?.werkstatt?.email ?? '';
  useEffect(() => setEmail(gespeichert), [gespeichert]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErfolg(null);
    const ok = await f.ausfuehren(
      () => (email.trim() ? [] : [{ feld: 'email', meldung: 'Bitte die E-Mail-Adresse angeben.' }]),
      async () => (await aendern({ variables: { input: { email, werkstattId: mitId ? werkstattId : null } } })).data?.werkstattEinstellungenAendern.fehler,
    );
    if (ok) setErfolg('Gespeichert: System-E-Mails gehen ab jetzt an die neue Adresse.');
  }

  return (
    <section className="abschnitt" aria-labelledby="einstellungen-titel">
      <h2 id="einstellungen-titel">Einstellungen der Werkstatt</h2>
      <form className="formular" onSubmit={onSubmit} noValidate>
        {f.zusammenfassung}
        <Eingabe
          id={f.id('email')}
          label="E-Mail-Adresse für System-E-Mails"
          type="email"
          value={email}
          onChange={setEmail}
          fehler={f.feldfehler.email}
          hinweis="Freigaben, Korrekturen, Stornierungen, Erinnerungen und Antworten auf Tickets gehen an diese Adresse."
        />
        <div className="aktionen formular-aktionen">
          <button type="submit" className="knopf" disabled={f.sendet}>
            Einstellungen speichern
          </button>
        </div>
      </form>
      <div role="status" className="alert-region">
        {erfolg && <p className="meldung meldung-erfolg">{erfolg}</p>}
      </div>
    </section>
  );
}
