import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { enumSpalte, zeitpunkt } from '../../db/columns';
import { BenutzerEntity } from './benutzer.entity';

/** What an e-mailed account token allows. */
export enum KontoTokenArt {
  /** Accept an invitation: set the first password (valid 7 days). */
  EINLADUNG = 'EINLADUNG',
  /** Set a new password after "Passwort vergessen" (valid 1 hour). */
  RESET = 'RESET',
}

/**
 * A single-use token sent by e-mail (invitation or password reset). Only its SHA-256 hash is stored;
 * `verwendetAm` marks it used, `ablaufAm` ends it.
 */
@Entity('konto_token')
export class KontoTokenEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column(enumSpalte(20)) art: KontoTokenArt;
  @Column({ type: 'varchar', length: 64, unique: true }) tokenHash: string;
  @Index() @Column({ type: 'int' }) benutzerId: number;
  @ManyToOne(() => BenutzerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'benutzerId' })
  benutzer?: Relation<BenutzerEntity>;
  @Column(zeitpunkt()) erstelltAm: Date;
  @Column(zeitpunkt()) ablaufAm: Date;
  @Column(zeitpunkt({ nullable: true })) verwendetAm: Date | null;
}
