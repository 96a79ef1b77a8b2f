import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ticketNachrichtPruefen } from '../formular-regeln';
import { graphql } from '../gql/gql';
import type { TicketDetailsFragment } from '../gql/graphql';
import { feldId, Fehlerzusammenfassung, Textfeld } from './Formular';
import { useMeldeformular } from './useMeldeformular';

const TicketNachrichtSendenMutation = graphql(`
  mutation TicketNachrichtSenden($input: TicketNachrichtInput!) {
    ticketNachrichtSenden(input: $input) {
      ticket {
        ...TicketDetails
      }
      fehler {
        code
        feld
        meldung
      }
    }
  }
`);

const FORM = 'nachricht-senden';
const FELDER = ['text'] as const;

interface Props {
  ticket: TicketDetailsFragment;
  onGesendet: () => void;
}

/**
 * "Nachricht senden": a shop's follow-up message on its own open ticket, with its own idempotency
 * key (remount the form after a success for the next message).
 */
export function NachrichtSendenFormular({ ticket, onGesendet }: Props) {
  const [text, setText] = useState('');
  const [senden_] = useMutation(TicketNachrichtSendenMutation);
  const { senden, sendet, fehler, feldfehler, zusammenfassungRef } = useMeldeformular<TicketDetailsFragment>({
    auftragId: ticket.auftrag.id,
    sichtbareFelder: FELDER,
    onErfolg: onGesendet,
  });
  const id = (feld: string) => feldId(FORM, feld);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void senden(
      () => ticketNachrichtPruefen(text),
      async (daten, idempotencyKey) => {
        const { data } = await senden_({
          variables: { input: { ticketNummer: ticket.ticketNummer, idempotencyKey, text: daten.text } },
        });
        return data?.ticketNachrichtSenden;
      },
    );
  }

  return (
    <form className="formular" onSubmit={onSubmit} noValidate aria-label="Nachricht senden">
      <Fehlerzusammenfassung ref={zusammenfassungRef} fehler={fehler} idVon={id} />
      <Textfeld
        id={id('text')}
        label="Nachricht"
        hinweis="Die Nachricht wird dem Ticket hinzugefügt. Bitte keine Gesundheitsdaten."
        value={text}
        onChange={setText}
        fehler={feldfehler.text}
        required
      />
      <div className="aktionen formular-aktionen">
        <button type="submit" className="knopf" disabled={sendet}>
          Nachricht senden
        </button>
      </div>
      {sendet && (
        <p role="status" className="laden">
          Nachricht wird gesendet …
        </p>
      )}
    </form>
  );
}
