import { anmelden, DEMO_WERKSTATT, testServerFuerDatei } from '../utils/server';

/**
 * Smoke test: the server answers over HTTP, and login, `me` and logout work on a fresh database with
 * demo data (SQLite, or MariaDB with TEST_DB=mariadb).
 */
const server = testServerFuerDatei({ demo: true });

const ME = /* GraphQL */ `
  query Me {
    me { benutzername rolle werkstatt { name } }
  }
`;

const ANMELDEN = /* GraphQL */ `
  mutation Anmelden($input: AnmeldenInput!) {
    anmelden(input: $input) {
      token
      benutzer { benutzername rolle }
      fehler { code meldung }
    }
  }
`;

const ABMELDEN = /* GraphQL */ `
  mutation Abmelden {
    abmelden
  }
`;

describe('Smoke: Server, Anmeldung und Abmeldung', () => {
  it('answers a query without login', async () => {
    // given: nobody is logged in
    // when
    const r = await server().gql('{ __typename }');
    // then
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ data: { __typename: 'Query' } });
    expect(r.sqlStatements).toBe(0);
  });

  it('refuses `me` without login with UNAUTHENTICATED', async () => {
    // given: no token
    // when
    const r = await server().gql(ME);
    // then
    expect(r.body.data ?? null).toBeNull();
    expect(r.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logs in a workshop user whose token then identifies them', async () => {
    // given: the demo workshop account
    // when
    const login = await server().gql(ANMELDEN, { input: DEMO_WERKSTATT });
    // then
    expect(login.body.errors).toBeUndefined();
    expect(login.body.data.anmelden.fehler).toEqual([]);
    expect(login.body.data.anmelden.benutzer).toEqual({ benutzername: DEMO_WERKSTATT.benutzername, rolle: 'WERKSTATT' });
    const token: string = login.body.data.anmelden.token;
    expect(token).toEqual(expect.any(String));

    // when
    const me = await server().gql(ME, undefined, { token });
    // then
    expect(me.body.errors).toBeUndefined();
    expect(me.body.data.me).toMatchObject({ benutzername: DEMO_WERKSTATT.benutzername, rolle: 'WERKSTATT', werkstatt: { name: expect.any(String) } });
  });

  it('refuses a wrong password with ANMELDUNG_FEHLGESCHLAGEN and no token', async () => {
    // given: the demo workshop account with a wrong password
    // when
    const r = await server().gql(ANMELDEN, { input: { benutzername: DEMO_WERKSTATT.benutzername, passwort: 'falsch' } });
    // then
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.anmelden.token).toBeNull();
    expect(r.body.data.anmelden.benutzer).toBeNull();
    expect(r.body.data.anmelden.fehler).toEqual([{ code: 'ANMELDUNG_FEHLGESCHLAGEN', meldung: expect.any(String) }]);
  });

  it('ends the session on logout: the token no longer works', async () => {
    // given: a logged-in workshop user
    const token = await anmelden(server(), DEMO_WERKSTATT.benutzername, DEMO_WERKSTATT.passwort);
    expect((await server().gql(ME, undefined, { token })).body.data?.me.rolle).toBe('WERKSTATT');

    // when
    const r = await server().gql(ABMELDEN, undefined, { token });

    // then
    expect(r.body).toEqual({ data: { abmelden: true } });
    const danach = await server().gql(ME, undefined, { token });
    expect(danach.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
