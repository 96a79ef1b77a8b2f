import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { enumSpalte, freitext, zeitpunkt } from '../../db/columns';

/** What a system e-mail is about. */
export enum BenachrichtigungAnlass {
  FREIGABE = 'FREIGABE',
  KORREKTUR = 'KORREKTUR',
  RKUE = 'RKUE',
  STORNO = 'STORNO',
  ERINNERUNG = 'ERINNERUNG',
  TICKET_ANTWORT = 'TICKET_ANTWORT',
  KONTO = 'KONTO',
}

/**
 * The outbox of system e-mails: written in the same transaction as the change it reports, delivered
 * later by the outbox worker; `versendetAm` says when it went out.
 */
@Entity('benachrichtigung')
@Index('idx_benachrichtigung_auftrag', ['auftragId', 'id'])
@Index('idx_benachrichtigung_faellig', ['versendetAm', 'naechsterVersuchAm'])
export class BenachrichtigungEntity {
  @PrimaryGeneratedColumn() id: number;
  /** The order it is about (null for account e-mails). */
  @Column({ type: 'int', nullable: true }) auftragId: number | null;
  @Column(enumSpalte(30)) anlass: BenachrichtigungAnlass;
  @Column({ type: 'varchar', length: 254 }) empfaenger: string;
  @Column({ type: 'varchar', length: 300 }) betreff: string;
  @Column(freitext()) text: string;
  @Column(zeitpunkt()) erstelltAm: Date;
  @Column(zeitpunkt({ nullable: true })) versendetAm: Date | null;
  @Column({ type: 'int', default: 0 }) versuche: number;
  @Column(zeitpunkt({ nullable: true })) naechsterVersuchAm: Date | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) letzterFehler: string | null;
  /** Worker lease: a worker owns the mail until this instant. */
  @Column(zeitpunkt({ nullable: true })) gesperrtBis: Date | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) gesperrtVon: string | null;
}
