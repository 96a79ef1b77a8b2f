import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Auftragsstatus, Stornogrund } from '../../common/enums';
import { enumSpalte, freitext, zeitpunkt } from '../../db/columns';
import { AuftragEntity } from './auftrag.entity';

/** A cancellation. It remembers the status it came from; `aufgehobenAm` is set when it is undone. */
@Entity('storno')
@Index('idx_storno_auftrag', ['auftragId', 'id'])
export class StornoEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) auftragId: number;
  @ManyToOne(() => AuftragEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'auftragId' })
  auftrag?: Relation<AuftragEntity>;
  @Column(enumSpalte()) grund: Stornogrund;
  @Column(freitext({ nullable: true })) bemerkung: string | null;
  @Column(zeitpunkt()) storniertAm: Date;
  @Column(enumSpalte(30)) vorherigerStatus: Auftragsstatus;
  /** The Storno e-mail in the outbox. */
  @Column({ type: 'int', nullable: true }) benachrichtigungId: number | null;
  @Column(zeitpunkt({ nullable: true })) aufgehobenAm: Date | null;
}
