import { defineSubgraph, idempotencyModule } from '@shubh/platform';
import { capacityBuildingModule } from './capacity-building/capacity-building.module.js';
import { caseAccessModule } from './case-access/case-access.module.js';
import { coordinationModule } from './coordination/coordination.module.js';
import { eligibilityModule } from './eligibility/eligibility.module.js';
import { enrollmentModule } from './enrollment/enrollment.module.js';
import { externalServiceModule } from './external-service/external-service.module.js';
import { hsdsExportModule } from './hsds-export/hsds-export.module.js';
import { integraCornerModule } from './integra-corner/integra-corner.module.js';
import { organisationModule } from './organisation/organisation.module.js';
import { overlapModule } from './overlap/overlap.module.js';
import { programmeModule } from './programme/programme.module.js';
import { referralModule } from './referral/referral.module.js';
import { serviceModule } from './service/service.module.js';
import { personalDataRightsModule } from './personal-data/personal-data.module.js';

/** The catalogue subgraph: the partner network, its services, referrals between them and what people received. */
export const catalogueSubgraph = defineSubgraph({
  name: 'catalogue',
  defaultPort: 4002,
  schema: new URL('./schema.graphql', import.meta.url),
  modules: [
    caseAccessModule,
    organisationModule,
    integraCornerModule,
    programmeModule,
    serviceModule,
    referralModule,
    capacityBuildingModule,
    coordinationModule,
    eligibilityModule,
    hsdsExportModule,
    enrollmentModule,
    externalServiceModule,
    overlapModule,
    personalDataRightsModule,
    idempotencyModule('catalogue'),
  ],
});
