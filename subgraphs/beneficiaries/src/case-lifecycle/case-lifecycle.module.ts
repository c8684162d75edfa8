import { defineModule } from '@shubh/platform';
import { caseLifecyclePolicy } from './case-lifecycle.policy.js';
import { caseLifecycleResolvers } from './case-lifecycle.resolvers.js';
import { CaseLifecycleService } from './case-lifecycle.service.js';
import { CaseStatusChangeEntity } from './case-status-change.entity.js';
import { AddCaseLifecycle1764700000000 } from './migrations/1764700000000-add-case-lifecycle.js';
import { TutorAssignmentEntity } from './tutor-assignment.entity.js';

/** The services this module adds to each request's context. */
export const caseLifecycleServices = { caseLifecycle: CaseLifecycleService };

/** Where a case stands on the path, enrolment, and who follows it. */
export const caseLifecycleModule = defineModule({
  name: 'case-lifecycle',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: caseLifecycleResolvers,
  entities: [CaseStatusChangeEntity, TutorAssignmentEntity],
  migrations: [AddCaseLifecycle1764700000000],
  services: caseLifecycleServices,
  policy: caseLifecyclePolicy,
  personalData: [
    {
      table: 'beneficiaries.case_status_change',
      description: "Your case's status history: each change, its day and who made it.",
      orderBy: 't.changed_at, t.id',
      anonymise: { note: 'NULL' },
    },
    {
      table: 'beneficiaries.tutor_assignment',
      description: 'The tutors your case was assigned to.',
      orderBy: 't.assigned_at, t.id',
      anonymise: { note: 'NULL' },
    },
  ],
});
