import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { label, TICKET_STATUS_LABEL } from '../format';
import { naechsteTicketStatus, ticketBearbeitenPruefen, type TicketBearbeitenWerte } from '../formular-regeln';
import { graphql } from '../gql/gql';
import type { TicketDetailsFragment, TicketStatus } from '../gql/graphql';
import { FeldFehler, feldId, Fehlerzusammenfassung, Textfeld } from './Formular';
import { useMeldeformular } from './useMeldeformular';

const TicketBearbeitenMutation = graphql(`
  mutation TicketBearbeiten($input: TicketBearbeitenInput!) {
    ticketBearbeiten(input: $input) {
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

const FORM = 'ticket-bearbeiten';
const FELDER = ['status', 'antwort'] as const;

export const ERLEDIGT_BEI_ANFORDERUNG =
  'Erledigt bedeutet: angenommen — der Auftrag wird zum Reparaturauftrag bzw. die Stornierung aufgehoben.';

interface Props {
  ticket: TicketDetailsFragment;
  onGespeichert: (ticket: TicketDetailsFragment, mitAntwort: boolean) => void;
}

/**
 * "Bearbeiten" (staff): the next status (only those the ticket lifecycle allows, or unchanged with
 * an answer only) and the answer to the shop, which the shop sees as a message and gets by e-mail.
 * What "Erledigt" means for "Auftrag anfordern" is said once, as the explanation of that choice.
 */
export function TicketBearbeitenFormular({ ticket, onGespeichert }: Props) {
  const [werte, setWerte] = useState<TicketBearbeitenWerte>({ status: '', antwort: '' });
  const [bearbeiten] = useMutation(TicketBearbeitenMutation);
  const { senden, sendet, fehler, feldfehler, zusammenfassungRef } = useMeldeformular<TicketDetailsFragment>({
    auftragId: ticket.auftrag.id,
    sichtbareFelder: FELDER,
    mitSchluessel: false,
    onErfolg: (t) => onGespeichert(t, werte.antwort.trim() !== ''),
  });
  const id = (feld: string) => feldId(FORM, feld);
  const optionen: { wert: TicketStatus; text: string; erklaerung?: string }[] = [
    ...naechsteTicketStatus(ticket.status).map((s) => ({
      wert: s,
      text: TICKET_STATUS_LABEL[s],
      erklaerung: s === 'ERLEDIGT' && ticket.aktion === 'AUFTRAG_ANFORDERN' ? ERLEDIGT_BEI_ANFORDERUNG : undefined,
    })),
    {
      wert: ticket.status,
      text: `Status unverändert lassen (${label(TICKET_STATUS_LABEL, ticket.status)})`,
      erklaerung: 'Nur die Antwort an die Werkstatt senden.',
    },
  ];
  const statusFehlerId = feldfehler.status ? `${id('status')}-fehler` : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void senden(
      () => ticketBearbeitenPruefen(werte, ticket.status),
      async (daten) => {
        const { data } = await bearbeiten({
          variables: { input: { ticketNummer: ticket.ticketNummer, status: daten.status, antwort: daten.antwort } },
        });
        return data?.ticketBearbeiten;
      },
    );
  }

  return (
    <form className="formular" onSubmit={onSubmit} noValidate aria-label="Ticket bearbeiten">
      <Fehlerzusammenfassung ref={zusammenfassungRef} fehler={fehler} idVon={id} />
      <fieldset className={feldfehler.status ? 'gruppe feld-mit-fehler' : 'gruppe'} aria-describedby={statusFehlerId}>
        <legend>Neuer Status</legend>
        {optionen.map(({ wert, text, erklaerung }, i) => {
          const radioId = i === 0 ? id('status') : `${id('status')}-${i + 1}`;
          return (
            <div className="auswahl-mit-erklaerung" key={`${wert}-${i}`}>
              <label className="auswahl" htmlFor={radioId}>
                <input
                  id={radioId}
                  type="radio"
                  name="status"
                  value={wert}
                  checked={werte.status === wert}
                  aria-invalid={feldfehler.status ? true : undefined}
                  aria-describedby={erklaerung ? `${radioId}-erklaerung` : undefined}
                  onChange={() => setWerte((w) => ({ ...w, status: wert }))}
                />
                <span>{text}</span>
              </label>
              {erklaerung && (
                <p id={`${radioId}-erklaerung`} className="hilfe auswahl-erklaerung">
                  {erklaerung}
                </p>
              )}
            </div>
          );
        })}
        {feldfehler.status && <FeldFehler id={statusFehlerId!}>{feldfehler.status}</FeldFehler>}
      </fieldset>
      <Textfeld
        id={id('antwort')}
        label="Antwort an die Werkstatt"
        hinweis="Freiwillig. Die Werkstatt sieht die Antwort beim Ticket und erhält sie per E-Mail."
        value={werte.antwort}
        onChange={(antwort) => setWerte((w) => ({ ...w, antwort }))}
        fehler={feldfehler.antwort}
      />
      <div className="aktionen formular-aktionen">
        <button type="submit" className="knopf" disabled={sendet}>
          Bearbeitung speichern
        </button>
      </div>
      {sendet && (
        <p role="status" className="laden">
          Wird gespeichert …
        </p>
      )}
    </form>
  );
}
