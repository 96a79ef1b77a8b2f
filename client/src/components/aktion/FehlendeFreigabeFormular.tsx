import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FREIGABE_QUELLE_LABEL } from '../../format';
import {
  berlinDatumVon,
  fehlendeFreigabePruefen,
  heuteBerlin,
  MAX_REFERENZ,
  type FehlendeFreigabeWerte,
} from '../../formular-regeln';
import { graphql } from '../../gql/gql';
import type { FreigabeQuelle } from '../../gql/graphql';
import { Feld, feldId, Fehlerzusammenfassung, Textfeld } from '../Formular';
import { Absendezeile } from './Absendezeile';
import { datumsKontext, type AktionsAuftrag } from './kontext';
import { useMeldeformular } from '../useMeldeformular';
import type { ErgebnisTicket } from './AktionErgebnis';

const FehlendeFreigabeMeldenMutation = graphql(`
  mutation FehlendeFreigabeMelden($input: FehlendeFreigabeInput!) {
    fehlendeFreigabeMelden(input: $input) {
      ...AktionErgebnis
    }
  }
`);

const FORM = 'fehlende-freigabe';
const QUELLEN = Object.keys(FREIGABE_QUELLE_LABEL) as FreigabeQuelle[];
const FELDER = ['freigabeErhaltenAm', 'quelle', 'betragNetto', 'referenz', 'nachricht'] as const;

interface Props {
  auftrag: AktionsAuftrag;
  titelId: string;
  onErfolg: (ticket: ErgebnisTicket) => void;
}

/**
 * Fehlende Freigabe: when the Freigabe arrived (required), where from, the approved net amount as
 * typed in German (`1.234,50`), a reference and a message.
 */
export function FehlendeFreigabeFormular({ auftrag, titelId, onErfolg }: Props) {
  const [werte, setWerte] = useState<FehlendeFreigabeWerte>({
    freigabeErhaltenAm: '',
    quelle: '',
    betragNetto: '',
    referenz: '',
    nachricht: '',
  });
  const [melden] = useMutation(FehlendeFreigabeMeldenMutation);
  const { senden, sendet, fehler, feldfehler, zusammenfassungRef } = useMeldeformular<ErgebnisTicket>({
    auftragId: auftrag.id,
    sichtbareFelder: FELDER,
    onErfolg,
  });
  const setze = (feld: keyof FehlendeFreigabeWerte, wert: string) => setWerte((w) => ({ ...w, [feld]: wert }));
  const id = (feld: string) => feldId(FORM, feld);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void senden(
      () => fehlendeFreigabePruefen(werte, datumsKontext(auftrag)),
      async (daten, idempotencyKey) => {
        const { data } = await melden({
          variables: {
            input: {
              spnId: auftrag.spnId,
              idempotencyKey,
              ...daten,
              quelle: (daten.quelle as FreigabeQuelle | null) ?? null,
            },
          },
        });
        return data?.fehlendeFreigabeMelden;
      },
    );
  }

  return (
    <form className="formular aktionsformular" onSubmit={onSubmit} noValidate aria-labelledby={titelId}>
      <Fehlerzusammenfassung ref={zusammenfassungRef} fehler={fehler} idVon={id} />
      <Feld
        id={id('freigabeErhaltenAm')}
        label="Freigabe erhalten am"
        hinweis="Der Tag, an dem Sie die Freigabe erhalten haben; nicht in der Zukunft."
        fehler={feldfehler.freigabeErhaltenAm}
      >
        {(aria) => (
          <input
            {...aria}
            type="date"
            name="freigabeErhaltenAm"
            required
            min={berlinDatumVon(auftrag.vermitteltAm) ?? undefined}
            max={heuteBerlin()}
            value={werte.freigabeErhaltenAm}
            onChange={(e) => setze('freigabeErhaltenAm', e.target.value)}
          />
        )}
      </Feld>
      <Feld id={id('quelle')} label="Quelle" hinweis="Freiwillig. Wie haben Sie die Freigabe erhalten?" fehler={feldfehler.quelle}>
        {(aria) => (
          <select {...aria} name="quelle" value={werte.quelle} onChange={(e) => setze('quelle', e.target.value)}>
            <option value="">Keine Angabe</option>
            {QUELLEN.map((q) => (
              <option key={q} value={q}>
                {FREIGABE_QUELLE_LABEL[q]}
              </option>
            ))}
          </select>
        )}
      </Feld>
      <Feld
        id={id('betragNetto')}
        label="Freigegebener Betrag netto"
        hinweis="Freiwillig. In Euro, zum Beispiel 1.234,50."
        fehler={feldfehler.betragNetto}
      >
        {(aria) => (
          <input
            {...aria}
            type="text"
            name="betragNetto"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            className="eingabe-kurz"
            value={werte.betragNetto}
            onChange={(e) => setze('betragNetto', e.target.value)}
          />
        )}
      </Feld>
      <Feld
        id={id('referenz')}
        label="Referenz"
        hinweis={`Freiwillig. Referenz oder Aktenzeichen der Freigabe, höchstens ${MAX_REFERENZ} Zeichen.`}
        fehler={feldfehler.referenz}
      >
        {(aria) => (
          <input
            {...aria}
            type="text"
            name="referenz"
            autoComplete="off"
            spellCheck={false}
            value={werte.referenz}
            onChange={(e) => setze('referenz', e.target.value)}
          />
        )}
      </Feld>
      <Textfeld
        id={id('nachricht')}
        label="Nachricht"
        hinweis="Freiwillig. Bitte keine Gesundheitsdaten."
        value={werte.nachricht}
        onChange={(wert) => setze('nachricht', wert)}
        fehler={feldfehler.nachricht}
      />
      <Absendezeile sendet={sendet} spnId={auftrag.spnId} />
    </form>
  );
}
