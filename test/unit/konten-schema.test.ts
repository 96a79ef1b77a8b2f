import 'reflect-metadata';
import { GraphQLObjectType, isNonNullType } from 'graphql';
import { schemaBauen } from '../../server/src/graphql/schema';

/**
 * Issue 5 names the account operations so that tooling can rely on them: they are additions to the
 * contract with exactly these names, arguments and result types.
 */
const MUTATIONEN: [string, string, string][] = [
  ['werkstattAnlegen', 'WerkstattAnlegenInput!', 'WerkstattPayload!'],
  ['benutzerEinladen', 'BenutzerEinladenInput!', 'BenutzerPayload!'],
  ['einladungAnnehmen', 'EinladungAnnehmenInput!', 'AnmeldenPayload!'],
  ['passwortZuruecksetzen', 'PasswortZuruecksetzenInput!', 'AnmeldenPayload!'],
  ['passwortVergessen', 'PasswortVergessenInput!', 'Boolean!'],
  ['passwortAendern', 'PasswortAendernInput!', 'BenutzerPayload!'],
  ['benutzerDeaktivieren', 'BenutzerDeaktivierenInput!', 'BenutzerPayload!'],
  ['werkstattEinstellungenAendern', 'WerkstattEinstellungenInput!', 'WerkstattPayload!'],
  ['apiSchluesselErstellen', 'ApiSchluesselErstellenInput!', 'ApiSchluesselPayload!'],
  ['apiSchluesselWiderrufen', 'ApiSchluesselWiderrufenInput!', 'ApiSchluesselPayload!'],
];

describe('Konten im Schema (Issue 5)', () => {
  it.each(MUTATIONEN)('%s(input: %s): %s', async (name, input, ergebnis) => {
    const feld = (await schemaBauen()).getMutationType()!.getFields()[name];
    expect(feld).toBeDefined();
    expect(feld.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual([`input: ${input}`]);
    expect(String(feld.type)).toBe(ergebnis);
  });

  it('Payloads haben nullable Ergebnisfelder und fehler: [Fehler!]!', async () => {
    const schema = await schemaBauen();
    for (const name of ['WerkstattPayload', 'BenutzerPayload', 'ApiSchluesselPayload']) {
      const felder = (schema.getType(name) as GraphQLObjectType).getFields();
      expect(String(felder.fehler.type)).toBe('[Fehler!]!');
      for (const [feld, f] of Object.entries(felder)) if (feld !== 'fehler') expect(isNonNullType(f.type)).toBe(false);
    }
    expect(String((schema.getType('ApiSchluesselPayload') as GraphQLObjectType).getFields().schluessel.type)).toBe('String');
  });

  it('Queries benutzer(first, after), apiSchluessel, kontoProtokoll; Benutzer mit email, istAdmin, aktiv, letzteAnmeldung', async () => {
    const schema = await schemaBauen();
    const q = schema.getQueryType()!.getFields();
    expect(q.benutzer.args.map((a) => a.name)).toEqual(expect.arrayContaining(['first', 'after', 'werkstattId']));
    expect(String(q.apiSchluessel.type)).toBe('[ApiSchluessel!]!');
    expect(q.kontoProtokoll).toBeDefined();
    const b = (schema.getType('Benutzer') as GraphQLObjectType).getFields();
    expect(Object.fromEntries(['email', 'istAdmin', 'aktiv', 'letzteAnmeldung'].map((f) => [f, String(b[f].type)]))).toEqual({
      email: 'String',
      istAdmin: 'Boolean!',
      aktiv: 'Boolean!',
      letzteAnmeldung: 'DateTimeISO',
    });
  });
});
