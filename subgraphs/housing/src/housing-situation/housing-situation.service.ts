import { SharedRecordReader, type ServiceScope } from '@shubh/platform';
import { HousingSituationEntity } from './housing-situation.entity.js';

/** A person's housing situation, for one request: the platform's rule for data kept outside the beneficiaries subgraph. */
export class HousingSituationService extends SharedRecordReader<HousingSituationEntity> {
  constructor({ dataSource, caller, audit }: ServiceScope) {
    super(dataSource, HousingSituationEntity, caller, audit, {
      field: 'housingSituation',
      what: 'housing situation',
      purpose: 'HOUSING_SUPPORT',
    });
  }
}
