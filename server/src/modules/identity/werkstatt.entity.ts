import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Kalkulationssystem } from '../../common/enums';
import { enumSpalte, zeitpunkt } from '../../db/columns';

/** A partner repair shop of the network. */
@Entity('werkstatt')
export class WerkstattEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 20, unique: true }) partnerNummer: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 100, nullable: true }) ort: string | null;
  @Column(enumSpalte()) kalkulationssystem: Kalkulationssystem;
  /** Address that receives the shop's system e-mails. */
  @Column({ type: 'varchar', length: 254 }) email: string;
  @Column(zeitpunkt()) erstelltAm: Date;
}
