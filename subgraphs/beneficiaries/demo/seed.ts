import type { DataSource } from 'typeorm';
import type { DemoPlan } from '../../../demo/demo-plan.js';
import { seedActionPlanDemoData } from './action-plan.demo.js';
import { seedCaseNoteDemoData } from './case-note.demo.js';
import { seedAssessmentDemoData } from './assessment.demo.js';
import { BeneficiaryEntity } from '../src/beneficiary/beneficiary.entity.js';
import { seedFollowUpDemoData } from './follow-up.demo.js';
import { seedCaseLifecycleDemoData } from './case-lifecycle.demo.js';
import { seedHouseholdDemoData } from './household.demo.js';
import { seedIntakeDemoData } from './intake.demo.js';
import { seedResultsDemoData } from './results.demo.js';
import { seedAfterExitDemoData } from './after-exit.demo.js';
import { ConsentEntity } from '../src/consent/consent.entity.js';
import { SensitiveProfileEntity } from '../src/sensitive-profile/sensitive-profile.entity.js';

const DEMO_ACTOR = 'demo-data';

/** Writes this subgraph's share of the demo plan; rows already there are left alone. */
export async function seedDemoData(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(BeneficiaryEntity)
    .values(plan.beneficiaries.map((beneficiary) => ({ ...beneficiary, codiceFiscale: null })))
    .orIgnore()
    .execute();
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(ConsentEntity)
    .values(
      plan.consents.map((consent) => ({
        id: consent.id,
        beneficiaryId: consent.beneficiaryId,
        purpose: consent.purpose,
        organisationId: consent.organisationId,
        grantedAt: new Date(`${consent.grantedOn}T09:00:00Z`),
        grantedBy: DEMO_ACTOR,
        withdrawnAt: consent.withdrawnOn ? new Date(`${consent.withdrawnOn}T09:00:00Z`) : null,
        withdrawnBy: consent.withdrawnOn ? DEMO_ACTOR : null,
      })),
    )
    .orIgnore()
    .execute();
  // A few special-category profiles, so that the field-level rules can be seen at work.
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(SensitiveProfileEntity)
    .values(
      plan.beneficiaries
        .filter((_beneficiary, index) => index % 5 === 1)
        .map((beneficiary, index) => ({
          beneficiaryId: beneficiary.id,
          vulnerabilities: index % 2 === 0 ? ['VICTIM_OF_TORTURE_OR_VIOLENCE' as const] : ['SINGLE_PARENT_WITH_MINORS' as const],
          healthNotes: index % 2 === 0 ? 'Psychological support with the local health service (ASL).' : null,
          legalStatusDocuments: [{ kind: 'RESIDENCE_PERMIT' as const, reference: `PS${100000 + index}`, expiresOn: '2027-06-30' }],
          updatedAt: new Date(`${plan.today}T09:00:00Z`),
          updatedBy: DEMO_ACTOR,
        })),
    )
    .orIgnore()
    .execute();
  // Intake referrals (every beneficiary converted from one), status histories and tutors, households.
  await seedIntakeDemoData(dataSource, plan);
  await seedCaseLifecycleDemoData(dataSource, plan);
  await seedHouseholdDemoData(dataSource, plan);
  // The case file: assessments, action plans (some revised) and their follow-ups (some overdue, with critical issues).
  await seedAssessmentDemoData(dataSource, plan);
  await seedActionPlanDemoData(dataSource, plan);
  await seedFollowUpDemoData(dataSource, plan);
  // Case notes (a few special-category ones, a few corrections).
  await seedCaseNoteDemoData(dataSource, plan);
  // Reporting periods and targets for the results report.
  await seedAfterExitDemoData(dataSource, plan);
  await seedResultsDemoData(dataSource, plan);
}
