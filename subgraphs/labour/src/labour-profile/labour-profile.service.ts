import { createRecordLoader, parseId } from '@shubh/platform';
import { In, type Repository } from 'typeorm';
import { LabourProfileEntity } from './labour-profile.entity.js';

/** A reference to a beneficiary owned by the beneficiaries subgraph. */
export interface BeneficiaryReference {
  __typename: 'Beneficiary';
  id: string;
}

/** Reads of labour profiles for one request. Holds that request's DataLoader. */
export class LabourProfileService {
  readonly #byBeneficiary;

  constructor(repository: Repository<LabourProfileEntity>) {
    this.#byBeneficiary = createRecordLoader<string, LabourProfileEntity>(
      (beneficiaryIds) => repository.findBy({ beneficiaryId: In([...beneficiaryIds]) }),
      (profile) => profile.beneficiaryId,
    );
  }

  /**
   * For federation references to a beneficiary: the beneficiaries subgraph decides whether one exists, so
   * any well-formed id is taken as is; a malformed one is null.
   */
  beneficiaryReference(id: string): BeneficiaryReference | null {
    try {
      return { __typename: 'Beneficiary', id: parseId(id, 'id') };
    } catch {
      return null;
    }
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
