import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { cent } from '../../db/columns';

/** An insurer of the network, with its discount and KV-Service fee. */
@Entity('versicherer')
export class VersichererEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 200, unique: true }) name: string;
  /** Network discount in basis points (500 = 5.00 %). */
  @Column({ type: 'int' }) nachlassBasispunkte: number;
  @Column(cent()) kvServicePauschaleCent: number;
}
