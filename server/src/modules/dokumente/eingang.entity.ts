import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { EingangArt, Kalkulationssystem } from '../../common/enums';
import { enumSpalte, zeitpunkt } from '../../db/columns';
import { AuftragEntity } from '../auftrag/auftrag.entity';

/** A KV, Nachtrag or invoice that named this order's SPN-ID but could not be matched (e.g. plate differs). */
@Entity('eingang')
@Index('idx_eingang_auftrag', ['auftragId', 'id'])
export class EingangEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) auftragId: number;
  @ManyToOne(() => AuftragEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'auftragId' })
  auftrag?: Relation<AuftragEntity>;
  @Column(zeitpunkt()) eingegangenAm: Date;
  @Column(enumSpalte(20)) art: EingangArt;
  @Column(enumSpalte()) kalkulationssystem: Kalkulationssystem;
  @Column({ type: 'varchar', length: 100, nullable: true }) externeReferenz: string | null;
  /** Comma-separated field names that did not match, e.g. `kennzeichen`. */
  @Column({ type: 'varchar', length: 100 }) abweichendeFelder: string;
  /** API key that submitted it (null for staff); vendors see only their own. */
  @Column({ type: 'int', nullable: true }) apiSchluesselId: number | null;
}
