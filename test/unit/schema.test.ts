import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLNamedType,
  GraphQLObjectType as GraphQLObjectTypeT,
  GraphQLSchema,
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { schemaBauen, schemaSdl, subgraphSdl } from '../../server/src/graphql/schema';

/**
 * The schema is the contract with vendors: these tests keep `schema.graphql` current, the contract
 * intact, every element described in German, and every operation's access declared.
 */

const ROOT = path.resolve(__dirname, '../..');
/** The contract in ../shared (authoritative, present in every checkout of the workplace), else the copy in test/fixtures. */
const GETEILT = path.resolve(ROOT, '../shared/design/api-contract.graphql');
const KOPIE = path.resolve(ROOT, 'test/fixtures/api-contract.graphql');
const CONTRACT = fs.existsSync(GETEILT) ? GETEILT : KOPIE;

/**
 * Contract mutations a later issue builds. This list only shrinks: remove a name when its mutation
 * exists. Nothing else of the contract may be missing.
 */
const AUSSTEHENDE_MUTATIONEN: string[] = [];

function typString(t: { type: unknown }): string {
  return String(t.type);
}

/** Named types reachable from the given root fields (through fields, arguments and input fields). */
function erreichbar(schema: GraphQLSchema, felder: GraphQLField<unknown, unknown>[]): Set<string> {
  const gesehen = new Set<string>();
  const offen: GraphQLNamedType[] = [];
  const dazu = (t: GraphQLNamedType) => {
    if (!gesehen.has(t.name)) {
      gesehen.add(t.name);
      offen.push(t);
    }
  };
  for (const f of felder) {
    dazu(getNamedType(f.type));
    for (const a of f.args) dazu(getNamedType(a.type));
  }
  while (offen.length) {
    const t = offen.pop()!;
    if (isObjectType(t) || isInterfaceType(t)) {
      for (const f of Object.values(t.getFields())) {
        dazu(getNamedType(f.type));
        for (const a of f.args) dazu(getNamedType(a.type));
      }
    }
    if (isInputObjectType(t)) for (const f of Object.values(t.getFields())) dazu(getNamedType(f.type));
  }
  return gesehen;
}

describe('schema.graphql', () => {
  it('prüft gegen den aktuellen Vertrag (die Kopie in test/fixtures entspricht ../shared)', () => {
    if (fs.existsSync(GETEILT)) expect(fs.readFileSync(KOPIE, 'utf8')).toBe(fs.readFileSync(GETEILT, 'utf8'));
    expect(fs.readFileSync(CONTRACT, 'utf8')).toContain('type Query');
  });

  it('ist das, was der Code erzeugt (npm run schema:emit)', async () => {
    const committed = fs.readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8');
    expect(committed).toBe(await schemaSdl());
  });

  it('enthält die Abonnements genau wie in issue 8 vereinbart (Ergänzung des Vertrags)', () => {
    const schema = buildSchema(fs.readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'));
    const aenderung = schema.getType('AuftragAenderung');
    expect(isObjectType(aenderung)).toBe(true);
    const felder = Object.values((aenderung as GraphQLObjectTypeT).getFields()).map((f) => `${f.name}: ${String(f.type)}`);
    expect(felder.sort()).toEqual(['auftrag: Auftrag!', 'ereignis: Ereignis!']);
    const sub = schema.getSubscriptionType()!;
    const ops = Object.values(sub.getFields()).map((f) => `${f.name}(${f.args.map((a) => `${a.name}: ${String(a.type)}`).join(', ')}): ${String(f.type)}`);
    expect(ops.sort()).toEqual(['auftraegeAktualisiert(): AuftragAenderung!', 'auftragAktualisiert(spnId: String!): AuftragAenderung!']);
  });

  describe('gegenüber dem API-Vertrag', () => {
    const vertrag = buildSchema(fs.readFileSync(CONTRACT, 'utf8'));
    const schema = buildSchema(fs.readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'));
    const mutationen = vertrag.getMutationType()!.getFields();
    const ausstehend = Object.values(mutationen).filter((f) => AUSSTEHENDE_MUTATIONEN.includes(f.name));
    const sonst = [...Object.values(vertrag.getQueryType()!.getFields()), ...Object.values(mutationen).filter((f) => !AUSSTEHENDE_MUTATIONEN.includes(f.name))];
    const nurAusstehend = [...erreichbar(vertrag, ausstehend)].filter((n) => !erreichbar(vertrag, sonst).has(n));

    it('führt nur Mutationen als ausstehend, die es noch nicht gibt', () => {
      const vorhanden = Object.keys(schema.getMutationType()!.getFields());
      expect(AUSSTEHENDE_MUTATIONEN.filter((m) => vorhanden.includes(m))).toEqual([]);
      expect(AUSSTEHENDE_MUTATIONEN.filter((m) => !(m in mutationen))).toEqual([]);
    });

    it('enthält jeden Typ, jedes Feld, jedes Argument und jeden Enum-Wert unverändert', () => {
      const abweichungen: string[] = [];
      for (const t of Object.values(vertrag.getTypeMap())) {
        if (isIntrospectionType(t) || isSpecifiedScalarType(t)) continue;
        const eigen = schema.getType(t.name);
        if (!eigen) {
          if (!nurAusstehend.includes(t.name)) abweichungen.push(`Typ ${t.name} fehlt`);
          continue;
        }
        if (eigen.constructor !== t.constructor) abweichungen.push(`Typ ${t.name} hat eine andere Art`);
        if (isEnumType(t) && isEnumType(eigen)) {
          for (const v of t.getValues()) if (!eigen.getValue(v.name)) abweichungen.push(`${t.name}.${v.name} fehlt`);
        }
        if ((isObjectType(t) && isObjectType(eigen)) || (isInputObjectType(t) && isInputObjectType(eigen))) {
          const eigeneFelder = eigen.getFields() as Record<string, GraphQLField<unknown, unknown> | GraphQLInputField>;
          for (const f of Object.values(t.getFields()) as (GraphQLField<unknown, unknown> | GraphQLInputField)[]) {
            const e = eigeneFelder[f.name];
            if (!e) {
              if (!(t.name === 'Mutation' && AUSSTEHENDE_MUTATIONEN.includes(f.name))) abweichungen.push(`${t.name}.${f.name} fehlt`);
              continue;
            }
            if (typString(e) !== typString(f)) abweichungen.push(`${t.name}.${f.name}: ${typString(e)} statt ${typString(f)}`);
            if ('defaultValue' in f && f.defaultValue !== (e as GraphQLInputField).defaultValue) abweichungen.push(`${t.name}.${f.name}: anderer Standardwert`);
            if ('args' in f) {
              const eigeneArgs = new Map((e as GraphQLField<unknown, unknown>).args.map((a) => [a.name, a]));
              for (const a of f.args) {
                const ea: GraphQLArgument | undefined = eigeneArgs.get(a.name);
                if (!ea) abweichungen.push(`${t.name}.${f.name}(${a.name}) fehlt`);
                else {
                  if (typString(ea) !== typString(a)) abweichungen.push(`${t.name}.${f.name}(${a.name}): ${typString(ea)} statt ${typString(a)}`);
                  if (ea.defaultValue !== a.defaultValue) abweichungen.push(`${t.name}.${f.name}(${a.name}): Standardwert ${String(ea.defaultValue)} statt ${String(a.defaultValue)}`);
                }
              }
              for (const ea of eigeneArgs.values()) {
                if (!f.args.some((a) => a.name === ea.name) && String(ea.type).endsWith('!') && ea.defaultValue === undefined) abweichungen.push(`${t.name}.${f.name}(${ea.name}) ist neu und Pflicht`);
              }
            }
          }
          if (isInputObjectType(eigen)) {
            for (const e of Object.values(eigen.getFields())) {
              if (!(e.name in t.getFields()) && String(e.type).endsWith('!')) abweichungen.push(`${t.name}.${e.name} ist ein neues Pflichtfeld`);
            }
          }
        }
      }
      expect(abweichungen).toEqual([]);
    });
  });

  it('beschreibt jeden Typ, jedes Feld, jedes Argument und jeden Enum-Wert auf Deutsch', async () => {
    const schema = await schemaBauen();
    const ohne: string[] = [];
    const pruefe = (pfad: string, d: string | null | undefined) => {
      if (!d || d.trim().length < 3) ohne.push(pfad);
    };
    for (const t of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(t) || isSpecifiedScalarType(t)) continue;
      if (t.name !== 'Query' && t.name !== 'Mutation' && t.name !== 'Subscription') pruefe(t.name, t.description);
      if (isEnumType(t)) for (const v of t.getValues()) pruefe(`${t.name}.${v.name}`, v.description);
      if (isObjectType(t) || isInputObjectType(t)) {
        for (const f of Object.values(t.getFields()) as (GraphQLField<unknown, unknown> | GraphQLInputField)[]) {
          pruefe(`${t.name}.${f.name}`, f.description);
          if ('args' in f) for (const a of f.args) pruefe(`${t.name}.${f.name}(${a.name})`, a.description);
        }
      }
    }
    expect(ohne).toEqual([]);
  });

  it('deklariert für jede Query, Mutation und Subscription, wer sie aufrufen darf (@Zugriff)', async () => {
    await schemaBauen();
    const storage = getMetadataStorage();
    expect(storage.subscriptions.map((s) => s.schemaName).sort()).toEqual(['auftraegeAktualisiert', 'auftragAktualisiert']);
    const ohne = [...storage.queries, ...storage.mutations, ...storage.subscriptions]
      .filter((op) => !storage.authorizedFields.some((a) => a.target === op.target && a.fieldName === op.methodName && a.roles.length > 0))
      .map((op) => op.schemaName);
    expect(ohne).toEqual([]);
  });
});

describe('subgraph.graphql (Federation 2)', () => {
  const sdl = () => fs.readFileSync(path.join(ROOT, 'subgraph.graphql'), 'utf8');

  it('ist das, was der Code erzeugt und `_service { sdl }` liefert (npm run schema:emit)', async () => {
    expect(sdl()).toBe(await subgraphSdl());
  });

  it('trägt die Schlüssel der Entitäten und den Federation-2-Link', () => {
    const text = sdl();
    expect(text).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3"');
    const schluessel = (typ: string) => {
      const m = new RegExp(`\\ntype ${typ}((?:\\s+@key\\(fields: "[^"]+"\\))+)\\s*\\{`).exec(text);
      return m ? [...m[1].matchAll(/fields: "([^"]+)"/g)].map((x) => x[1]).sort() : [];
    };
    expect(schluessel('Auftrag')).toEqual(['id', 'spnId']);
    expect(schluessel('Werkstatt')).toEqual(['id']);
    expect(schluessel('Versicherer')).toEqual(['id']);
  });

  it('enthält das öffentliche Schema (schema.graphql) vollständig', () => {
    const oeffentlich = buildSchema(fs.readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'));
    const text = sdl();
    const fehlend = Object.keys(oeffentlich.getTypeMap())
      .filter((n) => !n.startsWith('__') && !['String', 'Boolean', 'Int', 'Float', 'ID'].includes(n))
      .filter((n) => !new RegExp(`\\n(type|input|enum|scalar|union|interface) ${n}\\b`).test(text));
    expect(fehlend).toEqual([]);
  });
});
