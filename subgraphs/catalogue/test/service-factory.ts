import type { DataSource } from 'typeorm';
import { ServiceEntity } from '../src/service/service.entity.js';
import { createOrganisation } from './organisation-factory.js';
import { createProgramme } from './programme-factory.js';

let sequence = 0;

/**
 * Builds and saves a service, with a new programme and provider unless they are given. It is PUBLISHED (in the
 * catalogue for everyone) unless `publicationStatus` says otherwise; it is read back with the database's defaults.
 */
export async function createService(dataSource: DataSource, overrides: Partial<ServiceEntity> = {}): Promise<ServiceEntity> {
  sequence += 1;
  const programmeId = overrides.programmeId ?? (await createProgramme(dataSource)).id;
  const providerId = overrides.providerId ?? (await createOrganisation(dataSource, { type: 'TRAINING_PROVIDER' })).id;
  const published = (overrides.publicationStatus ?? 'PUBLISHED') !== 'DRAFT';
  const saved = await dataSource.getRepository(ServiceEntity).save({
    name: `Laboratorio di ricerca attiva del lavoro ${sequence}`,
    description: 'Quattro incontri di gruppo sui canali di ricerca del lavoro.',
    area: 'WORK',
    type: 'JOB_SEARCH_LAB',
    provinces: ['TO'],
    languages: ['it', 'en'],
    capacity: 12,
    publicationStatus: 'PUBLISHED',
    publishedAt: published ? new Date() : null,
    ...overrides,
    programmeId,
    providerId,
  });
  return dataSource.getRepository(ServiceEntity).findOneByOrFail({ id: saved.id });
}
