/**
 * The four questions of the benchmark (issue 6) as GraphQL documents. The raw-SQL baseline
 * (`baseline.ts`) answers the same questions with the same JSON.
 */

/** Every field of an order, as the shop's browser client shows it (also the e2e tests' overview). */
export const AUFTRAG_FELDER = /* GraphQL */ `
  fragment AuftragFelder on Auftrag {
    id spnId auftragsart status stand vermitteltAm aktualisiertAm
    versicherer { id name nachlassProzent kvServicePauschale }
    werkstatt { id name partnerNummer ort kalkulationssystem }
    schadennummer schadentag sparte
    fahrzeug { kennzeichen hersteller modell fin erstzulassung }
    kunde { name anschrift telefon }
    kvs { id art laufendeNummer eingegangenAm kalkulationssystem externeReferenz status korrekturpunkte
          summen { ersatzteile arbeitslohn lackierung nebenkosten netto mwst brutto } }
    freigaben { id erteiltAm betragNetto nachlass erwarteterRechnungsbetrag kv { id art laufendeNummer } }
    erwarteterRechnungsbetrag
    rkue { status entschiedenAm bemerkung }
    rechnungen { id art rechnungsnummer rechnungsdatum eingegangenAm betragNetto mwst betragBrutto status bemerkung }
    storno { grund bemerkung storniertAm benachrichtigtAm }
    erinnerungen { id art gesendetAm erledigtAm }
    tickets { id ticketNummer aktion status erstelltAm
      inhalt { reparaturstatus termin fahrzeugUebernommenAm voraussichtlicheFertigstellung fertiggestelltAm
               fahrzeugZurueckgegebenAm freigabeErhaltenAm betragNetto quelle referenz grund kundeHatUnterschrieben }
      nachrichten { von text gesendetAm } }
    verlauf(first: 50) { totalCount pageInfo { hasNextPage endCursor } nodes { id zeitpunkt art beschreibung akteur } }
    hinweise { code titel text aktion }
    moeglicheAktionen
    nichtZugeordneteEingaenge { id eingegangenAm art kalkulationssystem externeReferenz abweichendeFelder grund }
    benachrichtigungen { id betreff empfaenger erstelltAm versendetAm }
  }
`;

/** Q1: the full overview of one order, as the shop's browser client asks for it. */
export const Q1_UEBERSICHT = /* GraphQL */ `
  query Uebersicht($spnId: String!) { auftrag(spnId: $spnId) { ...AuftragFelder } }
  ${AUFTRAG_FELDER}
`;

/** Q2 (first page) and Q3 (a deep page via `after`): a shop's order list with KVs, Freigaben and invoices. */
export const Q2_LISTE = /* GraphQL */ `
  query Liste($first: Int, $after: String) {
    auftraege(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id spnId status auftragsart aktualisiertAm fahrzeug { kennzeichen }
        kvs { id art laufendeNummer status summen { netto brutto } }
        freigaben { id erteiltAm betragNetto erwarteterRechnungsbetrag kv { id laufendeNummer } }
        rechnungen { id rechnungsnummer status betragNetto betragBrutto }
      }
    }
  }
`;

/** Q4: the vendors' polling feed (changes since an instant, oldest first, by change number). */
export const Q4_FEED = /* GraphQL */ `
  query Feed($seit: DateTimeISO!, $first: Int, $after: String) {
    auftraege(filter: { geaendertSeit: $seit }, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes {
        spnId status aktualisiertAm
        kvs { laufendeNummer status summen { netto } }
        rechnungen { rechnungsnummer status betragNetto }
      }
    }
  }
`;
