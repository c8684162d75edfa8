import {
  type BeneficiaryRepresentation,
  type Caller,
  createRecordLoader,
  readBeneficiary,
  type RequestAudit,
  requireBeneficiaryDataAccess,
} from '@shubh/platform';
import { In, type Repository } from 'typeorm';
import { LabourProfileEntity } from './labour-profile.entity.js';

/** Reads of labour profiles for one request and one caller. Holds that request's DataLoader. */
export class LabourProfileService {
  readonly #byBeneficiary;

  constructor(
    repository: Repository<LabourProfileEntity>,
    private readonly caller: Caller,
    private readonly audit: RequestAudit,
  ) {
    this.#byBeneficiary = createRecordLoader<string, LabourProfileEntity>(
      (beneficiaryIds) => repository.findBy({ beneficiaryId: In([...beneficiaryIds]) }),
      (profile) => profile.beneficiaryId,
    );
  }

  /**
   * A beneficiary's labour profile, null when none is recorded; FORBIDDEN (before any read) when the caller may
   * not see it. Batched across the request's beneficiaries; every profile returned is noted for the audit trail.
   */
  async profileOf(representation: BeneficiaryRepresentation): Promise<LabourProfileEntity | null> {
    const beneficiary = readBeneficiary(representation);
    requireBeneficiaryDataAccess(this.caller, beneficiary, 'LABOUR_MATCHING', 'labour profile');
    const profile = await this.#byBeneficiary.load(beneficiary.id);
    if (profile) this.audit.read(beneficiary.id, ['labourProfile']);
    return profile;
  }
}
