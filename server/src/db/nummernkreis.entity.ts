import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Counters for human-readable numbers (`SPN-YYYY-NNNNNN`, `SSP-YYYY-NNNNNN`), one row per prefix and year. */
@Entity('nummernkreis')
export class NummernkreisEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 }) praefix: string;
  @PrimaryColumn({ type: 'int' }) jahr: number;
  @Column({ type: 'int' }) letzteNummer: number;
}
