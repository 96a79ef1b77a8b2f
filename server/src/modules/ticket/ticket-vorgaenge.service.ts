import { AKTION_TEXT, REPARATURSTATUS_TEXT, TICKETSTATUS_TEXT } from '../../common/bezeichnungen';
import { Aktion, Auftragsstatus as S, EreignisArt, FehlerCode, Reparaturstatus, Rolle, TicketStatus } from '../../common/enums';
import { berlinDatum } from '../../common/zeit';
import { naechsteNummer } from '../../db/nummernkreis.service';
import { FachlicherFehler } from '../../graphql/fehler';
import { createLoaders } from '../../graphql/loaders';
import { AuftragEntity } from '../auftrag/auftrag.entity';
import { Vorgang, auftragSpeichern, protokollieren, statusWechseln } from '../auftrag/auftrag-lifecycle.service';
import { uebergangPruefen } from '../auftrag/auftrag-lifecycle';
import { auftragAnforderungUmsetzen } from '../auftrag/auftrag-vorgaenge.service';
import { snapshotLaden } from '../auftrag/auftrag-snapshot';
import { ErinnerungEntity } from '../auftrag/erinnerung.entity';
import { aktionVerweigert } from '../auftrag/hinweise.rules';
import { BenachrichtigungAnlass } from '../benachrichtigung/benachrichtigung.entity';
import { benachrichtigungEinreihen } from '../benachrichtigung/outbox.service';
import { WerkstattEntity } from '../identity/werkstatt.entity';
import { anforderungsGrundPassend } from './aktionen.validierung';
import { TicketNachrichtEntity } from './ticket-nachricht.entity';
import { TicketEntity } from './ticket.entity';
import { TicketInhaltDaten, inhaltAlsText } from './ticket-inhalt.text';

const OFFEN = [TicketStatus.OFFEN, TicketStatus.IN_BEARBEITUNG];

/** Where a Vorgangsinfo moves the order, if the lifecycle allows it from the current status. */
function vorgangsinfoZiel(auftrag: AuftragEntity, status: Reparaturstatus | null | undefined): S | null {
  const ziel =
    status === Reparaturstatus.FAHRZEUG_IN_ARBEIT
      ? S.IN_REPARATUR
      : status === Reparaturstatus.FAHRZEUG_FERTIG || status === Reparaturstatus.FAHRZEUG_ZURUECKGEGEBEN
        ? S.REPARATUR_ABGESCHLOSSEN
        : null;
  if (!ziel || ziel === auftrag.status) return null;
  return uebergangPruefen(auftrag.status, ziel, { auftragsart: auftrag.auftragsart }).erlaubt ? ziel : null;
}

export interface Einreichung {
  aktion: Aktion;
  inhalt: TicketInhaltDaten;
  nachricht: string | null;
  /** The shop's display name, shown as sender of messages. */
  von: string;
  benutzerId: number | null;
}

/**
 * Files one of the three portal actions (domain.md, Action rules): refused with AKTION_NICHT_ERLAUBT
 * where the FAQ rules do not offer it; while a ticket for the same order and action is open, the
 * content becomes a message on that ticket; the effects (closing reminders, moving the order) apply
 * either way. Everything happens in the caller's transaction.
 */
export async function aktionEinreichen(v: Vorgang, auftrag: AuftragEntity, e: Einreichung): Promise<{ ticket: TicketEntity; neu: boolean }> {
  const snapshot = await snapshotLaden(createLoaders(v.m), auftrag, null);
  const verweigert = aktionVerweigert(snapshot, e.aktion);
  if (verweigert) throw FachlicherFehler.von(FehlerCode.AKTION_NICHT_ERLAUBT, verweigert);
  if (e.aktion === Aktion.AUFTRAG_ANFORDERN && e.inhalt.grund) {
    const unpassend = anforderungsGrundPassend(e.inhalt.grund, auftrag);
    if (unpassend) throw new FachlicherFehler([unpassend]);
  }

  const repo = v.m.getRepository(TicketEntity);
  const offen = await repo.findOne({ where: OFFEN.map((status) => ({ auftragId: auftrag.id, aktion: e.aktion, status })), order: { id: 'ASC' } });
  let ticket: TicketEntity;
  if (offen) {
    ticket = offen;
    ticket.aktualisiertAm = v.jetzt;
    await v.m.save(TicketEntity, ticket);
    await nachrichtAnhaengen(v, ticket, e.von, Rolle.WERKSTATT, inhaltAlsText(e));
    await protokollieren(v, auftrag, EreignisArt.TICKET_BEARBEITET, `Weitere Meldung „${AKTION_TEXT[e.aktion]}“ zu Ticket ${ticket.ticketNummer}.`);
  } else {
    const ticketNummer = await naechsteNummer(v.m, 'SSP', Number(berlinDatum(v.jetzt).slice(0, 4)));
    ticket = repo.create({
      ...leererInhalt(),
      ...e.inhalt,
      ticketNummer,
      auftragId: auftrag.id,
      werkstattId: auftrag.werkstattId,
      erstelltVonBenutzerId: e.benutzerId,
      aktion: e.aktion,
      status: TicketStatus.OFFEN,
      erstelltAm: v.jetzt,
      aktualisiertAm: v.jetzt,
    });
    await v.m.insert(TicketEntity, ticket);
    if (e.nachricht) await nachrichtAnhaengen(v, ticket, e.von, Rolle.WERKSTATT, e.nachricht);
    await protokollieren(v, auftrag, EreignisArt.TICKET_ERSTELLT, `„${AKTION_TEXT[e.aktion]}“ gemeldet: Ticket ${ticketNummer}.`);
  }

  if (e.aktion === Aktion.VORGANGSINFO) {
    await v.m
      .createQueryBuilder()
      .update(ErinnerungEntity)
      .set({ erledigtAm: v.jetzt })
      .where('auftragId = :id AND erledigtAm IS NULL', { id: auftrag.id })
      .execute();
    const ziel = vorgangsinfoZiel(auftrag, e.inhalt.reparaturstatus);
    const text = `Vorgangsinfo gemeldet: ${e.inhalt.reparaturstatus ? REPARATURSTATUS_TEXT[e.inhalt.reparaturstatus] : 'ohne Status'}.`;
    if (ziel) await statusWechseln(v, auftrag, ziel, EreignisArt.VORGANGSINFO_GEMELDET, text);
    else await protokollieren(v, auftrag, EreignisArt.VORGANGSINFO_GEMELDET, text);
  }
  await auftragSpeichern(v, auftrag);
  return { ticket, neu: !offen };
}

function leererInhalt(): Required<TicketInhaltDaten> {
  return {
    reparaturstatus: null,
    termin: null,
    fahrzeugUebernommenAm: null,
    voraussichtlicheFertigstellung: null,
    fertiggestelltAm: null,
    fahrzeugZurueckgegebenAm: null,
    freigabeErhaltenAm: null,
    betragNettoCent: null,
    quelle: null,
    referenz: null,
    grund: null,
    kundeHatUnterschrieben: null,
  };
}

export async function nachrichtAnhaengen(v: Vorgang, ticket: TicketEntity, von: string, rolle: Rolle, text: string): Promise<TicketNachrichtEntity> {
  const nachricht = v.m.getRepository(TicketNachrichtEntity).create({ ticketId: ticket.id, von, vonRolle: rolle, text, gesendetAm: v.jetzt });
  await v.m.insert(TicketNachrichtEntity, nachricht);
  return nachricht;
}

const TICKET_UEBERGAENGE: Record<TicketStatus, TicketStatus[]> = {
  OFFEN: [TicketStatus.IN_BEARBEITUNG, TicketStatus.ERLEDIGT, TicketStatus.ABGELEHNT],
  IN_BEARBEITUNG: [TicketStatus.ERLEDIGT, TicketStatus.ABGELEHNT],
  ERLEDIGT: [],
  ABGELEHNT: [],
};

/**
 * Staff work a ticket (domain.md, Tickets): the ticket lifecycle, an optional answer the shop sees
 * as a message and receives by e-mail, and ERLEDIGT on "Auftrag anfordern" applies its effect.
 */
export async function ticketBearbeiten(v: Vorgang, auftrag: AuftragEntity, ticket: TicketEntity, status: TicketStatus, antwort: string | null): Promise<void> {
  if (status !== ticket.status && !TICKET_UEBERGAENGE[ticket.status].includes(status)) {
    throw FachlicherFehler.von(FehlerCode.STATUS_UNGUELTIG, `Das Ticket ${ticket.ticketNummer} ist ${TICKETSTATUS_TEXT[ticket.status]}; „${TICKETSTATUS_TEXT[status]}“ ist danach nicht vorgesehen.`);
  }
  ticket.status = status;
  ticket.aktualisiertAm = v.jetzt;
  await v.m.save(TicketEntity, ticket);
  if (antwort) {
    await nachrichtAnhaengen(v, ticket, 'SPN-Team', Rolle.INTERN, antwort);
    const werkstatt = await v.m.getRepository(WerkstattEntity).findOneByOrFail({ id: auftrag.werkstattId });
    await benachrichtigungEinreihen(v, {
      auftragId: auftrag.id,
      anlass: BenachrichtigungAnlass.TICKET_ANTWORT,
      empfaenger: werkstatt.email,
      betreff: `Antwort zu Ticket ${ticket.ticketNummer} – SPN Vermittlungsauftrag ${auftrag.spnId}`,
      text: `${antwort}\n\nBitte nennen Sie bei Rückfragen die Ticketnummer ${ticket.ticketNummer}.`,
    });
  }
  await protokollieren(v, auftrag, EreignisArt.TICKET_BEARBEITET, `Ticket ${ticket.ticketNummer}: ${TICKETSTATUS_TEXT[status]}${antwort ? ', mit Antwort an die Werkstatt' : ''}.`);
  if (status === TicketStatus.ERLEDIGT && ticket.aktion === Aktion.AUFTRAG_ANFORDERN) {
    await auftragAnforderungUmsetzen(v, auftrag);
  }
  await auftragSpeichern(v, auftrag);
}
