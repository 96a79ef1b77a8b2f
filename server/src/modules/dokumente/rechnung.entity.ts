import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { RechnungArt, RechnungStatus } from '../../common/enums';
import { cent, datum, enumSpalte, freitext, zeitpunkt } from '../../db/columns';
import { AuftragEntity } from '../auftrag/auftrag.entity';

/** An invoice received through the network's invoice process. `rechnungsnummer` is unique per shop. */
@Entity('rechnung')
@Index('idx_rechnung_auftrag', ['auftragId', 'id'])
@Index('uq_rechnung_werkstatt_nummer', ['werkstattId', 'rechnungsnummer'], { unique: true })
export class RechnungEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) auftragId: number;
  @ManyToOne(() => AuftragEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'auftragId' })
  auftrag?: Relation<AuftragEntity>;
  @Column({ type: 'int' }) werkstattId: number;
  @Column(enumSpalte(20)) art: RechnungArt;
  @Column({ type: 'varchar', length: 50 }) rechnungsnummer: string;
  @Column(datum()) rechnungsdatum: string;
  @Column(zeitpunkt()) eingegangenAm: Date;
  @Column(cent()) betragNettoCent: number;
  @Column(cent()) mwstCent: number;
  @Column(enumSpalte(30)) status: RechnungStatus;
  @Column(freitext({ nullable: true })) bemerkung: string | null;
  @Column({ type: 'boolean', nullable: true }) vorsteuerabzugsberechtigt: boolean | null;
  @Column(datum({ nullable: true })) fahrzeugUebernommenAm: string | null;
  @Column(datum({ nullable: true })) fahrzeugZurueckgegebenAm: string | null;
}
