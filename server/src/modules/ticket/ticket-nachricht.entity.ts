import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { enumSpalte, freitext, zeitpunkt } from '../../db/columns';
import { TicketEntity } from './ticket.entity';

/** A message on a ticket: the shop's text of a filing or follow-up, or a staff answer. */
@Entity('ticket_nachricht')
@Index('idx_ticket_nachricht_ticket', ['ticketId', 'id'])
export class TicketNachrichtEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) ticketId: number;
  @ManyToOne(() => TicketEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticketId' })
  ticket?: Relation<TicketEntity>;
  /** Display name of the sender ("Werkstatt Autohaus Berger" or "SPN-Team"). */
  @Column({ type: 'varchar', length: 200 }) von: string;
  @Column(enumSpalte(20)) vonRolle: string;
  @Column(freitext()) text: string;
  @Column(zeitpunkt()) gesendetAm: Date;
}
