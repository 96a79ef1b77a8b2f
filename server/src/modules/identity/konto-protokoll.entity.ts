import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { enumSpalte, zeitpunkt } from '../../db/columns';

/** The kinds of account changes the audit trail records. */
export enum KontoAenderungArt {
  WERKSTATT_ANGELEGT = 'WERKSTATT_ANGELEGT',
  WERKSTATT_GEAENDERT = 'WERKSTATT_GEAENDERT',
  BENUTZER_ANGELEGT = 'BENUTZER_ANGELEGT',
  BENUTZER_EINGELADEN = 'BENUTZER_EINGELADEN',
  EINLADUNG_ANGENOMMEN = 'EINLADUNG_ANGENOMMEN',
  PASSWORT_VERGESSEN = 'PASSWORT_VERGESSEN',
  PASSWORT_ZURUECKGESETZT = 'PASSWORT_ZURUECKGESETZT',
  PASSWORT_GEAENDERT = 'PASSWORT_GEAENDERT',
  SITZUNGEN_BEENDET = 'SITZUNGEN_BEENDET',
  BENUTZER_DEAKTIVIERT = 'BENUTZER_DEAKTIVIERT',
  API_SCHLUESSEL_ERSTELLT = 'API_SCHLUESSEL_ERSTELLT',
  API_SCHLUESSEL_WIDERRUFEN = 'API_SCHLUESSEL_WIDERRUFEN',
}

/**
 * The audit trail of account changes (who, when, what), written in the same transaction as the
 * change. Never holds passwords or tokens.
 */
@Entity('konto_protokoll')
@Index('idx_konto_protokoll_werkstatt', ['werkstattId', 'id'])
export class KontoProtokollEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column(zeitpunkt()) zeitpunkt: Date;
  @Column(enumSpalte(40)) art: KontoAenderungArt;
  /** Who made the change, as shown ("Sabine Krüger (SPN-Netzwerk)", "Kommandozeile"). */
  @Column({ type: 'varchar', length: 300 }) akteur: string;
  /** The acting user, if a user acted. */
  @Column({ type: 'int', nullable: true }) akteurBenutzerId: number | null;
  /** The user the change is about. */
  @Index() @Column({ type: 'int', nullable: true }) benutzerId: number | null;
  /** The shop the change belongs to. */
  @Column({ type: 'int', nullable: true }) werkstattId: number | null;
  @Column({ type: 'int', nullable: true }) apiSchluesselId: number | null;
  @Column({ type: 'varchar', length: 500 }) beschreibung: string;
}
