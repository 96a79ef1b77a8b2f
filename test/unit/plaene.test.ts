import { aliase, vollScansMariaDb, vollScansSqlite } from '../../server/src/tools/bench/plaene';

/** The full-scan criterion of issue 6, shared by the invariants test and `npm run bench`. */
describe('Full-Scan-Kriterium der Abfragepläne', () => {
  const sql = 'SELECT a.id FROM `auftrag` `a` INNER JOIN `werkstatt` `w` ON w.id = a.werkstattId LEFT JOIN ticket t ON t.auftragId = a.id WHERE a.spnId = ?';

  it('löst die Aliase von FROM und JOIN zu Tabellen auf', () => {
    expect(Object.fromEntries(aliase(sql))).toEqual({ auftrag: 'auftrag', a: 'auftrag', werkstatt: 'werkstatt', w: 'werkstatt', ticket: 'ticket', t: 'ticket' });
  });

  it('MariaDB: ALL oder index auf einer wachsenden Tabelle ist ein Full Scan, auf Stammdaten und über einen Schlüssel nicht', () => {
    expect(vollScansMariaDb([{ table: 'a', type: 'const' }, { table: 'w', type: 'ALL' }, { table: 't', type: 'ref' }], sql)).toEqual([]);
    expect(vollScansMariaDb([{ table: 'a', type: 'ALL' }, { table: 't', type: 'index' }, { table: '<union1,2>', type: 'ALL' }], sql)).toEqual(['a (auftrag): ALL', 't (ticket): index']);
  });

  it('SQLite: SCAN einer wachsenden Tabelle ist ein Full Scan, SEARCH nicht', () => {
    expect(vollScansSqlite([{ detail: 'SEARCH a USING INDEX sqlite_autoindex_auftrag_1 (spnId=?)' }, { detail: 'SCAN w' }], sql)).toEqual([]);
    expect(vollScansSqlite([{ detail: 'SCAN t USING COVERING INDEX idx_ticket' }], sql)).toEqual(['SCAN t USING COVERING INDEX idx_ticket']);
  });
});
