import { spn } from '../utils/abfragen';
import { DEMO_API_SCHLUESSEL, DEMO_INTERN, anmelden, testServerFuerDatei } from '../utils/server';

/**
 * The vendors' polling feed: `auftraege(filter: { geaendertSeit })` pages oldest change first and its
 * cursor is a resume point. Changes that happen between pages never make the reader skip an order;
 * an order comes again only with a newer change.
 */
const server = testServerFuerDatei({ demo: true });
let intern: string;

const FEED = `query($seit: DateTimeISO!, $after: String) {
  auftraege(filter: { geaendertSeit: $seit }, first: 5, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { spnId aktualisiertAm erinnerungen { id } }
  }
}`;

async function seite(after: string | null) {
  const r = await server().gql(FEED, { seit: '2026-01-01T00:00:00.000Z', after }, { token: DEMO_API_SCHLUESSEL });
  expect(r.body.errors).toBeUndefined();
  return r.body.data.auftraege as { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { spnId: string; aktualisiertAm: string; erinnerungen: unknown[] }[] };
}

async function erinnern(nr: number) {
  const r = await server().gql('mutation($s:String!){ erinnerungSenden(input:{spnId:$s, art: REPARATURSTATUS}) { fehler { code } } }', { s: spn(nr) }, { token: intern });
  expect(r.body.data.erinnerungSenden.fehler).toEqual([]);
}

beforeAll(async () => {
  intern = await anmelden(server(), DEMO_INTERN.benutzername, DEMO_INTERN.passwort);
});

it('überspringt und wiederholt nichts, wenn sich zwischen zwei Seiten Aufträge ändern', async () => {
  // given: the first page of the feed
  const erste = await seite(null);
  const gesehen = erste.nodes.map((n) => n.spnId);
  expect(gesehen).toHaveLength(5);
  // when: one order already read and one not yet read change before the next page is read
  const schonGelesen = Number(gesehen[0].slice(-6));
  const nochNichtGelesen = [1, 4, 6, 2, 3, 5, 7, 10, 11, 14, 16].find((nr) => !gesehen.includes(spn(nr)))!;
  await erinnern(nochNichtGelesen);
  await erinnern(schonGelesen);
  const rest: string[] = [];
  let after = erste.pageInfo.endCursor;
  for (let i = 0; i < 10; i++) {
    const s = await seite(after);
    rest.push(...s.nodes.map((n) => n.spnId));
    if (s.nodes.length) after = s.pageInfo.endCursor;
    if (!s.pageInfo.hasNextPage) break;
  }
  // then: every order of the shop came, each unchanged one exactly once, the changed ones once more at the end
  const alle = [...gesehen, ...rest];
  expect(new Set(alle).size).toBe(16);
  expect(rest.slice(-2)).toEqual([spn(nochNichtGelesen), spn(schonGelesen)]);
  expect(alle.filter((s) => s === spn(nochNichtGelesen))).toHaveLength(1);
  expect(alle.filter((s) => s === spn(schonGelesen))).toHaveLength(2);
  expect(alle).toHaveLength(17);
  // and polling on from the last cursor gives nothing until the next change, then exactly that one
  expect((await seite(after)).nodes).toEqual([]);
  await erinnern(16);
  expect((await seite(after)).nodes.map((n) => n.spnId)).toEqual([spn(16)]);
});

it('lehnt einen Cursor der normalen Liste im Feed ab und umgekehrt', async () => {
  const liste = await server().gql('{ auftraege(first: 1) { pageInfo { endCursor } } }', undefined, { token: DEMO_API_SCHLUESSEL });
  const r = await server().gql(FEED, { seit: '2026-01-01T00:00:00.000Z', after: liste.body.data.auftraege.pageInfo.endCursor }, { token: DEMO_API_SCHLUESSEL });
  expect(r.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});
