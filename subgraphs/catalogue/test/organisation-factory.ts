import type { DataSource } from 'typeorm';
import { OrganisationEntity } from '../src/organisation/organisation.entity.js';

let sequence = 0;

/** Builds and saves an organisation; every field can be overridden, every default is valid. */
export async function createOrganisation(dataSource: DataSource, overrides: Partial<OrganisationEntity> = {}): Promise<OrganisationEntity> {
  sequence += 1;
  return dataSource.getRepository(OrganisationEntity).save({
    name: `Cooperativa Sociale Il Ponte ${sequence}`,
    type: 'NGO',
    provinces: ['TO'],
    ...overrides,
  });
}
