import { AuftragEntity } from '../modules/auftrag/auftrag.entity';
import { EreignisEntity } from '../modules/auftrag/ereignis.entity';
import { ErinnerungEntity } from '../modules/auftrag/erinnerung.entity';
import { StornoEntity } from '../modules/auftrag/storno.entity';
import { BenachrichtigungEntity } from '../modules/benachrichtigung/benachrichtigung.entity';
import { EingangEntity } from '../modules/dokumente/eingang.entity';
import { FreigabeEntity } from '../modules/dokumente/freigabe.entity';
import { KostenvoranschlagEntity } from '../modules/dokumente/kostenvoranschlag.entity';
import { RechnungEntity } from '../modules/dokumente/rechnung.entity';
import { ApiSchluesselEntity, ApiSchluesselWerkstattEntity } from '../modules/identity/api-schluessel.entity';
import { BenutzerEntity } from '../modules/identity/benutzer.entity';
import { KontoProtokollEntity } from '../modules/identity/konto-protokoll.entity';
import { KontoTokenEntity } from '../modules/identity/konto-token.entity';
import { SitzungEntity } from '../modules/identity/sitzung.entity';
import { WerkstattEntity } from '../modules/identity/werkstatt.entity';
import { VersichererEntity } from '../modules/stammdaten/versicherer.entity';
import { TicketNachrichtEntity } from '../modules/ticket/ticket-nachricht.entity';
import { TicketEntity } from '../modules/ticket/ticket.entity';
import { IdempotenzEntity } from './idempotenz.entity';
import { NummernkreisEntity } from './nummernkreis.entity';

/** Every entity of the data model, registered with the DataSource. */
export const ENTITIES = [
  WerkstattEntity,
  BenutzerEntity,
  SitzungEntity,
  ApiSchluesselEntity,
  ApiSchluesselWerkstattEntity,
  VersichererEntity,
  AuftragEntity,
  EreignisEntity,
  StornoEntity,
  ErinnerungEntity,
  KostenvoranschlagEntity,
  FreigabeEntity,
  RechnungEntity,
  EingangEntity,
  TicketEntity,
  TicketNachrichtEntity,
  BenachrichtigungEntity,
  NummernkreisEntity,
  IdempotenzEntity,
  KontoTokenEntity,
  KontoProtokollEntity,
];
