import { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1796329873079 implements MigrationInterface {
    name = 'Initial1796329873079'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`werkstatt\` (\`id\` int NOT NULL AUTO_INCREMENT, \`partnerNummer\` varchar(20) NOT NULL, \`name\` varchar(200) NOT NULL, \`ort\` varchar(100) NULL, \`kalkulationssystem\` varchar(40) NOT NULL, \`email\` varchar(254) NOT NULL, \`erstelltAm\` datetime(3) NOT NULL, UNIQUE INDEX \`IDX_4e4b4a8f7ff1507180f5312dbf\` (\`partnerNummer\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`CREATE TABLE \`versicherer\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(200) NOT NULL, \`nachlassBasispunkte\` int NOT NULL, \`kvServicePauschaleCent\` int NOT NULL, UNIQUE INDEX \`IDX_45df21f0ffee9c42fc33c6e795\` (\`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`CREATE TABLE \`auftrag\` (\`id\` int NOT NULL AUTO_INCREMENT, \`spnId\` varchar(20) NOT NULL, \`auftragsart\` varchar(20) NOT NULL, \`status\` varchar(30) NOT NULL, \`werkstattId\` int NOT NULL, \`versichererId\` int NOT NULL, \`schadennummer\` varchar(30) NOT NULL, \`schadennummerNorm\` varchar(30) NOT NULL, \`schadentag\` date NULL, \`sparte\` varchar(20) NOT NULL, \`kennzeichen\` varchar(20) NOT NULL, \`kennzeichenNorm\` varchar(20) NOT NULL, \`hersteller\` varchar(100) NULL, \`modell\` varchar(100) NULL, \`fin\` varchar(17) NULL, \`erstzulassung\` date NULL, \`kundeName\` varchar(200) NOT NULL, \`kundeAnschrift\` varchar(300) NULL, \`kundeTelefon\` varchar(40) NULL, \`rkueStatus\` varchar(20) NOT NULL, \`rkueEntschiedenAm\` datetime(3) NULL, \`rkueBemerkung\` text NULL, \`vermitteltAm\` datetime(3) NOT NULL, \`aktualisiertAm\` datetime(3) NOT NULL, \`aenderungsNr\` int NOT NULL DEFAULT '0', \`suchtext\` varchar(120) NOT NULL, \`hinweisCodes\` varchar(300) NOT NULL DEFAULT '', \`aktionen\` varchar(100) NOT NULL DEFAULT '', INDEX \`IDX_8a4f83e944f20eefa342d4ec60\` (\`status\`), INDEX \`IDX_a3764d050ac415f9a0bcaff89f\` (\`versichererId\`), INDEX \`IDX_ef8ba6d59ef62e2ab5f5f33a1d\` (\`kennzeichenNorm\`), INDEX \`idx_auftrag_werkstatt_aenderung\` (\`werkstattId\`, \`aenderungsNr\`), INDEX \`idx_auftrag_aenderung\` (\`aenderungsNr\`), INDEX \`idx_auftrag_vermittelt\` (\`vermitteltAm\`, \`id\`), INDEX \`idx_auftrag_aktualisiert\` (\`aktualisiertAm\`, \`id\`), INDEX \`idx_auftrag_werkstatt_vermittelt\` (\`werkstattId\`, \`vermitteltAm\`, \`id\`), INDEX \`idx_auftrag_werkstatt_aktualisiert\` (\`werkstattId\`, \`aktualisiertAm\`, \`id\`), UNIQUE INDEX \`IDX_08eb61aad5f9920ff8593786d1\` (\`spnId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`CREATE TABLE \`ereignis\` (\`id\` int NOT NULL AUTO_INCREMENT, \`auftragId\` int NOT NULL, \`zeitpunkt\` datetime(3) NOT NULL, \`art\` varchar(30) NOT NULL, \`beschreibung\` varchar(500) NOT NULL, \`akteur\` varchar(200) NULL, \`akteurRolle\` varchar(20) NULL, INDEX \`idx_ereignis_auftrag\` (\`auftragId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`CREATE TABLE \`erinnerung\` (\`id\` int NOT NULL AUTO_INCREMENT, \`auftragId\` int NOT NULL, \`art\` varchar(40) NOT NULL, \`gesendetAm\` datetime(3) NOT NULL, \`erledigtAm\` datetime(3) NULL, INDEX \`idx_erinnerung_auftrag\` (\`auftragId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`CREATE TABLE \`storno\` (\`id\` int NOT NULL AUTO_INCREMENT, \`auftragId\` int NOT NULL, \`grund\` varchar(40) NOT NULL, \`bemerkung\` text NULL, \`storniertAm\` datetime(3) NOT NULL, \`vorherigerStatus\` varchar(30) NOT NULL, \`benachrichtigungId\` int NULL, \`aufgehobenAm\` datetime(3) NULL, INDEX \`idx_storno_auftrag\` (\`auftragId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`CREATE TABLE \`benachrichtigung\` (\`id\` int NOT NULL AUTO_INCREMENT, \`auftragId\` int NULL, \`anlass\` varchar(30) NOT NULL, \`empfaenger\` varchar(254) NOT NULL, \`betreff\` varchar(300) NOT NULL, \`text\` text NOT NULL, \`erstelltAm\` datetime(3) NOT NULL, \`versendetAm\` datetime(3) NULL, \`versuche\` int NOT NULL DEFAULT '0', \`naechsterVersuchAm\` datetime(3) NULL, \`letzterFehler\` varchar(500) NULL, \`gesperrtBis\` datetime(3) NULL, \`gesperrtVon\` varchar(64) NULL, INDEX \`idx_benachrichtigung_faellig\` (\`versendetAm\`, \`naechsterVersuchAm\`), INDEX \`idx_benachrichtigung_auftrag\` (\`auftragId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`CREATE TABLE \`eingang\` (\`id\` int NOT NULL AUTO_INCREMENT, \`auftragId\` int NOT NULL, \`eingegangenAm\` datetime(3) NOT NULL, \`art\` varchar(20) NOT NULL, \`kalkulationssystem\` varchar(40) NOT NULL, \`externeReferenz\` varchar(100) NULL, \`abweichendeFelder\` varchar(100) NOT NULL, \`apiSchluesselId\` int NULL, INDEX \`idx_eingang_auftrag\` (\`auftragId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`CREATE TABLE \`kostenvoranschlag\` (\`id\` int NOT NULL AUTO_INCREMENT, \`auftragId\` int NOT NULL, \`art\` varchar(20) NOT NULL, \`laufendeNummer\` int NOT NULL, \`eingegangenAm\` datetime(3) NOT NULL, \`kalkulationssystem\` varchar(40) NOT NULL, \`externeReferenz\` varchar(100) NULL, \`ersatzteileCent\` int NOT NULL, \`arbeitslohnCent\` int NOT NULL, \`lackierungCent\` int NOT NULL, \`nebenkostenCent\` int NOT NULL, \`mwstCent\` int NOT NULL, \`status\` varchar(30) NOT NULL, \`korrekturpunkteJson\` text NULL, UNIQUE INDEX \`uq_kv_auftrag_nummer\` (\`auftragId\`, \`laufendeNummer\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`CREATE TABLE \`freigabe\` (\`id\` int NOT NULL AUTO_INCREMENT, \`auftragId\` int NOT NULL, \`kvId\` int NOT NULL, \`erteiltAm\` datetime(3) NOT NULL, \`betragNettoCent\` int NOT NULL, \`nachlassCent\` int NOT NULL, UNIQUE INDEX \`IDX_057a1fd7e5c4484b1e3881061b\` (\`kvId\`), INDEX \`idx_freigabe_auftrag\` (\`auftragId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`CREATE TABLE \`rechnung\` (\`id\` int NOT NULL AUTO_INCREMENT, \`auftragId\` int NOT NULL, \`werkstattId\` int NOT NULL, \`art\` varchar(20) NOT NULL, \`rechnungsnummer\` varchar(50) NOT NULL, \`rechnungsdatum\` date NOT NULL, \`eingegangenAm\` datetime(3) NOT NULL, \`betragNettoCent\` int NOT NULL, \`mwstCent\` int NOT NULL, \`status\` varchar(30) NOT NULL, \`bemerkung\` text NULL, \`vorsteuerabzugsberechtigt\` tinyint NULL, \`fahrzeugUebernommenAm\` date NULL, \`fahrzeugZurueckgegebenAm\` date NULL, UNIQUE INDEX \`uq_rechnung_werkstatt_nummer\` (\`werkstattId\`, \`rechnungsnummer\`), INDEX \`idx_rechnung_auftrag\` (\`auftragId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`CREATE TABLE \`api_schluessel\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(200) NOT NULL, \`kalkulationssystem\` varchar(40) NOT NULL, \`schluesselHash\` varchar(64) NOT NULL, \`praefix\` varchar(16) NOT NULL, \`erstelltAm\` datetime(3) NOT NULL, \`widerrufenAm\` datetime(3) NULL, UNIQUE INDEX \`IDX_eb916c7db79cb848cfcf904339\` (\`schluesselHash\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`CREATE TABLE \`api_schluessel_werkstatt\` (\`apiSchluesselId\` int NOT NULL, \`werkstattId\` int NOT NULL, INDEX \`IDX_fe5b4566c4a5cffc5fa3398853\` (\`werkstattId\`), PRIMARY KEY (\`apiSchluesselId\`, \`werkstattId\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`CREATE TABLE \`benutzer\` (\`id\` int NOT NULL AUTO_INCREMENT, \`benutzername\` varchar(100) NOT NULL, \`name\` varchar(200) NOT NULL, \`email\` varchar(254) NULL, \`passwortHash\` varchar(100) NOT NULL, \`rolle\` varchar(20) NOT NULL, \`werkstattId\` int NULL, \`istAdmin\` tinyint NOT NULL DEFAULT 0, \`aktiv\` tinyint NOT NULL DEFAULT 1, \`letzteAnmeldung\` datetime(3) NULL, \`erstelltAm\` datetime(3) NOT NULL, INDEX \`IDX_7cfb37bd3e3df2fe8809d748e1\` (\`werkstattId\`), UNIQUE INDEX \`IDX_0b4498c2643c9965b1221a000e\` (\`benutzername\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`CREATE TABLE \`sitzung\` (\`id\` int NOT NULL AUTO_INCREMENT, \`tokenHash\` varchar(64) NOT NULL, \`benutzerId\` int NOT NULL, \`erstelltAm\` datetime(3) NOT NULL, \`ablaufAm\` datetime(3) NOT NULL, \`beendetAm\` datetime(3) NULL, INDEX \`IDX_7fea1da5363d3d13072eaadeeb\` (\`benutzerId\`), UNIQUE INDEX \`IDX_57b965afd27fecdc7558175d15\` (\`tokenHash\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`CREATE TABLE \`ticket\` (\`id\` int NOT NULL AUTO_INCREMENT, \`ticketNummer\` varchar(20) NOT NULL, \`auftragId\` int NOT NULL, \`werkstattId\` int NOT NULL, \`erstelltVonBenutzerId\` int NULL, \`aktion\` varchar(30) NOT NULL, \`status\` varchar(20) NOT NULL, \`erstelltAm\` datetime(3) NOT NULL, \`aktualisiertAm\` datetime(3) NOT NULL, \`reparaturstatus\` varchar(30) NULL, \`termin\` date NULL, \`fahrzeugUebernommenAm\` date NULL, \`voraussichtlicheFertigstellung\` date NULL, \`fertiggestelltAm\` date NULL, \`fahrzeugZurueckgegebenAm\` date NULL, \`freigabeErhaltenAm\` date NULL, \`betragNettoCent\` int NULL, \`quelle\` varchar(30) NULL, \`referenz\` varchar(100) NULL, \`grund\` varchar(30) NULL, \`kundeHatUnterschrieben\` tinyint NULL, INDEX \`idx_ticket_status\` (\`status\`, \`erstelltAm\`), INDEX \`idx_ticket_werkstatt_status\` (\`werkstattId\`, \`status\`, \`erstelltAm\`), INDEX \`idx_ticket_auftrag\` (\`auftragId\`, \`id\`), UNIQUE INDEX \`IDX_b6794ffb2fd4cfe2e7d9820b20\` (\`ticketNummer\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`CREATE TABLE \`ticket_nachricht\` (\`id\` int NOT NULL AUTO_INCREMENT, \`ticketId\` int NOT NULL, \`von\` varchar(200) NOT NULL, \`vonRolle\` varchar(20) NOT NULL, \`text\` text NOT NULL, \`gesendetAm\` datetime(3) NOT NULL, INDEX \`idx_ticket_nachricht_ticket\` (\`ticketId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`CREATE TABLE \`idempotenz\` (\`schluessel\` varchar(255) NOT NULL, \`fingerabdruck\` varchar(64) NOT NULL, \`ergebnis\` varchar(100) NULL, \`erstelltAm\` datetime(3) NOT NULL, INDEX \`IDX_7ebc5b5076755cb2aadeb274d9\` (\`erstelltAm\`), PRIMARY KEY (\`schluessel\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`CREATE TABLE \`nummernkreis\` (\`praefix\` varchar(10) NOT NULL, \`jahr\` int NOT NULL, \`letzteNummer\` int NOT NULL, PRIMARY KEY (\`praefix\`, \`jahr\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
        await queryRunner.query(`ALTER TABLE \`auftrag\` ADD CONSTRAINT \`FK_dc8d5b1eb1e46f250ca17911954\` FOREIGN KEY (\`werkstattId\`) REFERENCES \`werkstatt\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE \`auftrag\` ADD CONSTRAINT \`FK_a3764d050ac415f9a0bcaff89fe\` FOREIGN KEY (\`versichererId\`) REFERENCES \`versicherer\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE \`ereignis\` ADD CONSTRAINT \`FK_786d2e4ee6a5ade13e2084cddbf\` FOREIGN KEY (\`auftragId\`) REFERENCES \`auftrag\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE \`erinnerung\` ADD CONSTRAINT \`FK_dd4b923296b66e39cd1465d3532\` FOREIGN KEY (\`auftragId\`) REFERENCES \`auftrag\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE \`storno\` ADD CONSTRAINT \`FK_f23c08f1c788fdf40b13273ab54\` FOREIGN KEY (\`auftragId\`) REFERENCES \`auftrag\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE \`eingang\` ADD CONSTRAINT \`FK_2138bc2657e7ee7f96a9a2f92e9\` FOREIGN KEY (\`auftragId\`) REFERENCES \`auftrag\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE \`kostenvoranschlag\` ADD CONSTRAINT \`FK_39642553e46158358f613f6207c\` FOREIGN KEY (\`auftragId\`) REFERENCES \`auftrag\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE \`freigabe\` ADD CONSTRAINT \`FK_06cbd3bc91ab105ae5fd5a29b78\` FOREIGN KEY (\`auftragId\`) REFERENCES \`auftrag\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE \`freigabe\` ADD CONSTRAINT \`FK_057a1fd7e5c4484b1e3881061b0\` FOREIGN KEY (\`kvId\`) REFERENCES \`kostenvoranschlag\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE \`rechnung\` ADD CONSTRAINT \`FK_eef0593caef9311aec9b340505d\` FOREIGN KEY (\`auftragId\`) REFERENCES \`auftrag\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE \`api_schluessel_werkstatt\` ADD CONSTRAINT \`FK_ffc6caa24cac18ad17bbe90a341\` FOREIGN KEY (\`apiSchluesselId\`) REFERENCES \`api_schluessel\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE \`api_schluessel_werkstatt\` ADD CONSTRAINT \`FK_fe5b4566c4a5cffc5fa3398853a\` FOREIGN KEY (\`werkstattId\`) REFERENCES \`werkstatt\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE \`benutzer\` ADD CONSTRAINT \`FK_7cfb37bd3e3df2fe8809d748e1c\` FOREIGN KEY (\`werkstattId\`) REFERENCES \`werkstatt\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE \`sitzung\` ADD CONSTRAINT \`FK_7fea1da5363d3d13072eaadeeb5\` FOREIGN KEY (\`benutzerId\`) REFERENCES \`benutzer\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE \`ticket\` ADD CONSTRAINT \`FK_c210f34ed76c5b5573bef77bdd3\` FOREIGN KEY (\`auftragId\`) REFERENCES \`auftrag\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE \`ticket_nachricht\` ADD CONSTRAINT \`FK_a30ab33f8bb15d87a7419deb20f\` FOREIGN KEY (\`ticketId\`) REFERENCES \`ticket\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`ticket_nachricht\` DROP FOREIGN KEY \`FK_a30ab33f8bb15d87a7419deb20f\``);
        await queryRunner.query(`ALTER TABLE \`ticket\` DROP FOREIGN KEY \`FK_c210f34ed76c5b5573bef77bdd3\``);
        await queryRunner.query(`ALTER TABLE \`sitzung\` DROP FOREIGN KEY \`FK_7fea1da5363d3d13072eaadeeb5\``);
        await queryRunner.query(`ALTER TABLE \`benutzer\` DROP FOREIGN KEY \`FK_7cfb37bd3e3df2fe8809d748e1c\``);
        await queryRunner.query(`ALTER TABLE \`api_schluessel_werkstatt\` DROP FOREIGN KEY \`FK_fe5b4566c4a5cffc5fa3398853a\``);
        await queryRunner.query(`ALTER TABLE \`api_schluessel_werkstatt\` DROP FOREIGN KEY \`FK_ffc6caa24cac18ad17bbe90a341\``);
        await queryRunner.query(`ALTER TABLE \`rechnung\` DROP FOREIGN KEY \`FK_eef0593caef9311aec9b340505d\``);
        await queryRunner.query(`ALTER TABLE \`freigabe\` DROP FOREIGN KEY \`FK_057a1fd7e5c4484b1e3881061b0\``);
        await queryRunner.query(`ALTER TABLE \`freigabe\` DROP FOREIGN KEY \`FK_06cbd3bc91ab105ae5fd5a29b78\``);
        await queryRunner.query(`ALTER TABLE \`kostenvoranschlag\` DROP FOREIGN KEY \`FK_39642553e46158358f613f6207c\``);
        await queryRunner.query(`ALTER TABLE \`eingang\` DROP FOREIGN KEY \`FK_2138bc2657e7ee7f96a9a2f92e9\``);
        await queryRunner.query(`ALTER TABLE \`storno\` DROP FOREIGN KEY \`FK_f23c08f1c788fdf40b13273ab54\``);
        await queryRunner.query(`ALTER TABLE \`erinnerung\` DROP FOREIGN KEY \`FK_dd4b923296b66e39cd1465d3532\``);
        await queryRunner.query(`ALTER TABLE \`ereignis\` DROP FOREIGN KEY \`FK_786d2e4ee6a5ade13e2084cddbf\``);
        await queryRunner.query(`ALTER TABLE \`auftrag\` DROP FOREIGN KEY \`FK_a3764d050ac415f9a0bcaff89fe\``);
        await queryRunner.query(`ALTER TABLE \`auftrag\` DROP FOREIGN KEY \`FK_dc8d5b1eb1e46f250ca17911954\``);
        await queryRunner.query(`DROP TABLE \`nummernkreis\``);
        await queryRunner.query(`DROP INDEX \`IDX_7ebc5b5076755cb2aadeb274d9\` ON \`idempotenz\``);
        await queryRunner.query(`DROP TABLE \`idempotenz\``);
        await queryRunner.query(`DROP INDEX \`idx_ticket_nachricht_ticket\` ON \`ticket_nachricht\``);
        await queryRunner.query(`DROP TABLE \`ticket_nachricht\``);
        await queryRunner.query(`DROP INDEX \`IDX_b6794ffb2fd4cfe2e7d9820b20\` ON \`ticket\``);
        await queryRunner.query(`DROP INDEX \`idx_ticket_auftrag\` ON \`ticket\``);
        await queryRunner.query(`DROP INDEX \`idx_ticket_werkstatt_status\` ON \`ticket\``);
        await queryRunner.query(`DROP INDEX \`idx_ticket_status\` ON \`ticket\``);
        await queryRunner.query(`DROP TABLE \`ticket\``);
        await queryRunner.query(`DROP INDEX \`IDX_57b965afd27fecdc7558175d15\` ON \`sitzung\``);
        await queryRunner.query(`DROP INDEX \`IDX_7fea1da5363d3d13072eaadeeb\` ON \`sitzung\``);
        await queryRunner.query(`DROP TABLE \`sitzung\``);
        await queryRunner.query(`DROP INDEX \`IDX_0b4498c2643c9965b1221a000e\` ON \`benutzer\``);
        await queryRunner.query(`DROP INDEX \`IDX_7cfb37bd3e3df2fe8809d748e1\` ON \`benutzer\``);
        await queryRunner.query(`DROP TABLE \`benutzer\``);
        await queryRunner.query(`DROP INDEX \`IDX_fe5b4566c4a5cffc5fa3398853\` ON \`api_schluessel_werkstatt\``);
        await queryRunner.query(`DROP TABLE \`api_schluessel_werkstatt\``);
        await queryRunner.query(`DROP INDEX \`IDX_eb916c7db79cb848cfcf904339\` ON \`api_schluessel\``);
        await queryRunner.query(`DROP TABLE \`api_schluessel\``);
        await queryRunner.query(`DROP INDEX \`idx_rechnung_auftrag\` ON \`rechnung\``);
        await queryRunner.query(`DROP INDEX \`uq_rechnung_werkstatt_nummer\` ON \`rechnung\``);
        await queryRunner.query(`DROP TABLE \`rechnung\``);
        await queryRunner.query(`DROP INDEX \`idx_freigabe_auftrag\` ON \`freigabe\``);
        await queryRunner.query(`DROP INDEX \`IDX_057a1fd7e5c4484b1e3881061b\` ON \`freigabe\``);
        await queryRunner.query(`DROP TABLE \`freigabe\``);
        await queryRunner.query(`DROP INDEX \`uq_kv_auftrag_nummer\` ON \`kostenvoranschlag\``);
        await queryRunner.query(`DROP TABLE \`kostenvoranschlag\``);
        await queryRunner.query(`DROP INDEX \`idx_eingang_auftrag\` ON \`eingang\``);
        await queryRunner.query(`DROP TABLE \`eingang\``);
        await queryRunner.query(`DROP INDEX \`idx_benachrichtigung_auftrag\` ON \`benachrichtigung\``);
        await queryRunner.query(`DROP INDEX \`idx_benachrichtigung_faellig\` ON \`benachrichtigung\``);
        await queryRunner.query(`DROP TABLE \`benachrichtigung\``);
        await queryRunner.query(`DROP INDEX \`idx_storno_auftrag\` ON \`storno\``);
        await queryRunner.query(`DROP TABLE \`storno\``);
        await queryRunner.query(`DROP INDEX \`idx_erinnerung_auftrag\` ON \`erinnerung\``);
        await queryRunner.query(`DROP TABLE \`erinnerung\``);
        await queryRunner.query(`DROP INDEX \`idx_ereignis_auftrag\` ON \`ereignis\``);
        await queryRunner.query(`DROP TABLE \`ereignis\``);
        await queryRunner.query(`DROP INDEX \`IDX_08eb61aad5f9920ff8593786d1\` ON \`auftrag\``);
        await queryRunner.query(`DROP INDEX \`idx_auftrag_werkstatt_aktualisiert\` ON \`auftrag\``);
        await queryRunner.query(`DROP INDEX \`idx_auftrag_werkstatt_vermittelt\` ON \`auftrag\``);
        await queryRunner.query(`DROP INDEX \`idx_auftrag_aktualisiert\` ON \`auftrag\``);
        await queryRunner.query(`DROP INDEX \`idx_auftrag_vermittelt\` ON \`auftrag\``);
        await queryRunner.query(`DROP INDEX \`idx_auftrag_aenderung\` ON \`auftrag\``);
        await queryRunner.query(`DROP INDEX \`idx_auftrag_werkstatt_aenderung\` ON \`auftrag\``);
        await queryRunner.query(`DROP INDEX \`IDX_ef8ba6d59ef62e2ab5f5f33a1d\` ON \`auftrag\``);
        await queryRunner.query(`DROP INDEX \`IDX_a3764d050ac415f9a0bcaff89f\` ON \`auftrag\``);
        await queryRunner.query(`DROP INDEX \`IDX_8a4f83e944f20eefa342d4ec60\` ON \`auftrag\``);
        await queryRunner.query(`DROP TABLE \`auftrag\``);
        await queryRunner.query(`DROP INDEX \`IDX_45df21f0ffee9c42fc33c6e795\` ON \`versicherer\``);
        await queryRunner.query(`DROP TABLE \`versicherer\``);
        await queryRunner.query(`DROP INDEX \`IDX_4e4b4a8f7ff1507180f5312dbf\` ON \`werkstatt\``);
        await queryRunner.query(`DROP TABLE \`werkstatt\``);
    }

}
