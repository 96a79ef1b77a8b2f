import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { cent, zeitpunkt } from '../../db/columns';
import { AuftragEntity } from '../auftrag/auftrag.entity';
import { KostenvoranschlagEntity } from './kostenvoranschlag.entity';

/** The technical repair approval of one KV or Nachtrag, with the approved net amount and the network discount. */
@Entity('freigabe')
@Index('idx_freigabe_auftrag', ['auftragId', 'id'])
export class FreigabeEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) auftragId: number;
  @ManyToOne(() => AuftragEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'auftragId' })
  auftrag?: Relation<AuftragEntity>;
  @Index({ unique: true }) @Column({ type: 'int' }) kvId: number;
  @ManyToOne(() => KostenvoranschlagEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'kvId' })
  kv?: Relation<KostenvoranschlagEntity>;
  @Column(zeitpunkt()) erteiltAm: Date;
  @Column(cent()) betragNettoCent: number;
  @Column(cent()) nachlassCent: number;
}
