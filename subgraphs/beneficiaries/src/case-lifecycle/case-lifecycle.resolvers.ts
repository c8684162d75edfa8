import type { Resolvers } from '../generated/resolvers-types.js';

export const caseLifecycleResolvers: Resolvers = {
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
    statusHistory: ({ id }, _args, { caseLifecycle, audit }) => {
      audit.read(id, ['statusHistory']);
      return caseLifecycle.statusHistoryOf(id);
    },
    tutorAssignments: ({ id }, _args, { caseLifecycle, audit }) => {
      audit.read(id, ['tutorAssignments']);
      return caseLifecycle.tutorAssignmentsOf(id);
    },
  },
  Mutation: {
    changeCaseStatus: (_parent, { beneficiaryId, input }, { caseLifecycle }) => caseLifecycle.changeStatus(beneficiaryId, input),
    enrolBeneficiary: (_parent, { beneficiaryId, input }, { caseLifecycle }) => caseLifecycle.enrol(beneficiaryId, input),
    assignTutor: (_parent, { beneficiaryId, tutorUserId, note }, { caseLifecycle }) =>
      caseLifecycle.assignTutor(beneficiaryId, tutorUserId, note),
  },
};
