import { AuditTrail, type RequestContext, type SubgraphDefinition } from '@shubh/platform';
import type { DataSource } from 'typeorm';
import { fileURLToPath } from 'node:url';
import { ActionPlanEntity, ActionPlanVersionEntity, PlanActionEntity, PlanGoalEntity } from './action-plan/action-plan.entities.js';
import { actionPlanResolvers } from './action-plan/action-plan.resolvers.js';
import { ActionPlanService } from './action-plan/action-plan.service.js';
import {
  AdministrativeProcedureEntity,
  EducationEntity,
  LanguageAssessmentEntity,
  SkillEntity,
  WorkExperienceEntity,
} from './assessment/assessment.entities.js';
import { assessmentResolvers } from './assessment/assessment.resolvers.js';
import { AssessmentService } from './assessment/assessment.service.js';
import { attentionResolvers } from './attention/attention.resolvers.js';
import { AttentionService } from './attention/attention.service.js';
import { CriticalIssueEntity, FollowUpEntity, GoalProgressEntity } from './follow-up/follow-up.entities.js';
import { followUpResolvers } from './follow-up/follow-up.resolvers.js';
import { FollowUpService } from './follow-up/follow-up.service.js';
import { CreateAssessment1764750000000 } from './migrations/1764750000000-create-assessment.js';
import { CreateActionPlan1764760000000 } from './migrations/1764760000000-create-action-plan.js';
import { CreateFollowUp1764770000000 } from './migrations/1764770000000-create-follow-up.js';
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
import { SharingConsentWithCorner1764660000000 } from './migrations/1764660000000-sharing-consent-with-corner.js';
import { CaseLifecycleService } from './case-lifecycle/case-lifecycle.service.js';
import { caseLifecycleResolvers } from './case-lifecycle/case-lifecycle.resolvers.js';
import { CaseStatusChangeEntity } from './case-lifecycle/case-status-change.entity.js';
import { TutorAssignmentEntity } from './case-lifecycle/tutor-assignment.entity.js';
import { eligibilityResolvers } from './eligibility/eligibility.resolvers.js';
import { EligibilityService } from './eligibility/eligibility.service.js';
import { HouseholdMemberEntity } from './household/household-member.entity.js';
import { householdResolvers } from './household/household.resolvers.js';
import { HouseholdService } from './household/household.service.js';
import { ContactAttemptEntity } from './intake/contact-attempt.entity.js';
import { IntakeReferralEntity } from './intake/intake-referral.entity.js';
import { intakeResolvers } from './intake/intake.resolvers.js';
import { IntakeService } from './intake/intake.service.js';
import { AddCaseLifecycle1764700000000 } from './migrations/1764700000000-add-case-lifecycle.js';
import { IndexEligibilityWindows1764710000000 } from './migrations/1764710000000-index-eligibility-windows.js';
import { CreateIntakeReferral1764720000000 } from './migrations/1764720000000-create-intake-referral.js';
import { CreateHouseholdMember1764730000000 } from './migrations/1764730000000-create-household-member.js';
import { SensitiveProfileEntity } from './sensitive-profile/sensitive-profile.entity.js';
import { sensitiveProfileResolvers } from './sensitive-profile/sensitive-profile.resolvers.js';
import { SensitiveProfileService } from './sensitive-profile/sensitive-profile.service.js';

export { BeneficiaryEntity, ConsentEntity, SensitiveProfileEntity };

export const beneficiariesSubgraph: SubgraphDefinition<BeneficiariesContext> = {
  name: 'beneficiaries',
  defaultPort: 4001,
  sourceDir: fileURLToPath(new URL('.', import.meta.url)),
  resolvers: [
    beneficiaryResolvers,
    consentResolvers,
    sensitiveProfileResolvers,
    auditTrailResolvers,
    caseloadIndicatorResolvers,
    intakeResolvers,
    eligibilityResolvers,
    caseLifecycleResolvers,
    householdResolvers,
    assessmentResolvers,
    actionPlanResolvers,
    followUpResolvers,
    attentionResolvers,
  ],
  entities: [
    BeneficiaryEntity,
    ConsentEntity,
    SensitiveProfileEntity,
    IntakeReferralEntity,
    ContactAttemptEntity,
    CaseStatusChangeEntity,
    TutorAssignmentEntity,
    HouseholdMemberEntity,
    SkillEntity,
    EducationEntity,
    LanguageAssessmentEntity,
    WorkExperienceEntity,
    AdministrativeProcedureEntity,
    ActionPlanEntity,
    ActionPlanVersionEntity,
    PlanGoalEntity,
    PlanActionEntity,
    FollowUpEntity,
    GoalProgressEntity,
    CriticalIssueEntity,
  ],
  migrations: [
    CreateBeneficiary1764100000000,
    AddAccessControl1764500000000,
    PublishSharingConsent1764650000000,
    SharingConsentWithCorner1764660000000,
    AddCaseLifecycle1764700000000,
    IndexEligibilityWindows1764710000000,
    CreateIntakeReferral1764720000000,
    CreateHouseholdMember1764730000000,
    CreateAssessment1764750000000,
    CreateActionPlan1764760000000,
    CreateFollowUp1764770000000,
  ],
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
      intake: new IntakeService(dataSource, dataSource.getRepository(IntakeReferralEntity), base.caller, base.audit),
      eligibility: new EligibilityService(dataSource.getRepository(BeneficiaryEntity), base.caller),
      caseLifecycle: new CaseLifecycleService(dataSource, beneficiaries, base.caller, base.audit),
      household: new HouseholdService(dataSource, beneficiaries, base.caller, base.audit),
      ...caseFileServices(dataSource, beneficiaries, base),
    };
  },
};

/** The case file (assessment, action plan, follow-up) and what needs attention in it, for one request. */
function caseFileServices(dataSource: DataSource, beneficiaries: BeneficiaryService, base: RequestContext) {
  const actionPlans = new ActionPlanService(dataSource, beneficiaries, base.caller, base.audit);
  return {
    assessments: new AssessmentService(dataSource, beneficiaries, base.caller, base.audit),
    actionPlans,
    followUps: new FollowUpService(dataSource, beneficiaries, actionPlans, base.caller, base.audit),
    attention: new AttentionService(dataSource, base.caller, base.audit),
  };
}
