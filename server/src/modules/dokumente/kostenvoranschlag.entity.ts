import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Kalkulationssystem, KvArt, KvStatus } from '../../common/enums';
import { cent, enumSpalte, zeitpunkt } from '../../db/columns';
import { AuftragEntity } from '../auftrag/auftrag.entity';

/** A cost estimate (KV) or a supplement (Nachtrag, only the additional amounts). Net and gross are derived. */
@Entity('kostenvoranschlag')
@Index('uq_kv_auftrag_nummer', ['auftragId', 'laufendeNummer'], { unique: true })
export class KostenvoranschlagEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) auftragId: number;
  @ManyToOne(() => AuftragEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'auftragId' })
  auftrag?: Relation<AuftragEntity>;
  @Column(enumSpalte(20)) art: KvArt;
  @Column({ type: 'int' }) laufendeNummer: number;
  @Column(zeitpunkt()) eingegangenAm: Date;
  @Column(enumSpalte()) kalkulationssystem: Kalkulationssystem;
  @Column({ type: 'varchar', length: 100, nullable: true }) externeReferenz: string | null;
  @Column(cent()) ersatzteileCent: number;
  @Column(cent()) arbeitslohnCent: number;
  @Column(cent()) lackierungCent: number;
  @Column(cent()) nebenkostenCent: number;
  @Column(cent()) mwstCent: number;
  @Column(enumSpalte(30)) status: KvStatus;
  /** The reviewer's correction points, as JSON text (portable; no JSON column type). */
  @Column({ type: 'text', nullable: true }) korrekturpunkteJson: string | null;
}
