import 'reflect-metadata';
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { DataSource } from 'typeorm';
import { Auftragsart, Rolle, Sparte } from '../../server/src/common/enums';
import { inTransaktion } from '../../server/src/db/transaktion';
import { auftragVermitteln } from '../../server/src/modules/auftrag/auftrag-vorgaenge.service';
import { WerkstattEntity } from '../../server/src/modules/identity/werkstatt.entity';
import { VersichererEntity } from '../../server/src/modules/stammdaten/versicherer.entity';
import { spn } from '../utils/abfragen';
import { DEMO_API_SCHLUESSEL, DEMO_INTERN, DEMO_WERKSTATT, DEMO_WERKSTATT_2, anmelden, startTestServer, testServerFuerDatei } from '../utils/server';

/**
 * The portal as a Federation 2 subgraph (issue 8): `_service { sdl }` with the directives, `_entities` with
 * the authorization and the loaders of the root queries, and the proof by composition: an insurer service
 * extending `Auftrag`, composed with the portal by @apollo/gateway, queried with a shop's credentials.
 */

const server = testServerFuerDatei({ demo: true });
let werkstatt: string;
let werkstatt2: string;
let intern: string;

const ENTITAETEN = /* GraphQL */ `
  query($r: [_Any!]!) {
    _entities(representations: $r) {
      __typename
      ... on Auftrag { spnId status kunde { name } werkstatt { id name } versicherer { id name } kvs { id } freigaben { id } hinweise { code } }
      ... on Werkstatt { id name }
      ... on Versicherer { id name }
    }
  }
`;

async function neueAuftraege(ds: DataSource, anzahl: number): Promise<void> {
  await inTransaktion(ds, async (m) => {
    const w = await m.getRepository(WerkstattEntity).findOneByOrFail({ partnerNummer: 'P-104711' });
    const [versicherer] = await m.getRepository(VersichererEntity).find({ order: { id: 'ASC' } });
    for (let i = 0; i < anzahl; i++) {
      await auftragVermitteln(
        { m, jetzt: new Date(), akteur: { name: 'Test', rolle: Rolle.INTERN } },
        {
          werkstattId: w.id,
          versichererId: versicherer.id,
          auftragsart: Auftragsart.REPARATUR,
          sparte: Sparte.HAFTPFLICHT,
          schadennummer: `F-${i}`,
          schadentag: null,
          kennzeichen: `F-T ${i + 1}`,
          hersteller: null,
          modell: null,
          fin: null,
          kundeName: 'Föderation Kundin',
          kundeAnschrift: null,
          kundeTelefon: null,
        },
      );
    }
  });
}

/** Shop 1's orders (id and SPN-ID), as staff lists them. */
async function auftraegeVonWerkstatt1(): Promise<{ id: string; spnId: string }[]> {
  const r = await server().gql(`{ auftraege(first: 100, filter: { suche: "F-T" }) { nodes { id spnId } } }`, undefined, { token: werkstatt });
  expect(r.body.errors).toBeUndefined();
  return r.body.data.auftraege.nodes;
}

beforeAll(async () => {
  [werkstatt, werkstatt2, intern] = await Promise.all([
    anmelden(server(), DEMO_WERKSTATT.benutzername, DEMO_WERKSTATT.passwort),
    anmelden(server(), DEMO_WERKSTATT_2.benutzername, DEMO_WERKSTATT_2.passwort),
    anmelden(server(), DEMO_INTERN.benutzername, DEMO_INTERN.passwort),
  ]);
  await neueAuftraege(server().ds, 100);
});

describe('der Subgraph', () => {
  it('liefert sein SDL mit den Federation-Direktiven (_service), wie in subgraph.graphql', async () => {
    const r = await server().gql(`{ _service { sdl } }`);
    expect(r.body.errors).toBeUndefined();
    const sdl: string = r.body.data._service.sdl;
    expect(sdl).toMatch(/type Auftrag\s+@key\(fields: "spnId"\)\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Werkstatt\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Versicherer\s+@key\(fields: "id"\)/);
    expect(sdl).toContain('https://specs.apollo.dev/federation/v2.3');
  });

  it('zeigt sein SDL ohne Introspektion nur dem Netzwerk', async () => {
    const ohne = await startTestServer({ demo: true, env: { SPN_INTROSPEKTION: '0' } });
    try {
      const [w, i] = [await anmelden(ohne, DEMO_WERKSTATT.benutzername, DEMO_WERKSTATT.passwort), await anmelden(ohne, DEMO_INTERN.benutzername, DEMO_INTERN.passwort)];
      const anonym = await ohne.gql(`{ _service { sdl } }`);
      expect(anonym.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const alsWerkstatt = await ohne.gql(`{ _service { sdl } }`, undefined, { token: w });
      expect(alsWerkstatt.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const alsNetzwerk = await ohne.gql(`{ _service { sdl } }`, undefined, { token: i });
      expect(alsNetzwerk.body.data._service.sdl).toContain('@key(fields: "spnId")');
    } finally {
      await ohne.close();
    }
  });

  it('löst Referenzen nur mit Anmeldung auf', async () => {
    const r = await server().gql(ENTITAETEN, { r: [{ __typename: 'Auftrag', spnId: spn(1) }] });
    expect(r.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(r.body)).not.toContain('SPN-2026-000001');
  });

  it('löst Referenzen mit der Sicht des Aufrufers auf: Fremdes und Unbekanntes wird null', async () => {
    const werkstatt1 = await server().gql(`{ auftrag(spnId: "${spn(1)}") { id werkstatt { id } versicherer { id } } }`, undefined, { token: werkstatt });
    const eigen = werkstatt1.body.data.auftrag;
    const fremd = (await server().gql(`{ auftrag(spnId: "${spn(17)}") { id werkstatt { id } } }`, undefined, { token: werkstatt2 })).body.data.auftrag;
    const r = await server().gql(
      ENTITAETEN,
      {
        r: [
          { __typename: 'Auftrag', spnId: spn(1) },
          { __typename: 'Auftrag', spnId: '2026-000002' },
          { __typename: 'Auftrag', id: eigen.id },
          { __typename: 'Auftrag', spnId: spn(17) },
          { __typename: 'Auftrag', id: fremd.id },
          { __typename: 'Auftrag', spnId: 'SPN-2026-999999' },
          { __typename: 'Auftrag', id: 'kein-id' },
          { __typename: 'Werkstatt', id: eigen.werkstatt.id },
          { __typename: 'Werkstatt', id: fremd.werkstatt.id },
          { __typename: 'Versicherer', id: eigen.versicherer.id },
        ],
      },
      { token: werkstatt },
    );
    expect(r.body.errors).toBeUndefined();
    const e = r.body.data._entities;
    expect(e.map((x: any) => x && (x.spnId ?? `${x.__typename}:${x.id}`))).toEqual([
      spn(1),
      spn(2),
      spn(1),
      null,
      null,
      null,
      null,
      `Werkstatt:${eigen.werkstatt.id}`,
      null,
      `Versicherer:${eigen.versicherer.id}`,
    ]);
    expect(e[0].kunde).not.toBeNull();

    // the vendor (linked to shop 1): its orders without customer data, shop 2's not at all
    const k = await server().gql(ENTITAETEN, { r: [{ __typename: 'Auftrag', spnId: spn(1) }, { __typename: 'Auftrag', spnId: spn(17) }] }, { token: DEMO_API_SCHLUESSEL });
    expect(k.body.errors).toBeUndefined();
    expect(k.body.data._entities[0]).toMatchObject({ spnId: spn(1), kunde: null });
    expect(k.body.data._entities[1]).toBeNull();
  });

  it('löst 100 Referenzen mit so vielen SQL-Anweisungen auf wie 10 (über die Loader)', async () => {
    const auftraege = await auftraegeVonWerkstatt1();
    expect(auftraege.length).toBe(100);
    const referenzen = (n: number) => auftraege.slice(0, n).map((a, i) => (i % 2 ? { __typename: 'Auftrag', id: a.id } : { __typename: 'Auftrag', spnId: a.spnId }));
    const zehn = await server().gql(ENTITAETEN, { r: referenzen(10) }, { token: werkstatt });
    const hundert = await server().gql(ENTITAETEN, { r: referenzen(100) }, { token: werkstatt });
    for (const r of [zehn, hundert]) {
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data._entities.every((x: any) => x?.kunde?.name === 'Föderation Kundin')).toBe(true);
    }
    expect(hundert.body.data._entities).toHaveLength(100);
    expect(zehn.sqlStatements).not.toBeNull();
    expect(hundert.sqlStatements).toBe(zehn.sqlStatements);
    // eslint-disable-next-line no-console
    console.log(`SQL-Anweisungen _entities: 10 Referenzen ${zehn.sqlStatements}, 100 Referenzen ${hundert.sqlStatements}`);
  });
});

/**
 * A tiny second service of an insurer: it extends the portal's `Auftrag` (key `spnId`) with the claim
 * handling and lists its claims, each referencing the portal's order. It records the Authorization header
 * it receives, to show that the gateway forwards the caller's credentials.
 */
function versichererDienst(gesehen: string[]) {
  const typeDefs = parse(/* GraphQL */ `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

    type Auftrag @key(fields: "spnId") {
      spnId: String!
      "Regulierung beim Versicherer"
      regulierung: Regulierung!
    }

    type Regulierung {
      sachbearbeiter: String!
      selbstbeteiligung: Int!
    }

    type Schadenfall {
      schadennummer: String!
      auftrag: Auftrag
    }

    type Query {
      schadenfaelle: [Schadenfall!]!
    }
  `);
  const resolvers = {
    Query: {
      schadenfaelle: (_: unknown, __: unknown, ctx: { authorization?: string }) => {
        gesehen.push(ctx.authorization ?? '');
        return [
          { schadennummer: 'S-1', auftrag: { spnId: spn(1) } },
          { schadennummer: 'S-17', auftrag: { spnId: spn(17) } },
        ];
      },
    },
    Auftrag: {
      __resolveReference: (ref: { spnId: string }, ctx: { authorization?: string }) => {
        gesehen.push(ctx.authorization ?? '');
        return { spnId: ref.spnId };
      },
      regulierung: (a: { spnId: string }) => ({ sachbearbeiter: `Sachbearbeitung ${a.spnId.slice(-2)}`, selbstbeteiligung: 300 }),
    },
  };
  return new ApolloServer({ schema: buildSubgraphSchema({ typeDefs, resolvers: resolvers as never }), plugins: [ApolloServerPluginInlineTraceDisabled()] });
}

describe('zusammengesetzt mit einem zweiten Dienst (@apollo/gateway)', () => {
  const gesehen: string[] = [];
  let dienst: ApolloServer<{ authorization?: string }>;
  let gateway: ApolloServer<{ authorization?: string }>;
  let gatewayUrl: string;

  beforeAll(async () => {
    dienst = versichererDienst(gesehen) as ApolloServer<{ authorization?: string }>;
    const { url: dienstUrl } = await startStandaloneServer(dienst, { listen: { port: 0 }, context: async ({ req }) => ({ authorization: req.headers.authorization }) });
    const gw = new ApolloGateway({
      supergraphSdl: new IntrospectAndCompose({
        subgraphs: [
          { name: 'portal', url: `${server().url}/graphql` },
          { name: 'versicherer', url: dienstUrl },
        ],
      }),
      // forward the caller's credentials to every service
      buildService: ({ url }) =>
        new RemoteGraphQLDataSource<{ authorization?: string }>({
          url,
          willSendRequest({ request, context }) {
            if (context.authorization) request.http?.headers.set('authorization', context.authorization);
          },
        }),
    });
    gateway = new ApolloServer<{ authorization?: string }>({ gateway: gw });
    ({ url: gatewayUrl } = await startStandaloneServer(gateway, { listen: { port: 0 }, context: async ({ req }) => ({ authorization: req.headers.authorization }) }));
  });

  afterAll(async () => {
    await gateway?.stop();
    await dienst?.stop();
  });

  async function ueberGateway(query: string, token?: string) {
    const res = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  }

  it('beantwortet eine Anfrage über beide Dienste mit den Rechten der Werkstatt', async () => {
    gesehen.length = 0;
    const r = await ueberGateway(`{ auftrag(spnId: "${spn(1)}") { spnId status werkstatt { name } regulierung { sachbearbeiter selbstbeteiligung } } }`, werkstatt);
    expect(r.errors).toBeUndefined();
    expect(r.data.auftrag).toEqual({
      spnId: spn(1),
      status: expect.any(String),
      werkstatt: { name: 'Autohaus Berger GmbH' },
      regulierung: { sachbearbeiter: 'Sachbearbeitung 01', selbstbeteiligung: 300 },
    });
    // the insurer service got the shop's credentials, too
    expect(gesehen).toEqual([`Bearer ${werkstatt}`]);
  });

  it('löst die Referenzen des anderen Dienstes mit den weitergereichten Rechten auf: fremde Aufträge bleiben null', async () => {
    const query = `{ schadenfaelle { schadennummer auftrag { spnId status werkstatt { name } kunde { name } } } }`;
    const alsWerkstatt = await ueberGateway(query, werkstatt);
    expect(alsWerkstatt.errors).toBeUndefined();
    expect(alsWerkstatt.data.schadenfaelle.map((s: any) => [s.schadennummer, s.auftrag?.spnId ?? null])).toEqual([
      ['S-1', spn(1)],
      ['S-17', null],
    ]);
    const alsZweite = await ueberGateway(query, werkstatt2);
    expect(alsZweite.data.schadenfaelle.map((s: any) => s.auftrag?.spnId ?? null)).toEqual([null, spn(17)]);
    const alsNetzwerk = await ueberGateway(query, intern);
    expect(alsNetzwerk.data.schadenfaelle.map((s: any) => s.auftrag?.spnId ?? null)).toEqual([spn(1), spn(17)]);
    const alsVendor = await ueberGateway(query, DEMO_API_SCHLUESSEL);
    expect(alsVendor.data.schadenfaelle.map((s: any) => s.auftrag && [s.auftrag.spnId, s.auftrag.kunde])).toEqual([[spn(1), null], null]);
  });

  it('gibt ohne Anmeldung keine Aufträge heraus', async () => {
    const r = await ueberGateway(`{ schadenfaelle { schadennummer auftrag { spnId status } } }`);
    expect(JSON.stringify(r.data ?? null)).not.toContain('SPN-2026-000001');
    expect(r.errors?.length).toBeGreaterThan(0);
  });
});

