import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { jobVacancyServices } from '../job-vacancy/job-vacancy.module.js';
import type { candidacyServices } from './candidacy.module.js';
import { cvHtml, europassCv } from './cv-document.js';

export const candidacyResolvers: Resolvers<ContextWith<typeof candidacyServices & typeof jobVacancyServices>> = {
  Query: {
    candidacies: (_parent, args, { candidacies }) => candidacies.list(args),
    candidacy: (_parent, { id }, { candidacies }) => candidacies.read(id),
  },
  Mutation: {
    proposeCandidacy: (_parent, { input }, { candidacies }) => candidacies.propose(input),
    agreeToCandidacy: (_parent, { id, agreedOn }, { candidacies }) => candidacies.agree(id, agreedOn),
    moveCandidacy: (_parent, { id, to, reason, note }, { candidacies }) => candidacies.moveTo(id, to, reason, note),
    hireCandidate: (_parent, { id, employment }, { candidacies }) => candidacies.hire(id, employment),
  },
  Candidacy: {
    __resolveReference: ({ id }, { candidacies }) => candidacies.findById(id),
    vacancy: ({ vacancyId }, _args, { jobVacancies }) => jobVacancies.get(vacancyId),
    beneficiary: (candidacy, _args, { candidacies }) => candidacies.beneficiaryOf(candidacy),
    cv: (candidacy, _args, { candidacies }) => candidacies.cvOf(candidacy),
    history: (candidacy, _args, { candidacies }) => candidacies.historyOf(candidacy),
    employment: (candidacy, _args, { candidacies }) => candidacies.employmentOf(candidacy),
    viewerCan: (candidacy, _args, { candidacies }) => candidacies.viewerCan(candidacy),
  },
  CandidateCv: {
    desiredIscoCodes: ({ profile }) => profile?.desiredIscoCodes ?? [],
    workExperienceYears: ({ profile }) => profile?.workExperienceYears ?? null,
    drivingLicences: ({ profile }) => profile?.drivingLicences ?? [],
    hoursPerWeek: ({ profile }) => profile?.hoursPerWeek ?? null,
    shifts: ({ profile }) => profile?.shifts ?? [],
    availableFrom: ({ profile }) => profile?.availableFrom ?? null,
    italianLevel: ({ beneficiaryId }, _args, { candidacies }) => candidacies.italianLevelOf(beneficiaryId),
    europassJson: async (cv, _args, { candidacies }) => JSON.stringify(europassCv(await candidacies.cvFacts(cv))),
    printableHtml: async (cv, _args, { candidacies }) => cvHtml(await candidacies.cvFacts(cv)),
  },
  CandidacyTransition: {
    from: ({ fromStatus }) => fromStatus,
    to: ({ toStatus }) => toStatus,
  },
};
