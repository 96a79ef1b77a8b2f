import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { AuftragListe } from '../components/AuftragListe';
import { Fehlermeldung } from '../components/Fehlermeldung';
import { normalisiereSpnId } from '../format';
import { graphql } from '../gql/gql';
import { auftragPfad } from '../pfade';
import { useDocumentTitle } from '../use-document-title';

const AuftragNachSpnIdQuery = graphql(`
  query AuftragNachSpnId($spnId: String!) {
    auftrag(spnId: $spnId) {
      id
      spnId
    }
  }
`);

type Ergebnis =
  | { art: 'keins' }
  | { art: 'eingabe-fehlt' }
  | { art: 'spn-suche' }
  | { art: 'nicht-gefunden'; spnId: string }
  | { art: 'fehler'; error: unknown }
  | { art: 'liste'; suche: string; nr: number };

/**
 * `/`: one search field. An SPN-ID opens the order's overview; anything else (Schadennummer,
 * Kennzeichen) lists matching orders below. The search text never goes into the URL (a licence
 * plate is personal data).
 */
export function StartPage() {
  useDocumentTitle('Suche');
  const client = useApolloClient();
  const navigate = useNavigate();
  const [eingabe, setEingabe] = useState('');
  const [ergebnis, setErgebnis] = useState<Ergebnis>({ art: 'keins' });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = eingabe.trim();
    if (!text) {
      setErgebnis({ art: 'eingabe-fehlt' });
      return;
    }
    const spnId = normalisiereSpnId(text);
    if (!spnId) {
      setErgebnis((alt) => ({ art: 'liste', suche: text, nr: alt.art === 'liste' ? alt.nr + 1 : 0 }));
      return;
    }
    setErgebnis({ art: 'spn-suche' });
    try {
      const { data } = await client.query({
        query: AuftragNachSpnIdQuery,
        variables: { spnId },
        fetchPolicy: 'network-only',
      });
      if (data?.auftrag) {
        navigate(auftragPfad(data.auftrag.spnId));
      } else {
        setErgebnis({ art: 'nicht-gefunden', spnId });
      }
    } catch (error) {
      setErgebnis({ art: 'fehler', error });
    }
  }

  return (
    <>
      <h1>Auftrag suchen</h1>
      <form className="suche" role="search" onSubmit={onSubmit} noValidate>
        <div className="feld">
          <label htmlFor="suche">SPN-ID, Schadennummer oder Kennzeichen</label>
          <div className="suche-zeile">
            <input
              id="suche"
              name="suche"
              type="search"
              inputMode="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              enterKeyHint="search"
              aria-describedby="suche-hilfe"
              aria-invalid={ergebnis.art === 'eingabe-fehlt' || undefined}
              value={eingabe}
              onChange={(e) => setEingabe(e.target.value)}
            />
            <button type="submit" className="knopf" disabled={ergebnis.art === 'spn-suche'}>
              Suchen
            </button>
          </div>
          <p id="suche-hilfe" className="hilfe">
            Zum Beispiel <span className="nowrap">SPN-2026-004711</span>,{' '}
            <span className="nowrap">KS-2026-118734</span> oder{' '}
            <span className="nowrap">M-AB 1234</span>.
          </p>
        </div>
      </form>

      <div className="suchergebnis">
        {ergebnis.art === 'eingabe-fehlt' && (
          <p role="alert" className="meldung meldung-fehler">
            Bitte geben Sie eine SPN-ID, eine Schadennummer oder ein Kennzeichen ein.
          </p>
        )}
        {ergebnis.art === 'spn-suche' && (
          <p role="status" className="laden">
            Auftrag wird gesucht …
          </p>
        )}
        {ergebnis.art === 'nicht-gefunden' && (
          <div role="status" className="meldung meldung-warnung">
            <p>Kein Auftrag mit dieser SPN-ID gefunden</p>
            <p className="klein">
              Gesucht wurde {ergebnis.spnId}. Bitte prüfen Sie die Eingabe.
            </p>
          </div>
        )}
        {ergebnis.art === 'fehler' && <Fehlermeldung error={ergebnis.error} />}
        {ergebnis.art === 'liste' && (
          <section aria-labelledby="treffer-titel">
            <h2 id="treffer-titel">Suchergebnis</h2>
            <AuftragListe
              key={`${ergebnis.nr}:${ergebnis.suche}`}
              filter={{ suche: ergebnis.suche }}
              beschriftung="Gefundene Aufträge"
              leerText="Keine Aufträge zu dieser Suche gefunden."
            />
          </section>
        )}
      </div>
    </>
  );
}
