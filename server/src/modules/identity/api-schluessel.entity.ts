import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Kalkulationssystem } from '../../common/enums';
import { enumSpalte, zeitpunkt } from '../../db/columns';
import { WerkstattEntity } from './werkstatt.entity';

/** A calculation-system vendor's API key (role KALKULATION). Only its SHA-256 hash is stored. */
@Entity('api_schluessel')
export class ApiSchluesselEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column(enumSpalte()) kalkulationssystem: Kalkulationssystem;
  @Column({ type: 'varchar', length: 64, unique: true }) schluesselHash: string;
  /** First characters of the key, to recognise it in lists without revealing it. */
  @Column({ type: 'varchar', length: 16 }) praefix: string;
  @Column(zeitpunkt()) erstelltAm: Date;
  @Column(zeitpunkt({ nullable: true })) widerrufenAm: Date | null;
}

/** Which shops' orders an API key may read and submit documents for. */
@Entity('api_schluessel_werkstatt')
export class ApiSchluesselWerkstattEntity {
  @PrimaryColumn({ type: 'int' }) apiSchluesselId: number;
  @Index() @PrimaryColumn({ type: 'int' }) werkstattId: number;
  @ManyToOne(() => ApiSchluesselEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'apiSchluesselId' })
  apiSchluessel?: Relation<ApiSchluesselEntity>;
  @ManyToOne(() => WerkstattEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'werkstattId' })
  werkstatt?: Relation<WerkstattEntity>;
}
