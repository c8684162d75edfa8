import { defineSubgraph, idempotencyModule } from '@shubh/platform';
import { afterExitModule } from './after-exit/after-exit.module.js';
import { actionPlanModule } from './action-plan/action-plan.module.js';
import { assessmentModule } from './assessment/assessment.module.js';
import { attentionModule } from './attention/attention.module.js';
import { auditTrailModule } from './audit-trail/audit-trail.module.js';
import { beneficiaryModule } from './beneficiary/beneficiary.module.js';
import { caseLifecycleModule } from './case-lifecycle/case-lifecycle.module.js';
import { caseNoteModule } from './case-note/case-note.module.js';
import { caseloadIndicatorsModule } from './caseload-indicators/caseload-indicators.module.js';
import { consentModule } from './consent/consent.module.js';
import { eligibilityModule } from './eligibility/eligibility.module.js';
import { followUpModule } from './follow-up/follow-up.module.js';
import { householdModule } from './household/household.module.js';
import { intakeModule } from './intake/intake.module.js';
import { notificationModule } from './notification/notification.module.js';
import { resultsModule } from './results/results.module.js';
import { sensitiveProfileModule } from './sensitive-profile/sensitive-profile.module.js';
import { personalDataRightsModule } from './personal-data/personal-data.module.js';
import { retentionModule } from './retention/retention.module.js';

/** The beneficiaries subgraph: the people followed by the Integra Corners and their case, one module per domain. */
export const beneficiariesSubgraph = defineSubgraph({
  name: 'beneficiaries',
  defaultPort: 4001,
  schema: new URL('./schema.graphql', import.meta.url),
  modules: [
    beneficiaryModule,
    consentModule,
    sensitiveProfileModule,
    auditTrailModule,
    caseloadIndicatorsModule,
    intakeModule,
    eligibilityModule,
    caseLifecycleModule,
    householdModule,
    assessmentModule,
    actionPlanModule,
    followUpModule,
    caseNoteModule,
    attentionModule,
    afterExitModule,
    resultsModule,
    notificationModule,
    personalDataRightsModule,
    retentionModule,
    idempotencyModule('beneficiaries'),
  ],
});
