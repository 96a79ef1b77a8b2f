import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ANFORDERUNGS_GRUND_LABEL } from '../../format';
import { auftragAnfordernPruefen, passenderGrund, type AuftragAnfordernWerte } from '../../formular-regeln';
import { graphql } from '../../gql/gql';
import type { AnforderungsGrund } from '../../gql/graphql';
import { FeldFehler, feldId, Fehlerzusammenfassung, Textfeld } from '../Formular';
import { Absendezeile } from './Absendezeile';
import type { AktionsAuftrag } from './kontext';
import { useMeldeformular } from '../useMeldeformular';
import type { ErgebnisTicket } from './AktionErgebnis';

const AuftragAnfordernMutation = graphql(`
  mutation AuftragAnfordern($input: AuftragAnfordernInput!) {
    auftragAnfordern(input: $input) {
      ...AktionErgebnis
    }
  }
`);

const FORM = 'auftrag-anfordern';
const FELDER = ['grund', 'kundeHatUnterschrieben', 'nachricht'] as const;
const GRUENDE: readonly { wert: AnforderungsGrund; erklaerung: string }[] = [
  {
    wert: 'KUNDE_WUENSCHT_REPARATUR',
    erklaerung: 'Bisher liegt nur ein KV-Service-Auftrag vor; der Kunde möchte das Fahrzeug reparieren lassen.',
  },
  {
    wert: 'FAELSCHLICH_STORNIERT',
    erklaerung: 'Der Auftrag wurde storniert, soll aber weiterlaufen.',
  },
];
export const UNTERSCHRIFT_TEXT =
  'Der Kunde hat den Reparaturauftrag und die Abtretungserklärung (oder Zahlungsanweisung) unterschrieben.';

interface Props {
  auftrag: AktionsAuftrag;
  titelId: string;
  onErfolg: (ticket: ErgebnisTicket) => void;
}

/**
 * Auftrag anfordern: the reason (preselected as the order suggests: cancelled → "fälschlicherweise
 * storniert", KV-Service → "Kunde wünscht Reparatur"), the confirmation that the customer signed
 * (required) and a message.
 */
export function AuftragAnfordernFormular({ auftrag, titelId, onErfolg }: Props) {
  const [werte, setWerte] = useState<AuftragAnfordernWerte>(() => ({
    grund: passenderGrund(auftrag) ?? '',
    kundeHatUnterschrieben: false,
    nachricht: '',
  }));
  const [melden] = useMutation(AuftragAnfordernMutation);
  const { senden, sendet, fehler, feldfehler, zusammenfassungRef } = useMeldeformular<ErgebnisTicket>({
    auftragId: auftrag.id,
    sichtbareFelder: FELDER,
    onErfolg,
  });
  const id = (feld: string) => feldId(FORM, feld);
  const grundFehlerId = feldfehler.grund ? `${id('grund')}-fehler` : undefined;
  const unterschriftFehlerId = feldfehler.kundeHatUnterschrieben ? `${id('kundeHatUnterschrieben')}-fehler` : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void senden(
      () => auftragAnfordernPruefen(werte, auftrag),
      async (daten, idempotencyKey) => {
        const { data } = await melden({
          variables: { input: { spnId: auftrag.spnId, idempotencyKey, ...daten } },
        });
        return data?.auftragAnfordern;
      },
    );
  }

  return (
    <form className="formular aktionsformular" onSubmit={onSubmit} noValidate aria-labelledby={titelId}>
      <Fehlerzusammenfassung ref={zusammenfassungRef} fehler={fehler} idVon={id} />
      <fieldset
        className={feldfehler.grund ? 'gruppe feld-mit-fehler' : 'gruppe'}
        aria-describedby={grundFehlerId}
      >
        <legend>Grund</legend>
        {GRUENDE.map(({ wert, erklaerung }, i) => {
          const radioId = i === 0 ? id('grund') : `${id('grund')}-${i + 1}`;
          return (
            <div className="auswahl-mit-erklaerung" key={wert}>
              <label className="auswahl" htmlFor={radioId}>
                <input
                  id={radioId}
                  type="radio"
                  name="grund"
                  value={wert}
                  checked={werte.grund === wert}
                  aria-invalid={feldfehler.grund ? true : undefined}
                  aria-describedby={`${radioId}-erklaerung`}
                  onChange={() => setWerte((w) => ({ ...w, grund: wert }))}
                />
                <span>{ANFORDERUNGS_GRUND_LABEL[wert]}</span>
              </label>
              <p id={`${radioId}-erklaerung`} className="hilfe auswahl-erklaerung">
                {erklaerung}
              </p>
            </div>
          );
        })}
        {feldfehler.grund && <FeldFehler id={grundFehlerId!}>{feldfehler.grund}</FeldFehler>}
      </fieldset>
      <div className={feldfehler.kundeHatUnterschrieben ? 'feld feld-mit-fehler' : 'feld'}>
        <label className="auswahl auswahl-lang" htmlFor={id('kundeHatUnterschrieben')}>
          <input
            id={id('kundeHatUnterschrieben')}
            type="checkbox"
            name="kundeHatUnterschrieben"
            required
            checked={werte.kundeHatUnterschrieben}
            aria-invalid={feldfehler.kundeHatUnterschrieben ? true : undefined}
            aria-describedby={unterschriftFehlerId}
            onChange={(e) => setWerte((w) => ({ ...w, kundeHatUnterschrieben: e.target.checked }))}
          />
          <span>{UNTERSCHRIFT_TEXT}</span>
        </label>
        {feldfehler.kundeHatUnterschrieben && (
          <FeldFehler id={unterschriftFehlerId!}>{feldfehler.kundeHatUnterschrieben}</FeldFehler>
        )}
      </div>
      <Textfeld
        id={id('nachricht')}
        label="Nachricht"
        hinweis="Freiwillig. Bitte keine Gesundheitsdaten."
        value={werte.nachricht}
        onChange={(wert) => setWerte((w) => ({ ...w, nachricht: wert }))}
        fehler={feldfehler.nachricht}
      />
      <Absendezeile sendet={sendet} spnId={auftrag.spnId} />
    </form>
  );
}
