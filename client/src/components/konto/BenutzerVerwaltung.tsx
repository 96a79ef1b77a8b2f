import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { sendefehlertext } from '../../fehlertext';
import { formatAnzahl, formatDatumZeit } from '../../format';
import { graphql } from '../../gql/gql';
import type { BenutzerZeileFragment } from '../../gql/graphql';
import { Fehlermeldung } from '../Fehlermeldung';
import { Laden } from '../Laden';
import { Eingabe, pflichtfelder, useKontoFormular } from './kontoFormular';

export const BenutzerZeile = graphql(`
  fragment BenutzerZeile on Benutzer {
    id
    benutzername
    name
    email
    istAdmin
    aktiv
    letzteAnmeldung
    einladungOffen
  }
`);

const BenutzerListeQuery = graphql(`
  query BenutzerListe($werkstattId: ID) {
    benutzer(werkstattId: $werkstattId, first: 100) {
      totalCount
      nodes {
        ...BenutzerZeile
      }
    }
  }
`);

const BenutzerEinladenMutation = graphql(`
  mutation BenutzerEinladen($input: BenutzerEinladenInput!) {
    benutzerEinladen(input: $input) {
      benutzer {
        ...BenutzerZeile
      }
      fehler {
        code
        feld
        meldung
      }
    }
  }
`);

const BenutzerDeaktivierenMutation = graphql(`
  mutation BenutzerDeaktivieren($input: BenutzerDeaktivierenInput!) {
    benutzerDeaktivieren(input: $input) {
      benutzer {
        ...BenutzerZeile
      }
      fehler {
        code
        feld
        meldung
      }
    }
  }
`);

function statusText(b: BenutzerZeileFragment): string {
  if (!b.aktiv) return 'deaktiviert';
  if (b.einladungOffen) return 'eingeladen';
  return 'aktiv';
}

/**
 * The users of one shop (the admin's own, or for staff the shop `werkstattId`): table with
 * "Deaktivieren" (asks once more before it acts), and the form "Benutzer einladen".
 */
export function BenutzerVerwaltung({ werkstattId, eigeneId }: { werkstattId?: string; eigeneId?: string }) {
  const liste = useQuery(BenutzerListeQuery, { variables: { werkstattId: werkstattId ?? null }, fetchPolicy: 'cache-and-network' });
  const [deaktivieren] = useMutation(BenutzerDeaktivierenMutation);
  const [bestaetigen, setBestaetigen] = useState<string | null>(null);
  const [meldung, setMeldung] = useState<{ text: string; fehler: boolean } | null>(null);

  async function onDeaktivieren(b: BenutzerZeileFragment) {
    if (bestaetigen !== b.id) {
      setBestaetigen(b.id);
      return;
    }
    setBestaetigen(null);
    setMeldung(null);
    try {
      const { data } = await deaktivieren({ variables: { input: { benutzerId: b.id } } });
      const fehler = data?.benutzerDeaktivieren.fehler ?? [];
      if (fehler.length) setMeldung({ text: fehler.map((f) => f.meldung).join(' '), fehler: true });
      else setMeldung({ text: `${b.name} wurde deaktiviert und überall abgemeldet.`, fehler: false });
      await liste.refetch();
    } catch (error) {
      setMeldung({ text: sendefehlertext(error, { mitSchluessel: false }), fehler: true });
    }
  }

  const daten = liste.data?.benutzer;
  return (
    <>
      <section className="abschnitt" aria-labelledby="benutzer-liste-titel">
        <h2 id="benutzer-liste-titel">Benutzer</h2>
        <div role="status" className="alert-region">
          {meldung && <p className={meldung.fehler ? 'meldung meldung-fehler' : 'meldung meldung-erfolg'}>{meldung.text}</p>}
        </div>
        {!daten && liste.loading && <Laden />}
        {liste.error && !daten && <Fehlermeldung error={liste.error} onErneut={() => void liste.refetch()} />}
        {daten && (
          <>
            <p className="anzahl">{daten.totalCount === 1 ? '1 Benutzer' : `${formatAnzahl(daten.totalCount)} Benutzer`}</p>
            <table className="tabelle">
              <caption className="visually-hidden">Benutzer der Werkstatt</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Benutzername</th>
                  <th scope="col">E-Mail</th>
                  <th scope="col">Rolle</th>
                  <th scope="col">Status</th>
                  <th scope="col">Letzte Anmeldung</th>
                  <th scope="col">Aktion</th>
                </tr>
              </thead>
              <tbody>
                {daten.nodes.map((b) => (
                  <tr key={b.id}>
                    <td>{b.name}</td>
                    <td>{b.benutzername}</td>
                    <td className="umbruch">{b.email ?? '–'}</td>
                    <td>{b.istAdmin ? 'Administrator/in' : 'Mitarbeiter/in'}</td>
                    <td>{statusText(b)}</td>
                    <td>{b.letzteAnmeldung ? formatDatumZeit(b.letzteAnmeldung) : '–'}</td>
                    <td>
                      {b.aktiv && b.id !== eigeneId && (
                        <button type="button" className="knopf knopf-zweit" onClick={() => void onDeaktivieren(b)} aria-label={`${bestaetigen === b.id ? 'Deaktivierung bestätigen' : 'Deaktivieren'}: ${b.name}`}>
                          {bestaetigen === b.id ? 'Wirklich deaktivieren?' : 'Deaktivieren'}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {daten.totalCount > daten.nodes.length && <p className="hilfe">Angezeigt werden die ersten {formatAnzahl(daten.nodes.length)}.</p>}
          </>
        )}
      </section>
      <EinladenFormular werkstattId={werkstattId} onEingeladen={() => void liste.refetch()} />
    </>
  );
}

function EinladenFormular({ werkstattId, onEingeladen }: { werkstattId?: string; onEingeladen: () => void }) {
  const leer = { name: '', email: '', benutzername: '', istAdmin: false };
  const [werte, setWerte] = useState(leer);
  const [erfolg, setErfolg] = useState<string | null>(null);
  const [einladen] = useMutation(BenutzerEinladenMutation);
  const f = useKontoFormular('einladen', ['name', 'email', 'benutzername']);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErfolg(null);
    const ok = await f.ausfuehren(
      () => pflichtfelder(werte as unknown as Record<string, string>, { name: 'den Namen', email: 'die E-Mail-Adresse', benutzername: 'den Benutzernamen' }),
      async () =>
        (await einladen({ variables: { input: { werkstattId: werkstattId ?? null, name: werte.name, email: werte.email, benutzername: werte.benutzername, istAdmin: werte.istAdmin } } })).data
          ?.benutzerEinladen.fehler,
    );
    if (ok) {
      setErfolg(`Einladung an ${werte.email.trim()} gesendet. Der Link ist 7 Tage gültig.`);
      setWerte(leer);
      onEingeladen();
    }
  }

  return (
    <section className="abschnitt" aria-labelledby="einladen-titel">
      <h2 id="einladen-titel">Benutzer einladen</h2>
      <form className="formular" onSubmit={onSubmit} noValidate>
        {f.zusammenfassung}
        <Eingabe id={f.id('name')} label="Name" autoComplete="off" value={werte.name} onChange={(name) => setWerte((w) => ({ ...w, name }))} fehler={f.feldfehler.name} />
        <Eingabe id={f.id('email')} label="E-Mail-Adresse" type="email" autoComplete="off" value={werte.email} onChange={(email) => setWerte((w) => ({ ...w, email }))} fehler={f.feldfehler.email} hinweis="Hierhin geht die Einladung mit dem Link zum Festlegen des Passworts." />
        <Eingabe
          id={f.id('benutzername')}
          label="Benutzername"
          autoComplete="off"
          value={werte.benutzername}
          onChange={(benutzername) => setWerte((w) => ({ ...w, benutzername }))}
          fehler={f.feldfehler.benutzername}
          hinweis="3 bis 100 Zeichen aus a–z, 0–9 und . _ @ -"
        />
        <label className="auswahl" htmlFor={f.id('istAdmin')}>
          <input id={f.id('istAdmin')} type="checkbox" checked={werte.istAdmin} onChange={(e) => setWerte((w) => ({ ...w, istAdmin: e.target.checked }))} />
          <span>Administrator/in (darf Benutzer einladen und deaktivieren)</span>
        </label>
        <div className="aktionen formular-aktionen">
          <button type="submit" className="knopf" disabled={f.sendet}>
            Einladung senden
          </button>
        </div>
      </form>
      <div role="status" className="alert-region">
        {erfolg && <p className="meldung meldung-erfolg">{erfolg}</p>}
      </div>
    </section>
  );
}
