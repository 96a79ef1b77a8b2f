import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Auftragsart, Auftragsstatus, RkueStatus, Sparte } from '../../common/enums';
import { datum, enumSpalte, freitext, zeitpunkt } from '../../db/columns';
import { WerkstattEntity } from '../identity/werkstatt.entity';
import { VersichererEntity } from '../stammdaten/versicherer.entity';

/**
 * A brokered order for one damaged vehicle at one shop. `status` is written only by
 * AuftragLifecycleService; `aktualisiertAm`, `hinweisCodes` and `aktionen` are kept in step with the
 * order's history by the same service (they index the list filters, the truth is computed live).
 */
@Entity('auftrag')
@Index('idx_auftrag_werkstatt_aktualisiert', ['werkstattId', 'aktualisiertAm', 'id'])
@Index('idx_auftrag_werkstatt_vermittelt', ['werkstattId', 'vermitteltAm', 'id'])
@Index('idx_auftrag_aktualisiert', ['aktualisiertAm', 'id'])
@Index('idx_auftrag_vermittelt', ['vermitteltAm', 'id'])
@Index('idx_auftrag_aenderung', ['aenderungsNr'])
@Index('idx_auftrag_werkstatt_aenderung', ['werkstattId', 'aenderungsNr'])
export class AuftragEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 20, unique: true }) spnId: string;
  @Column(enumSpalte(20)) auftragsart: Auftragsart;
  @Index() @Column(enumSpalte(30)) status: Auftragsstatus;
  @Column({ type: 'int' }) werkstattId: number;
  @ManyToOne(() => WerkstattEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'werkstattId' })
  werkstatt?: Relation<WerkstattEntity>;
  @Index() @Column({ type: 'int' }) versichererId: number;
  @ManyToOne(() => VersichererEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'versichererId' })
  versicherer?: Relation<VersichererEntity>;
  @Column({ type: 'varchar', length: 30 }) schadennummer: string;
  /** Upper case, without spaces: the form used to match incoming documents. */
  @Column({ type: 'varchar', length: 30 }) schadennummerNorm: string;
  @Column(datum({ nullable: true })) schadentag: string | null;
  @Column(enumSpalte(20)) sparte: Sparte;
  @Column({ type: 'varchar', length: 20 }) kennzeichen: string;
  /** NFC, upper case, without spaces and hyphens. */
  @Index() @Column({ type: 'varchar', length: 20 }) kennzeichenNorm: string;
  @Column({ type: 'varchar', length: 100, nullable: true }) hersteller: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) modell: string | null;
  @Column({ type: 'varchar', length: 17, nullable: true }) fin: string | null;
  @Column(datum({ nullable: true })) erstzulassung: string | null;
  @Column({ type: 'varchar', length: 200 }) kundeName: string;
  @Column({ type: 'varchar', length: 300, nullable: true }) kundeAnschrift: string | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) kundeTelefon: string | null;
  @Column(enumSpalte(20)) rkueStatus: RkueStatus;
  @Column(zeitpunkt({ nullable: true })) rkueEntschiedenAm: Date | null;
  @Column(freitext({ nullable: true })) rkueBemerkung: string | null;
  @Column(zeitpunkt()) vermitteltAm: Date;
  /** Time of the latest history entry. */
  @Column(zeitpunkt()) aktualisiertAm: Date;
  /**
   * Change sequence number, drawn from one counter at every change and held under its lock until
   * commit: it grows in commit order, so the vendors' feed pages by it without ever skipping a change.
   */
  @Column({ type: 'int', default: 0 }) aenderungsNr: number;
  /** `|SPN2026004711|KS2026118734|MAB1234|`: the normalised keys the free-text search matches. */
  @Column({ type: 'varchar', length: 120 }) suchtext: string;
  /** `,KV_FEHLT,RKUE_OFFEN,`: the Hinweis codes at the last change (for the `hinweis` list filter). */
  @Column({ type: 'varchar', length: 300, default: '' }) hinweisCodes: string;
  /** `,VORGANGSINFO,`: the actions the Hinweise offered at the last change (for the "Offene Punkte" list). */
  @Column({ type: 'varchar', length: 100, default: '' }) aktionen: string;
}
