import { AuditTrail, type SubgraphDefinition } from '@shubh/platform';
import { fileURLToPath } from 'node:url';
import { auditTrailResolvers } from './audit-trail/audit-trail.resolvers.js';
import { AuditTrailService } from './audit-trail/audit-trail.service.js';
import { BeneficiaryEntity } from './beneficiary/beneficiary.entity.js';
import { beneficiaryResolvers } from './beneficiary/beneficiary.resolvers.js';
import { BeneficiaryService } from './beneficiary/beneficiary.service.js';
import { caseloadIndicatorResolvers } from './caseload-indicators/caseload-indicators.resolvers.js';
import { CaseloadIndicatorService } from './caseload-indicators/caseload-indicators.service.js';
import { ConsentEntity } from './consent/consent.entity.js';
import { consentResolvers } from './consent/consent.resolvers.js';
import { ConsentService } from './consent/consent.service.js';
import type { BeneficiariesContext } from './context.js';
import { CreateBeneficiary1764100000000 } from './migrations/1764100000000-create-beneficiary.js';
import { AddAccessControl1764500000000 } from './migrations/1764500000000-add-access-control.js';
import { PublishSharingConsent1764650000000 } from './migrations/1764650000000-publish-sharing-consent.js';
import { SensitiveProfileEntity } from './sensitive-profile/sensitive-profile.entity.js';
import { sensitiveProfileResolvers } from './sensitive-profile/sensitive-profile.resolvers.js';
import { SensitiveProfileService } from './sensitive-profile/sensitive-profile.service.js';

export { BeneficiaryEntity, ConsentEntity, SensitiveProfileEntity };

export const beneficiariesSubgraph: SubgraphDefinition<BeneficiariesContext> = {
  name: 'beneficiaries',
  defaultPort: 4001,
  sourceDir: fileURLToPath(new URL('.', import.meta.url)),
  resolvers: [beneficiaryResolvers, consentResolvers, sensitiveProfileResolvers, auditTrailResolvers, caseloadIndicatorResolvers],
  entities: [BeneficiaryEntity, ConsentEntity, SensitiveProfileEntity],
  migrations: [CreateBeneficiary1764100000000, AddAccessControl1764500000000, PublishSharingConsent1764650000000],
  createContext: (dataSource, base) => {
    const beneficiaries = new BeneficiaryService(dataSource.getRepository(BeneficiaryEntity), base.caller);
    return {
      ...base,
      beneficiaries,
      consents: new ConsentService(dataSource, dataSource.getRepository(ConsentEntity), beneficiaries, base.caller, base.audit),
      sensitiveProfiles: new SensitiveProfileService(
        dataSource,
        dataSource.getRepository(SensitiveProfileEntity),
        beneficiaries,
        base.caller,
        base.audit,
      ),
      auditTrail: new AuditTrailService(new AuditTrail(dataSource, 'beneficiaries'), base.caller, base.audit),
      caseloadIndicators: new CaseloadIndicatorService(dataSource.getRepository(BeneficiaryEntity), base.caller),
    };
  },
};
