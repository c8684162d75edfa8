import { SharedRecordReader, type ServiceScope } from '@shubh/platform';
import { LabourProfileEntity } from './labour-profile.entity.js';

/** A person's labour profile, for one request: the platform's rule for data kept outside the beneficiaries subgraph. */
export class LabourProfileService extends SharedRecordReader<LabourProfileEntity> {
  constructor({ dataSource, caller, audit }: ServiceScope) {
    super(dataSource, LabourProfileEntity, caller, audit, { field: 'labourProfile', what: 'labour profile', purpose: 'LABOUR_MATCHING' });
  }
}
