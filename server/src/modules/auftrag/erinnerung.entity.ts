import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { ErinnerungArt } from '../../common/enums';
import { enumSpalte, zeitpunkt } from '../../db/columns';
import { AuftragEntity } from './auftrag.entity';

/** A reminder to the shop to report repair or appointment status; closed by a Vorgangsinfo. */
@Entity('erinnerung')
@Index('idx_erinnerung_auftrag', ['auftragId', 'id'])
export class ErinnerungEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) auftragId: number;
  @ManyToOne(() => AuftragEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'auftragId' })
  auftrag?: Relation<AuftragEntity>;
  @Column(enumSpalte()) art: ErinnerungArt;
  @Column(zeitpunkt()) gesendetAm: Date;
  @Column(zeitpunkt({ nullable: true })) erledigtAm: Date | null;
}
