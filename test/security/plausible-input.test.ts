import { addMonths, todayInItaly } from '@shubh/platform';
import { createBeneficiary } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { intakeInput } from '../../subgraphs/beneficiaries/test/intake-factory.js';
import { codiceFiscaleCheckCharacter, provisionalCheckDigit } from '../../subgraphs/beneficiaries/src/intake/codice-fiscale.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createOrganisation } from '../../subgraphs/catalogue/test/organisation-factory.js';
import { createService } from '../../subgraphs/catalogue/test/service-factory.js';
import { startSecurityHub, type SecurityHub } from './security-hub.js';

/**
 * Issue 9, findings 13 and 14: implausible values are refused with the field at fault (dates in the year 500 or
 * 9999, an education completed before birth, more years of work than of life, a codice fiscale with no month or
 * day), valid ones are accepted (the provisional 11-digit codice fiscale), an update naming nothing writes nothing,
 * and a search finds "città" by "citta" and "d’estate" by "d'estate".
 */
let hub: SecurityHub;
const corner = crypto.randomUUID();
const reception = crypto.randomUUID();
beforeAll(async () => {
  hub = await startSecurityHub();
  // The corner and the reception body are the catalogue's: the intake refuses ids the network does not hold.
  await createIntegraCorner(hub.hub.dataSources.catalogue!, { id: corner });
  await createOrganisation(hub.hub.dataSources.catalogue!, { id: reception, type: 'RECEPTION_MANAGING_BODY' });
});
const intake = (overrides: Record<string, unknown>) => intakeInput(corner, { referringOrganisationId: reception, ...overrides });
afterAll(() => hub?.stop());

const RECORD_INTAKE = `mutation($input: RecordIntakeReferralInput!) { recordIntakeReferral(input: $input) { id codiceFiscale } }`;
const today = todayInItaly();

function expectRefused(answer: { body: any }, field: string, message?: RegExp) {
  expect(answer.body.data ?? null).toBeNull();
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  if (message) expect(answer.body.errors[0].message).toMatch(message);
}

async function intakeCount(): Promise<number> {
  const [{ count }] = await hub.hub.dataSources.beneficiaries!.query('SELECT count(*)::int AS count FROM beneficiaries.intake_referral');
  return count;
}

describe('dates within a plausible range', () => {
  it('refuses a day in the year 500 or 9999-12-31 for every Date argument, in variables and literals, naming it', async () => {
    const before = await intakeCount();
    expectRefused(
      await hub.request(RECORD_INTAKE, { input: intake({ birthDate: '0500-01-01' }) }),
      'input.birthDate',
      /1900-01-01 to 2100-12-31/,
    );
    expectRefused(await hub.request(RECORD_INTAKE, { input: intake({ receptionExitDate: '9999-12-31' }) }), 'input.receptionExitDate');
    const literal = await hub.request('{ beneficiaries(filter: { receptionExitFrom: "9999-12-31" }) { edges { cursor } } }');
    // A malformed literal is an invalid query (README, Errors), refused with the range.
    expect(literal.body.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.body.errors![0]!.message).toMatch(/1900-01-01 to 2100-12-31/);
    expect(await intakeCount()).toBe(before);
  });

  it('refuses a birth date 125 years ago and a reception exit two years ahead; accepts plausible ones', async () => {
    const old = addMonths(today, -125 * 12);
    expectRefused(await hub.request(RECORD_INTAKE, { input: intake({ birthDate: old }) }), 'input.birthDate', /birth date/);
    const ahead = addMonths(today, 24);
    expectRefused(await hub.request(RECORD_INTAKE, { input: intake({ receptionExitDate: ahead }) }), 'input.receptionExitDate');
    const fine = await hub.request(RECORD_INTAKE, { input: intake({ birthDate: '1931-02-03' }) });
    expect(fine.body.errors).toBeUndefined();
  });

  it('refuses an answer due in ten years before looking anything up', async () => {
    const send = `mutation($input: SendReferralInput!) { sendReferral(input: $input) { id } }`;
    const input = {
      beneficiaryId: crypto.randomUUID(),
      serviceId: crypto.randomUUID(),
      fromCornerId: corner,
      responseDueOn: addMonths(today, 120),
    };
    expectRefused(await hub.request(send, { input }), 'input.responseDueOn', /due day/);
  });

  it('refuses an education completed before the person was born, and more years of work than their age allows', async () => {
    const birthDate = addMonths(today, -34 * 12);
    const person = await createBeneficiary(hub.hub.dataSources.beneficiaries!, { birthDate });
    const education = `mutation($id: ID!, $input: RecordEducationInput!) { recordEducation(beneficiaryId: $id, input: $input) { id } }`;
    const birthYear = Number(birthDate.slice(0, 4));
    const input = (completedYear: number) => ({ iscedLevel: 'ISCED_3', title: 'Diploma', country: 'SN', completedYear });
    expectRefused(await hub.request(education, { id: person.id, input: input(birthYear - 2) }), 'input.completedYear', /born in/);
    expect((await hub.request(education, { id: person.id, input: input(birthYear + 18) })).body.errors).toBeUndefined();

    const work = `mutation($id: ID!, $years: Int!) { recordWorkExperience(beneficiaryId: $id, years: $years) { id } }`;
    expectRefused(await hub.request(work, { id: person.id, years: 60 }), 'years', /at most 20/);
    expect((await hub.request(work, { id: person.id, years: 20 })).body.errors).toBeUndefined();
  });
});

describe('the codice fiscale', () => {
  it('refuses a month letter that is no month and a day that is no day, naming the field', async () => {
    const withMonth = (month: string, day: string) => {
      const first15 = `RSSMRA85${month}${day}A562`;
      return first15 + codiceFiscaleCheckCharacter(first15);
    };
    const before = await intakeCount();
    const month = await hub.request(RECORD_INTAKE, { input: intake({ codiceFiscale: withMonth('Z', '10') }) });
    expectRefused(month, 'input.codiceFiscale', /month letters are A, B, C/);
    const day = await hub.request(RECORD_INTAKE, { input: intake({ codiceFiscale: withMonth('T', '99') }) });
    expectRefused(day, 'input.codiceFiscale', /01 to 31, or 41 to 71/);
    expect(await intakeCount()).toBe(before);
    // A woman's day (+40) and omocodia's letters for digits are days too.
    const woman = await hub.request(RECORD_INTAKE, { input: intake({ codiceFiscale: withMonth('T', '5M') }) });
    expect(woman.body.errors).toBeUndefined();
  });

  it('accepts the provisional 11-digit codice fiscale of asylum seekers, and checks its check digit', async () => {
    const first10 = String(Math.floor(Math.random() * 1e10)).padStart(10, '0');
    const provisional = first10 + provisionalCheckDigit(first10);
    const accepted = await hub.request(RECORD_INTAKE, { input: intake({ codiceFiscale: ` ${provisional} ` }) });
    expect(accepted.body.errors).toBeUndefined();
    expect(accepted.body.data.recordIntakeReferral.codiceFiscale).toBe(provisional);
    const wrong = first10 + String((Number(provisionalCheckDigit(first10)) + 1) % 10);
    expectRefused(await hub.request(RECORD_INTAKE, { input: intake({ codiceFiscale: wrong }) }), 'input.codiceFiscale', /check/);
  });
});

describe('services', () => {
  const SEARCH = `query($text: String!) { services(filter: { text: $text }, first: 20) { edges { node { id } } } }`;

  it('updateService with an input naming no field is refused, and writes neither a version nor an audit entry', async () => {
    const service = await createService(hub.hub.dataSources.catalogue!, { publicationStatus: 'DRAFT' });
    const countEntries = async () =>
      (await hub.hub.dataSources.catalogue!.query(`SELECT count(*)::int AS n FROM audit.entry WHERE operation = 'updateService'`))[0].n;
    const entries = await countEntries();
    const update = `mutation($id: ID!, $v: Int!) { updateService(id: $id, input: {}, expectedVersion: $v) { version } }`;
    expectRefused(await hub.request(update, { id: service.id, v: service.version }), 'input', /no field/);
    const [{ version }] = await hub.hub.dataSources.catalogue!.query('SELECT version FROM catalogue.service WHERE id = $1', [service.id]);
    expect(version).toBe(service.version);
    expect(await countEntries()).toBe(entries);
  });

  it('finds a service whatever the accents, the case and the kind of apostrophe', async () => {
    const marker = crypto.randomUUID().slice(0, 8);
    const service = await createService(hub.hub.dataSources.catalogue!, {
      name: `Corso d’estate ${marker}`,
      description: 'Italiano per la città, livello A2.',
    });
    for (const text of [`d'estate ${marker}`, `D’ESTATE ${marker}`, `citta ${marker}`, `CITTÀ ${marker}`, `Città ${marker}`]) {
      const { body } = await hub.request(SEARCH, { text });
      expect(body.errors).toBeUndefined();
      expect(body.data.services.edges.map((edge: any) => edge.node.id)).toEqual([service.id]);
    }
    const none = await hub.request(SEARCH, { text: `cittadino ${marker}` });
    expect(none.body.data.services.edges).toEqual([]);
  });
});
