/** GraphQL documents shared by the e2e tests: the full overview, as the client asks for it, and a list page. */

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

export const UEBERSICHT = /* GraphQL */ `
  query Uebersicht($spnId: String!) { auftrag(spnId: $spnId) { ...AuftragFelder } }
  ${AUFTRAG_FELDER}
`;

export const LISTE = /* GraphQL */ `
  query Liste($filter: AuftragFilter, $orderBy: AuftragOrder, $first: Int, $after: String) {
    auftraege(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id spnId status aktualisiertAm vermitteltAm werkstatt { id } hinweise { code aktion } } }
    }
  }
`;

export const LISTE_VOLL = /* GraphQL */ `
  query ListeVoll($filter: AuftragFilter, $first: Int, $after: String) {
    auftraege(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...AuftragFelder } }
  }
  ${AUFTRAG_FELDER}
`;

/** `SPN-2026-000007` for demo order 7. */
export const spn = (n: number): string => `SPN-2026-${String(n).padStart(6, '0')}`;
