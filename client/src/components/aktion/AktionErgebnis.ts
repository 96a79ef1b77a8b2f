import { graphql } from '../../gql/gql';
import type { AktionErgebnisFragment } from '../../gql/graphql';

/** What every action mutation returns: the ticket (new or the open one) or the errors. */
export const AktionErgebnis = graphql(`
  fragment AktionErgebnis on TicketPayload {
    ticket {
      id
      ticketNummer
      aktion
      status
      erstelltAm
    }
    fehler {
      code
      feld
      meldung
    }
  }
`);

export type ErgebnisTicket = NonNullable<AktionErgebnisFragment['ticket']>;
