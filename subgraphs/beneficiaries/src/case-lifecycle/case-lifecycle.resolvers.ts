import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { caseLifecycleServices } from './case-lifecycle.module.js';
import { caseLifecyclePolicy } from './case-lifecycle.policy.js';

export const caseLifecycleResolvers: Resolvers<ContextWith<typeof caseLifecycleServices>> = {
  Beneficiary: {
    version: ({ version }) => version,
    outcome: ({ id, outcome }, _args, { audit }) => {
      audit.read(id, ['outcome']);
      return outcome;
    },
    closedOn: ({ id, closedOn }, _args, { audit }) => {
      audit.read(id, ['closedOn']);
      return closedOn;
    },
    statusHistory: (beneficiary, _args, { caseLifecycle }) => caseLifecycle.statusHistoryOf(beneficiary),
    tutorAssignments: (beneficiary, _args, { caseLifecycle }) => caseLifecycle.tutorAssignmentsOf(beneficiary),
  },
  BeneficiaryViewerCan: {
    changeStatus: (beneficiary, _args, { caller }) => caseLifecyclePolicy.may(caller, 'changeStatus', beneficiary),
    enrol: (beneficiary, _args, { caller }) =>
      beneficiary.caseStatus === 'REFERRED' &&
      caseLifecyclePolicy.may(caller, 'enrol', { person: beneficiary, tutorUserId: caller.userId }),
    assignTutor: (beneficiary, _args, { caller }) =>
      beneficiary.caseStatus !== 'CLOSED' && caseLifecyclePolicy.may(caller, 'assignTutor', beneficiary),
    reopen: (beneficiary, _args, { caller }) =>
      beneficiary.caseStatus === 'CLOSED' && caseLifecyclePolicy.may(caller, 'reopen', beneficiary),
  },
  Mutation: {
    changeCaseStatus: (_parent, { beneficiaryId, input }, { caseLifecycle }) => caseLifecycle.changeStatus(beneficiaryId, input),
    enrolBeneficiary: (_parent, { beneficiaryId, input }, { caseLifecycle }) => caseLifecycle.enrol(beneficiaryId, input),
    reopenCase: (_parent, { beneficiaryId, reason, expectedVersion }, { caseLifecycle }) =>
      caseLifecycle.reopen(beneficiaryId, reason, expectedVersion),
    assignTutor: (_parent, { beneficiaryId, tutorUserId, note }, { caseLifecycle }) =>
      caseLifecycle.assignTutor(beneficiaryId, tutorUserId, note),
  },
};
