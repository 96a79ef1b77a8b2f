import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Fehlermeldung } from '../components/Fehlermeldung';
import { Laden } from '../components/Laden';
import { Auswahlfeld } from '../components/konto/Auswahlfeld';
import { Eingabe, pflichtfelder, useKontoFormular } from '../components/konto/kontoFormular';
import { KALKULATIONSSYSTEM_LABEL, formatAnzahl } from '../format';
import { graphql } from '../gql/gql';
import type { Kalkulationssystem } from '../gql/graphql';
import { werkstattPfad } from '../pfade';
import { useDocumentTitle } from '../use-document-title';

const WerkstaettenVerwaltenQuery = graphql(`
  query WerkstaettenVerwalten($suche: String) {
    werkstaetten(suche: $suche, first: 100) {
      totalCount
      nodes {
        id
        partnerNummer
        name
        ort
        kalkulationssystem
      }
    }
  }
`);

const WerkstattAnlegenMutation = graphql(`
  mutation WerkstattAnlegen($input: WerkstattAnlegenInput!) {
    werkstattAnlegen(input: $input) {
      werkstatt {
        id
        name
        partnerNummer
      }
      admin {
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

export const KALKULATIONSSYSTEM_OPTIONEN = (Object.keys(KALKULATIONSSYSTEM_LABEL) as Kalkulationssystem[]).map((wert) => ({ wert, text: KALKULATIONSSYSTEM_LABEL[wert] }));

const LEER = { partnerNummer: '', name: '', ort: '', email: '', kalkulationssystem: '' as Kalkulationssystem | '', adminName: '', adminEmail: '', adminBenutzername: '' };
const FELDER = ['partnerNummer', 'name', 'ort', 'email', 'kalkulationssystem', 'admin.name', 'admin.email', 'admin.benutzername'];

/** `/werkstaetten` (staff): create a shop with its first admin (invited by e-mail); the shops with links to their users. */
export function WerkstaettenPage() {
  useDocumentTitle('Werkstätten');
  const [suche, setSuche] = useState('');
  const liste = useQuery(WerkstaettenVerwaltenQuery, { variables: { suche: suche.trim() || null }, fetchPolicy: 'cache-and-network' });
  const [anlegen] = useMutation(WerkstattAnlegenMutation);
  const [werte, setWerte] = useState(LEER);
  const [erfolg, setErfolg] = useState<{ id: string; text: string } | null>(null);
  const f = useKontoFormular('werkstatt-anlegen', FELDER);
  const setze = (feld: keyof typeof LEER) => (wert: string) => setWerte((w) => ({ ...w, [feld]: wert }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErfolg(null);
    let angelegt: { id: string; text: string } | null = null;
    const ok = await f.ausfuehren(
      () =>
        pflichtfelder(
          { ...werte, 'admin.name': werte.adminName, 'admin.email': werte.adminEmail, 'admin.benutzername': werte.adminBenutzername },
          {
            partnerNummer: 'die Partnernummer',
            name: 'den Namen der Werkstatt',
            email: 'die E-Mail-Adresse für System-E-Mails',
            kalkulationssystem: 'das Kalkulationssystem',
            'admin.name': 'den Namen des Administrators',
            'admin.email': 'die E-Mail-Adresse des Administrators',
            'admin.benutzername': 'den Benutzernamen des Administrators',
          },
        ),
      async () => {
        const { data } = await anlegen({
          variables: {
            input: {
              partnerNummer: werte.partnerNummer,
              name: werte.name,
              ort: werte.ort || null,
              email: werte.email,
              kalkulationssystem: werte.kalkulationssystem as Kalkulationssystem,
              admin: { name: werte.adminName, email: werte.adminEmail, benutzername: werte.adminBenutzername },
            },
          },
        });
        const r = data?.werkstattAnlegen;
        if (r?.werkstatt && r.admin) angelegt = { id: r.werkstatt.id, text: `Werkstatt „${r.werkstatt.name}“ (${r.werkstatt.partnerNummer}) angelegt. Die Einladung ging an ${r.admin.email}.` };
        return r?.fehler;
      },
    );
    if (ok && angelegt) {
      setErfolg(angelegt);
      setWerte(LEER);
      void liste.refetch();
    }
  }

  const daten = liste.data?.werkstaetten;
  return (
    <>
      <h1>Werkstätten</h1>
      <section className="abschnitt" aria-labelledby="anlegen-titel">
        <h2 id="anlegen-titel">Werkstatt anlegen</h2>
        <form className="formular" onSubmit={onSubmit} noValidate>
          {f.zusammenfassung}
          <Eingabe id={f.id('partnerNummer')} label="Partnernummer" value={werte.partnerNummer} onChange={setze('partnerNummer')} fehler={f.feldfehler.partnerNummer} hinweis="z. B. P-104711" />
          <Eingabe id={f.id('name')} label="Name der Werkstatt" value={werte.name} onChange={setze('name')} fehler={f.feldfehler.name} />
          <Eingabe id={f.id('ort')} label="Ort" required={false} value={werte.ort} onChange={setze('ort')} fehler={f.feldfehler.ort} hinweis="Freiwillig." />
          <Eingabe id={f.id('email')} label="E-Mail-Adresse für System-E-Mails" type="email" value={werte.email} onChange={setze('email')} fehler={f.feldfehler.email} />
          <Auswahlfeld
            id={f.id('kalkulationssystem')}
            label="Kalkulationssystem"
            value={werte.kalkulationssystem}
            optionen={KALKULATIONSSYSTEM_OPTIONEN}
            onChange={(k) => setWerte((w) => ({ ...w, kalkulationssystem: k }))}
            fehler={f.feldfehler.kalkulationssystem}
          />
          <fieldset className="gruppe">
            <legend>Erster Administrator der Werkstatt</legend>
            <p className="hilfe">Er erhält eine Einladung per E-Mail (7 Tage gültig) und verwaltet danach die Benutzer seiner Werkstatt selbst.</p>
            <Eingabe id={f.id('admin.name')} label="Name des Administrators" value={werte.adminName} onChange={setze('adminName')} fehler={f.feldfehler['admin.name']} />
            <Eingabe id={f.id('admin.email')} label="E-Mail-Adresse des Administrators" type="email" value={werte.adminEmail} onChange={setze('adminEmail')} fehler={f.feldfehler['admin.email']} />
            <Eingabe
              id={f.id('admin.benutzername')}
              label="Benutzername des Administrators"
              value={werte.adminBenutzername}
              onChange={setze('adminBenutzername')}
              fehler={f.feldfehler['admin.benutzername']}
              hinweis="3 bis 100 Zeichen aus a–z, 0–9 und . _ @ -"
            />
          </fieldset>
          <div className="aktionen formular-aktionen">
            <button type="submit" className="knopf" disabled={f.sendet}>
              Werkstatt anlegen und Administrator einladen
            </button>
          </div>
        </form>
        <div role="status" className="alert-region">
          {erfolg && (
            <p className="meldung meldung-erfolg">
              {erfolg.text} <Link to={werkstattPfad(erfolg.id)}>Zur Werkstatt</Link>
            </p>
          )}
        </div>
      </section>

      <section className="abschnitt" aria-labelledby="liste-titel">
        <h2 id="liste-titel">Alle Werkstätten</h2>
        <div className="feld">
          <label htmlFor="werkstatt-suche">Werkstatt suchen</label>
          <input id="werkstatt-suche" type="search" value={suche} onChange={(e) => setSuche(e.target.value)} />
        </div>
        {!daten && liste.loading && <Laden />}
        {liste.error && !daten && <Fehlermeldung error={liste.error} onErneut={() => void liste.refetch()} />}
        {daten && (
          <>
            <p className="anzahl" role="status">
              {daten.totalCount === 1 ? '1 Werkstatt' : `${formatAnzahl(daten.totalCount)} Werkstätten`}
            </p>
            <table className="tabelle">
              <caption className="visually-hidden">Werkstätten</caption>
              <thead>
                <tr>
                  <th scope="col">Partnernummer</th>
                  <th scope="col">Name</th>
                  <th scope="col">Ort</th>
                  <th scope="col">Kalkulationssystem</th>
                </tr>
              </thead>
              <tbody>
                {daten.nodes.map((w) => (
                  <tr key={w.id}>
                    <td>{w.partnerNummer}</td>
                    <td>
                      <Link to={werkstattPfad(w.id)}>{w.name}</Link>
                    </td>
                    <td>{w.ort ?? '–'}</td>
                    <td>{KALKULATIONSSYSTEM_LABEL[w.kalkulationssystem]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {daten.totalCount > daten.nodes.length && <p className="hilfe">Angezeigt werden die ersten {formatAnzahl(daten.nodes.length)}; grenzen Sie die Suche ein.</p>}
          </>
        )}
      </section>
    </>
  );
}
