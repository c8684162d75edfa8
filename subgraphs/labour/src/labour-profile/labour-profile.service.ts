import { BeneficiaryRecordReader, type Caller, type RequestAudit } from '@shubh/platform';
import type { Repository } from 'typeorm';
import { LabourProfileEntity } from './labour-profile.entity.js';

/** A person's labour profile, for one request: the platform's rule for data kept outside the beneficiaries subgraph. */
export class LabourProfileService extends BeneficiaryRecordReader<LabourProfileEntity> {
  constructor(repository: Repository<LabourProfileEntity>, caller: Caller, audit: RequestAudit) {
    super(repository, caller, audit, { field: 'labourProfile', what: 'labour profile', purpose: 'LABOUR_MATCHING' });
  }
}
