import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { resultsServices } from './results.module.js';

export const resultsResolvers: Resolvers<ContextWith<typeof resultsServices>> = {
  Query: {
    reportingPeriods: (_parent, _args, { results }) => results.periods(),
    resultTargets: (_parent, _args, { results }) => results.targets(),
    resultsReport: (_parent, args, { results }) => results.report(args),
    resultsReportFile: (_parent, { format, ...args }, { results }) => results.reportFile(args, format),
  },
  Mutation: {
    defineReportingPeriod: (_parent, { input }, { results }) => results.definePeriod(input),
    setResultTarget: (_parent, { input }, { results }) => results.setTarget(input),
    lockReportingPeriod: (_parent, { id }, { results }) => results.lock(id),
    correctReportingPeriod: (_parent, { id, explanation }, { results }) => results.correct(id, explanation),
  },
  ReportingPeriod: {
    locked: (period) => period.versions.length > 0,
  },
  ResultTarget: {
    integraCorner: ({ integraCornerId }) => (integraCornerId == null ? null : { id: integraCornerId }),
  },
  ResultCell: {
    integraCorner: ({ integraCornerId }) => (integraCornerId == null ? null : { id: integraCornerId }),
  },
};
