import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { zeitpunkt } from '../../db/columns';
import { BenutzerEntity } from './benutzer.entity';

/** A login session. Only the SHA-256 hash of the bearer token is stored; `beendetAm` revokes it. */
@Entity('sitzung')
export class SitzungEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 64, unique: true }) tokenHash: string;
  @Index() @Column({ type: 'int' }) benutzerId: number;
  @ManyToOne(() => BenutzerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'benutzerId' })
  benutzer?: Relation<BenutzerEntity>;
  @Column(zeitpunkt()) erstelltAm: Date;
  @Column(zeitpunkt()) ablaufAm: Date;
  @Column(zeitpunkt({ nullable: true })) beendetAm: Date | null;
}
