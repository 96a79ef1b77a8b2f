import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { REPARATURSTATUS_LABEL } from '../../format';
import {
  BENOETIGTES_DATUM,
  berlinDatumVon,
  DATUMS_LABEL,
  heuteBerlin,
  istVergangenheitsDatum,
  mitVoraussichtlicherFertigstellung,
  vorgangsinfoPruefen,
  type DatumsFeld,
  type VorgangsinfoWerte,
} from '../../formular-regeln';
import { graphql } from '../../gql/gql';
import type { Reparaturstatus } from '../../gql/graphql';
import { Feld, feldId, Fehlerzusammenfassung, Textfeld } from '../Formular';
import { Absendezeile } from './Absendezeile';
import { datumsKontext, type AktionsAuftrag } from './kontext';
import { useMeldeformular } from '../useMeldeformular';
import type { ErgebnisTicket } from './AktionErgebnis';

const VorgangsinfoMeldenMutation = graphql(`
  mutation VorgangsinfoMelden($input: VorgangsinfoInput!) {
    vorgangsinfoMelden(input: $input) {
      ...AktionErgebnis
    }
  }
`);

const FORM = 'vorgangsinfo';
const STATUS = Object.keys(REPARATURSTATUS_LABEL) as Reparaturstatus[];

const LEER: VorgangsinfoWerte = {
  reparaturstatus: '',
  termin: '',
  fahrzeugUebernommenAm: '',
  fertiggestelltAm: '',
  fahrzeugZurueckgegebenAm: '',
  voraussichtlicheFertigstellung: '',
  nachricht: '',
};

interface Props {
  auftrag: AktionsAuftrag;
  titelId: string;
  onErfolg: (ticket: ErgebnisTicket) => void;
}

/**
 * Vorgangsinfo: the repair or appointment status and only the date that status needs, an optional
 * expected completion (appointment, in repair, waiting for parts) and an optional message.
 */
export function VorgangsinfoFormular({ auftrag, titelId, onErfolg }: Props) {
  const [werte, setWerte] = useState<VorgangsinfoWerte>(LEER);
  const [melden] = useMutation(VorgangsinfoMeldenMutation);
  const status = werte.reparaturstatus || null;
  const datumsfeld: DatumsFeld | null = status ? (BENOETIGTES_DATUM[status] ?? null) : null;
  const mitPrognose = mitVoraussichtlicherFertigstellung(status);
  const sichtbareFelder = [
    'reparaturstatus',
    ...(datumsfeld ? [datumsfeld] : []),
    ...(mitPrognose ? ['voraussichtlicheFertigstellung'] : []),
    'nachricht',
  ];
  const { senden, sendet, fehler, feldfehler, zusammenfassungRef } = useMeldeformular<ErgebnisTicket>({
    auftragId: auftrag.id,
    sichtbareFelder,
    onErfolg,
  });
  const setze = <K extends keyof VorgangsinfoWerte>(feld: K, wert: VorgangsinfoWerte[K]) =>
    setWerte((w) => ({ ...w, [feld]: wert }));
  const id = (feld: string) => feldId(FORM, feld);
  const min = berlinDatumVon(auftrag.vermitteltAm) ?? undefined;
  const heute = heuteBerlin();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void senden(
      () => vorgangsinfoPruefen(werte, datumsKontext(auftrag)),
      async (daten, idempotencyKey) => {
        const { data } = await melden({
          variables: { input: { spnId: auftrag.spnId, idempotencyKey, ...daten } },
        });
        return data?.vorgangsinfoMelden;
      },
    );
  }

  return (
    <form className="formular aktionsformular" onSubmit={onSubmit} noValidate aria-labelledby={titelId}>
      <Fehlerzusammenfassung ref={zusammenfassungRef} fehler={fehler} idVon={id} />
      <Feld id={id('reparaturstatus')} label="Reparaturstatus" fehler={feldfehler.reparaturstatus}>
        {(aria) => (
          <select
            {...aria}
            name="reparaturstatus"
            required
            value={werte.reparaturstatus}
            onChange={(e) => setze('reparaturstatus', e.target.value as Reparaturstatus | '')}
          >
            <option value="">Bitte wählen …</option>
            {STATUS.map((s) => (
              <option key={s} value={s}>
                {REPARATURSTATUS_LABEL[s]}
              </option>
            ))}
          </select>
        )}
      </Feld>
      {datumsfeld && (
        <Feld
          id={id(datumsfeld)}
          label={DATUMS_LABEL[datumsfeld]}
          hinweis={
            istVergangenheitsDatum(datumsfeld)
              ? 'Nicht in der Zukunft und nicht vor der Vermittlung des Auftrags.'
              : 'Nicht vor der Vermittlung des Auftrags.'
          }
          fehler={feldfehler[datumsfeld]}
        >
          {(aria) => (
            <input
              {...aria}
              type="date"
              name={datumsfeld}
              required
              min={min}
              max={istVergangenheitsDatum(datumsfeld) ? heute : undefined}
              value={werte[datumsfeld as keyof VorgangsinfoWerte]}
              onChange={(e) => setze(datumsfeld as keyof VorgangsinfoWerte, e.target.value)}
            />
          )}
        </Feld>
      )}
      {mitPrognose && (
        <Feld
          id={id('voraussichtlicheFertigstellung')}
          label={DATUMS_LABEL.voraussichtlicheFertigstellung}
          hinweis="Freiwillig."
          fehler={feldfehler.voraussichtlicheFertigstellung}
        >
          {(aria) => (
            <input
              {...aria}
              type="date"
              name="voraussichtlicheFertigstellung"
              min={min}
              value={werte.voraussichtlicheFertigstellung}
              onChange={(e) => setze('voraussichtlicheFertigstellung', e.target.value)}
            />
          )}
        </Feld>
      )}
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
