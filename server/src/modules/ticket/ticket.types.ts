import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Aktion, AnforderungsGrund, FreigabeQuelle, Reparaturstatus, TicketStatus } from '../../common/enums';
import { Connection } from '../../graphql/pagination';
import { DecimalScalar, LocalDateScalar } from '../../graphql/scalars';
import { Auftrag } from '../auftrag/auftrag.types';

@ObjectType({ description: 'Eine Nachricht zu einem Ticket: Text der Werkstatt oder Antwort des SPN-Teams.' })
export class TicketNachricht {
  @Field({ description: 'Absender (Werkstatt oder SPN-Team).' }) von: string;
  @Field({ description: 'Text der Nachricht.' }) text: string;
  @Field({ description: 'Zeitpunkt der Nachricht.' }) gesendetAm: Date;
}

@ObjectType({ description: 'Der Inhalt des Formulars, das das Ticket erstellt hat; Felder, die dieses Formular nicht hat, sind null.' })
export class TicketInhalt {
  @Field(() => Reparaturstatus, { nullable: true, description: 'Vorgangsinfo: gemeldeter Reparatur- oder Terminstatus.' }) reparaturstatus: Reparaturstatus | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Vorgangsinfo: vereinbarter Termin.' }) termin: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Vorgangsinfo: Tag der Fahrzeugübernahme.' }) fahrzeugUebernommenAm: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Vorgangsinfo: voraussichtliche Fertigstellung.' }) voraussichtlicheFertigstellung: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Vorgangsinfo: Tag der Fertigstellung.' }) fertiggestelltAm: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Vorgangsinfo: Tag der Rückgabe an den Kunden.' }) fahrzeugZurueckgegebenAm: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Fehlende Freigabe: Tag, an dem die Freigabe erhalten wurde.' }) freigabeErhaltenAm: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Fehlende Freigabe: freigegebener Nettobetrag laut Werkstatt.' }) betragNetto: number | null;
  @Field(() => FreigabeQuelle, { nullable: true, description: 'Fehlende Freigabe: woher die Freigabe kam.' }) quelle: FreigabeQuelle | null;
  @Field(() => String, { nullable: true, description: 'Fehlende Freigabe: Referenz der Freigabe.' }) referenz: string | null;
  @Field(() => AnforderungsGrund, { nullable: true, description: 'Auftrag anfordern: Grund.' }) grund: AnforderungsGrund | null;
  @Field(() => Boolean, { nullable: true, description: 'Auftrag anfordern: Kunde hat Reparaturauftrag und Abtretung unterschrieben.' }) kundeHatUnterschrieben: boolean | null;
}

@ObjectType({ description: 'Ein Ticket: was eine Aktion des Portals erstellt; gehört der Werkstatt.' })
export class Ticket {
  @Field(() => ID, { description: 'Technische ID.' }) id: number;
  @Field({ description: 'Ticketnummer SSP-JJJJ-NNNNNN; in Rückfragen angeben.' }) ticketNummer: string;
  @Field(() => Aktion, { description: 'Die Aktion, die das Ticket erstellt hat.' }) aktion: Aktion;
  @Field(() => TicketStatus, { description: 'Bearbeitungsstand.' }) status: TicketStatus;
  @Field(() => Auftrag, { description: 'Der Auftrag des Tickets.' }) auftrag: Auftrag;
  @Field({ description: 'Zeitpunkt der Erstellung.' }) erstelltAm: Date;
  @Field(() => TicketInhalt, { description: 'Inhalt des ersten Formulars.' }) inhalt: TicketInhalt;
  @Field(() => [TicketNachricht], { description: 'Nachrichten, älteste zuerst.' }) nachrichten: TicketNachricht[];
}

@ObjectType({ description: 'Eine Seite einer Ticketliste.' })
export class TicketConnection extends Connection(Ticket, 'Ticket', 'Tickets') {}

@InputType({ description: 'Filter für Ticketlisten.' })
export class TicketFilter {
  @Field(() => [TicketStatus], { nullable: true, description: 'Nur Tickets mit einem dieser Status.' }) status?: TicketStatus[] | null;
  @Field(() => Aktion, { nullable: true, description: 'Nur Tickets dieser Aktion.' }) aktion?: Aktion | null;
  @Field(() => String, { nullable: true, description: 'Nur Tickets zu diesem Auftrag.' }) spnId?: string | null;
}
