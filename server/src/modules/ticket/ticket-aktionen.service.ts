import { Aktion, EreignisArt, FehlerCode, Rolle, TicketStatus } from '../../common/enums';
import { normalisiereTicketNummer } from '../../common/ids';
import { berlinDatum } from '../../common/zeit';
import { zeilensperre } from '../../db/transaktion';
import { abbrechenBei, anwendungsfall } from '../../graphql/anwendungsfall';
import { Aufrufer, RequestContext } from '../../graphql/context';
import { FachlicherFehler, Fehler } from '../../graphql/fehler';
import { validieren } from '../../graphql/validierung';
import { AuftragEntity } from '../auftrag/auftrag.entity';
import { Vorgang, auftragSpeichern, auftragSperren, protokollieren } from '../auftrag/auftrag-lifecycle.service';
import { mandantFiltern } from '../auftrag/auftrag-scope';
import { auftragZumAendern } from '../auftrag/auftrag.service';
import { AuftragAnfordernInput, FehlendeFreigabeInput, TicketBearbeitenInput, TicketNachrichtInput, VorgangsinfoInput } from './aktionen.inputs';
import {
  auftragAnfordernSchema,
  datenPlausibel,
  fehlendeFreigabeSchema,
  ticketBearbeitenSchema,
  ticketNachrichtSchema,
  vorgangsinfoSchema,
} from './aktionen.validierung';
import { TicketEntity } from './ticket.entity';
import { aktionEinreichen, nachrichtAnhaengen, ticketBearbeiten } from './ticket-vorgaenge.service';

/**
 * The portal's actions and the ticket work as use cases: validate, then in ONE transaction check the
 * idempotency key, find and lock the order in the caller's scope, apply the domain operation and
 * remember the key. Expected failures come back as `fehler`; nothing is written then.
 */
export interface TicketErgebnis {
  ticket: TicketEntity | null;
  fehler: Fehler[];
}

const nichtGefunden = () =>
  FachlicherFehler.von(FehlerCode.AUFTRAG_NICHT_GEFUNDEN, 'Zu dieser SPN-ID gibt es keinen Auftrag Ihrer Werkstatt. Bitte prüfen Sie die SPN-ID.', ['input', 'spnId']);

/** Runs a ticket use case exactly once; the idempotency key remembers the ticket number. */
async function einmalig(ctx: RequestContext, mutation: string, input: object & { idempotencyKey?: string | null }, fn: (v: Vorgang) => Promise<TicketEntity>): Promise<TicketErgebnis> {
  const e = await anwendungsfall<TicketEntity>(
    ctx,
    {
      mutation,
      input,
      merken: (r) => r.wert!.ticketNummer,
      laden: async (m, nummer) => ({ wert: await m.getRepository(TicketEntity).findOneByOrFail({ ticketNummer: nummer }), fehler: [] }),
    },
    async (v) => ({ wert: await fn(v), fehler: [] }),
  );
  return { ticket: e.wert, fehler: e.fehler };
}

async function bisherigeUebernahme(v: Vorgang, auftragId: number): Promise<string | null> {
  const t = await v.m
    .getRepository(TicketEntity)
    .createQueryBuilder('t')
    .select('MAX(t.fahrzeugUebernommenAm)', 'max')
    .where('t.auftragId = :auftragId', { auftragId })
    .getRawOne<{ max: string | null }>();
  return t?.max ? String(t.max).slice(0, 10) : null;
}

async function zuAenderndenAuftrag(v: Vorgang, ctx: RequestContext, spnId: string): Promise<AuftragEntity> {
  const a = await auftragZumAendern(v.m, ctx.aufrufer!, spnId);
  if (!a) throw nichtGefunden();
  return a;
}

/** Vorgangsinfo: reports repair or appointment status; closes open reminders and moves the order where the status says so. */
export async function vorgangsinfoMelden(ctx: RequestContext, input: VorgangsinfoInput): Promise<TicketErgebnis> {
  const geprueft = validieren(vorgangsinfoSchema, input);
  if (!geprueft.ok) return { ticket: null, fehler: geprueft.fehler };
  const d = geprueft.wert;
  return einmalig(ctx, 'vorgangsinfoMelden', input, async (v) => {
    const a = await zuAenderndenAuftrag(v, ctx, d.spnId);
    abbrechenBei(datenPlausibel(d, { heute: berlinDatum(v.jetzt), vermitteltAm: berlinDatum(a.vermitteltAm), bisherigeUebernahme: await bisherigeUebernahme(v, a.id) }));
    const { ticket } = await aktionEinreichen(v, a, {
      aktion: Aktion.VORGANGSINFO,
      inhalt: {
        reparaturstatus: d.reparaturstatus,
        termin: d.termin ?? null,
        fahrzeugUebernommenAm: d.fahrzeugUebernommenAm ?? null,
        voraussichtlicheFertigstellung: d.voraussichtlicheFertigstellung ?? null,
        fertiggestelltAm: d.fertiggestelltAm ?? null,
        fahrzeugZurueckgegebenAm: d.fahrzeugZurueckgegebenAm ?? null,
      },
      nachricht: d.nachricht ?? null,
      von: v.akteur.name,
      benutzerId: ctx.aufrufer?.art === 'BENUTZER' ? ctx.aufrufer.benutzerId : null,
    });
    return ticket;
  });
}

/** Fehlende Freigabe: the shop holds a Freigabe the portal does not show. */
export async function fehlendeFreigabeMelden(ctx: RequestContext, input: FehlendeFreigabeInput): Promise<TicketErgebnis> {
  const geprueft = validieren(fehlendeFreigabeSchema, input);
  if (!geprueft.ok) return { ticket: null, fehler: geprueft.fehler };
  const d = geprueft.wert;
  return einmalig(ctx, 'fehlendeFreigabeMelden', input, async (v) => {
    const a = await zuAenderndenAuftrag(v, ctx, d.spnId);
    abbrechenBei(datenPlausibel({ freigabeErhaltenAm: d.freigabeErhaltenAm }, { heute: berlinDatum(v.jetzt), vermitteltAm: berlinDatum(a.vermitteltAm), bisherigeUebernahme: null }));
    const { ticket } = await aktionEinreichen(v, a, {
      aktion: Aktion.FEHLENDE_FREIGABE,
      inhalt: { freigabeErhaltenAm: d.freigabeErhaltenAm, quelle: (input.quelle ?? null) as TicketEntity['quelle'], betragNettoCent: d.betragNetto ?? null, referenz: d.referenz ?? null },
      nachricht: d.nachricht ?? null,
      von: v.akteur.name,
      benutzerId: ctx.aufrufer?.art === 'BENUTZER' ? ctx.aufrufer.benutzerId : null,
    });
    return ticket;
  });
}

/** Auftrag anfordern: a repair order is needed (KV-Service order, or cancelled by mistake). */
export async function auftragAnfordern(ctx: RequestContext, input: AuftragAnfordernInput): Promise<TicketErgebnis> {
  const geprueft = validieren(auftragAnfordernSchema, input);
  if (!geprueft.ok) return { ticket: null, fehler: geprueft.fehler };
  const d = geprueft.wert;
  return einmalig(ctx, 'auftragAnfordern', input, async (v) => {
    const a = await zuAenderndenAuftrag(v, ctx, d.spnId);
    const { ticket } = await aktionEinreichen(v, a, {
      aktion: Aktion.AUFTRAG_ANFORDERN,
      inhalt: { grund: d.grund, kundeHatUnterschrieben: true },
      nachricht: d.nachricht ?? null,
      von: v.akteur.name,
      benutzerId: ctx.aufrufer?.art === 'BENUTZER' ? ctx.aufrufer.benutzerId : null,
    });
    return ticket;
  });
}

async function ticketZumAendern(v: Vorgang, wer: Aufrufer, eingabe: string): Promise<TicketEntity> {
  const nummer = normalisiereTicketNummer(eingabe);
  const qb = v.m.getRepository(TicketEntity).createQueryBuilder('t').where('t.ticketNummer = :nummer', { nummer: nummer ?? '' });
  mandantFiltern(qb, wer, 't.werkstattId');
  if (zeilensperre(v.m)) qb.setLock('pessimistic_write');
  const t = nummer ? await qb.getOne() : null;
  if (!t) throw FachlicherFehler.von(FehlerCode.TICKET_NICHT_GEFUNDEN, ticketNichtGefundenText(wer), ['input', 'ticketNummer']);
  return t;
}

/** Staff have no shop: "für Ihre Werkstatt" only for a shop, whose scope hides other shops' tickets. */
function ticketNichtGefundenText(wer: Aufrufer): string {
  const satz = wer.rolle === Rolle.INTERN ? 'Ein Ticket mit dieser Nummer gibt es nicht.' : 'Ein Ticket mit dieser Nummer gibt es für Ihre Werkstatt nicht.';
  return `${satz} Bitte prüfen Sie die Ticketnummer (SSP-JJJJ-NNNNNN).`;
}

/** A shop's follow-up message on its own open ticket. */
export async function ticketNachrichtSenden(ctx: RequestContext, input: TicketNachrichtInput): Promise<TicketErgebnis> {
  const geprueft = validieren(ticketNachrichtSchema, input);
  if (!geprueft.ok) return { ticket: null, fehler: geprueft.fehler };
  const d = geprueft.wert;
  return einmalig(ctx, 'ticketNachrichtSenden', input, async (v) => {
    const ticket = await ticketZumAendern(v, ctx.aufrufer!, d.ticketNummer);
    if (ticket.status !== TicketStatus.OFFEN && ticket.status !== TicketStatus.IN_BEARBEITUNG) {
      throw FachlicherFehler.von(
        FehlerCode.AKTION_NICHT_ERLAUBT,
        `Das Ticket ${ticket.ticketNummer} ist bereits abgeschlossen. Für ein neues Anliegen nutzen Sie bitte die passende Aktion auf der Auftragsübersicht.`,
      );
    }
    const auftrag = await auftragSperren(v, ticket.auftragId);
    await nachrichtAnhaengen(v, ticket, v.akteur.name, Rolle.WERKSTATT, d.text);
    ticket.aktualisiertAm = v.jetzt;
    await v.m.save(TicketEntity, ticket);
    await protokollieren(v, auftrag, EreignisArt.TICKET_BEARBEITET, `Weitere Nachricht der Werkstatt zu Ticket ${ticket.ticketNummer}.`);
    await auftragSpeichern(v, auftrag);
    return ticket;
  });
}

/** Staff work a ticket: status, optional answer (message + e-mail), and the effect of an accepted "Auftrag anfordern". */
export async function ticketBearbeitenAusfuehren(ctx: RequestContext, input: TicketBearbeitenInput): Promise<TicketErgebnis> {
  const geprueft = validieren(ticketBearbeitenSchema, input);
  if (!geprueft.ok) return { ticket: null, fehler: geprueft.fehler };
  const d = geprueft.wert;
  return einmalig(ctx, 'ticketBearbeiten', { ...input, idempotencyKey: null }, async (v) => {
    const ticket = await ticketZumAendern(v, ctx.aufrufer!, d.ticketNummer);
    const auftrag = await auftragSperren(v, ticket.auftragId);
    if (input.status === ticket.status && !d.antwort) {
      throw FachlicherFehler.von(FehlerCode.VALIDIERUNG, 'Bitte einen neuen Status wählen oder eine Antwort schreiben.', ['input', 'status']);
    }
    await ticketBearbeiten(v, auftrag, ticket, input.status, d.antwort ?? null);
    return ticket;
  });
}

