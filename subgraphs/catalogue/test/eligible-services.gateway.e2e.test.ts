import { addDays, todayInItaly } from '@shubh/platform';
import { graphqlRequest } from '@shubh/platform/testing';
import type { RunningHub } from '../../../hub/hub.js';
import { startTestHub, stopTestHub } from '../../../test/support/test-hub.js';
import { createBeneficiary } from '../../beneficiaries/test/beneficiary-factory.js';
import type { TestIdentity } from '../../../test/support/test-identity.js';
import { createIntegraCorner } from './integra-corner-factory.js';
import { createOrganisation } from './organisation-factory.js';
import { createService } from './service-factory.js';

/** The whole hub: the facts of `@requires` come from the real beneficiaries subgraph through the gateway. */
let hub: RunningHub;
let identity: TestIdentity;

beforeAll(async () => ({ hub, identity } = await startTestHub()));
afterAll(() => stopTestHub(hub, identity));

const dataSourceOf = (name: string) => hub.subgraphs.find((subgraph) => subgraph.name === name)!.dataSource;
const daysAgo = (days: number) => addDays(todayInItaly(), -days);

it('lists, through the gateway, the services a person is eligible for from the facts the beneficiaries subgraph holds', async () => {
  const catalogue = dataSourceOf('catalogue');
  const corner = await createIntegraCorner(catalogue, { province: 'VT' });
  const provider = await createOrganisation(catalogue, { provinces: ['VT'] });
  const open = await createService(catalogue, { providerId: provider.id, provinces: ['VT'], maxMonthsSinceReceptionExit: 18, minAge: 18 });
  const needsItalian = await createService(catalogue, { providerId: provider.id, provinces: ['VT'], minItalianLevel: 'B2' });
  const subsidiaryOnly = await createService(catalogue, {
    providerId: provider.id,
    provinces: ['VT'],
    eligibleProtectionStatuses: ['SUBSIDIARY_PROTECTION'],
  });
  const draft = await createService(catalogue, { providerId: provider.id, provinces: ['VT'], publicationStatus: 'DRAFT' });
  const person = await createBeneficiary(dataSourceOf('beneficiaries'), {
    province: 'VT',
    integraCornerId: corner.id,
    protectionStatus: 'REFUGEE',
    receptionExitDate: daysAgo(150),
    enrolledOn: daysAgo(120),
  });
  const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner.id] });

  const { body } = await graphqlRequest(
    hub.gateway.graphqlUrl,
    `query($id: ID!) { beneficiary(id: $id) { id eligibleServices(first: 50) { score reasons service { id provider { id } } } } }`,
    { id: person.id },
    { authorization: `Bearer ${tutor}` },
  );
  expect(body.errors).toBeUndefined();
  const ids = body.data.beneficiary.eligibleServices
    .filter((entry: { service: { provider: { id: string } } }) => entry.service.provider.id === provider.id)
    .map((entry: { service: { id: string } }) => entry.service.id);
  // No Italian level recorded: a service asking for one is not offered; nor is a draft, nor a status the person lacks.
  expect(ids).toEqual([open.id]);
  expect(ids).not.toContain(needsItalian.id);
  expect(ids).not.toContain(subsidiaryOnly.id);
  expect(ids).not.toContain(draft.id);
  expect(body.data.beneficiary.eligibleServices[0].reasons).toContain("Offered in the person's province (VT).");
});
