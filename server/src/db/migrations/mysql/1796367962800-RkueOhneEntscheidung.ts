import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Data only: `rkueEntschiedenAm` is the time of the insurer's decision (ERTEILT or ABGELEHNT). Until
 * now putting an RKÜ into review (IN_PRUEFUNG) also set it, so an undecided RKÜ showed a decision date.
 * IN_PRUEFUNG is reachable only from NICHT_ANGEFRAGT, so such a row never had a decision: clear it.
 */
export class RkueOhneEntscheidung1796367962800 implements MigrationInterface {
    name = 'RkueOhneEntscheidung1796367962800'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`UPDATE \`auftrag\` SET \`rkueEntschiedenAm\` = NULL WHERE \`rkueStatus\` IN ('NICHT_ANGEFRAGT', 'IN_PRUEFUNG')`);
    }

    public async down(): Promise<void> {
        // The cleared timestamps were wrong; nothing to restore.
    }
}
