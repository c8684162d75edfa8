import { intakeInput } from '../../subgraphs/beneficiaries/test/intake-factory.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { startSecurityHub, type SecurityHub } from './security-hub.js';

/**
 * Issue 9, finding 4 and the fuzzing after it: text that is no text (a lone UTF-16 surrogate, possible through
 * JSON's \uD800 escape) and text far beyond its field's bound are the client's mistakes, refused with the field
 * before any work or write; they were INTERNAL_SERVER_ERROR (PostgreSQL refusing the JSON) and, for 100 KB strings,
 * a normalisation and segmentation of the whole string per field.
 */
let hub: SecurityHub;
beforeAll(async () => {
  hub = await startSecurityHub();
});
afterAll(() => hub?.stop());

const SET_TEAM = `mutation($id: ID!, $team: [CornerTeamMemberInput!]!, $v: Int!) {
  setCornerTeam(cornerId: $id, team: $team, expectedVersion: $v) { version team { name } }
}`;

async function intakeCount(): Promise<number> {
  const [{ count }] = await hub.hub.dataSources.beneficiaries!.query('SELECT count(*)::int AS count FROM beneficiaries.intake_referral');
  return count;
}

it("refuses half of a character in a corner's team by field, and the team stays as it was", async () => {
  const corner = await createIntegraCorner(hub.hub.dataSources.catalogue!, { province: 'TO' });
  const set = (team: { name: string; role: string }[], v: number) => hub.request(SET_TEAM, { id: corner.id, team, v });
  const first = await set([{ name: 'Anna Rossi', role: 'TUTOR' }], corner.version);
  expect(first.body.errors).toBeUndefined();
  const version: number = first.body.data.setCornerTeam.version;

  const lone = await set(
    [
      { name: 'Anna Rossi', role: 'TUTOR' },
      { name: 'Luca \uD800 Bianchi', role: 'TUTOR' },
    ],
    version,
  );
  expect(lone.status).toBe(200);
  expect(lone.body.errors?.map((error: any) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'team[1].name' }]);
  // A surrogate pair (an emoji) is one character, not half of one: it is judged by the ordinary rules.
  const pair = await set([{ name: 'Squadra 😀', role: 'TUTOR' }], version);
  expect(pair.body.errors).toBeUndefined();

  const team = await hub.request(`query($id: ID!) { integraCorner(id: $id) { version team { name } } }`, { id: corner.id });
  expect(team.body.data.integraCorner).toEqual({ version: version + 1, team: [{ name: 'Squadra 😀' }] });
});

it('refuses 100 KB in a 100-character name or a 200-character contact with the field, writing nothing', async () => {
  const before = await intakeCount();
  const corner = crypto.randomUUID();
  const RECORD = `mutation($input: RecordIntakeReferralInput!) { recordIntakeReferral(input: $input) { id } }`;
  const huge = 'a'.repeat(100_000);
  const name = await hub.request(RECORD, { input: intakeInput(corner, { givenName: huge }) });
  expect(name.body.errors?.map((error: any) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'input.givenName' }]);
  expect(name.body.errors![0]!.message).toBe('input.givenName must be at most 100 characters');
  const contact = await hub.request(RECORD, { input: intakeInput(corner, { contact: `${huge}\uDC00` }) });
  expect(contact.body.errors?.map((error: any) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'input.contact' }]);
  expect(await intakeCount()).toBe(before);
});
