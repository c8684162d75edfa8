/**
 * Every module's policy of the beneficiaries subgraph, decided as a request would: each cell calls the module's
 * service, built for one caller by the kernel (no HTTP), on a real database, for a person of its own, and records
 * whether the call went through or was FORBIDDEN. The table below is what the policies and the README say.
 */
import { addDays, Caller, servicesCreated, todayInItaly, type ErrorCode } from '@shubh/platform';
import { createTestContext, openTestDataSource } from '@shubh/platform/testing';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { TestPeople } from '../../../test/support/test-people.js';
import type { BeneficiaryEntity } from '../src/beneficiary/beneficiary.entity.js';
import { beneficiariesSubgraph } from '../src/subgraph.js';

let dataSource: DataSource;
let people: TestPeople;

beforeAll(async () => {
  dataSource = await openTestDataSource(beneficiariesSubgraph);
  people = await TestPeople.open();
  await people.cornerTeam(CORNER, [{ userId: ASSIGNED_TUTOR }, { userId: TEAMMATE }]);
});
afterAll(async () => {
  await people?.close();
  await dataSource?.destroy();
});

const CORNER = crypto.randomUUID();
const ASSIGNED_TUTOR = crypto.randomUUID();
/** Another tutor on the corner's team, to hand cases to. */
const TEAMMATE = crypto.randomUUID();
const PARTNER_ORGANISATION = crypto.randomUUID();

/** The callers the rules tell apart, for a person of CORNER assigned to ASSIGNED_TUTOR whom the partner reaches. */
const CALLERS: Record<string, (person: BeneficiaryEntity) => Caller> = {
  administrator: () => new Caller(crypto.randomUUID(), 'admin', ['network-admin'], null, [], null, null),
  'coordinator of the corner': () => new Caller(crypto.randomUUID(), 'coord', ['corner-coordinator'], null, [CORNER], null, null),
  'assigned tutor': () => new Caller(ASSIGNED_TUTOR, 'tutor', ['tutor'], null, [CORNER], null, null),
  'another tutor of the corner': () => new Caller(crypto.randomUUID(), 'tutor2', ['tutor'], null, [CORNER], null, null),
  'tutor of another corner': () => new Caller(crypto.randomUUID(), 'tutor3', ['tutor'], null, [crypto.randomUUID()], null, null),
  'the person': (person) => new Caller(crypto.randomUUID(), 'person', ['beneficiary'], null, [], person.id, null),
  'partner reaching the person': () =>
    new Caller(crypto.randomUUID(), 'partner', ['partner-operator'], PARTNER_ORGANISATION, [], null, null),
  employer: () => new Caller(crypto.randomUUID(), 'employer', ['employer'], PARTNER_ORGANISATION, [], null, null),
  monitoring: () => new Caller(crypto.randomUUID(), 'monitoring', ['monitoring'], null, [], null, null),
  'reception body operator': () =>
    new Caller(crypto.randomUUID(), 'reception', ['reception-operator'], crypto.randomUUID(), [], null, null),
};

type Context = ReturnType<typeof createTestContext<typeof beneficiariesSubgraph.modules>>;
const today = todayInItaly();

/** One action of each module, as its service performs it for the person. */
const ACTIONS: Record<string, (context: Context, person: BeneficiaryEntity) => Promise<unknown>> = {
  'beneficiary: read the person': (context, person) => context.beneficiaries.get(person.id),
  'assessment: read the case file': (context, person) => context.assessments.skills(person),
  'assessment: record a skill': (context, person) =>
    context.assessments.recordSkill(person.id, { label: 'Carrellista', level: 'INTERMEDIATE', certified: false }),
  'household: read it': (context, person) => context.household.of(person),
  'household: add a member': (context, person) =>
    context.household.add(person.id, { relation: 'CHILD', givenName: 'Awa', birthDate: addDays(today, -3000) }),
  'consent: grant one': (context, person) => context.consents.grant({ beneficiaryId: person.id, purpose: 'HOUSING_SUPPORT' }),
  'sensitive profile: read it': (context, person) => context.sensitiveProfiles.of(person, 'Checking the policy table'),
  'action plan: draft it': (context, person) =>
    context.actionPlans.draft(person.id, {
      goals: [{ area: 'WORK', description: 'Trovare un lavoro', targetDate: addDays(today, 180), actions: [] }],
    }),
  'case lifecycle: read its history': (context, person) => context.caseLifecycle.statusHistoryOf(person),
  'case lifecycle: assign a tutor': (context, person) => context.caseLifecycle.assignTutor(person.id, TEAMMATE, null),
  "audit trail: read the person's trail": (context, person) => context.auditTrail.ofBeneficiary(person.id, {}),
  'notification: read my own': (context) => context.notifications.mine({}),
  'intake: list referrals': (context) => context.intake.list({}),
  'caseload indicators: read them': (context) => context.caseloadIndicators.list({}),
  'attention: overdue follow-ups': (context) => context.attention.overdueFollowUps({}),
  'after exit: follow-ups due': (context) => context.afterExit.due({}),
  'after exit: read them': (context, person) => context.afterExit.of(person),
  'after exit: record one': async (context, person) => {
    await dataSource.query(
      `UPDATE beneficiaries.beneficiary SET case_status = 'CLOSED', outcome = 'PARTIAL', closed_on = $2 WHERE id = $1`,
      [person.id, addDays(today, -220)],
    );
    return context.afterExit.record(person.id, { contactedOn: today, reached: false });
  },
  'results: list reporting periods': (context) => context.results.periods(),
  'results: define a reporting period': (context) =>
    context.results.definePeriod({ kind: 'PROJECT', startsOn: '2031-01-01', endsOn: '2031-12-31' }),
};

type Cell = 'allowed' | 'FORBIDDEN';
const A: Cell = 'allowed';
const F: Cell = 'FORBIDDEN';

/** Columns: the callers, in the order of CALLERS. */
const TABLE: Record<keyof typeof ACTIONS, [Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell]> = {
  //                                         admin coord assigned other elsewhere person partner employer monitoring reception
  'beneficiary: read the person': /*      */ [A, A, A, A, F, A, A, F, F, F],
  'assessment: read the case file': /*    */ [A, A, A, A, F, A, F, F, F, F],
  'assessment: record a skill': /*        */ [A, A, A, F, F, F, F, F, F, F],
  'household: read it': /*                */ [A, A, A, A, F, A, F, F, F, F],
  'household: add a member': /*           */ [A, A, A, F, F, F, F, F, F, F],
  'consent: grant one': /*                */ [A, A, A, F, F, A, F, F, F, F],
  'sensitive profile: read it': /*        */ [A, A, A, F, F, F, F, F, F, F],
  'action plan: draft it': /*             */ [A, A, A, F, F, F, F, F, F, F],
  'case lifecycle: read its history': /*  */ [A, A, A, A, F, A, F, F, F, F],
  'case lifecycle: assign a tutor': /*    */ [A, A, F, F, F, F, F, F, F, F],
  "audit trail: read the person's trail": [A, F, F, F, F, F, F, F, F, F],
  'intake: list referrals': /*            */ [A, A, A, A, A, F, F, F, F, A],
  'caseload indicators: read them': /*    */ [A, A, F, F, F, F, F, F, A, F],
  'attention: overdue follow-ups': /*     */ [A, A, A, A, A, F, F, F, F, F],
  'after exit: follow-ups due': /*        */ [A, A, A, A, A, F, F, F, F, F],
  'after exit: read them': /*             */ [A, A, A, A, F, A, F, F, F, F],
  'after exit: record one': /*            */ [A, A, A, F, F, F, F, F, F, F],
  'results: list reporting periods': /*   */ [A, A, F, F, F, F, F, F, A, F],
  'results: define a reporting period': [A, F, F, F, F, F, F, F, F, F],
  'notification: read my own': /*         */ [A, A, A, A, A, A, A, A, A, A],
};

async function outcome(call: () => Promise<unknown>): Promise<Cell> {
  try {
    await call();
    return A;
  } catch (error) {
    if (error instanceof GraphQLError && (error.extensions.code as ErrorCode) === 'FORBIDDEN') return F;
    throw error;
  }
}

describe('the policies of the beneficiaries subgraph', () => {
  it.each(Object.keys(TABLE))('%s', async (action) => {
    const observed: Cell[] = [];
    for (const name of Object.keys(CALLERS)) {
      // A person of their own for each cell: no cell's change can decide another's.
      const person = await people.person({ integraCornerId: CORNER, tutorUserId: ASSIGNED_TUTOR, reachedBy: [PARTNER_ORGANISATION] });
      const context = createTestContext(beneficiariesSubgraph, dataSource, CALLERS[name]!(person));
      observed.push(await outcome(() => ACTIONS[action]!(context, person)));
    }
    expect(Object.fromEntries(Object.keys(CALLERS).map((name, index) => [name, observed[index]]))).toEqual(
      Object.fromEntries(Object.keys(CALLERS).map((name, index) => [name, TABLE[action]![index]])),
    );
  });

  it('builds a service only when a request first asks for it', () => {
    const context = createTestContext(beneficiariesSubgraph, dataSource, CALLERS.administrator!({} as BeneficiaryEntity));
    expect(servicesCreated(context)).toEqual([]);
    void context.actionPlans;
    // The plan service and the one it depends on; none of the other eleven.
    expect(servicesCreated(context).sort()).toEqual(['actionPlans', 'beneficiaries']);
  });
});
