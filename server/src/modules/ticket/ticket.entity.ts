import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Aktion, AnforderungsGrund, FreigabeQuelle, Reparaturstatus, TicketStatus } from '../../common/enums';
import { cent, datum, enumSpalte, zeitpunkt } from '../../db/columns';
import { AuftragEntity } from '../auftrag/auftrag.entity';

/**
 * What a portal action creates: the shop's form content (`inhalt` of the first filing) and a status
 * worked by staff. Tickets belong to the shop, not to the employee who filed them.
 */
@Entity('ticket')
@Index('idx_ticket_auftrag', ['auftragId', 'id'])
@Index('idx_ticket_werkstatt_status', ['werkstattId', 'status', 'erstelltAm'])
@Index('idx_ticket_status', ['status', 'erstelltAm'])
export class TicketEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 20, unique: true }) ticketNummer: string;
  @Column({ type: 'int' }) auftragId: number;
  @ManyToOne(() => AuftragEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'auftragId' })
  auftrag?: Relation<AuftragEntity>;
  @Column({ type: 'int' }) werkstattId: number;
  @Column({ type: 'int', nullable: true }) erstelltVonBenutzerId: number | null;
  @Column(enumSpalte(30)) aktion: Aktion;
  @Column(enumSpalte(20)) status: TicketStatus;
  @Column(zeitpunkt()) erstelltAm: Date;
  @Column(zeitpunkt()) aktualisiertAm: Date;
  // The form content (TicketInhalt); fields the form does not have stay null.
  @Column(enumSpalte(30, { nullable: true })) reparaturstatus: Reparaturstatus | null;
  @Column(datum({ nullable: true })) termin: string | null;
  @Column(datum({ nullable: true })) fahrzeugUebernommenAm: string | null;
  @Column(datum({ nullable: true })) voraussichtlicheFertigstellung: string | null;
  @Column(datum({ nullable: true })) fertiggestelltAm: string | null;
  @Column(datum({ nullable: true })) fahrzeugZurueckgegebenAm: string | null;
  @Column(datum({ nullable: true })) freigabeErhaltenAm: string | null;
  @Column(cent({ nullable: true })) betragNettoCent: number | null;
  @Column(enumSpalte(30, { nullable: true })) quelle: FreigabeQuelle | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) referenz: string | null;
  @Column(enumSpalte(30, { nullable: true })) grund: AnforderungsGrund | null;
  @Column({ type: 'boolean', nullable: true }) kundeHatUnterschrieben: boolean | null;
}
