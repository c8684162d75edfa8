import type { DataSource } from 'typeorm';
import { HousingSituationEntity } from '../src/housing-situation/housing-situation.entity.js';

/** Builds and saves the housing situation of a beneficiary (a fresh id unless given); every default is valid. */
export async function createHousingSituation(
  dataSource: DataSource,
  overrides: Partial<HousingSituationEntity> = {},
): Promise<HousingSituationEntity> {
  return dataSource.getRepository(HousingSituationEntity).save({
    beneficiaryId: crypto.randomUUID(),
    status: 'SHARED_RENT',
    municipality: 'Torino',
    since: '2025-11-15',
    rentGuaranteeActive: false,
    ...overrides,
  });
}
