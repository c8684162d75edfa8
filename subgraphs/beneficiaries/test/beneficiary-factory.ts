import type { DataSource } from 'typeorm';
import { BeneficiaryEntity } from '../src/beneficiary/beneficiary.entity.js';

let sequence = 0;

/** Builds and saves a beneficiary; every field can be overridden, every default is valid. */
export async function createBeneficiary(dataSource: DataSource, overrides: Partial<BeneficiaryEntity> = {}): Promise<BeneficiaryEntity> {
  sequence += 1;
  return dataSource.getRepository(BeneficiaryEntity).save({
    givenName: `Amina${sequence}`,
    familyName: 'Diallo',
    birthDate: '1996-05-14',
    citizenship: 'GN',
    codiceFiscale: null,
    protectionStatus: 'REFUGEE',
    receptionType: 'SAI',
    receptionExitDate: '2025-10-01',
    province: 'TO',
    integraCornerId: crypto.randomUUID(),
    caseStatus: 'ENROLLED',
    enrolledOn: '2025-11-03',
    ...overrides,
  });
}
