import { MigrationInterface, QueryRunner } from "typeorm";

export class Konten1796364586183 implements MigrationInterface {
    name = 'Konten1796364586183'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "konto_protokoll" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "zeitpunkt" datetime(3) NOT NULL, "art" varchar(40) NOT NULL, "akteur" varchar(300) NOT NULL, "akteurBenutzerId" integer, "benutzerId" integer, "werkstattId" integer, "apiSchluesselId" integer, "beschreibung" varchar(500) NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "IDX_9e768bb308b57d7a943d157edf" ON "konto_protokoll" ("benutzerId") `);
        await queryRunner.query(`CREATE INDEX "idx_konto_protokoll_werkstatt" ON "konto_protokoll" ("werkstattId", "id") `);
        await queryRunner.query(`CREATE TABLE "konto_token" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "art" varchar(20) NOT NULL, "tokenHash" varchar(64) NOT NULL, "benutzerId" integer NOT NULL, "erstelltAm" datetime(3) NOT NULL, "ablaufAm" datetime(3) NOT NULL, "verwendetAm" datetime(3), CONSTRAINT "UQ_9a8f789b30febb9a68adbef39e9" UNIQUE ("tokenHash"))`);
        await queryRunner.query(`CREATE INDEX "IDX_71dafd33bc7d794519a19e2f04" ON "konto_token" ("benutzerId") `);
        await queryRunner.query(`DROP INDEX "IDX_71dafd33bc7d794519a19e2f04"`);
        await queryRunner.query(`CREATE TABLE "temporary_konto_token" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "art" varchar(20) NOT NULL, "tokenHash" varchar(64) NOT NULL, "benutzerId" integer NOT NULL, "erstelltAm" datetime(3) NOT NULL, "ablaufAm" datetime(3) NOT NULL, "verwendetAm" datetime(3), CONSTRAINT "UQ_9a8f789b30febb9a68adbef39e9" UNIQUE ("tokenHash"), CONSTRAINT "FK_71dafd33bc7d794519a19e2f046" FOREIGN KEY ("benutzerId") REFERENCES "benutzer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_konto_token"("id", "art", "tokenHash", "benutzerId", "erstelltAm", "ablaufAm", "verwendetAm") SELECT "id", "art", "tokenHash", "benutzerId", "erstelltAm", "ablaufAm", "verwendetAm" FROM "konto_token"`);
        await queryRunner.query(`DROP TABLE "konto_token"`);
        await queryRunner.query(`ALTER TABLE "temporary_konto_token" RENAME TO "konto_token"`);
        await queryRunner.query(`CREATE INDEX "IDX_71dafd33bc7d794519a19e2f04" ON "konto_token" ("benutzerId") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_71dafd33bc7d794519a19e2f04"`);
        await queryRunner.query(`ALTER TABLE "konto_token" RENAME TO "temporary_konto_token"`);
        await queryRunner.query(`CREATE TABLE "konto_token" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "art" varchar(20) NOT NULL, "tokenHash" varchar(64) NOT NULL, "benutzerId" integer NOT NULL, "erstelltAm" datetime(3) NOT NULL, "ablaufAm" datetime(3) NOT NULL, "verwendetAm" datetime(3), CONSTRAINT "UQ_9a8f789b30febb9a68adbef39e9" UNIQUE ("tokenHash"))`);
        await queryRunner.query(`INSERT INTO "konto_token"("id", "art", "tokenHash", "benutzerId", "erstelltAm", "ablaufAm", "verwendetAm") SELECT "id", "art", "tokenHash", "benutzerId", "erstelltAm", "ablaufAm", "verwendetAm" FROM "temporary_konto_token"`);
        await queryRunner.query(`DROP TABLE "temporary_konto_token"`);
        await queryRunner.query(`CREATE INDEX "IDX_71dafd33bc7d794519a19e2f04" ON "konto_token" ("benutzerId") `);
        await queryRunner.query(`DROP INDEX "IDX_71dafd33bc7d794519a19e2f04"`);
        await queryRunner.query(`DROP TABLE "konto_token"`);
        await queryRunner.query(`DROP INDEX "idx_konto_protokoll_werkstatt"`);
        await queryRunner.query(`DROP INDEX "IDX_9e768bb308b57d7a943d157edf"`);
        await queryRunner.query(`DROP TABLE "konto_protokoll"`);
    }

}
