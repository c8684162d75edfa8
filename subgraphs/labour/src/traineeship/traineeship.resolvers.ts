import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { traineeshipServices } from './traineeship.module.js';

export const traineeshipResolvers: Resolvers<ContextWith<typeof traineeshipServices>> = {
  Query: {
    traineeships: (_parent, args, { traineeships }) => traineeships.list(args),
    traineeship: (_parent, { id }, { traineeships }) => traineeships.read(id),
  },
  Mutation: {
    startTraineeship: (_parent, { input }, { traineeships }) => traineeships.start(input),
    recordTraineeshipAttendance: (_parent, { id, input }, { traineeships }) => traineeships.recordAttendance(id, input),
    endTraineeship: (_parent, { id, input }, { traineeships }) => traineeships.end(id, input),
  },
  Beneficiary: {
    traineeships: ({ id }, _args, { traineeships }) => traineeships.ofPerson(id),
  },
  Traineeship: {
    __resolveReference: ({ id }, { traineeships }) => traineeships.findById(id),
    beneficiary: (traineeship, _args, { traineeships }) => traineeships.beneficiaryOf(traineeship),
    // The catalogue subgraph resolves the organisations from their ids.
    hostEmployer: ({ hostEmployerId }) => ({ id: hostEmployerId }),
    promoter: ({ promoterId }) => ({ id: promoterId }),
    trainingProject: (traineeship) => traineeship,
    monthlyAllowanceEuros: ({ monthlyAllowanceCents }) => monthlyAllowanceCents / 100,
    companyTutor: ({ companyTutorName, companyTutorContact }) => ({ name: companyTutorName, contact: companyTutorContact }),
    attendance: (traineeship, _args, { traineeships }) => traineeships.attendanceOf(traineeship),
    hoursAttended: (traineeship, _args, { traineeships }) => traineeships.hoursAttended(traineeship),
    history: (traineeship, _args, { traineeships }) => traineeships.historyOf(traineeship),
    viewerCan: (traineeship, _args, { traineeships }) => traineeships.viewerCan(traineeship),
  },
  TraineeshipTransition: {
    from: ({ fromStatus }) => fromStatus,
    to: ({ toStatus }) => toStatus,
  },
};
