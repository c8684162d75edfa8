import {
  type BeneficiaryRepresentation,
  type Caller,
  createRecordLoader,
  readBeneficiary,
  type RequestAudit,
  requireBeneficiaryDataAccess,
} from '@shubh/platform';
import { In, type Repository } from 'typeorm';
import { HousingSituationEntity } from './housing-situation.entity.js';

/** Reads of beneficiaries' housing situations for one request and one caller. Holds that request's DataLoader. */
export class HousingSituationService {
  readonly #byBeneficiary;

  constructor(
    repository: Repository<HousingSituationEntity>,
    private readonly caller: Caller,
    private readonly audit: RequestAudit,
  ) {
    this.#byBeneficiary = createRecordLoader<string, HousingSituationEntity>(
      (beneficiaryIds) => repository.findBy({ beneficiaryId: In([...beneficiaryIds]) }),
      (situation) => situation.beneficiaryId,
    );
  }

  /**
   * The beneficiary's recorded housing situation, null when none is recorded; FORBIDDEN (before any read) when
   * the caller may not see it. Batched across the request's beneficiaries; every situation returned is noted for
   * the audit trail.
   */
  async situationOf(representation: BeneficiaryRepresentation): Promise<HousingSituationEntity | null> {
    const beneficiary = readBeneficiary(representation);
    requireBeneficiaryDataAccess(this.caller, beneficiary, 'HOUSING_SUPPORT', 'housing situation');
    const situation = await this.#byBeneficiary.load(beneficiary.id);
    if (situation) this.audit.read(beneficiary.id, ['housingSituation']);
    return situation;
  }
}
