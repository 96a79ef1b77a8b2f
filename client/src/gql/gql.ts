/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AuftragKopfdaten on Auftrag {\n    id\n    spnId\n    auftragsart\n    status\n    stand\n    vermitteltAm\n    aktualisiertAm\n    schadennummer\n    schadentag\n    sparte\n    versicherer {\n      id\n      name\n    }\n    werkstatt {\n      id\n      name\n      partnerNummer\n      ort\n    }\n    fahrzeug {\n      kennzeichen\n      hersteller\n      modell\n      fin\n      erstzulassung\n    }\n    kunde {\n      name\n      anschrift\n      telefon\n    }\n  }\n": typeof types.AuftragKopfdatenFragmentDoc,
    "\n  query AuftragListe(\n    $filter: AuftragFilter\n    $first: Int!\n    $after: String\n    $mitHinweisen: Boolean!\n  ) {\n    auftraege(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        spnId\n        status\n        schadennummer\n        aktualisiertAm\n        fahrzeug {\n          kennzeichen\n        }\n        versicherer {\n          id\n          name\n        }\n        hinweise @include(if: $mitHinweisen) {\n          code\n          titel\n          aktion\n        }\n      }\n    }\n  }\n": typeof types.AuftragListeDocument,
    "\n  fragment BenachrichtigungListe on Auftrag {\n    benachrichtigungen {\n      id\n      betreff\n      empfaenger\n      erstelltAm\n      versendetAm\n    }\n  }\n": typeof types.BenachrichtigungListeFragmentDoc,
    "\n  fragment BenutzerKopf on Benutzer {\n    id\n    benutzername\n    name\n    rolle\n    istAdmin\n    werkstatt {\n      id\n      name\n      partnerNummer\n    }\n  }\n": typeof types.BenutzerKopfFragmentDoc,
    "\n  fragment EingangListe on Auftrag {\n    nichtZugeordneteEingaenge {\n      id\n      eingegangenAm\n      art\n      kalkulationssystem\n      externeReferenz\n      grund\n    }\n  }\n": typeof types.EingangListeFragmentDoc,
    "\n  fragment ErinnerungListe on Auftrag {\n    erinnerungen {\n      id\n      art\n      gesendetAm\n      erledigtAm\n    }\n  }\n": typeof types.ErinnerungListeFragmentDoc,
    "\n  fragment FreigabeListe on Auftrag {\n    erwarteterRechnungsbetrag\n    freigaben {\n      id\n      erteiltAm\n      betragNetto\n      nachlass\n      erwarteterRechnungsbetrag\n      kv {\n        id\n        art\n        laufendeNummer\n      }\n    }\n  }\n": typeof types.FreigabeListeFragmentDoc,
    "\n  fragment AuftragHinweise on Auftrag {\n    spnId\n    hinweise {\n      code\n      titel\n      text\n      aktion\n    }\n    moeglicheAktionen\n  }\n": typeof types.AuftragHinweiseFragmentDoc,
    "\n  fragment KvListe on Auftrag {\n    kvs {\n      id\n      art\n      laufendeNummer\n      eingegangenAm\n      kalkulationssystem\n      externeReferenz\n      status\n      korrekturpunkte\n      summen {\n        ersatzteile\n        arbeitslohn\n        lackierung\n        nebenkosten\n        netto\n        mwst\n        brutto\n      }\n    }\n  }\n": typeof types.KvListeFragmentDoc,
    "\n  query Me {\n    me {\n      ...BenutzerKopf\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Abmelden {\n    abmelden\n  }\n": typeof types.AbmeldenDocument,
    "\n  mutation TicketNachrichtSenden($input: TicketNachrichtInput!) {\n    ticketNachrichtSenden(input: $input) {\n      ticket {\n        ...TicketDetails\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": typeof types.TicketNachrichtSendenDocument,
    "\n  fragment RechnungListe on Auftrag {\n    rechnungen {\n      id\n      art\n      rechnungsnummer\n      rechnungsdatum\n      eingegangenAm\n      betragNetto\n      mwst\n      betragBrutto\n      status\n      bemerkung\n    }\n  }\n": typeof types.RechnungListeFragmentDoc,
    "\n  fragment RkueAngaben on Auftrag {\n    rkue {\n      status\n      entschiedenAm\n      bemerkung\n    }\n  }\n": typeof types.RkueAngabenFragmentDoc,
    "\n  fragment StornoAngaben on Auftrag {\n    storno {\n      grund\n      bemerkung\n      storniertAm\n      benachrichtigtAm\n    }\n  }\n": typeof types.StornoAngabenFragmentDoc,
    "\n  mutation TicketBearbeiten($input: TicketBearbeitenInput!) {\n    ticketBearbeiten(input: $input) {\n      ticket {\n        ...TicketDetails\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": typeof types.TicketBearbeitenDocument,
    "\n  fragment TicketDetails on Ticket {\n    id\n    ticketNummer\n    aktion\n    status\n    erstelltAm\n    auftrag {\n      id\n      spnId\n      fahrzeug {\n        kennzeichen\n      }\n      werkstatt {\n        id\n        name\n        partnerNummer\n      }\n    }\n    inhalt {\n      reparaturstatus\n      termin\n      fahrzeugUebernommenAm\n      voraussichtlicheFertigstellung\n      fertiggestelltAm\n      fahrzeugZurueckgegebenAm\n      freigabeErhaltenAm\n      betragNetto\n      quelle\n      referenz\n      grund\n      kundeHatUnterschrieben\n    }\n    nachrichten {\n      von\n      text\n      gesendetAm\n    }\n  }\n": typeof types.TicketDetailsFragmentDoc,
    "\n  query TicketSeite($filter: TicketFilter, $first: Int!, $after: String, $mitWerkstatt: Boolean!) {\n    tickets(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ticketNummer\n        aktion\n        status\n        erstelltAm\n        auftrag {\n          id\n          spnId\n          werkstatt @include(if: $mitWerkstatt) {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.TicketSeiteDocument,
    "\n  fragment TicketListe on Auftrag {\n    tickets {\n      id\n      ticketNummer\n      aktion\n      status\n      erstelltAm\n      inhalt {\n        reparaturstatus\n        termin\n        fahrzeugUebernommenAm\n        voraussichtlicheFertigstellung\n        fertiggestelltAm\n        fahrzeugZurueckgegebenAm\n        freigabeErhaltenAm\n        betragNetto\n        quelle\n        referenz\n        grund\n        kundeHatUnterschrieben\n      }\n      nachrichten {\n        von\n        text\n        gesendetAm\n      }\n    }\n  }\n": typeof types.TicketListeFragmentDoc,
    "\n  fragment VerlaufListe on Auftrag {\n    verlauf(first: 50) {\n      totalCount\n      nodes {\n        id\n        zeitpunkt\n        art\n        beschreibung\n        akteur\n      }\n    }\n  }\n": typeof types.VerlaufListeFragmentDoc,
    "\n  fragment AktionErgebnis on TicketPayload {\n    ticket {\n      id\n      ticketNummer\n      aktion\n      status\n      erstelltAm\n    }\n    fehler {\n      code\n      feld\n      meldung\n    }\n  }\n": typeof types.AktionErgebnisFragmentDoc,
    "\n  mutation AuftragAnfordern($input: AuftragAnfordernInput!) {\n    auftragAnfordern(input: $input) {\n      ...AktionErgebnis\n    }\n  }\n": typeof types.AuftragAnfordernDocument,
    "\n  mutation FehlendeFreigabeMelden($input: FehlendeFreigabeInput!) {\n    fehlendeFreigabeMelden(input: $input) {\n      ...AktionErgebnis\n    }\n  }\n": typeof types.FehlendeFreigabeMeldenDocument,
    "\n  mutation VorgangsinfoMelden($input: VorgangsinfoInput!) {\n    vorgangsinfoMelden(input: $input) {\n      ...AktionErgebnis\n    }\n  }\n": typeof types.VorgangsinfoMeldenDocument,
    "\n  fragment BenutzerZeile on Benutzer {\n    id\n    benutzername\n    name\n    email\n    istAdmin\n    aktiv\n    letzteAnmeldung\n    einladungOffen\n  }\n": typeof types.BenutzerZeileFragmentDoc,
    "\n  query BenutzerListe($werkstattId: ID) {\n    benutzer(werkstattId: $werkstattId, first: 100) {\n      totalCount\n      nodes {\n        ...BenutzerZeile\n      }\n    }\n  }\n": typeof types.BenutzerListeDocument,
    "\n  mutation BenutzerEinladen($input: BenutzerEinladenInput!) {\n    benutzerEinladen(input: $input) {\n      benutzer {\n        ...BenutzerZeile\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": typeof types.BenutzerEinladenDocument,
    "\n  mutation BenutzerDeaktivieren($input: BenutzerDeaktivierenInput!) {\n    benutzerDeaktivieren(input: $input) {\n      benutzer {\n        ...BenutzerZeile\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": typeof types.BenutzerDeaktivierenDocument,
    "\n  query WerkstattEmail($id: ID!) {\n    werkstatt(id: $id) {\n      id\n      name\n      partnerNummer\n      ort\n      email\n    }\n  }\n": typeof types.WerkstattEmailDocument,
    "\n  mutation WerkstattEinstellungenAendern($input: WerkstattEinstellungenInput!) {\n    werkstattEinstellungenAendern(input: $input) {\n      werkstatt {\n        id\n        email\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": typeof types.WerkstattEinstellungenAendernDocument,
    "\n  query AktionAuftrag($spnId: String!) {\n    auftrag(spnId: $spnId) {\n      id\n      spnId\n      status\n      auftragsart\n      vermitteltAm\n      moeglicheAktionen\n      fahrzeug {\n        kennzeichen\n      }\n      kvs {\n        id\n        status\n      }\n      tickets {\n        id\n        ticketNummer\n        aktion\n        status\n        inhalt {\n          fahrzeugUebernommenAm\n        }\n      }\n    }\n  }\n": typeof types.AktionAuftragDocument,
    "\n  query ApiSchluesselListe {\n    apiSchluessel {\n      id\n      name\n      kalkulationssystem\n      praefix\n      erstelltAm\n      widerrufenAm\n      werkstaetten {\n        id\n        partnerNummer\n        name\n      }\n    }\n  }\n": typeof types.ApiSchluesselListeDocument,
    "\n  query WerkstattAuswahl($suche: String) {\n    werkstaetten(suche: $suche, first: 20) {\n      nodes {\n        id\n        partnerNummer\n        name\n        ort\n      }\n    }\n  }\n": typeof types.WerkstattAuswahlDocument,
    "\n  mutation ApiSchluesselErstellen($input: ApiSchluesselErstellenInput!) {\n    apiSchluesselErstellen(input: $input) {\n      schluessel\n      apiSchluessel {\n        id\n        name\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": typeof types.ApiSchluesselErstellenDocument,
    "\n  mutation ApiSchluesselWiderrufen($input: ApiSchluesselWiderrufenInput!) {\n    apiSchluesselWiderrufen(input: $input) {\n      apiSchluessel {\n        id\n        widerrufenAm\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": typeof types.ApiSchluesselWiderrufenDocument,
    "\n  query AuftragUebersicht($spnId: String!) {\n    auftrag(spnId: $spnId) {\n      id\n      spnId\n      stand\n      ...AuftragKopfdaten\n      ...AuftragHinweise\n      ...KvListe\n      ...FreigabeListe\n      ...RkueAngaben\n      ...RechnungListe\n      ...StornoAngaben\n      ...ErinnerungListe\n      ...TicketListe\n      ...EingangListe\n      ...BenachrichtigungListe\n      ...VerlaufListe\n    }\n  }\n": typeof types.AuftragUebersichtDocument,
    "\n  subscription AuftragAktualisiert($spnId: String!) {\n    auftragAktualisiert(spnId: $spnId) {\n      auftrag {\n        id\n        status\n      }\n      ereignis {\n        id\n        zeitpunkt\n        beschreibung\n      }\n    }\n  }\n": typeof types.AuftragAktualisiertDocument,
    "\n  mutation PasswortAendern($input: PasswortAendernInput!) {\n    passwortAendern(input: $input) {\n      benutzer {\n        id\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": typeof types.PasswortAendernDocument,
    "\n  mutation AndereSitzungenBeenden {\n    andereSitzungenBeenden\n  }\n": typeof types.AndereSitzungenBeendenDocument,
    "\n  mutation Anmelden($input: AnmeldenInput!) {\n    anmelden(input: $input) {\n      benutzer {\n        ...BenutzerKopf\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": typeof types.AnmeldenDocument,
    "\n  mutation PasswortVergessen($input: PasswortVergessenInput!) {\n    passwortVergessen(input: $input)\n  }\n": typeof types.PasswortVergessenDocument,
    "\n  query AuftragNachSpnId($spnId: String!) {\n    auftrag(spnId: $spnId) {\n      id\n      spnId\n    }\n  }\n": typeof types.AuftragNachSpnIdDocument,
    "\n  query TicketDetail($ticketNummer: String!) {\n    ticket(ticketNummer: $ticketNummer) {\n      ...TicketDetails\n    }\n  }\n": typeof types.TicketDetailDocument,
    "\n  mutation EinladungAnnehmen($input: EinladungAnnehmenInput!) {\n    einladungAnnehmen(input: $input) {\n      benutzer {\n        ...BenutzerKopf\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": typeof types.EinladungAnnehmenDocument,
    "\n  mutation PasswortZuruecksetzen($input: PasswortZuruecksetzenInput!) {\n    passwortZuruecksetzen(input: $input) {\n      benutzer {\n        ...BenutzerKopf\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": typeof types.PasswortZuruecksetzenDocument,
    "\n  query WerkstaettenVerwalten($suche: String) {\n    werkstaetten(suche: $suche, first: 100) {\n      totalCount\n      nodes {\n        id\n        partnerNummer\n        name\n        ort\n        kalkulationssystem\n      }\n    }\n  }\n": typeof types.WerkstaettenVerwaltenDocument,
    "\n  mutation WerkstattAnlegen($input: WerkstattAnlegenInput!) {\n    werkstattAnlegen(input: $input) {\n      werkstatt {\n        id\n        name\n        partnerNummer\n      }\n      admin {\n        id\n        email\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": typeof types.WerkstattAnlegenDocument,
    "\n  query WerkstattKopf($id: ID!) {\n    werkstatt(id: $id) {\n      id\n      name\n      partnerNummer\n      ort\n    }\n    kontoProtokoll(werkstattId: $id, first: 50) {\n      nodes {\n        id\n        zeitpunkt\n        akteur\n        beschreibung\n      }\n    }\n  }\n": typeof types.WerkstattKopfDocument,
};
const documents: Documents = {
    "\n  fragment AuftragKopfdaten on Auftrag {\n    id\n    spnId\n    auftragsart\n    status\n    stand\n    vermitteltAm\n    aktualisiertAm\n    schadennummer\n    schadentag\n    sparte\n    versicherer {\n      id\n      name\n    }\n    werkstatt {\n      id\n      name\n      partnerNummer\n      ort\n    }\n    fahrzeug {\n      kennzeichen\n      hersteller\n      modell\n      fin\n      erstzulassung\n    }\n    kunde {\n      name\n      anschrift\n      telefon\n    }\n  }\n": types.AuftragKopfdatenFragmentDoc,
    "\n  query AuftragListe(\n    $filter: AuftragFilter\n    $first: Int!\n    $after: String\n    $mitHinweisen: Boolean!\n  ) {\n    auftraege(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        spnId\n        status\n        schadennummer\n        aktualisiertAm\n        fahrzeug {\n          kennzeichen\n        }\n        versicherer {\n          id\n          name\n        }\n        hinweise @include(if: $mitHinweisen) {\n          code\n          titel\n          aktion\n        }\n      }\n    }\n  }\n": types.AuftragListeDocument,
    "\n  fragment BenachrichtigungListe on Auftrag {\n    benachrichtigungen {\n      id\n      betreff\n      empfaenger\n      erstelltAm\n      versendetAm\n    }\n  }\n": types.BenachrichtigungListeFragmentDoc,
    "\n  fragment BenutzerKopf on Benutzer {\n    id\n    benutzername\n    name\n    rolle\n    istAdmin\n    werkstatt {\n      id\n      name\n      partnerNummer\n    }\n  }\n": types.BenutzerKopfFragmentDoc,
    "\n  fragment EingangListe on Auftrag {\n    nichtZugeordneteEingaenge {\n      id\n      eingegangenAm\n      art\n      kalkulationssystem\n      externeReferenz\n      grund\n    }\n  }\n": types.EingangListeFragmentDoc,
    "\n  fragment ErinnerungListe on Auftrag {\n    erinnerungen {\n      id\n      art\n      gesendetAm\n      erledigtAm\n    }\n  }\n": types.ErinnerungListeFragmentDoc,
    "\n  fragment FreigabeListe on Auftrag {\n    erwarteterRechnungsbetrag\n    freigaben {\n      id\n      erteiltAm\n      betragNetto\n      nachlass\n      erwarteterRechnungsbetrag\n      kv {\n        id\n        art\n        laufendeNummer\n      }\n    }\n  }\n": types.FreigabeListeFragmentDoc,
    "\n  fragment AuftragHinweise on Auftrag {\n    spnId\n    hinweise {\n      code\n      titel\n      text\n      aktion\n    }\n    moeglicheAktionen\n  }\n": types.AuftragHinweiseFragmentDoc,
    "\n  fragment KvListe on Auftrag {\n    kvs {\n      id\n      art\n      laufendeNummer\n      eingegangenAm\n      kalkulationssystem\n      externeReferenz\n      status\n      korrekturpunkte\n      summen {\n        ersatzteile\n        arbeitslohn\n        lackierung\n        nebenkosten\n        netto\n        mwst\n        brutto\n      }\n    }\n  }\n": types.KvListeFragmentDoc,
    "\n  query Me {\n    me {\n      ...BenutzerKopf\n    }\n  }\n": types.MeDocument,
    "\n  mutation Abmelden {\n    abmelden\n  }\n": types.AbmeldenDocument,
    "\n  mutation TicketNachrichtSenden($input: TicketNachrichtInput!) {\n    ticketNachrichtSenden(input: $input) {\n      ticket {\n        ...TicketDetails\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": types.TicketNachrichtSendenDocument,
    "\n  fragment RechnungListe on Auftrag {\n    rechnungen {\n      id\n      art\n      rechnungsnummer\n      rechnungsdatum\n      eingegangenAm\n      betragNetto\n      mwst\n      betragBrutto\n      status\n      bemerkung\n    }\n  }\n": types.RechnungListeFragmentDoc,
    "\n  fragment RkueAngaben on Auftrag {\n    rkue {\n      status\n      entschiedenAm\n      bemerkung\n    }\n  }\n": types.RkueAngabenFragmentDoc,
    "\n  fragment StornoAngaben on Auftrag {\n    storno {\n      grund\n      bemerkung\n      storniertAm\n      benachrichtigtAm\n    }\n  }\n": types.StornoAngabenFragmentDoc,
    "\n  mutation TicketBearbeiten($input: TicketBearbeitenInput!) {\n    ticketBearbeiten(input: $input) {\n      ticket {\n        ...TicketDetails\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": types.TicketBearbeitenDocument,
    "\n  fragment TicketDetails on Ticket {\n    id\n    ticketNummer\n    aktion\n    status\n    erstelltAm\n    auftrag {\n      id\n      spnId\n      fahrzeug {\n        kennzeichen\n      }\n      werkstatt {\n        id\n        name\n        partnerNummer\n      }\n    }\n    inhalt {\n      reparaturstatus\n      termin\n      fahrzeugUebernommenAm\n      voraussichtlicheFertigstellung\n      fertiggestelltAm\n      fahrzeugZurueckgegebenAm\n      freigabeErhaltenAm\n      betragNetto\n      quelle\n      referenz\n      grund\n      kundeHatUnterschrieben\n    }\n    nachrichten {\n      von\n      text\n      gesendetAm\n    }\n  }\n": types.TicketDetailsFragmentDoc,
    "\n  query TicketSeite($filter: TicketFilter, $first: Int!, $after: String, $mitWerkstatt: Boolean!) {\n    tickets(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ticketNummer\n        aktion\n        status\n        erstelltAm\n        auftrag {\n          id\n          spnId\n          werkstatt @include(if: $mitWerkstatt) {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.TicketSeiteDocument,
    "\n  fragment TicketListe on Auftrag {\n    tickets {\n      id\n      ticketNummer\n      aktion\n      status\n      erstelltAm\n      inhalt {\n        reparaturstatus\n        termin\n        fahrzeugUebernommenAm\n        voraussichtlicheFertigstellung\n        fertiggestelltAm\n        fahrzeugZurueckgegebenAm\n        freigabeErhaltenAm\n        betragNetto\n        quelle\n        referenz\n        grund\n        kundeHatUnterschrieben\n      }\n      nachrichten {\n        von\n        text\n        gesendetAm\n      }\n    }\n  }\n": types.TicketListeFragmentDoc,
    "\n  fragment VerlaufListe on Auftrag {\n    verlauf(first: 50) {\n      totalCount\n      nodes {\n        id\n        zeitpunkt\n        art\n        beschreibung\n        akteur\n      }\n    }\n  }\n": types.VerlaufListeFragmentDoc,
    "\n  fragment AktionErgebnis on TicketPayload {\n    ticket {\n      id\n      ticketNummer\n      aktion\n      status\n      erstelltAm\n    }\n    fehler {\n      code\n      feld\n      meldung\n    }\n  }\n": types.AktionErgebnisFragmentDoc,
    "\n  mutation AuftragAnfordern($input: AuftragAnfordernInput!) {\n    auftragAnfordern(input: $input) {\n      ...AktionErgebnis\n    }\n  }\n": types.AuftragAnfordernDocument,
    "\n  mutation FehlendeFreigabeMelden($input: FehlendeFreigabeInput!) {\n    fehlendeFreigabeMelden(input: $input) {\n      ...AktionErgebnis\n    }\n  }\n": types.FehlendeFreigabeMeldenDocument,
    "\n  mutation VorgangsinfoMelden($input: VorgangsinfoInput!) {\n    vorgangsinfoMelden(input: $input) {\n      ...AktionErgebnis\n    }\n  }\n": types.VorgangsinfoMeldenDocument,
    "\n  fragment BenutzerZeile on Benutzer {\n    id\n    benutzername\n    name\n    email\n    istAdmin\n    aktiv\n    letzteAnmeldung\n    einladungOffen\n  }\n": types.BenutzerZeileFragmentDoc,
    "\n  query BenutzerListe($werkstattId: ID) {\n    benutzer(werkstattId: $werkstattId, first: 100) {\n      totalCount\n      nodes {\n        ...BenutzerZeile\n      }\n    }\n  }\n": types.BenutzerListeDocument,
    "\n  mutation BenutzerEinladen($input: BenutzerEinladenInput!) {\n    benutzerEinladen(input: $input) {\n      benutzer {\n        ...BenutzerZeile\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": types.BenutzerEinladenDocument,
    "\n  mutation BenutzerDeaktivieren($input: BenutzerDeaktivierenInput!) {\n    benutzerDeaktivieren(input: $input) {\n      benutzer {\n        ...BenutzerZeile\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": types.BenutzerDeaktivierenDocument,
    "\n  query WerkstattEmail($id: ID!) {\n    werkstatt(id: $id) {\n      id\n      name\n      partnerNummer\n      ort\n      email\n    }\n  }\n": types.WerkstattEmailDocument,
    "\n  mutation WerkstattEinstellungenAendern($input: WerkstattEinstellungenInput!) {\n    werkstattEinstellungenAendern(input: $input) {\n      werkstatt {\n        id\n        email\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": types.WerkstattEinstellungenAendernDocument,
    "\n  query AktionAuftrag($spnId: String!) {\n    auftrag(spnId: $spnId) {\n      id\n      spnId\n      status\n      auftragsart\n      vermitteltAm\n      moeglicheAktionen\n      fahrzeug {\n        kennzeichen\n      }\n      kvs {\n        id\n        status\n      }\n      tickets {\n        id\n        ticketNummer\n        aktion\n        status\n        inhalt {\n          fahrzeugUebernommenAm\n        }\n      }\n    }\n  }\n": types.AktionAuftragDocument,
    "\n  query ApiSchluesselListe {\n    apiSchluessel {\n      id\n      name\n      kalkulationssystem\n      praefix\n      erstelltAm\n      widerrufenAm\n      werkstaetten {\n        id\n        partnerNummer\n        name\n      }\n    }\n  }\n": types.ApiSchluesselListeDocument,
    "\n  query WerkstattAuswahl($suche: String) {\n    werkstaetten(suche: $suche, first: 20) {\n      nodes {\n        id\n        partnerNummer\n        name\n        ort\n      }\n    }\n  }\n": types.WerkstattAuswahlDocument,
    "\n  mutation ApiSchluesselErstellen($input: ApiSchluesselErstellenInput!) {\n    apiSchluesselErstellen(input: $input) {\n      schluessel\n      apiSchluessel {\n        id\n        name\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": types.ApiSchluesselErstellenDocument,
    "\n  mutation ApiSchluesselWiderrufen($input: ApiSchluesselWiderrufenInput!) {\n    apiSchluesselWiderrufen(input: $input) {\n      apiSchluessel {\n        id\n        widerrufenAm\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": types.ApiSchluesselWiderrufenDocument,
    "\n  query AuftragUebersicht($spnId: String!) {\n    auftrag(spnId: $spnId) {\n      id\n      spnId\n      stand\n      ...AuftragKopfdaten\n      ...AuftragHinweise\n      ...KvListe\n      ...FreigabeListe\n      ...RkueAngaben\n      ...RechnungListe\n      ...StornoAngaben\n      ...ErinnerungListe\n      ...TicketListe\n      ...EingangListe\n      ...BenachrichtigungListe\n      ...VerlaufListe\n    }\n  }\n": types.AuftragUebersichtDocument,
    "\n  subscription AuftragAktualisiert($spnId: String!) {\n    auftragAktualisiert(spnId: $spnId) {\n      auftrag {\n        id\n        status\n      }\n      ereignis {\n        id\n        zeitpunkt\n        beschreibung\n      }\n    }\n  }\n": types.AuftragAktualisiertDocument,
    "\n  mutation PasswortAendern($input: PasswortAendernInput!) {\n    passwortAendern(input: $input) {\n      benutzer {\n        id\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": types.PasswortAendernDocument,
    "\n  mutation AndereSitzungenBeenden {\n    andereSitzungenBeenden\n  }\n": types.AndereSitzungenBeendenDocument,
    "\n  mutation Anmelden($input: AnmeldenInput!) {\n    anmelden(input: $input) {\n      benutzer {\n        ...BenutzerKopf\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": types.AnmeldenDocument,
    "\n  mutation PasswortVergessen($input: PasswortVergessenInput!) {\n    passwortVergessen(input: $input)\n  }\n": types.PasswortVergessenDocument,
    "\n  query AuftragNachSpnId($spnId: String!) {\n    auftrag(spnId: $spnId) {\n      id\n      spnId\n    }\n  }\n": types.AuftragNachSpnIdDocument,
    "\n  query TicketDetail($ticketNummer: String!) {\n    ticket(ticketNummer: $ticketNummer) {\n      ...TicketDetails\n    }\n  }\n": types.TicketDetailDocument,
    "\n  mutation EinladungAnnehmen($input: EinladungAnnehmenInput!) {\n    einladungAnnehmen(input: $input) {\n      benutzer {\n        ...BenutzerKopf\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": types.EinladungAnnehmenDocument,
    "\n  mutation PasswortZuruecksetzen($input: PasswortZuruecksetzenInput!) {\n    passwortZuruecksetzen(input: $input) {\n      benutzer {\n        ...BenutzerKopf\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": types.PasswortZuruecksetzenDocument,
    "\n  query WerkstaettenVerwalten($suche: String) {\n    werkstaetten(suche: $suche, first: 100) {\n      totalCount\n      nodes {\n        id\n        partnerNummer\n        name\n        ort\n        kalkulationssystem\n      }\n    }\n  }\n": types.WerkstaettenVerwaltenDocument,
    "\n  mutation WerkstattAnlegen($input: WerkstattAnlegenInput!) {\n    werkstattAnlegen(input: $input) {\n      werkstatt {\n        id\n        name\n        partnerNummer\n      }\n      admin {\n        id\n        email\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n": types.WerkstattAnlegenDocument,
    "\n  query WerkstattKopf($id: ID!) {\n    werkstatt(id: $id) {\n      id\n      name\n      partnerNummer\n      ort\n    }\n    kontoProtokoll(werkstattId: $id, first: 50) {\n      nodes {\n        id\n        zeitpunkt\n        akteur\n        beschreibung\n      }\n    }\n  }\n": types.WerkstattKopfDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuftragKopfdaten on Auftrag {\n    id\n    spnId\n    auftragsart\n    status\n    stand\n    vermitteltAm\n    aktualisiertAm\n    schadennummer\n    schadentag\n    sparte\n    versicherer {\n      id\n      name\n    }\n    werkstatt {\n      id\n      name\n      partnerNummer\n      ort\n    }\n    fahrzeug {\n      kennzeichen\n      hersteller\n      modell\n      fin\n      erstzulassung\n    }\n    kunde {\n      name\n      anschrift\n      telefon\n    }\n  }\n"): (typeof documents)["\n  fragment AuftragKopfdaten on Auftrag {\n    id\n    spnId\n    auftragsart\n    status\n    stand\n    vermitteltAm\n    aktualisiertAm\n    schadennummer\n    schadentag\n    sparte\n    versicherer {\n      id\n      name\n    }\n    werkstatt {\n      id\n      name\n      partnerNummer\n      ort\n    }\n    fahrzeug {\n      kennzeichen\n      hersteller\n      modell\n      fin\n      erstzulassung\n    }\n    kunde {\n      name\n      anschrift\n      telefon\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuftragListe(\n    $filter: AuftragFilter\n    $first: Int!\n    $after: String\n    $mitHinweisen: Boolean!\n  ) {\n    auftraege(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        spnId\n        status\n        schadennummer\n        aktualisiertAm\n        fahrzeug {\n          kennzeichen\n        }\n        versicherer {\n          id\n          name\n        }\n        hinweise @include(if: $mitHinweisen) {\n          code\n          titel\n          aktion\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuftragListe(\n    $filter: AuftragFilter\n    $first: Int!\n    $after: String\n    $mitHinweisen: Boolean!\n  ) {\n    auftraege(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        spnId\n        status\n        schadennummer\n        aktualisiertAm\n        fahrzeug {\n          kennzeichen\n        }\n        versicherer {\n          id\n          name\n        }\n        hinweise @include(if: $mitHinweisen) {\n          code\n          titel\n          aktion\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenachrichtigungListe on Auftrag {\n    benachrichtigungen {\n      id\n      betreff\n      empfaenger\n      erstelltAm\n      versendetAm\n    }\n  }\n"): (typeof documents)["\n  fragment BenachrichtigungListe on Auftrag {\n    benachrichtigungen {\n      id\n      betreff\n      empfaenger\n      erstelltAm\n      versendetAm\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenutzerKopf on Benutzer {\n    id\n    benutzername\n    name\n    rolle\n    istAdmin\n    werkstatt {\n      id\n      name\n      partnerNummer\n    }\n  }\n"): (typeof documents)["\n  fragment BenutzerKopf on Benutzer {\n    id\n    benutzername\n    name\n    rolle\n    istAdmin\n    werkstatt {\n      id\n      name\n      partnerNummer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EingangListe on Auftrag {\n    nichtZugeordneteEingaenge {\n      id\n      eingegangenAm\n      art\n      kalkulationssystem\n      externeReferenz\n      grund\n    }\n  }\n"): (typeof documents)["\n  fragment EingangListe on Auftrag {\n    nichtZugeordneteEingaenge {\n      id\n      eingegangenAm\n      art\n      kalkulationssystem\n      externeReferenz\n      grund\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ErinnerungListe on Auftrag {\n    erinnerungen {\n      id\n      art\n      gesendetAm\n      erledigtAm\n    }\n  }\n"): (typeof documents)["\n  fragment ErinnerungListe on Auftrag {\n    erinnerungen {\n      id\n      art\n      gesendetAm\n      erledigtAm\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FreigabeListe on Auftrag {\n    erwarteterRechnungsbetrag\n    freigaben {\n      id\n      erteiltAm\n      betragNetto\n      nachlass\n      erwarteterRechnungsbetrag\n      kv {\n        id\n        art\n        laufendeNummer\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FreigabeListe on Auftrag {\n    erwarteterRechnungsbetrag\n    freigaben {\n      id\n      erteiltAm\n      betragNetto\n      nachlass\n      erwarteterRechnungsbetrag\n      kv {\n        id\n        art\n        laufendeNummer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuftragHinweise on Auftrag {\n    spnId\n    hinweise {\n      code\n      titel\n      text\n      aktion\n    }\n    moeglicheAktionen\n  }\n"): (typeof documents)["\n  fragment AuftragHinweise on Auftrag {\n    spnId\n    hinweise {\n      code\n      titel\n      text\n      aktion\n    }\n    moeglicheAktionen\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KvListe on Auftrag {\n    kvs {\n      id\n      art\n      laufendeNummer\n      eingegangenAm\n      kalkulationssystem\n      externeReferenz\n      status\n      korrekturpunkte\n      summen {\n        ersatzteile\n        arbeitslohn\n        lackierung\n        nebenkosten\n        netto\n        mwst\n        brutto\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment KvListe on Auftrag {\n    kvs {\n      id\n      art\n      laufendeNummer\n      eingegangenAm\n      kalkulationssystem\n      externeReferenz\n      status\n      korrekturpunkte\n      summen {\n        ersatzteile\n        arbeitslohn\n        lackierung\n        nebenkosten\n        netto\n        mwst\n        brutto\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...BenutzerKopf\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...BenutzerKopf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Abmelden {\n    abmelden\n  }\n"): (typeof documents)["\n  mutation Abmelden {\n    abmelden\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketNachrichtSenden($input: TicketNachrichtInput!) {\n    ticketNachrichtSenden(input: $input) {\n      ticket {\n        ...TicketDetails\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TicketNachrichtSenden($input: TicketNachrichtInput!) {\n    ticketNachrichtSenden(input: $input) {\n      ticket {\n        ...TicketDetails\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RechnungListe on Auftrag {\n    rechnungen {\n      id\n      art\n      rechnungsnummer\n      rechnungsdatum\n      eingegangenAm\n      betragNetto\n      mwst\n      betragBrutto\n      status\n      bemerkung\n    }\n  }\n"): (typeof documents)["\n  fragment RechnungListe on Auftrag {\n    rechnungen {\n      id\n      art\n      rechnungsnummer\n      rechnungsdatum\n      eingegangenAm\n      betragNetto\n      mwst\n      betragBrutto\n      status\n      bemerkung\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RkueAngaben on Auftrag {\n    rkue {\n      status\n      entschiedenAm\n      bemerkung\n    }\n  }\n"): (typeof documents)["\n  fragment RkueAngaben on Auftrag {\n    rkue {\n      status\n      entschiedenAm\n      bemerkung\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StornoAngaben on Auftrag {\n    storno {\n      grund\n      bemerkung\n      storniertAm\n      benachrichtigtAm\n    }\n  }\n"): (typeof documents)["\n  fragment StornoAngaben on Auftrag {\n    storno {\n      grund\n      bemerkung\n      storniertAm\n      benachrichtigtAm\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketBearbeiten($input: TicketBearbeitenInput!) {\n    ticketBearbeiten(input: $input) {\n      ticket {\n        ...TicketDetails\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TicketBearbeiten($input: TicketBearbeitenInput!) {\n    ticketBearbeiten(input: $input) {\n      ticket {\n        ...TicketDetails\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketDetails on Ticket {\n    id\n    ticketNummer\n    aktion\n    status\n    erstelltAm\n    auftrag {\n      id\n      spnId\n      fahrzeug {\n        kennzeichen\n      }\n      werkstatt {\n        id\n        name\n        partnerNummer\n      }\n    }\n    inhalt {\n      reparaturstatus\n      termin\n      fahrzeugUebernommenAm\n      voraussichtlicheFertigstellung\n      fertiggestelltAm\n      fahrzeugZurueckgegebenAm\n      freigabeErhaltenAm\n      betragNetto\n      quelle\n      referenz\n      grund\n      kundeHatUnterschrieben\n    }\n    nachrichten {\n      von\n      text\n      gesendetAm\n    }\n  }\n"): (typeof documents)["\n  fragment TicketDetails on Ticket {\n    id\n    ticketNummer\n    aktion\n    status\n    erstelltAm\n    auftrag {\n      id\n      spnId\n      fahrzeug {\n        kennzeichen\n      }\n      werkstatt {\n        id\n        name\n        partnerNummer\n      }\n    }\n    inhalt {\n      reparaturstatus\n      termin\n      fahrzeugUebernommenAm\n      voraussichtlicheFertigstellung\n      fertiggestelltAm\n      fahrzeugZurueckgegebenAm\n      freigabeErhaltenAm\n      betragNetto\n      quelle\n      referenz\n      grund\n      kundeHatUnterschrieben\n    }\n    nachrichten {\n      von\n      text\n      gesendetAm\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketSeite($filter: TicketFilter, $first: Int!, $after: String, $mitWerkstatt: Boolean!) {\n    tickets(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ticketNummer\n        aktion\n        status\n        erstelltAm\n        auftrag {\n          id\n          spnId\n          werkstatt @include(if: $mitWerkstatt) {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketSeite($filter: TicketFilter, $first: Int!, $after: String, $mitWerkstatt: Boolean!) {\n    tickets(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ticketNummer\n        aktion\n        status\n        erstelltAm\n        auftrag {\n          id\n          spnId\n          werkstatt @include(if: $mitWerkstatt) {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketListe on Auftrag {\n    tickets {\n      id\n      ticketNummer\n      aktion\n      status\n      erstelltAm\n      inhalt {\n        reparaturstatus\n        termin\n        fahrzeugUebernommenAm\n        voraussichtlicheFertigstellung\n        fertiggestelltAm\n        fahrzeugZurueckgegebenAm\n        freigabeErhaltenAm\n        betragNetto\n        quelle\n        referenz\n        grund\n        kundeHatUnterschrieben\n      }\n      nachrichten {\n        von\n        text\n        gesendetAm\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TicketListe on Auftrag {\n    tickets {\n      id\n      ticketNummer\n      aktion\n      status\n      erstelltAm\n      inhalt {\n        reparaturstatus\n        termin\n        fahrzeugUebernommenAm\n        voraussichtlicheFertigstellung\n        fertiggestelltAm\n        fahrzeugZurueckgegebenAm\n        freigabeErhaltenAm\n        betragNetto\n        quelle\n        referenz\n        grund\n        kundeHatUnterschrieben\n      }\n      nachrichten {\n        von\n        text\n        gesendetAm\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerlaufListe on Auftrag {\n    verlauf(first: 50) {\n      totalCount\n      nodes {\n        id\n        zeitpunkt\n        art\n        beschreibung\n        akteur\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment VerlaufListe on Auftrag {\n    verlauf(first: 50) {\n      totalCount\n      nodes {\n        id\n        zeitpunkt\n        art\n        beschreibung\n        akteur\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AktionErgebnis on TicketPayload {\n    ticket {\n      id\n      ticketNummer\n      aktion\n      status\n      erstelltAm\n    }\n    fehler {\n      code\n      feld\n      meldung\n    }\n  }\n"): (typeof documents)["\n  fragment AktionErgebnis on TicketPayload {\n    ticket {\n      id\n      ticketNummer\n      aktion\n      status\n      erstelltAm\n    }\n    fehler {\n      code\n      feld\n      meldung\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuftragAnfordern($input: AuftragAnfordernInput!) {\n    auftragAnfordern(input: $input) {\n      ...AktionErgebnis\n    }\n  }\n"): (typeof documents)["\n  mutation AuftragAnfordern($input: AuftragAnfordernInput!) {\n    auftragAnfordern(input: $input) {\n      ...AktionErgebnis\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FehlendeFreigabeMelden($input: FehlendeFreigabeInput!) {\n    fehlendeFreigabeMelden(input: $input) {\n      ...AktionErgebnis\n    }\n  }\n"): (typeof documents)["\n  mutation FehlendeFreigabeMelden($input: FehlendeFreigabeInput!) {\n    fehlendeFreigabeMelden(input: $input) {\n      ...AktionErgebnis\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VorgangsinfoMelden($input: VorgangsinfoInput!) {\n    vorgangsinfoMelden(input: $input) {\n      ...AktionErgebnis\n    }\n  }\n"): (typeof documents)["\n  mutation VorgangsinfoMelden($input: VorgangsinfoInput!) {\n    vorgangsinfoMelden(input: $input) {\n      ...AktionErgebnis\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenutzerZeile on Benutzer {\n    id\n    benutzername\n    name\n    email\n    istAdmin\n    aktiv\n    letzteAnmeldung\n    einladungOffen\n  }\n"): (typeof documents)["\n  fragment BenutzerZeile on Benutzer {\n    id\n    benutzername\n    name\n    email\n    istAdmin\n    aktiv\n    letzteAnmeldung\n    einladungOffen\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenutzerListe($werkstattId: ID) {\n    benutzer(werkstattId: $werkstattId, first: 100) {\n      totalCount\n      nodes {\n        ...BenutzerZeile\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenutzerListe($werkstattId: ID) {\n    benutzer(werkstattId: $werkstattId, first: 100) {\n      totalCount\n      nodes {\n        ...BenutzerZeile\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenutzerEinladen($input: BenutzerEinladenInput!) {\n    benutzerEinladen(input: $input) {\n      benutzer {\n        ...BenutzerZeile\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BenutzerEinladen($input: BenutzerEinladenInput!) {\n    benutzerEinladen(input: $input) {\n      benutzer {\n        ...BenutzerZeile\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenutzerDeaktivieren($input: BenutzerDeaktivierenInput!) {\n    benutzerDeaktivieren(input: $input) {\n      benutzer {\n        ...BenutzerZeile\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BenutzerDeaktivieren($input: BenutzerDeaktivierenInput!) {\n    benutzerDeaktivieren(input: $input) {\n      benutzer {\n        ...BenutzerZeile\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WerkstattEmail($id: ID!) {\n    werkstatt(id: $id) {\n      id\n      name\n      partnerNummer\n      ort\n      email\n    }\n  }\n"): (typeof documents)["\n  query WerkstattEmail($id: ID!) {\n    werkstatt(id: $id) {\n      id\n      name\n      partnerNummer\n      ort\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WerkstattEinstellungenAendern($input: WerkstattEinstellungenInput!) {\n    werkstattEinstellungenAendern(input: $input) {\n      werkstatt {\n        id\n        email\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WerkstattEinstellungenAendern($input: WerkstattEinstellungenInput!) {\n    werkstattEinstellungenAendern(input: $input) {\n      werkstatt {\n        id\n        email\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AktionAuftrag($spnId: String!) {\n    auftrag(spnId: $spnId) {\n      id\n      spnId\n      status\n      auftragsart\n      vermitteltAm\n      moeglicheAktionen\n      fahrzeug {\n        kennzeichen\n      }\n      kvs {\n        id\n        status\n      }\n      tickets {\n        id\n        ticketNummer\n        aktion\n        status\n        inhalt {\n          fahrzeugUebernommenAm\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AktionAuftrag($spnId: String!) {\n    auftrag(spnId: $spnId) {\n      id\n      spnId\n      status\n      auftragsart\n      vermitteltAm\n      moeglicheAktionen\n      fahrzeug {\n        kennzeichen\n      }\n      kvs {\n        id\n        status\n      }\n      tickets {\n        id\n        ticketNummer\n        aktion\n        status\n        inhalt {\n          fahrzeugUebernommenAm\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiSchluesselListe {\n    apiSchluessel {\n      id\n      name\n      kalkulationssystem\n      praefix\n      erstelltAm\n      widerrufenAm\n      werkstaetten {\n        id\n        partnerNummer\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiSchluesselListe {\n    apiSchluessel {\n      id\n      name\n      kalkulationssystem\n      praefix\n      erstelltAm\n      widerrufenAm\n      werkstaetten {\n        id\n        partnerNummer\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WerkstattAuswahl($suche: String) {\n    werkstaetten(suche: $suche, first: 20) {\n      nodes {\n        id\n        partnerNummer\n        name\n        ort\n      }\n    }\n  }\n"): (typeof documents)["\n  query WerkstattAuswahl($suche: String) {\n    werkstaetten(suche: $suche, first: 20) {\n      nodes {\n        id\n        partnerNummer\n        name\n        ort\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiSchluesselErstellen($input: ApiSchluesselErstellenInput!) {\n    apiSchluesselErstellen(input: $input) {\n      schluessel\n      apiSchluessel {\n        id\n        name\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiSchluesselErstellen($input: ApiSchluesselErstellenInput!) {\n    apiSchluesselErstellen(input: $input) {\n      schluessel\n      apiSchluessel {\n        id\n        name\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiSchluesselWiderrufen($input: ApiSchluesselWiderrufenInput!) {\n    apiSchluesselWiderrufen(input: $input) {\n      apiSchluessel {\n        id\n        widerrufenAm\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiSchluesselWiderrufen($input: ApiSchluesselWiderrufenInput!) {\n    apiSchluesselWiderrufen(input: $input) {\n      apiSchluessel {\n        id\n        widerrufenAm\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuftragUebersicht($spnId: String!) {\n    auftrag(spnId: $spnId) {\n      id\n      spnId\n      stand\n      ...AuftragKopfdaten\n      ...AuftragHinweise\n      ...KvListe\n      ...FreigabeListe\n      ...RkueAngaben\n      ...RechnungListe\n      ...StornoAngaben\n      ...ErinnerungListe\n      ...TicketListe\n      ...EingangListe\n      ...BenachrichtigungListe\n      ...VerlaufListe\n    }\n  }\n"): (typeof documents)["\n  query AuftragUebersicht($spnId: String!) {\n    auftrag(spnId: $spnId) {\n      id\n      spnId\n      stand\n      ...AuftragKopfdaten\n      ...AuftragHinweise\n      ...KvListe\n      ...FreigabeListe\n      ...RkueAngaben\n      ...RechnungListe\n      ...StornoAngaben\n      ...ErinnerungListe\n      ...TicketListe\n      ...EingangListe\n      ...BenachrichtigungListe\n      ...VerlaufListe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuftragAktualisiert($spnId: String!) {\n    auftragAktualisiert(spnId: $spnId) {\n      auftrag {\n        id\n        status\n      }\n      ereignis {\n        id\n        zeitpunkt\n        beschreibung\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AuftragAktualisiert($spnId: String!) {\n    auftragAktualisiert(spnId: $spnId) {\n      auftrag {\n        id\n        status\n      }\n      ereignis {\n        id\n        zeitpunkt\n        beschreibung\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswortAendern($input: PasswortAendernInput!) {\n    passwortAendern(input: $input) {\n      benutzer {\n        id\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PasswortAendern($input: PasswortAendernInput!) {\n    passwortAendern(input: $input) {\n      benutzer {\n        id\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AndereSitzungenBeenden {\n    andereSitzungenBeenden\n  }\n"): (typeof documents)["\n  mutation AndereSitzungenBeenden {\n    andereSitzungenBeenden\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Anmelden($input: AnmeldenInput!) {\n    anmelden(input: $input) {\n      benutzer {\n        ...BenutzerKopf\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Anmelden($input: AnmeldenInput!) {\n    anmelden(input: $input) {\n      benutzer {\n        ...BenutzerKopf\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswortVergessen($input: PasswortVergessenInput!) {\n    passwortVergessen(input: $input)\n  }\n"): (typeof documents)["\n  mutation PasswortVergessen($input: PasswortVergessenInput!) {\n    passwortVergessen(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuftragNachSpnId($spnId: String!) {\n    auftrag(spnId: $spnId) {\n      id\n      spnId\n    }\n  }\n"): (typeof documents)["\n  query AuftragNachSpnId($spnId: String!) {\n    auftrag(spnId: $spnId) {\n      id\n      spnId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketDetail($ticketNummer: String!) {\n    ticket(ticketNummer: $ticketNummer) {\n      ...TicketDetails\n    }\n  }\n"): (typeof documents)["\n  query TicketDetail($ticketNummer: String!) {\n    ticket(ticketNummer: $ticketNummer) {\n      ...TicketDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EinladungAnnehmen($input: EinladungAnnehmenInput!) {\n    einladungAnnehmen(input: $input) {\n      benutzer {\n        ...BenutzerKopf\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EinladungAnnehmen($input: EinladungAnnehmenInput!) {\n    einladungAnnehmen(input: $input) {\n      benutzer {\n        ...BenutzerKopf\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswortZuruecksetzen($input: PasswortZuruecksetzenInput!) {\n    passwortZuruecksetzen(input: $input) {\n      benutzer {\n        ...BenutzerKopf\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PasswortZuruecksetzen($input: PasswortZuruecksetzenInput!) {\n    passwortZuruecksetzen(input: $input) {\n      benutzer {\n        ...BenutzerKopf\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WerkstaettenVerwalten($suche: String) {\n    werkstaetten(suche: $suche, first: 100) {\n      totalCount\n      nodes {\n        id\n        partnerNummer\n        name\n        ort\n        kalkulationssystem\n      }\n    }\n  }\n"): (typeof documents)["\n  query WerkstaettenVerwalten($suche: String) {\n    werkstaetten(suche: $suche, first: 100) {\n      totalCount\n      nodes {\n        id\n        partnerNummer\n        name\n        ort\n        kalkulationssystem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WerkstattAnlegen($input: WerkstattAnlegenInput!) {\n    werkstattAnlegen(input: $input) {\n      werkstatt {\n        id\n        name\n        partnerNummer\n      }\n      admin {\n        id\n        email\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WerkstattAnlegen($input: WerkstattAnlegenInput!) {\n    werkstattAnlegen(input: $input) {\n      werkstatt {\n        id\n        name\n        partnerNummer\n      }\n      admin {\n        id\n        email\n      }\n      fehler {\n        code\n        feld\n        meldung\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WerkstattKopf($id: ID!) {\n    werkstatt(id: $id) {\n      id\n      name\n      partnerNummer\n      ort\n    }\n    kontoProtokoll(werkstattId: $id, first: 50) {\n      nodes {\n        id\n        zeitpunkt\n        akteur\n        beschreibung\n      }\n    }\n  }\n"): (typeof documents)["\n  query WerkstattKopf($id: ID!) {\n    werkstatt(id: $id) {\n      id\n      name\n      partnerNummer\n      ort\n    }\n    kontoProtokoll(werkstattId: $id, first: 50) {\n      nodes {\n        id\n        zeitpunkt\n        akteur\n        beschreibung\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;