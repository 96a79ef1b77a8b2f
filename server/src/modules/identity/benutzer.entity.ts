import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Rolle } from '../../common/enums';
import { enumSpalte, zeitpunkt } from '../../db/columns';
import { WerkstattEntity } from './werkstatt.entity';

/** A person who logs in: a shop employee (WERKSTATT, with its shop) or network staff (INTERN). */
@Entity('benutzer')
export class BenutzerEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 100, unique: true }) benutzername: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 254, nullable: true }) email: string | null;
  /** bcrypt hash (salted, slow). */
  @Column({ type: 'varchar', length: 100 }) passwortHash: string;
  @Column(enumSpalte(20)) rolle: Rolle.WERKSTATT | Rolle.INTERN;
  @Index() @Column({ type: 'int', nullable: true }) werkstattId: number | null;
  @ManyToOne(() => WerkstattEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'werkstattId' })
  werkstatt?: Relation<WerkstattEntity> | null;
  @Column({ type: 'boolean', default: false }) istAdmin: boolean;
  @Column({ type: 'boolean', default: true }) aktiv: boolean;
  @Column(zeitpunkt({ nullable: true })) letzteAnmeldung: Date | null;
  @Column(zeitpunkt()) erstelltAm: Date;
}
