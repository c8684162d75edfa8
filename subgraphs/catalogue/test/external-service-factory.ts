import type { DataSource } from 'typeorm';
import { ExternalServiceEntity } from '../src/external-service/external-service.entity.js';

/** Builds and saves a service a person received before SHUBH (a completed SAI Italian course); every field can be overridden. */
export async function createExternalService(
  dataSource: DataSource,
  fields: Pick<ExternalServiceEntity, 'beneficiaryId'> & Partial<ExternalServiceEntity>,
): Promise<ExternalServiceEntity> {
  const saved = await dataSource.getRepository(ExternalServiceEntity).save({
    providerName: 'Cooperativa Sociale Esempio',
    providerOrganisationId: null,
    programme: 'SAI',
    type: 'ITALIAN_L2',
    area: 'LANGUAGE',
    startedOn: '2025-01-13',
    endedOn: '2025-06-01',
    evidence: null,
    recordedBy: crypto.randomUUID(),
    ...fields,
  });
  return dataSource.getRepository(ExternalServiceEntity).findOneByOrFail({ id: saved.id });
}
