import type { OrganisationEntity } from '../organisation/organisation.entity.js';
import type { ProgrammeEntity } from '../programme/programme.entity.js';
import type { ServiceEntity } from '../service/service.entity.js';
import { derivedId, toHsds } from './hsds.js';

const organisation = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'CPIA 1 Torino',
  type: 'SCHOOL',
  provinces: ['TO'],
} as OrganisationEntity;

const programme = {
  id: '22222222-2222-4222-8222-222222222222',
  code: 'PIANI_LINGUA',
  name: 'Piani regionali per la formazione civico-linguistica',
  fundingSource: 'FAMI 2021-2027',
  managingAuthority: 'Regione Piemonte',
} as ProgrammeEntity;

const service = {
  id: '33333333-3333-4333-8333-333333333333',
  name: 'Italiano L2 per il lavoro',
  description: 'Corso di 100 ore con lessico tecnico.',
  programmeId: programme.id,
  providerId: organisation.id,
  provinces: ['TO', 'AT'],
  languages: ['it', 'xx'],
  scheduleDescription: 'Lunedì e mercoledì 18:00-20:30',
  startsOn: '2026-01-12',
  endsOn: null,
  eligibleProtectionStatuses: ['REFUGEE', 'SUBSIDIARY_PROTECTION'],
  maxMonthsSinceReceptionExit: 18,
  minAge: 16,
  maxAge: null,
  minItalianLevel: 'A1',
} as ServiceEntity;

describe('toHsds', () => {
  it('shapes the published catalogue as HSDS 3.0 organizations, programs and services', () => {
    const document = toHsds([service], [organisation], [programme]);
    expect(document).toEqual({
      hsds_version: '3.0',
      organizations: [
        {
          id: organisation.id,
          name: 'CPIA 1 Torino',
          description: 'School in the SHUBH partner network, working in the province(s) TO.',
        },
      ],
      programs: [
        {
          id: programme.id,
          organization_id: null,
          name: programme.name,
          description: 'Funded by FAMI 2021-2027; managed by Regione Piemonte.',
        },
      ],
      services: [
        {
          id: service.id,
          organization_id: organisation.id,
          program_id: programme.id,
          name: 'Italiano L2 per il lavoro',
          description: 'Corso di 100 ore con lessico tecnico.',
          status: 'active',
          eligibility_description:
            'Holders of refugee status or subsidiary protection who left the Italian reception system, at most 18 months ago, aged 16 or over, with Italian at level A1 or above (CEFR).',
          minimum_age: 16,
          maximum_age: null,
          languages: [
            { id: derivedId(service.id, 'language', 'it'), service_id: service.id, name: 'Italian', code: 'it' },
            { id: derivedId(service.id, 'language', 'xx'), service_id: service.id, name: 'xx', code: 'xx' },
          ],
          schedules: [
            {
              id: derivedId(service.id, 'schedule', 'current'),
              service_id: service.id,
              description: 'Lunedì e mercoledì 18:00-20:30',
              valid_from: '2026-01-12',
              valid_to: null,
            },
          ],
          service_areas: [
            {
              id: derivedId(service.id, 'service_area', 'TO'),
              service_id: service.id,
              name: 'TO',
              description: 'The Italian province with the code (sigla) TO.',
              extent_type: null,
            },
            {
              id: derivedId(service.id, 'service_area', 'AT'),
              service_id: service.id,
              name: 'AT',
              description: 'The Italian province with the code (sigla) AT.',
              extent_type: null,
            },
          ],
        },
      ],
    });
  });

  it('gives nested objects stable, distinct UUIDs and leaves schedules empty when none is known', () => {
    expect(derivedId(service.id, 'language', 'it')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivedId(service.id, 'language', 'it')).toBe(derivedId(service.id, 'language', 'it'));
    expect(derivedId(service.id, 'language', 'it')).not.toBe(derivedId(service.id, 'language', 'en'));
    const unscheduled = {
      ...service,
      scheduleDescription: null,
      startsOn: null,
      endsOn: null,
      eligibleProtectionStatuses: [],
      maxMonthsSinceReceptionExit: null,
      minAge: null,
      minItalianLevel: null,
    } as ServiceEntity;
    const [exported] = toHsds([unscheduled], [organisation], [programme]).services;
    expect(exported?.schedules).toEqual([]);
    expect(exported?.eligibility_description).toBe('Holders of international protection who left the Italian reception system.');
  });
});
