import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { EreignisArt } from '../../common/enums';
import { enumSpalte, zeitpunkt } from '../../db/columns';
import { AuftragEntity } from './auftrag.entity';

/** One entry of an order's history: who did what, when. `beschreibung` is written by the system, never free text. */
@Entity('ereignis')
@Index('idx_ereignis_auftrag', ['auftragId', 'id'])
export class EreignisEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) auftragId: number;
  @ManyToOne(() => AuftragEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'auftragId' })
  auftrag?: Relation<AuftragEntity>;
  @Column(zeitpunkt()) zeitpunkt: Date;
  @Column(enumSpalte(30)) art: EreignisArt;
  @Column({ type: 'varchar', length: 500 }) beschreibung: string;
  /** Display name of the actor (person, shop, calculation system or "SPN-System"). */
  @Column({ type: 'varchar', length: 200, nullable: true }) akteur: string | null;
  /** Role of the actor; vendors see only this, not the person's name. */
  @Column(enumSpalte(20, { nullable: true })) akteurRolle: string | null;
}
