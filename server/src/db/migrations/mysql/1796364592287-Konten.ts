import { MigrationInterface, QueryRunner } from "typeorm";

export class Konten1796364592287 implements MigrationInterface {
    name = 'Konten1796364592287'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`konto_protokoll\` (\`id\` int NOT NULL AUTO_INCREMENT, \`zeitpunkt\` datetime(3) NOT NULL, \`art\` varchar(40) NOT NULL, \`akteur\` varchar(300) NOT NULL, \`akteurBenutzerId\` int NULL, \`benutzerId\` int NULL, \`werkstattId\` int NULL, \`apiSchluesselId\` int NULL, \`beschreibung\` varchar(500) NOT NULL, INDEX \`IDX_9e768bb308b57d7a943d157edf\` (\`benutzerId\`), INDEX \`idx_konto_protokoll_werkstatt\` (\`werkstattId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`CREATE TABLE \`konto_token\` (\`id\` int NOT NULL AUTO_INCREMENT, \`art\` varchar(20) NOT NULL, \`tokenHash\` varchar(64) NOT NULL, \`benutzerId\` int NOT NULL, \`erstelltAm\` datetime(3) NOT NULL, \`ablaufAm\` datetime(3) NOT NULL, \`verwendetAm\` datetime(3) NULL, INDEX \`IDX_71dafd33bc7d794519a19e2f04\` (\`benutzerId\`), UNIQUE INDEX \`IDX_9a8f789b30febb9a68adbef39e\` (\`tokenHash\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`ALTER TABLE \`konto_token\` ADD CONSTRAINT \`FK_71dafd33bc7d794519a19e2f046\` FOREIGN KEY (\`benutzerId\`) REFERENCES \`benutzer\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`konto_token\` DROP FOREIGN KEY \`FK_71dafd33bc7d794519a19e2f046\``);
        await queryRunner.query(`DROP INDEX \`IDX_9a8f789b30febb9a68adbef39e\` ON \`konto_token\``);
        await queryRunner.query(`DROP INDEX \`IDX_71dafd33bc7d794519a19e2f04\` ON \`konto_token\``);
        await queryRunner.query(`DROP TABLE \`konto_token\``);
        await queryRunner.query(`DROP INDEX \`idx_konto_protokoll_werkstatt\` ON \`konto_protokoll\``);
        await queryRunner.query(`DROP INDEX \`IDX_9e768bb308b57d7a943d157edf\` ON \`konto_protokoll\``);
        await queryRunner.query(`DROP TABLE \`konto_protokoll\``);
    }

}
