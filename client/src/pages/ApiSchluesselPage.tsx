import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Fehlermeldung } from '../components/Fehlermeldung';
import { FeldFehler, fokussieren } from '../components/Formular';
import { Laden } from '../components/Laden';
import { Auswahlfeld } from '../components/konto/Auswahlfeld';
import { Eingabe, useKontoFormular } from '../components/konto/kontoFormular';
import { sendefehlertext } from '../fehlertext';
import { KALKULATIONSSYSTEM_LABEL, formatDatumZeit } from '../format';
import { graphql } from '../gql/gql';
import type { Kalkulationssystem } from '../gql/graphql';
import { useDocumentTitle } from '../use-document-title';
import { KALKULATIONSSYSTEM_OPTIONEN } from './WerkstaettenPage';

const ApiSchluesselListeQuery = graphql(`
  query ApiSchluesselListe {
    apiSchluessel {
      id
      name
      kalkulationssystem
      praefix
      erstelltAm
      widerrufenAm
      werkstaetten {
        id
        partnerNummer
        name
      }
    }
  }
`);

const WerkstattAuswahlQuery = graphql(`
  query WerkstattAuswahl($suche: String) {
    werkstaetten(suche: $suche, first: 20) {
      nodes {
        id
        partnerNummer
        name
        ort
      }
    }
  }
`);

const ApiSchluesselErstellenMutation = graphql(`
  mutation ApiSchluesselErstellen($input: ApiSchluesselErstellenInput!) {
    apiSchluesselErstellen(input: $input) {
      schluessel
      apiSchluessel {
        id
        name
      }
      fehler {
        code
        feld
        meldung
      }
    }
  }
`);

const ApiSchluesselWiderrufenMutation = graphql(`
  mutation ApiSchluesselWiderrufen($input: ApiSchluesselWiderrufenInput!) {
    apiSchluesselWiderrufen(input: $input) {
      apiSchluessel {
        id
        widerrufenAm
      }
      fehler {
        code
        feld
        meldung
      }
    }
  }
`);

type Werkstatt = { id: string; partnerNummer: string; name: string };

/** `/api-schluessel` (staff): create a vendor key (shown once), list and revoke keys. */
export function ApiSchluesselPage() {
  useDocumentTitle('API-Schlüssel');
  const liste = useQuery(ApiSchluesselListeQuery, { fetchPolicy: 'cache-and-network' });
  const [widerrufen] = useMutation(ApiSchluesselWiderrufenMutation);
  const [bestaetigen, setBestaetigen] = useState<string | null>(null);
  const [meldung, setMeldung] = useState<{ text: string; fehler: boolean } | null>(null);

  async function onWiderrufen(id: string, name: string) {
    if (bestaetigen !== id) {
      setBestaetigen(id);
      return;
    }
    setBestaetigen(null);
    try {
      const { data } = await widerrufen({ variables: { input: { id } } });
      const fehler = data?.apiSchluesselWiderrufen.fehler ?? [];
      setMeldung(fehler.length ? { text: fehler.map((f) => f.meldung).join(' '), fehler: true } : { text: `Der API-Schlüssel „${name}“ ist widerrufen und wird ab sofort abgewiesen.`, fehler: false });
      await liste.refetch();
    } catch (error) {
      setMeldung({ text: sendefehlertext(error, { mitSchluessel: false }), fehler: true });
    }
  }

  const schluessel = liste.data?.apiSchluessel;
  return (
    <>
      <h1>API-Schlüssel</h1>
      <p className="einleitung">Kalkulationssysteme greifen mit einem API-Schlüssel auf die Aufträge der verknüpften Werkstätten zu (ohne Kundendaten).</p>
      <ErstellenFormular onErstellt={() => void liste.refetch()} />
      <section className="abschnitt" aria-labelledby="schluessel-liste-titel">
        <h2 id="schluessel-liste-titel">Vorhandene Schlüssel</h2>
        <div role="status" className="alert-region">
          {meldung && <p className={meldung.fehler ? 'meldung meldung-fehler' : 'meldung meldung-erfolg'}>{meldung.text}</p>}
        </div>
        {!schluessel && liste.loading && <Laden />}
        {liste.error && !schluessel && <Fehlermeldung error={liste.error} onErneut={() => void liste.refetch()} />}
        {schluessel && schluessel.length === 0 && <p className="leer">Noch keine API-Schlüssel.</p>}
        {schluessel && schluessel.length > 0 && (
          <table className="tabelle">
            <caption className="visually-hidden">API-Schlüssel, neueste zuerst</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">System</th>
                <th scope="col">Beginnt mit</th>
                <th scope="col">Werkstätten</th>
                <th scope="col">Erstellt</th>
                <th scope="col">Status</th>
                <th scope="col">Aktion</th>
              </tr>
            </thead>
            <tbody>
              {schluessel.map((s) => (
                <tr key={s.id}>
                  <td>{s.name}</td>
                  <td>{KALKULATIONSSYSTEM_LABEL[s.kalkulationssystem]}</td>
                  <td>
                    <code>{s.praefix}…</code>
                  </td>
                  <td>{s.werkstaetten.map((w) => w.partnerNummer).join(', ')}</td>
                  <td className="nowrap">{formatDatumZeit(s.erstelltAm)}</td>
                  <td>{s.widerrufenAm ? `widerrufen am ${formatDatumZeit(s.widerrufenAm)}` : 'gültig'}</td>
                  <td>
                    {!s.widerrufenAm && (
                      <button type="button" className="knopf knopf-zweit" onClick={() => void onWiderrufen(s.id, s.name)} aria-label={`${bestaetigen === s.id ? 'Widerruf bestätigen' : 'Widerrufen'}: ${s.name}`}>
                        {bestaetigen === s.id ? 'Wirklich widerrufen?' : 'Widerrufen'}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

function ErstellenFormular({ onErstellt }: { onErstellt: () => void }) {
  const [name, setName] = useState('');
  const [system, setSystem] = useState<Kalkulationssystem | ''>('');
  const [suche, setSuche] = useState('');
  const [gewaehlt, setGewaehlt] = useState<Werkstatt[]>([]);
  const [neu, setNeu] = useState<{ name: string; schluessel: string } | null>(null);
  const neuRef = useRef<HTMLHeadingElement>(null);
  const auswahl = useQuery(WerkstattAuswahlQuery, { variables: { suche: suche.trim() || null } });
  const [erstellen] = useMutation(ApiSchluesselErstellenMutation);
  const f = useKontoFormular('api-schluessel', ['name', 'kalkulationssystem', 'werkstattIds']);

  function umschalten(w: Werkstatt, an: boolean) {
    setGewaehlt((g) => (an ? (g.some((x) => x.id === w.id) ? g : [...g, w]) : g.filter((x) => x.id !== w.id)));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNeu(null);
    let ergebnis: { name: string; schluessel: string } | null = null;
    const ok = await f.ausfuehren(
      () => [
        ...(name.trim() ? [] : [{ feld: 'name', meldung: 'Bitte einen Namen angeben.' }]),
        ...(system ? [] : [{ feld: 'kalkulationssystem', meldung: 'Bitte das Kalkulationssystem wählen.' }]),
        ...(gewaehlt.length ? [] : [{ feld: 'werkstattIds', meldung: 'Bitte mindestens eine Werkstatt wählen.' }]),
      ],
      async () => {
        const { data } = await erstellen({ variables: { input: { name, kalkulationssystem: system as Kalkulationssystem, werkstattIds: gewaehlt.map((w) => w.id) } } });
        const r = data?.apiSchluesselErstellen;
        if (r?.schluessel && r.apiSchluessel) ergebnis = { name: r.apiSchluessel.name, schluessel: r.schluessel };
        return r?.fehler;
      },
    );
    if (ok && ergebnis) {
      setNeu(ergebnis);
      setName('');
      setSystem('');
      setGewaehlt([]);
      onErstellt();
      requestAnimationFrame(() => fokussieren(neuRef.current));
    }
  }

  const werkstattFehlerId = f.feldfehler.werkstattIds ? `${f.id('werkstattIds')}-fehler` : undefined;
  return (
    <section className="abschnitt" aria-labelledby="schluessel-erstellen-titel">
      <h2 id="schluessel-erstellen-titel">Schlüssel erstellen</h2>
      {neu && (
        <div className="meldung meldung-erfolg" role="status">
          <h3 ref={neuRef} tabIndex={-1}>
            Neuer API-Schlüssel „{neu.name}“
          </h3>
          <p>
            <strong>Dieser Schlüssel wird nur jetzt angezeigt.</strong> Kopieren Sie ihn und übergeben Sie ihn sicher an den Anbieter; gespeichert wird nur ein Hash.
          </p>
          <p>
            <label htmlFor="neuer-schluessel">API-Schlüssel</label>
            <br />
            <input id="neuer-schluessel" className="schluessel-anzeige" readOnly value={neu.schluessel} onFocus={(e) => e.target.select()} size={50} />
          </p>
        </div>
      )}
      <form className="formular" onSubmit={onSubmit} noValidate>
        {f.zusammenfassung}
        <Eingabe id={f.id('name')} label="Name" value={name} onChange={setName} fehler={f.feldfehler.name} hinweis="z. B. „DAT Produktion“" />
        <Auswahlfeld id={f.id('kalkulationssystem')} label="Kalkulationssystem" value={system} optionen={KALKULATIONSSYSTEM_OPTIONEN} onChange={setSystem} fehler={f.feldfehler.kalkulationssystem} />
        <fieldset className={f.feldfehler.werkstattIds ? 'gruppe feld-mit-fehler' : 'gruppe'} aria-describedby={werkstattFehlerId}>
          <legend>Verknüpfte Werkstätten</legend>
          {gewaehlt.length > 0 && (
            <p>
              Gewählt: {gewaehlt.map((w) => `${w.name} (${w.partnerNummer})`).join(', ')}
            </p>
          )}
          <div className="feld">
            <label htmlFor={f.id('werkstattIds')}>Werkstatt suchen</label>
            <input id={f.id('werkstattIds')} type="search" value={suche} onChange={(e) => setSuche(e.target.value)} aria-invalid={f.feldfehler.werkstattIds ? true : undefined} />
          </div>
          {auswahl.data?.werkstaetten.nodes.map((w) => (
            <label className="auswahl" key={w.id} htmlFor={`schluessel-werkstatt-${w.id}`}>
              <input id={`schluessel-werkstatt-${w.id}`} type="checkbox" checked={gewaehlt.some((x) => x.id === w.id)} onChange={(e) => umschalten(w, e.target.checked)} />
              <span>
                {w.name} ({w.partnerNummer}
                {w.ort ? `, ${w.ort}` : ''})
              </span>
            </label>
          ))}
          {f.feldfehler.werkstattIds && <FeldFehler id={werkstattFehlerId!}>{f.feldfehler.werkstattIds}</FeldFehler>}
        </fieldset>
        <div className="aktionen formular-aktionen">
          <button type="submit" className="knopf" disabled={f.sendet}>
            Schlüssel erstellen
          </button>
        </div>
      </form>
    </section>
  );
}
