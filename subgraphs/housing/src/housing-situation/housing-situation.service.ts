import { createRecordLoader } from '@shubh/platform';
import { In, type Repository } from 'typeorm';
import { HousingSituationEntity } from './housing-situation.entity.js';

/** Reads of beneficiaries' housing situations for one request. Holds that request's DataLoader. */
export class HousingSituationService {
  readonly #byBeneficiary;

  constructor(repository: Repository<HousingSituationEntity>) {
    this.#byBeneficiary = createRecordLoader<string, HousingSituationEntity>(
      (beneficiaryIds) => repository.findBy({ beneficiaryId: In([...beneficiaryIds]) }),
      (situation) => situation.beneficiaryId,
    );
  }

  /** The beneficiary's recorded housing situation; null when none is recorded. */
  situationOf(beneficiaryId: string): Promise<HousingSituationEntity | null> {
    return this.#byBeneficiary.load(beneficiaryId);
  }
}
