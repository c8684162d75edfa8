import { createRecordLoader, parseId } from '@shubh/platform';
import { In, type Repository } from 'typeorm';
import { LabourProfileEntity } from './labour-profile.entity.js';

/** Reads of labour profiles for one request. Holds that request's DataLoader. */
export class LabourProfileService {
  readonly #byBeneficiary;

  constructor(repository: Repository<LabourProfileEntity>) {
    this.#byBeneficiary = createRecordLoader<string, LabourProfileEntity>(
      (beneficiaryIds) => repository.findBy({ beneficiaryId: In([...beneficiaryIds]) }),
      (profile) => profile.beneficiaryId,
    );
  }

  /** A beneficiary's labour profile, null when none is recorded; batched across the request's beneficiaries. */
  async profileOf(beneficiaryId: string): Promise<LabourProfileEntity | null> {
    try {
      return await this.#byBeneficiary.load(parseId(beneficiaryId, 'id'));
    } catch {
      return null;
    }
  }
}
