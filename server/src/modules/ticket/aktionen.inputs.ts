import { Field, InputType, ObjectType } from 'type-graphql';
import { AnforderungsGrund, FreigabeQuelle, Reparaturstatus, TicketStatus } from '../../common/enums';
import { Fehler } from '../../graphql/fehler';
import { DecimalScalar, LocalDateScalar } from '../../graphql/scalars';
import { Ticket } from './ticket.types';

const SPN = 'SPN-ID des Auftrags (Groß-/Kleinschreibung und fehlendes "SPN-" werden toleriert).';
const IDEMPOTENZ = 'Frei gewählter Schlüssel (bis 100 Zeichen) je Formularabsendung: dieselbe Absendung noch einmal liefert dasselbe Ticket statt eines zweiten.';
const NACHRICHT = 'Nachricht an das SPN-Team (höchstens 2.000 Zeichen, keine Gesundheitsdaten).';

@InputType({ description: 'Vorgangsinfo: Reparatur- oder Terminstatus melden; je nach Status ist ein Datum nötig.' })
export class VorgangsinfoInput {
  @Field({ description: SPN }) spnId: string;
  @Field(() => String, { nullable: true, description: IDEMPOTENZ }) idempotencyKey?: string | null;
  @Field(() => Reparaturstatus, { description: 'Der gemeldete Status.' }) reparaturstatus: Reparaturstatus;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Vereinbarter Termin (nötig bei TERMIN_VEREINBART).' }) termin?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Tag der Fahrzeugübernahme (nötig bei FAHRZEUG_IN_ARBEIT).' }) fahrzeugUebernommenAm?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Voraussichtliche Fertigstellung (freiwillig).' }) voraussichtlicheFertigstellung?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Tag der Fertigstellung (nötig bei FAHRZEUG_FERTIG).' }) fertiggestelltAm?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Tag der Rückgabe an den Kunden (nötig bei FAHRZEUG_ZURUECKGEGEBEN).' }) fahrzeugZurueckgegebenAm?: string | null;
  @Field(() => String, { nullable: true, description: NACHRICHT }) nachricht?: string | null;
}

@InputType({ description: 'Fehlende Freigabe: die Werkstatt hat eine Freigabe erhalten, die im Portal fehlt.' })
export class FehlendeFreigabeInput {
  @Field({ description: SPN }) spnId: string;
  @Field(() => String, { nullable: true, description: IDEMPOTENZ }) idempotencyKey?: string | null;
  @Field(() => LocalDateScalar, { description: 'Tag, an dem die Freigabe erhalten wurde.' }) freigabeErhaltenAm: string;
  @Field(() => FreigabeQuelle, { nullable: true, description: 'Woher die Freigabe kam.' }) quelle?: FreigabeQuelle | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Freigegebener Nettobetrag laut Freigabe.' }) betragNetto?: number | null;
  @Field(() => String, { nullable: true, description: 'Referenz oder Aktenzeichen der Freigabe (höchstens 100 Zeichen).' }) referenz?: string | null;
  @Field(() => String, { nullable: true, description: NACHRICHT }) nachricht?: string | null;
}

@InputType({ description: 'Auftrag anfordern: ein Reparaturauftrag wird benötigt (nur KV-Service-Auftrag oder fälschlich storniert).' })
export class AuftragAnfordernInput {
  @Field({ description: SPN }) spnId: string;
  @Field(() => String, { nullable: true, description: IDEMPOTENZ }) idempotencyKey?: string | null;
  @Field(() => AnforderungsGrund, { description: 'Warum ein Reparaturauftrag benötigt wird.' }) grund: AnforderungsGrund;
  @Field({ description: 'Der Kunde hat Reparaturauftrag und Abtretungserklärung oder Zahlungsanweisung unterschrieben (muss true sein).' })
  kundeHatUnterschrieben: boolean;
  @Field(() => String, { nullable: true, description: NACHRICHT }) nachricht?: string | null;
}

@InputType({ description: 'Eine weitere Nachricht der Werkstatt zu ihrem offenen Ticket.' })
export class TicketNachrichtInput {
  @Field({ description: 'Ticketnummer, z. B. "SSP-2026-000042".' }) ticketNummer: string;
  @Field({ description: 'Text der Nachricht (höchstens 2.000 Zeichen).' }) text: string;
  @Field(() => String, { nullable: true, description: IDEMPOTENZ }) idempotencyKey?: string | null;
}

@InputType({ description: 'Das SPN-Team bearbeitet ein Ticket: neuer Status und optional eine Antwort an die Werkstatt.' })
export class TicketBearbeitenInput {
  @Field({ description: 'Ticketnummer.' }) ticketNummer: string;
  @Field(() => TicketStatus, { description: 'Neuer Status (OFFEN → IN_BEARBEITUNG → ERLEDIGT oder ABGELEHNT).' }) status: TicketStatus;
  @Field(() => String, { nullable: true, description: 'Antwort an die Werkstatt; sie sieht sie als Nachricht und erhält sie per E-Mail (höchstens 2.000 Zeichen).' })
  antwort?: string | null;
}

@ObjectType({ description: 'Ergebnis einer Aktion: das Ticket oder die Fehler.' })
export class TicketPayload {
  @Field(() => Ticket, { nullable: true, description: 'Das Ticket (bei einer Wiederholung mit demselben idempotencyKey dasselbe); null bei Fehlern.' }) ticket: unknown | null;
  @Field(() => [Fehler], { description: 'Fachliche Fehler; leer bei Erfolg.' }) fehler: Fehler[];
}
