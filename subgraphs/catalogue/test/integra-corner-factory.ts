import type { DataSource } from 'typeorm';
import { IntegraCornerEntity } from '../src/integra-corner/integra-corner.entity.js';
import { createOrganisation } from './organisation-factory.js';

let sequence = 0;

/** Builds and saves an Integra Corner, with a new host patronato unless one is given. */
export async function createIntegraCorner(
  dataSource: DataSource,
  overrides: Partial<IntegraCornerEntity> = {},
): Promise<IntegraCornerEntity> {
  sequence += 1;
  const hostOrganisationId = overrides.hostOrganisationId ?? (await createOrganisation(dataSource, { type: 'PATRONATO' })).id;
  return dataSource.getRepository(IntegraCornerEntity).save({
    name: `Integra Corner Torino Barriera ${sequence}`,
    province: 'TO',
    address: 'Via Monterosa 56, 10154 Torino',
    ...overrides,
    hostOrganisationId,
  });
}
