/**
 * Every module's policy of the catalogue subgraph, decided as a request would: each cell calls the module's service,
 * built for one caller by the kernel (no HTTP), on a real database, on a world of its own (a corner, a provider with
 * a published service, a person of the corner who consents to share with the provider, an open referral), and
 * records whether the call went through or was FORBIDDEN.
 */
import { addDays, Caller, todayInItaly } from '@shubh/platform';
import { createTestContext, openTestDataSource } from '@shubh/platform/testing';
import type { DataSource } from 'typeorm';
import { A, describePolicyTable, F, N, type Cell } from '../../../test/support/policy-table.js';
import { TestPeople } from '../../../test/support/test-people.js';
import { catalogueSubgraph } from '../src/subgraph.js';
import { createExternalService } from './external-service-factory.js';
import { createIntegraCorner } from './integra-corner-factory.js';
import { createOrganisation } from './organisation-factory.js';
import { createReferral } from './referral-factory.js';
import { createService } from './service-factory.js';

let dataSource: DataSource;
let people: TestPeople;

beforeAll(async () => {
  dataSource = await openTestDataSource(catalogueSubgraph);
  people = await TestPeople.open();
});
afterAll(async () => {
  await people?.close();
  await dataSource?.destroy();
});

const today = todayInItaly();

async function world() {
  const provider = await createOrganisation(dataSource, { type: 'TRAINING_PROVIDER', provinces: ['TO'] });
  const corner = await createIntegraCorner(dataSource, { province: 'TO' });
  const service = await createService(dataSource, { providerId: provider.id, provinces: ['TO'], capacity: 50 });
  const person = await people.person({ integraCornerId: corner.id, sharesWith: [provider.id] });
  const referral = await createReferral(dataSource, {
    beneficiaryId: person.id,
    serviceId: service.id,
    fromCornerId: corner.id,
    status: 'SENT',
    responseDueOn: addDays(today, 10),
  });
  return { provider, corner, service, person, referral };
}
type World = Awaited<ReturnType<typeof world>>;

const CALLERS: Record<string, (world: World) => Caller> = {
  administrator: () => new Caller(crypto.randomUUID(), 'admin', ['network-admin'], null, [], null, null),
  'coordinator of the corner': (w) => new Caller(crypto.randomUUID(), 'coord', ['corner-coordinator'], null, [w.corner.id], null, null),
  'tutor of the corner': (w) => new Caller(crypto.randomUUID(), 'tutor', ['tutor'], null, [w.corner.id], null, null),
  'tutor of another corner': () => new Caller(crypto.randomUUID(), 'tutor2', ['tutor'], null, [crypto.randomUUID()], null, null),
  "the provider's operator": (w) => new Caller(crypto.randomUUID(), 'partner', ['partner-operator'], w.provider.id, [], null, null),
  "another organisation's operator": () =>
    new Caller(crypto.randomUUID(), 'partner2', ['partner-operator'], crypto.randomUUID(), [], null, null),
  'the person': (w) => new Caller(crypto.randomUUID(), 'person', ['beneficiary'], null, [], w.person.id, null),
  monitoring: () => new Caller(crypto.randomUUID(), 'monitoring', ['monitoring'], null, [], null, null),
};

type Context = ReturnType<typeof createTestContext<typeof catalogueSubgraph.modules>>;

const ACTIONS: Record<string, (context: Context, w: World) => Promise<unknown>> = {
  'referral: list them': (context) => context.referrals.list({}),
  'referral: send one': async (context, w) =>
    context.referralWorkflow.send({
      beneficiaryId: w.person.id,
      serviceId: (await createService(dataSource, { providerId: w.provider.id, provinces: ['TO'] })).id,
      fromCornerId: w.corner.id,
      responseDueOn: addDays(today, 10),
    }),
  'referral: receive it (the provider)': (context, w) => context.referralWorkflow.receive(w.referral.id),
  'referral: cancel it (the sender)': (context, w) => context.referralWorkflow.cancel(w.referral.id, 'Non serve più'),
  'referral: expire the overdue': (context, w) => context.referralWorkflow.expireOverdue(w.provider.id),
  'service: update it': (context, w) =>
    context.services.update(w.service.id, { name: `${w.service.name} (nuova edizione)` }, w.service.version),
  'service: withdraw it': (context, w) => context.services.withdraw(w.service.id),
  'enrollment: read the service history': (context, w) => context.enrollments.historyOf(w.person.id),
  'enrollment: record one': (context, w) =>
    context.enrollments.record({ beneficiaryId: w.person.id, serviceId: w.service.id, status: 'ENROLLED', startedOn: today }),
  'eligibility: rank the eligible services': (context, w) => context.eligibility.eligibleServices({ id: w.person.id, province: 'TO' }, 5),
  'overlap: check one': (context, w) => context.overlaps.check(w.person.id, w.service.id),
  'external service: read those received before SHUBH': (context, w) => context.externalServices.of(w.person.id),
  'external service: read every service received': (context, w) => context.externalServices.servicesReceived(w.person.id),
  'external service: record one': (context, w) =>
    context.externalServices.record({
      beneficiaryId: w.person.id,
      providerName: 'Cooperativa Sociale Esempio',
      programme: 'SAI',
      type: 'ITALIAN_L2',
      area: 'LANGUAGE',
      startedOn: addDays(today, -300),
      endedOn: addDays(today, -200),
    }),
  'external service: withdraw one': async (context, w) =>
    context.externalServices.withdraw(
      (await createExternalService(dataSource, { beneficiaryId: w.person.id })).id,
      'Registrato per errore',
    ),
  'capacity building: record an event': (context, w) =>
    context.capacityBuilding.record({
      topic: 'Tutela dei dati',
      heldOn: today,
      province: 'TO',
      organisationIds: [w.provider.id],
      attendeeCount: 12,
    }),
  'organisation: add one': (context) => context.organisations.create({ name: 'Associazione Nuova', type: 'NGO', provinces: ['TO'] }),
  'organisation: deactivate it': (context, w) => context.organisations.deactivate(w.provider.id, w.provider.version),
  'agreement: record one': (context, w) =>
    context.agreements.create({
      organisationId: w.provider.id,
      title: 'Protocollo',
      scope: 'Tirocini',
      areas: ['WORK'],
      startsOn: today,
      documentReference: `P-${crypto.randomUUID()}`,
    }),
  'coordination: set up a table': (context, w) =>
    context.coordination.createTable({ province: 'TO', name: `Tavolo ${crypto.randomUUID()}`, memberIds: [w.provider.id] }),
  "corner: set its hours (the corner's coordinator)": (context, w) =>
    context.integraCorners.setOpeningHours(w.corner.id, [{ day: 'MONDAY', opens: '09:00', closes: '12:00' }], w.corner.version),
};

/** NOT_FOUND: a referral the caller may not see at all is, to them, one that does not exist. */
/** Columns: admin, coordinator, tutor of the corner, tutor elsewhere, the provider, another partner, the person, monitoring. */
const TABLE: Record<keyof typeof ACTIONS, [Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell]> = {
  'referral: list them': [A, A, A, A, A, A, F, F],
  'referral: send one': [A, A, A, F, F, F, F, F],
  'referral: receive it (the provider)': [A, F, F, N, A, N, F, F],
  'referral: cancel it (the sender)': [A, A, A, N, F, N, F, F],
  'referral: expire the overdue': [A, F, F, F, F, F, F, F],
  'service: update it': [A, F, F, F, A, F, F, F],
  'service: withdraw it': [A, F, F, F, A, F, F, F],
  'enrollment: read the service history': [A, A, A, F, A, A, A, F],
  'enrollment: record one': [A, A, A, F, A, F, F, F],
  'eligibility: rank the eligible services': [A, A, A, F, F, F, A, F],
  'overlap: check one': [A, A, A, F, F, F, F, F],
  'external service: read those received before SHUBH': [A, A, A, F, F, F, A, F],
  'external service: read every service received': [A, A, A, F, A, A, A, F],
  'external service: record one': [A, A, A, F, F, F, F, F],
  'external service: withdraw one': [A, A, A, F, F, F, F, F],
  'capacity building: record an event': [A, A, F, F, F, F, F, F],
  'organisation: add one': [A, F, F, F, F, F, F, F],
  'organisation: deactivate it': [A, F, F, F, F, F, F, F],
  'agreement: record one': [A, F, F, F, F, F, F, F],
  'coordination: set up a table': [A, F, F, F, F, F, F, F],
  "corner: set its hours (the corner's coordinator)": [A, A, F, F, F, F, F, F],
};

describePolicyTable('the policies of the catalogue subgraph', {
  world,
  callers: CALLERS,
  contextFor: (caller) => createTestContext(catalogueSubgraph, dataSource, caller),
  actions: ACTIONS,
  table: TABLE,
});
