import { ROLES, sqlStatements } from '@shubh/platform';
import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { TestIdentity } from '../../../test/support/test-identity.js';
import { catalogueSubgraph } from '../src/subgraph.js';
import { createOrganisation } from './organisation-factory.js';
import { createProgramme } from './programme-factory.js';
import { createService } from './service-factory.js';

let identity: TestIdentity;
let subgraph: TestSubgraph;

beforeAll(async () => {
  identity = await TestIdentity.start();
  subgraph = await startTestSubgraph(catalogueSubgraph, identity.config);
});
afterAll(async () => {
  await subgraph?.stop();
  await identity?.stop();
});

const EXPORT = `query($province: String) { hsdsCatalogue(province: $province) }`;

describe('hsdsCatalogue', () => {
  it('exports published services only, with their organisations and programmes, as HSDS 3.0', async () => {
    const provider = await createOrganisation(subgraph.dataSource, { name: 'CPIA Export Test', type: 'SCHOOL', provinces: ['VC'] });
    const programme = await createProgramme(subgraph.dataSource);
    const published = await createService(subgraph.dataSource, {
      providerId: provider.id,
      programmeId: programme.id,
      provinces: ['VC'],
      languages: ['it', 'fr'],
      scheduleDescription: 'Martedì 18:00-20:00',
      minAge: 16,
      maxMonthsSinceReceptionExit: 18,
    });
    const draft = await createService(subgraph.dataSource, {
      providerId: provider.id,
      programmeId: programme.id,
      provinces: ['VC'],
      publicationStatus: 'DRAFT',
    });
    const withdrawn = await createService(subgraph.dataSource, {
      providerId: provider.id,
      programmeId: programme.id,
      provinces: ['VC'],
      publicationStatus: 'WITHDRAWN',
    });
    const token = await identity.tokenFor({ roles: ['employer'], organisationId: provider.id });

    const { body } = await subgraph.request(EXPORT, { province: 'vc' }, token);
    expect(body.errors).toBeUndefined();
    const document = JSON.parse(body.data.hsdsCatalogue);
    expect(document.hsds_version).toBe('3.0');
    const ids = document.services.map((service: { id: string }) => service.id);
    expect(ids).toContain(published.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(withdrawn.id);

    const service = document.services.find((candidate: { id: string }) => candidate.id === published.id);
    expect(service).toEqual({
      id: published.id,
      organization_id: provider.id,
      program_id: programme.id,
      name: published.name,
      description: published.description,
      status: 'active',
      eligibility_description:
        'Holders of international protection who left the Italian reception system, at most 18 months ago, aged 16 or over.',
      minimum_age: 16,
      maximum_age: null,
      languages: [
        { id: expect.any(String), service_id: published.id, name: 'Italian', code: 'it' },
        { id: expect.any(String), service_id: published.id, name: 'French', code: 'fr' },
      ],
      schedules: [
        { id: expect.any(String), service_id: published.id, description: 'Martedì 18:00-20:00', valid_from: null, valid_to: null },
      ],
      service_areas: [
        {
          id: expect.any(String),
          service_id: published.id,
          name: 'VC',
          description: 'The Italian province with the code (sigla) VC.',
          extent_type: null,
        },
      ],
    });
    expect(document.organizations).toContainEqual({
      id: provider.id,
      name: 'CPIA Export Test',
      description: 'School in the SHUBH partner network, working in the province(s) VC.',
    });
    expect(document.programs).toContainEqual({
      id: programme.id,
      organization_id: null,
      name: programme.name,
      description: `Funded by ${programme.fundingSource}; managed by ${programme.managingAuthority}.`,
    });
    // Every service points at an organisation and a program of the document.
    for (const exported of document.services) {
      expect(document.organizations.map((organisation: { id: string }) => organisation.id)).toContain(exported.organization_id);
      expect(document.programs.map((program: { id: string }) => program.id)).toContain(exported.program_id);
    }
  });

  it('costs the same three statements for a small or a large catalogue', async () => {
    const statementsFor = async (count: number) => {
      for (let i = 0; i < count; i += 1) await createService(subgraph.dataSource, { provinces: ['VB'] });
      const admin = await identity.tokenFor({ roles: ['network-admin'] });
      const before = sqlStatements.count;
      const { body } = await subgraph.request(EXPORT, { province: 'VB' }, admin);
      expect(body.errors).toBeUndefined();
      return sqlStatements.count - before;
    };
    const small = await statementsFor(1);
    expect(small).toBe(await statementsFor(15));
    // The published services, then their organisations and their programmes through the DataLoaders.
    expect(small).toBe(3);
  });

  it.each(ROLES.map((role) => [role]))('is open to %s', async (role) => {
    const token = await identity.tokenFor({ roles: [role], organisationId: crypto.randomUUID() });
    const { body } = await subgraph.request(EXPORT, {}, token);
    expect(body.errors).toBeUndefined();
    expect(JSON.parse(body.data.hsdsCatalogue)).toMatchObject({ hsds_version: '3.0' });
  });

  it('refuses an unknown province, naming the argument', async () => {
    const token = await identity.tokenFor({ roles: ['tutor'] });
    const { body } = await subgraph.request(EXPORT, { province: 'XX' }, token);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'province' });
  });
});
