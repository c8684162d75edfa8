import { BeneficiaryRecordReader, type Caller, type RequestAudit } from '@shubh/platform';
import type { Repository } from 'typeorm';
import { HousingSituationEntity } from './housing-situation.entity.js';

/** A person's housing situation, for one request: the platform's rule for data kept outside the beneficiaries subgraph. */
export class HousingSituationService extends BeneficiaryRecordReader<HousingSituationEntity> {
  constructor(repository: Repository<HousingSituationEntity>, caller: Caller, audit: RequestAudit) {
    super(repository, caller, audit, { field: 'housingSituation', what: 'housing situation', purpose: 'HOUSING_SUPPORT' });
  }
}
