import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { zeitpunkt } from './columns';

/**
 * Remembered submissions for exactly-once mutations: scoped per caller and mutation; the request's
 * fingerprint detects a reused key with different content; kept at least 30 days.
 */
@Entity('idempotenz')
export class IdempotenzEntity {
  /** `<caller>:<mutation>:<key>` */
  @PrimaryColumn({ type: 'varchar', length: 255 }) schluessel: string;
  @Column({ type: 'varchar', length: 64 }) fingerabdruck: string;
  /** The id of the result (ticket, order …) to answer again. */
  @Column({ type: 'varchar', length: 100, nullable: true }) ergebnis: string | null;
  @Index() @Column(zeitpunkt()) erstelltAm: Date;
}
