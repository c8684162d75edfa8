import type { DataSource } from 'typeorm';
import { LabourProfileEntity } from '../src/labour-profile/labour-profile.entity.js';

/** Builds and saves the labour profile of a (new, unless given) beneficiary; every default is valid. */
export async function createLabourProfile(
  dataSource: DataSource,
  overrides: Partial<LabourProfileEntity> = {},
): Promise<LabourProfileEntity> {
  return dataSource.getRepository(LabourProfileEntity).save({
    beneficiaryId: crypto.randomUUID(),
    employmentStatus: 'UNEMPLOYED',
    registeredWithEmploymentCentreOn: '2025-11-20',
    desiredIscoCodes: ['9412', '9112'],
    workExperienceYears: 3,
    ...overrides,
  });
}
