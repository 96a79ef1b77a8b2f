import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { nachAenderungVerwerfen } from '../cache-aktualisieren';
import { sendefehlertext } from '../fehlertext';
import {
  Idempotenzschluessel,
  serverFehlerZuordnen,
  type Formularfehler,
  type Pruefung,
} from '../formular-regeln';
import { fehlerJeFeld, fokussieren, useEinmaligAbsenden } from './Formular';

/** The payload every ticket mutation answers with: the ticket or the errors. */
export interface Meldeergebnis<T> {
  ticket?: T | null;
  fehler: readonly { feld?: readonly string[] | null; meldung: string }[];
}

interface Optionen<T> {
  /** The order concerned (its cached state is dropped after a success). */
  auftragId: string | null;
  /** The fields the form shows now: server errors for other fields go to the summary. */
  sichtbareFelder: readonly string[];
  /** False for a mutation without idempotency key (the error text then does not promise "only once"). */
  mitSchluessel?: boolean;
  onErfolg: (ticket: T) => void;
}

/**
 * What the forms that create or change a ticket share: one idempotency key per form instance
 * (reused for a retry of the same content), one submission at a time (guarded in code, not only by
 * the disabled button), browser checks first, then the mutation; the payload's `fehler` go to their
 * field or to the summary, a failed request (network, server) to the summary, and focus moves to
 * the summary. No automatic retry: the user decides to send again.
 */
export function useMeldeformular<T>({ auftragId, sichtbareFelder, mitSchluessel = true, onErfolg }: Optionen<T>) {
  const client = useApolloClient();
  const [schluessel] = useState(() => new Idempotenzschluessel());
  const { absenden, sendet } = useEinmaligAbsenden();
  const [fehler, setFehler] = useState<Formularfehler[]>([]);
  const [runde, setRunde] = useState(0);
  const zusammenfassungRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (runde > 0) fokussieren(zusammenfassungRef.current);
  }, [runde]);

  function zeigen(neu: Formularfehler[]) {
    setFehler(neu);
    setRunde((r) => r + 1);
  }

  function senden<D>(
    pruefen: () => Pruefung<D>,
    ausfuehren: (daten: D, idempotencyKey: string) => Promise<Meldeergebnis<T> | null | undefined>,
  ) {
    return absenden(async () => {
      const pruefung = pruefen();
      if (!pruefung.ok) {
        zeigen(pruefung.fehler);
        return;
      }
      const idempotencyKey = schluessel.fuer(JSON.stringify(pruefung.daten));
      try {
        const ergebnis = await ausfuehren(pruefung.daten, idempotencyKey);
        if (ergebnis?.ticket && ergebnis.fehler.length === 0) {
          nachAenderungVerwerfen(client.cache, auftragId);
          setFehler([]);
          onErfolg(ergebnis.ticket);
          return;
        }
        const serverFehler = ergebnis?.fehler ?? [];
        zeigen(
          serverFehler.length > 0
            ? serverFehlerZuordnen(serverFehler, sichtbareFelder)
            : [{ feld: null, meldung: 'Die Eingabe konnte nicht gesendet werden. Bitte versuchen Sie es erneut.' }],
        );
      } catch (error) {
        zeigen([{ feld: null, meldung: sendefehlertext(error, { mitSchluessel }) }]);
      }
    });
  }

  // Errors of fields the form no longer shows (another status chosen) leave the summary too.
  const sichtbar = fehler.filter((f) => f.feld === null || sichtbareFelder.includes(f.feld));
  return { senden, sendet, fehler: sichtbar, feldfehler: fehlerJeFeld(sichtbar), zusammenfassungRef };
}
